import type { SelectQueryBuilder } from 'typeorm';
import type { Provenance } from '../cases/case.model';
import type { Db } from '../db/unit-of-work';
import type { Circumstance } from '../law/law.model';
import type { DateIdKey } from '../shared/cursor';
import type { FindingStatus } from './engine';
import { FindingEntity } from './finding.entity';
import { FINAL_ONLY_SQL, newestFirst } from './finding.repository';
import { sentenceKind, servedMonths, type SentenceCell } from './sentence-distribution';

/** The convicted counts a distribution or a report template is drawn from. */
export interface SentenceQuery {
  /** Findings under any of these provisions (the anchors of a succession chain); undefined: every provision. */
  provisionIds?: string[];
  /** Counts whose found circumstances include all of these. */
  circumstances?: Circumstance[];
  yearFrom?: number;
  yearTo?: number;
  courtId?: string;
  /** Only findings of decisions no later decision reviews. */
  finalOnly: boolean;
  provenance: Provenance[];
}

/** How many counts of one provision applied one version of the law with one set of circumstances found. */
export interface RangeUse {
  provisionId: string;
  versionId: string;
  circumstances: Circumstance[];
  counts: number;
}

/** Which version of the law each provision's counts applied, from the cells (which are grouped by it too). */
export function rangeUsesOf(cells: SentenceCell[]): RangeUse[] {
  const uses = new Map<string, RangeUse>();
  for (const c of cells) {
    if (c.provisionId === null || c.versionId === null) continue;
    const key = JSON.stringify([c.provisionId, c.versionId, c.circumstances]);
    const use = uses.get(key);
    if (use) use.counts += c.counts;
    else
      uses.set(key, {
        provisionId: c.provisionId,
        versionId: c.versionId,
        circumstances: c.circumstances,
        counts: c.counts,
      });
  }
  return [...uses.values()];
}

/** The law revision and the findings' version, read in one snapshot with the database's clock. */
export interface DataVersionRow {
  lawRevision: string;
  findingsVersion: string;
  readAt: string;
}

/** One group of the aggregate: the facts that decide a count's kind and months served, with the sums of its counts. */
interface RawGroup {
  imposedMonths: number | null;
  suspended: boolean | null;
  hasTerm: boolean;
  fined: boolean;
  status: FindingStatus;
  provisionId: string | null;
  versionId: string | null;
  circumstances: Circumstance[];
  counts: number;
  unverified: number;
  termMonthsSum: number | null;
  termMinMonths: number | null;
  termMaxMonths: number | null;
  fines: number;
  fineSumEur: number | null;
  fineMinEur: number | null;
  fineMaxEur: number | null;
  firstInstance: number;
  appeal: number;
  supreme: number;
}

const cellOf = (g: RawGroup): SentenceCell => ({
  kind: sentenceKind(g),
  servedMonths: servedMonths(g),
  status: g.status,
  provisionId: g.provisionId,
  versionId: g.versionId,
  circumstances: g.circumstances,
  counts: g.counts,
  unverified: g.unverified,
  termMonthsSum: g.termMonthsSum ?? 0,
  termMinMonths: g.termMinMonths,
  termMaxMonths: g.termMaxMonths,
  fines: g.fines,
  fineSumEur: g.fineSumEur ?? 0,
  fineMinEur: g.fineMinEur,
  fineMaxEur: g.fineMaxEur,
  firstInstance: g.firstInstance,
  appeal: g.appeal,
  supreme: g.supreme,
});

/** Reads figures over findings with their counts and decisions: comparable sentences, templates, data version. */
export class FiguresRepository {
  constructor(private readonly db: Db) {}

  /**
   * The findings of the query, joined to their decision (`d`) and, when the query or the caller needs it, to their
   * count (`c`): at 100,000 decisions that join is most of an aggregate's time.
   */
  private matching(query: SentenceQuery, withCount = true): SelectQueryBuilder<FindingEntity> {
    const qb = this.db.getRepository(FindingEntity).createQueryBuilder('f');
    if (withCount || query.circumstances?.length) qb.innerJoin('criminal_count', 'c', 'c.id = f.count_id');
    qb.innerJoin('decision', 'd', 'd.id = f.decision_id').where('d.provenance = ANY(:provenance)', {
      provenance: query.provenance,
    });
    if (query.provisionIds)
      qb.andWhere('f.provision_id = ANY(:provisionIds)', { provisionIds: query.provisionIds });
    if (query.yearFrom !== undefined)
      qb.andWhere('f.decision_year >= :yearFrom', { yearFrom: query.yearFrom });
    if (query.yearTo !== undefined) qb.andWhere('f.decision_year <= :yearTo', { yearTo: query.yearTo });
    if (query.courtId) qb.andWhere('f.court_id = :courtId', { courtId: query.courtId });
    if (query.circumstances?.length)
      qb.andWhere('c.circumstances @> CAST(:circumstances AS text[])', {
        circumstances: query.circumstances,
      });
    if (query.finalOnly) qb.andWhere(FINAL_ONLY_SQL);
    return qb;
  }

