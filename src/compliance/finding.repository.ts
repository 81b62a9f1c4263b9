import { In, type SelectQueryBuilder } from 'typeorm';
import type { Provenance } from '../cases/case.entity';
import type { Db } from '../db/unit-of-work';
import type { Circumstance, IsoDate } from '../law/law.model';
import type { DateIdKey } from '../shared/cursor';
import type { FindingConfidence, FindingReason, FindingStatus } from './compliance.model';
import { FindingEntity } from './finding.entity';

/** A convicted count with what the engine needs from its decision. */
export interface CountToEvaluate {
  countId: string;
  decisionId: string;
  courtId: string;
  decisionDate: IsoDate;
  finalOn: IsoDate | null;
  offenceDate: IsoDate | null;
  chargedProvisionId: string | null;
  chargedCitation: string | null;
  convictedProvisionId: string | null;
  imprisonmentMonths: number | null;
  suspended: boolean | null;
  fineEur: number | null;
  circumstances: Circumstance[];
  mitigationCited: boolean | null;
}

export type FindingWrite = Omit<FindingEntity, 'computedAt'>;

export interface FindingQuery {
  yearFrom?: number;
  yearTo?: number;
  courtId?: string;
  /** Findings under any of these provisions; an empty list means findings with no provision. */
  provisionIds?: string[];
  status?: FindingStatus;
  /** Findings that carry all of these reasons. */
  reasons?: FindingReason[];
  confidence?: FindingConfidence;
  provenance?: Provenance[];
}

export const STATS_COLUMNS = {
  YEAR: 'f.decision_year',
  COURT: 'f.court_id',
  PROVISION: 'f.provision_id',
  STATUS: 'f.status',
} as const;
export type StatsDimension = keyof typeof STATS_COLUMNS;

export interface StatsRow {
  year: number | null;
  courtId: string | null;
  provisionId: string | null;
  status: FindingStatus | null;
  total: number;
  compliant: number;
  belowMinimum: number;
  aboveMaximum: number;
  undetermined: number;
  medianImposedMonths: number | null;
  medianMinimumMonths: number | null;
}

/** One row of the monitors' export: a finding with its decision's identity and source. */
export interface ReportRow {
  caseNumber: string;
  court: string;
  decisionDate: IsoDate;
  provenance: Provenance;
  sourceUrl: string | null;
  convictedCitation: string | null;
  defendant: string;
  imprisonmentMonths: number | null;
  suspended: boolean | null;
  fineEur: number | null;
  imposedMonths: number | null;
  applicableCitation: string | null;
  minimumMonths: number | null;
  status: FindingStatus;
  reasons: FindingReason[];
  shortfallMonths: number | null;
  confidence: FindingConfidence;
}

const toNumber = (v: string | number | null) => (v === null ? null : Number(v));

export class FindingRepository {
  constructor(private readonly db: Db) {}

