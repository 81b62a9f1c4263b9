import { In, type SelectQueryBuilder } from 'typeorm';
import type { CountSentence, DecisionType, Provenance } from '../cases/case.model';
import { copyInto } from '../db/copy';
import { FINDING_COPY, type FindingBatch } from './finding-rows';
export { findingBatch, findingCopy, type FindingBatch } from './finding-rows';
import type { Db } from '../db/unit-of-work';
import type { IsoDate } from '../law/law.model';
import type { DateIdKey } from '../shared/cursor';
import type { FindingConfidence, FindingReason, FindingStatus, TraceStep } from './engine';
import { FindingEntity } from './finding.entity';

/**
 * A finding is the last word on its count when no later decision follows its decision (an appeal of it, or a
 * retrial after it): the predicate of `finalOnly`, on the findings `f`.
 */
export const FINAL_ONLY_SQL =
  'NOT EXISTS (SELECT 1 FROM decision_link l WHERE l.lower_decision_id = f.decision_id)';

/** A finding as the engine gives it for storing (`FindingRecord`), one row of the finding table. */
export type FindingWrite = FindingRecord;
export type { CountToEvaluate } from './engine';
import type { CountToEvaluate, FindingRecord } from './engine';

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
  /** Findings on decisions of these stages. */
  stage?: DecisionType[];
  /** Only the last word on each count: findings whose decision no later decision follows (appeal or retrial). */
  finalOnly?: boolean;
  /** Decisions with this presiding judge; null: with none recorded (a drill-down into a JUDGE bucket). */
  judge?: string | null;
  /** Convicted under a lesser provision than charged, or not (a drill-down into a DOWNGRADED bucket). */
  downgraded?: boolean;
}

/** The finding (and tally) column of each grouping the tally holds, and the StatsRow field it fills. */
export const STATS_DIMENSIONS = {
  YEAR: { column: 'decision_year', field: 'year' },
  COURT: { column: 'court_id', field: 'courtId' },
  PROVISION: { column: 'provision_id', field: 'provisionId' },
  STATUS: { column: 'status', field: 'status' },
} as const;
export type TalliedDimension = keyof typeof STATS_DIMENSIONS;

/** Groupings answered from the findings only: the decision's stage and judge, and whether the charge was downgraded. */
export const FINDING_DIMENSIONS = {
  STAGE: { expression: 'd.decision_type', field: 'stage' },
  JUDGE: { expression: 'd.presiding_judge', field: 'judge' },
  DOWNGRADED: { expression: `('CHARGE_DOWNGRADED' = ANY(f.reasons))`, field: 'downgraded' },
} as const;
export type StatsDimension = TalliedDimension | keyof typeof FINDING_DIMENSIONS;

const ALL_DIMENSIONS = [
  ...Object.keys(STATS_DIMENSIONS),
  ...Object.keys(FINDING_DIMENSIONS),
] as StatsDimension[];

export const isTallied = (dimension: StatsDimension): dimension is TalliedDimension =>
  dimension in STATS_DIMENSIONS;

/** The SQL of a grouping over the findings (`f`, their decision `d`) and the StatsRow field it fills. */
export const dimensionSql = (dimension: StatsDimension) =>
  isTallied(dimension)
    ? { expression: `f.${STATS_DIMENSIONS[dimension].column}`, field: STATS_DIMENSIONS[dimension].field }
    : FINDING_DIMENSIONS[dimension];

/** The group a statistics row stands for: its value of each dimension grouped by, null for the others. */
export interface StatsGroup {
  year: number | null;
  courtId: string | null;
  provisionId: string | null;
  status: FindingStatus | null;
  stage: DecisionType | null;
  judge: string | null;
  downgraded: boolean | null;
}

export interface StatsRow extends StatsGroup {
  total: number;
  compliant: number;
  belowMinimum: number;
  aboveMaximum: number;
  undetermined: number;
  medianImposedMonths: number | null;
  medianMinimumMonths: number | null;
}