  /**
   * The figures of the matching counts in one aggregate, grouped by the stored facts that decide each count's kind
   * and months served (sentenceKind, servedMonths), and by the law each applied (provision, version, circumstances
   * found, for the ranges: rangeUsesOf): a few thousand groups at most, whatever the number of findings, and few
   * enough for the planner to hash them. Percentiles and bands are worked out from them (sentenceFigures).
   */
  async cells(query: SentenceQuery): Promise<SentenceCell[]> {
    const groups = await this.matching(query)
      .select([])
      .addSelect('f.imposed_months::float8', 'imposedMonths')
      .addSelect('c.suspended', 'suspended')
      .addSelect('coalesce(c.imprisonment_months > 0, false)', 'hasTerm')
      .addSelect('coalesce(c.fine_eur > 0, false)', 'fined')
      .addSelect('f.status', 'status')
      .addSelect('f.provision_id', 'provisionId')
      .addSelect('f.applicable_version_id', 'versionId')
      .addSelect('c.circumstances', 'circumstances')
      .addSelect('count(*)::int', 'counts')
      .addSelect(`count(*) FILTER (WHERE f.confidence = 'UNVERIFIED')::int`, 'unverified')
      .addSelect('sum(c.imprisonment_months)::float8', 'termMonthsSum')
      .addSelect('min(c.imprisonment_months)::float8', 'termMinMonths')
      .addSelect('max(c.imprisonment_months)::float8', 'termMaxMonths')
      .addSelect('count(*) FILTER (WHERE c.fine_eur > 0)::int', 'fines')
      .addSelect('sum(c.fine_eur) FILTER (WHERE c.fine_eur > 0)::float8', 'fineSumEur')
      .addSelect('min(c.fine_eur) FILTER (WHERE c.fine_eur > 0)::float8', 'fineMinEur')
      .addSelect('max(c.fine_eur) FILTER (WHERE c.fine_eur > 0)::float8', 'fineMaxEur')
      .addSelect(`count(*) FILTER (WHERE d.decision_type = 'FIRST_INSTANCE')::int`, 'firstInstance')
      .addSelect(`count(*) FILTER (WHERE d.decision_type = 'APPEAL')::int`, 'appeal')
      .addSelect(`count(*) FILTER (WHERE d.decision_type = 'SUPREME')::int`, 'supreme')
      .groupBy('1')
      .addGroupBy('2')
      .addGroupBy('3')
      .addGroupBy('4')
      .addGroupBy('5')
      .addGroupBy('6')
      .addGroupBy('7')
      .addGroupBy('8')
      .getRawMany<RawGroup>();
    return groups.map(cellOf);
  }

  /** How many decisions the matching counts come from, and (when asked) how many defendant records. */
  async sources(
    query: SentenceQuery,
    withDefendants = true,
  ): Promise<{ decisions: number; defendants: number | null }> {
    const qb = this.matching(query, withDefendants)
      .select([])
      .addSelect('count(DISTINCT f.decision_id)::int', 'decisions');
    if (withDefendants) qb.addSelect('count(DISTINCT c.defendant_id)::int', 'defendants');
    const row = await qb.getRawOne<{ decisions: number; defendants?: number }>();
    return { decisions: row?.decisions ?? 0, defendants: withDefendants ? (row?.defendants ?? 0) : null };
  }

  /** The matching findings, newest decision first, after the cursor's key. */
  page(query: SentenceQuery, limit: number, after: DateIdKey | null): Promise<FindingEntity[]> {
    return newestFirst(this.matching(query, false), limit, after);
  }

  /**
   * The law revision (moved by every change to the law tables) and the findings' version (finding_tally_version:
   * moved by every statement that writes findings or appeal links, see FindingsVersion), read in one statement, so in
   * one snapshot, with the time the snapshot was taken.
   */
  async dataVersion(): Promise<DataVersionRow> {
    const [row]: DataVersionRow[] = await this.db.query(
      `SELECT (SELECT revision::text FROM law_revision) AS "lawRevision",
              (SELECT version::text FROM finding_tally_version) AS "findingsVersion",
              to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "readAt"`,
    );
    return row;
  }
}