  async countsToEvaluate(decisionIds: string[] | 'all'): Promise<CountToEvaluate[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT c.id AS "countId", c.decision_id AS "decisionId", d.court_id AS "courtId",
              to_char(d.decision_date, 'YYYY-MM-DD') AS "decisionDate", to_char(d.final_on, 'YYYY-MM-DD') AS "finalOn",
              to_char(c.offence_date, 'YYYY-MM-DD') AS "offenceDate", c.charged_provision_id AS "chargedProvisionId",
              c.charged_citation AS "chargedCitation", c.convicted_provision_id AS "convictedProvisionId",
              c.imprisonment_months AS "imprisonmentMonths", c.suspended, c.fine_eur AS "fineEur",
              c.circumstances, c.mitigation_cited AS "mitigationCited"
         FROM criminal_count c JOIN decision d ON d.id = c.decision_id
        WHERE c.verdict = 'CONVICTED' ${decisionIds === 'all' ? '' : 'AND c.decision_id = ANY($1)'}`,
      decisionIds === 'all' ? [] : [decisionIds],
    );
    return rows.map((r) => ({
      ...(r as unknown as CountToEvaluate),
      imprisonmentMonths: toNumber(r.imprisonmentMonths as string | null),
      fineEur: toNumber(r.fineEur as string | null),
    }));
  }

  async deleteFor(decisionIds: string[] | 'all'): Promise<void> {
    if (decisionIds === 'all') await this.db.query(`DELETE FROM finding`);
    else await this.db.query(`DELETE FROM finding WHERE decision_id = ANY($1)`, [decisionIds]);
  }

  /** Inserts findings in batches: one statement per thousand findings. */
  async insert(findings: FindingWrite[]): Promise<void> {
    for (let i = 0; i < findings.length; i += 1000) {
      const batch = findings.slice(i, i + 1000);
      const col = <T>(pick: (f: FindingWrite) => T) => batch.map(pick);
      await this.db.query(
        `INSERT INTO finding (count_id, decision_id, court_id, decision_date, decision_year, provision_id,
                              applicable_provision_id, applicable_version_id, applicable_citation, status, reasons,
                              shortfall_months, confidence, imposed_months, minimum_months, maximum_months, trace)
         SELECT t.count_id, t.decision_id, t.court_id, t.decision_date, t.decision_year, t.provision_id,
                t.applicable_provision_id, t.applicable_version_id, t.applicable_citation, t.status,
                string_to_array(t.reasons, ';'), t.shortfall_months, t.confidence, t.imposed_months,
                t.minimum_months, t.maximum_months, t.trace
           FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::int[], $6::uuid[], $7::uuid[], $8::uuid[],
                       $9::text[], $10::text[], $11::text[], $12::numeric[], $13::text[], $14::numeric[], $15::int[],
                       $16::int[], $17::jsonb[])
             AS t(count_id, decision_id, court_id, decision_date, decision_year, provision_id, applicable_provision_id,
                  applicable_version_id, applicable_citation, status, reasons, shortfall_months, confidence,
                  imposed_months, minimum_months, maximum_months, trace)`,
        [
          col((f) => f.countId),
          col((f) => f.decisionId),
          col((f) => f.courtId),
          col((f) => f.decisionDate),
          col((f) => f.decisionYear),
          col((f) => f.provisionId),
          col((f) => f.applicableProvisionId),
          col((f) => f.applicableVersionId),
          col((f) => f.applicableCitation),
          col((f) => f.status),
          col((f) => f.reasons.join(';')),
          col((f) => f.shortfallMonths),
          col((f) => f.confidence),
          col((f) => f.imposedMonths),
          col((f) => f.minimumMonths),
          col((f) => f.maximumMonths),
          col((f) => JSON.stringify(f.trace)),
        ],
      );
    }
  }

  byCountIds(countIds: readonly string[]): Promise<FindingEntity[]> {
    return this.db.getRepository(FindingEntity).findBy({ countId: In([...countIds]) });
  }

  private filtered(query: FindingQuery): SelectQueryBuilder<FindingEntity> {
    const qb = this.db.getRepository(FindingEntity).createQueryBuilder('f');
    if (query.yearFrom !== undefined)
      qb.andWhere('f.decision_year >= :yearFrom', { yearFrom: query.yearFrom });
    if (query.yearTo !== undefined) qb.andWhere('f.decision_year <= :yearTo', { yearTo: query.yearTo });
    if (query.courtId) qb.andWhere('f.court_id = :courtId', { courtId: query.courtId });
    if (query.provisionIds) {
      qb.andWhere(
        query.provisionIds.length ? 'f.provision_id = ANY(:provisionIds)' : 'f.provision_id IS NULL',
        {
          provisionIds: query.provisionIds,
        },
      );
    }
    if (query.status) qb.andWhere('f.status = :status', { status: query.status });
    if (query.reasons?.length) qb.andWhere('f.reasons @> :reasons', { reasons: query.reasons });
    if (query.confidence) qb.andWhere('f.confidence = :confidence', { confidence: query.confidence });
    if (query.provenance?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM decision d WHERE d.id = f.decision_id AND d.provenance = ANY(:provenance))',
        {
          provenance: query.provenance,
        },
      );
    }
    return qb;
  }

  page(query: FindingQuery, limit: number, after: DateIdKey | null): Promise<FindingEntity[]> {
    const qb = this.filtered(query);
    if (after)
      qb.andWhere('(f.decision_date, f.count_id) < (:afterDate, :afterId)', {
        afterDate: after.date,
        afterId: after.id,
      });
    return qb
      .orderBy('f.decision_date', 'DESC')
      .addOrderBy('f.count_id', 'DESC')
      .limit(limit + 1)
      .getMany();
  }

  count(query: FindingQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  async stats(groupBy: StatsDimension[], query: FindingQuery): Promise<StatsRow[]> {
    const qb = this.filtered(query)
      .select([])
      .addSelect('count(*)::int', 'total')
      .addSelect(`count(*) FILTER (WHERE f.status = 'COMPLIANT')::int`, 'compliant')
      .addSelect(`count(*) FILTER (WHERE f.status = 'BELOW_MINIMUM')::int`, 'belowMinimum')
      .addSelect(`count(*) FILTER (WHERE f.status = 'ABOVE_MAXIMUM')::int`, 'aboveMaximum')
      .addSelect(`count(*) FILTER (WHERE f.status = 'UNDETERMINED')::int`, 'undetermined')
      .addSelect('percentile_cont(0.5) WITHIN GROUP (ORDER BY f.imposed_months)', 'medianImposedMonths')
      .addSelect('percentile_cont(0.5) WITHIN GROUP (ORDER BY f.minimum_months)', 'medianMinimumMonths');
    const alias: Record<StatsDimension, string> = {
      YEAR: 'year',
      COURT: 'courtId',
      PROVISION: 'provisionId',
      STATUS: 'status',
    };
    for (const dimension of groupBy) {
      qb.addSelect(STATS_COLUMNS[dimension], alias[dimension])
        .addGroupBy(STATS_COLUMNS[dimension])
        .addOrderBy(STATS_COLUMNS[dimension]);
    }
    const rows: Record<string, unknown>[] = await qb.getRawMany();
    return rows.map((r) => ({
      year: (r.year as number | undefined) ?? null,
      courtId: (r.courtId as string | undefined) ?? null,
      provisionId: (r.provisionId as string | undefined) ?? null,
      status: (r.status as FindingStatus | undefined) ?? null,
      total: r.total as number,
      compliant: r.compliant as number,
      belowMinimum: r.belowMinimum as number,
      aboveMaximum: r.aboveMaximum as number,
      undetermined: r.undetermined as number,
      medianImposedMonths: toNumber(r.medianImposedMonths as number | null),
      medianMinimumMonths: toNumber(r.medianMinimumMonths as number | null),
    }));
  }

  async report(query: FindingQuery): Promise<ReportRow[]> {
    const qb = this.filtered(query)
      .innerJoin('decision', 'd', 'd.id = f.decision_id')
      .innerJoin('court', 'ct', 'ct.id = f.court_id')
      .innerJoin('criminal_count', 'c', 'c.id = f.count_id')
      .innerJoin('defendant', 'df', 'df.id = c.defendant_id')
      .select([])
      .addSelect('d.case_number', 'caseNumber')
      .addSelect('ct.name_en', 'court')
      .addSelect(`to_char(d.decision_date, 'YYYY-MM-DD')`, 'decisionDate')
      .addSelect('d.provenance', 'provenance')
      .addSelect('d.source_url', 'sourceUrl')
      .addSelect('c.convicted_citation', 'convictedCitation')
      .addSelect('df.label', 'defendant')
      .addSelect('c.imprisonment_months', 'imprisonmentMonths')
      .addSelect('c.suspended', 'suspended')
      .addSelect('c.fine_eur', 'fineEur')
      .addSelect('f.imposed_months', 'imposedMonths')
      .addSelect('f.applicable_citation', 'applicableCitation')
      .addSelect('f.minimum_months', 'minimumMonths')
      .addSelect('f.status', 'status')
      .addSelect('f.reasons', 'reasons')
      .addSelect('f.shortfall_months', 'shortfallMonths')
      .addSelect('f.confidence', 'confidence')
      .orderBy('d.decision_date')
      .addOrderBy('d.case_number')
      .addOrderBy('df.label')
      .addOrderBy('c.seq');
    const rows: Record<string, unknown>[] = await qb.getRawMany();
    return rows.map((r) => ({
      ...(r as unknown as ReportRow),
      imprisonmentMonths: toNumber(r.imprisonmentMonths as string | null),
      fineEur: toNumber(r.fineEur as string | null),
      imposedMonths: toNumber(r.imposedMonths as string | null),
      shortfallMonths: toNumber(r.shortfallMonths as string | null),
    }));
  }
}