const toNumber = (v: string | number | null) => (v === null ? null : Number(v));

/** The group a raw row of a grouped query falls in: each dimension's value, null where not grouped by it. */
const groupOf = (r: Record<string, unknown>): StatsGroup => ({
  year: r.year === undefined || r.year === null ? null : Number(r.year),
  courtId: (r.courtId as string | undefined) ?? null,
  provisionId: (r.provisionId as string | undefined) ?? null,
  status: (r.status as FindingStatus | undefined) ?? null,
  stage: (r.stage as DecisionType | undefined) ?? null,
  judge: (r.judge as string | undefined) ?? null,
  downgraded: (r.downgraded as boolean | undefined) ?? null,
});

/** A group's identity under a grouping, to match rows of two queries grouped the same way. */
export const groupKeyOf = (groupBy: StatsDimension[], group: StatsGroup): string =>
  JSON.stringify(groupBy.map((dimension) => group[dimensionSql(dimension).field]));

/** A statistics row from a raw one whose columns carry StatsRow's names (medians as numbers or numeric text). */
export const statsRowOf = (r: Record<string, unknown>): StatsRow => ({
  ...groupOf(r),
  total: r.total as number,
  compliant: r.compliant as number,
  belowMinimum: r.belowMinimum as number,
  aboveMaximum: r.aboveMaximum as number,
  undetermined: r.undetermined as number,
  medianImposedMonths: toNumber((r.medianImposedMonths ?? null) as number | null),
  medianMinimumMonths: toNumber((r.medianMinimumMonths ?? null) as number | null),
});

/** One row of the monitors' export: a finding with its decision's identity and source. */
export interface ReportRow extends Pick<CountSentence, 'imprisonmentMonths' | 'suspended' | 'fineEur'> {
  caseNumber: string;
  court: string;
  decisionDate: IsoDate;
  provenance: Provenance;
  sourceUrl: string | null;
  convictedCitation: string | null;
  defendant: string;
  imposedMonths: number | null;
  applicableCitation: string | null;
  minimumMonths: number | null;
  status: FindingStatus;
  reasons: FindingReason[];
  shortfallMonths: number | null;
  confidence: FindingConfidence;
}

export class FindingRepository {
  constructor(private readonly db: Db) {}

  async countsToEvaluate(decisionIds: string[] | 'all'): Promise<CountToEvaluate[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT c.id AS "countId", c.decision_id AS "decisionId", d.court_id AS "courtId",
              to_char(d.decision_date, 'YYYY-MM-DD') AS "decisionDate", to_char(d.final_on, 'YYYY-MM-DD') AS "finalOn",
              to_char(c.offence_date, 'YYYY-MM-DD') AS "offenceDate", c.charged_provision_id AS "chargedProvisionId",
              c.charged_citation AS "chargedCitation", c.convicted_provision_id AS "convictedProvisionId",
              c.imprisonment_months AS "imprisonmentMonths", c.suspended, c.fine_eur AS "fineEur",
              c.circumstances, c.mitigation_cited AS "mitigationCited",
              (SELECT to_char(min(h.decision_date), 'YYYY-MM-DD')
                 FROM decision_link l JOIN decision h ON h.id = l.decision_id
                WHERE l.lower_decision_id = d.id AND l.kind = 'APPEAL') AS "finalNoLaterThan"
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

  /** Deletes the findings (of these decisions, or all) whose count is no longer a conviction. */
  async deleteStale(decisionIds: string[] | 'all'): Promise<void> {
    await this.db.query(
      `DELETE FROM finding f
        WHERE ${decisionIds === 'all' ? 'true' : 'f.decision_id = ANY($1)'}
          AND NOT EXISTS (SELECT 1 FROM criminal_count c WHERE c.id = f.count_id AND c.verdict = 'CONVICTED')`,
      decisionIds === 'all' ? [] : [decisionIds],
    );
  }

  /**
   * Stores a batch of findings (`findingBatch`) in one statement, writing only those that are new or differ from the
   * stored one: a refresh after a change that moves few findings (or none) reads them all but rewrites only what
   * moved.
   */
  async write(batch: FindingBatch): Promise<void> {
    if (batch.size === 0) return;
    await this.db.query(
      `INSERT INTO finding AS f (count_id, decision_id, court_id, decision_date, decision_year, provision_id,
                                 applicable_provision_id, applicable_version_id, applicable_citation, status, reasons,
                                 shortfall_months, confidence, imposed_months, minimum_months, maximum_months, trace)
       SELECT n."countId", n."decisionId", n."courtId", n."decisionDate", n."decisionYear", n."provisionId",
              n."applicableProvisionId", n."applicableVersionId", n."applicableCitation", n.status, n.reasons,
              n."shortfallMonths", n.confidence, n."imposedMonths", n."minimumMonths", n."maximumMonths",
              n.trace::json
         FROM ROWS FROM (
                json_to_recordset($1::json)
                  AS ("countId" uuid, "decisionId" uuid, "courtId" uuid, "decisionDate" date, "decisionYear" int,
                      "provisionId" uuid, "applicableProvisionId" uuid, "applicableVersionId" uuid,
                      "applicableCitation" text, status text, reasons text[], "shortfallMonths" numeric(7, 2),
                      confidence text, "imposedMonths" numeric(7, 2), "minimumMonths" int, "maximumMonths" int),
                string_to_table($2, E'\\n')
              ) AS n("countId", "decisionId", "courtId", "decisionDate", "decisionYear", "provisionId",
                     "applicableProvisionId", "applicableVersionId", "applicableCitation", status, reasons,
                     "shortfallMonths", confidence, "imposedMonths", "minimumMonths", "maximumMonths", trace)
       -- The stored finding is found through the conflict check on its key, which always reads the primary key: a
       -- join could be planned from statistics taken before the refresh began (an empty table, say), and hashed or
       -- scanned every finding written so far for each batch.
       ON CONFLICT (count_id) DO UPDATE
          SET decision_id = EXCLUDED.decision_id, court_id = EXCLUDED.court_id,
              decision_date = EXCLUDED.decision_date, decision_year = EXCLUDED.decision_year,
              provision_id = EXCLUDED.provision_id, applicable_provision_id = EXCLUDED.applicable_provision_id,
              applicable_version_id = EXCLUDED.applicable_version_id,
              applicable_citation = EXCLUDED.applicable_citation, status = EXCLUDED.status,
              reasons = EXCLUDED.reasons, shortfall_months = EXCLUDED.shortfall_months,
              confidence = EXCLUDED.confidence, imposed_months = EXCLUDED.imposed_months,
              minimum_months = EXCLUDED.minimum_months, maximum_months = EXCLUDED.maximum_months,
              trace = EXCLUDED.trace, computed_at = now()
        WHERE (f.decision_id, f.court_id, f.decision_date, f.decision_year, f.provision_id, f.applicable_provision_id,
               f.applicable_version_id, f.applicable_citation, f.status, f.reasons, f.shortfall_months, f.confidence,
               f.imposed_months, f.minimum_months, f.maximum_months, f.trace::text)
              IS DISTINCT FROM
              (EXCLUDED.decision_id, EXCLUDED.court_id, EXCLUDED.decision_date, EXCLUDED.decision_year,
               EXCLUDED.provision_id, EXCLUDED.applicable_provision_id, EXCLUDED.applicable_version_id,
               EXCLUDED.applicable_citation, EXCLUDED.status, EXCLUDED.reasons, EXCLUDED.shortfall_months,
               EXCLUDED.confidence, EXCLUDED.imposed_months, EXCLUDED.minimum_months, EXCLUDED.maximum_months,
               EXCLUDED.trace::text)`,
      [batch.columns, batch.traces],
    );
  }

  /**
   * Inserts the findings of counts that have none (`findingCopy`: the counts an import has just written), in one
   * COPY: no comparison with a stored finding to make. Needs a transaction.
   */
  async insertNew(rows: readonly Buffer[]): Promise<void> {
    await copyInto(this.db, FINDING_COPY, rows);
  }

  /** The traces of these counts' findings (read apart from their rows). */
  traces(countIds: readonly string[]): Promise<{ countId: string; trace: TraceStep[] }[]> {
    return this.db.query(
      `SELECT count_id AS "countId", trace FROM finding WHERE count_id = ANY($1::uuid[])`,
      [[...countIds]],
    );
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
    if (query.stage?.length) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM decision d WHERE d.id = f.decision_id AND d.decision_type = ANY(:stage))',
        { stage: query.stage },
      );
    }
    if (query.finalOnly) qb.andWhere(FINAL_ONLY_SQL);
    if (query.judge !== undefined) {
      qb.andWhere(
        query.judge === null
          ? 'EXISTS (SELECT 1 FROM decision d WHERE d.id = f.decision_id AND d.presiding_judge IS NULL)'
          : 'EXISTS (SELECT 1 FROM decision d WHERE d.id = f.decision_id AND d.presiding_judge = :judge)',
        { judge: query.judge },
      );
    }
    if (query.downgraded !== undefined) {
      qb.andWhere(
        query.downgraded
          ? `'CHARGE_DOWNGRADED' = ANY(f.reasons)`
          : `NOT ('CHARGE_DOWNGRADED' = ANY(f.reasons))`,
      );
    }
    return qb;
  }

  page(query: FindingQuery, limit: number, after: DateIdKey | null): Promise<FindingEntity[]> {
    return newestFirst(this.filtered(query), limit, after);
  }

  count(query: FindingQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /**
   * The findings of a query below the minimum on decisions some later decision follows: the ones appeals may
   * correct, each with the group it falls in under every grouping (so one reading serves any of them).
   */
  async belowMinimumNotFinal(
    query: FindingQuery,
  ): Promise<{ countId: string; decisionId: string; group: StatsGroup }[]> {
    // A query for another status holds no finding below the minimum, so none an appeal corrected.
    if (query.status !== undefined && query.status !== 'BELOW_MINIMUM') return [];
    const qb = this.filtered({ ...query, status: 'BELOW_MINIMUM' })
      .andWhere(`NOT (${FINAL_ONLY_SQL})`)
      .select([])
      .addSelect('f.count_id', 'countId')
      .addSelect('f.decision_id', 'decisionId');
    this.selectGroups(qb, ALL_DIMENSIONS);
    const rows = await qb.getRawMany<Record<string, unknown> & { countId: string; decisionId: string }>();
    return rows.map((r) => ({ countId: r.countId, decisionId: r.decisionId, group: groupOf(r) }));
  }

  /** Selects each grouping's value (joining the decision where a grouping reads it), as `stats` groups by them. */
  private selectGroups(qb: SelectQueryBuilder<FindingEntity>, groupBy: readonly StatsDimension[]) {
    if (groupBy.some((dimension) => !isTallied(dimension) && dimension !== 'DOWNGRADED'))
      qb.innerJoin('decision', 'd', 'd.id = f.decision_id');
    for (const dimension of groupBy) {
      const { expression, field } = dimensionSql(dimension);
      qb.addSelect(expression, field);
    }
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
    this.selectGroups(qb, groupBy);
    for (const dimension of groupBy) {
      const { expression } = dimensionSql(dimension);
      qb.addGroupBy(expression).addOrderBy(expression, 'ASC', 'NULLS LAST');
    }
    return (await qb.getRawMany<Record<string, unknown>>()).map(statsRowOf);
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

/** Up to `limit` + 1 findings, newest decision first, after a cursor's key: the order every page of findings takes. */
export function newestFirst(
  qb: SelectQueryBuilder<FindingEntity>,
  limit: number,
  after: DateIdKey | null,
): Promise<FindingEntity[]> {
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
