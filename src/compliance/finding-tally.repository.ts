import { inTransaction, type Db } from '../db/unit-of-work';
import {
  isTallied,
  STATS_DIMENSIONS,
  statsRowOf,
  type FindingQuery,
  type StatsDimension,
  type StatsRow,
  type TalliedDimension,
} from './finding.repository';

/** The tally's version (migrations/…-FindingTallyVersion.ts). */
const VERSION_SQL = `SELECT version::text FROM finding_tally_version`;

/** A grouping: its tally column (the same as the finding's) and the StatsRow field it fills. */
type Dimension = (typeof STATS_DIMENSIONS)[TalliedDimension];

const STATUS_COUNTS = {
  compliant: 'COMPLIANT',
  belowMinimum: 'BELOW_MINIMUM',
  aboveMaximum: 'ABOVE_MAXIMUM',
  undetermined: 'UNDETERMINED',
} as const;

/** The tally rows a finding query covers. A query on reasons cannot be answered from the tally (see `covers`). */
function tallyWhere(query: FindingQuery, params: unknown[]): string {
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (query.yearFrom !== undefined) where.push(`decision_year >= ${param(query.yearFrom)}`);
  if (query.yearTo !== undefined) where.push(`decision_year <= ${param(query.yearTo)}`);
  if (query.courtId) where.push(`court_id = ${param(query.courtId)}`);
  if (query.provisionIds) {
    where.push(
      query.provisionIds.length
        ? `provision_id = ANY(${param(query.provisionIds)}::uuid[])`
        : 'provision_id IS NULL',
    );
  }
  if (query.status) where.push(`status = ${param(query.status)}`);
  if (query.confidence) where.push(`confidence = ${param(query.confidence)}`);
  if (query.provenance?.length) where.push(`provenance = ANY(${param(query.provenance)}::text[])`);
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

/**
 * The distinct values of a column in each group with how many findings hold each (`v`, `n`: two arrays in step), for
 * the medians. Aggregating into arrays is one hash pass over the tally; ordering the values and walking the running
 * count is done on each group's few dozen values afterwards (`weightedMedian`), where window functions over every
 * group's values took most of the query's time.
 */
function valuesSql(column: string, dims: Dimension[]): string {
  const columns = dims.map((d) => d.column);
  return `
    SELECT ${[...named(dims), 'array_agg(v) AS v', 'array_agg(n) AS n'].join(', ')}
      FROM (SELECT ${[...columns, `${column} AS v`].join(', ')}, sum(n) AS n FROM cells
             WHERE ${column} IS NOT NULL GROUP BY ${[...columns, column].join(', ')}) per_value
     ${groupBySql(dims)}`;
}

/**
 * The median of values held `weights` times each, as percentile_cont(0.5) computes it over the expanded list: the
 * mean of the values at the two middle positions (the same one when the count is odd). Null when nothing is held.
 */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number | null {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const [low, high] = [Math.floor((total - 1) / 2), Math.ceil((total - 1) / 2)];
  let through = 0;
  let lowValue: number | null = null;
  for (const i of order) {
    through += weights[i];
    if (lowValue === null && through > low) lowValue = values[i];
    if (through > high) return (lowValue! + values[i]) / 2;
  }
  return null;
}

/** The grouping columns, named as the StatsRow fields they fill. */
const named = (dims: Dimension[]) => dims.map((d) => `${d.column} AS "${d.field}"`);
const groupBySql = (dims: Dimension[]) =>
  `GROUP BY ${dims.length ? dims.map((d) => d.column).join(', ') : '()'}`;

/**
 * Compliance statistics read from `finding_tally` (kept in step with the findings by triggers): the same figures
 * the findings give, in time proportional to the distinct tally rows (about a tenth of the findings at 100,000
 * decisions, and growing far slower than they do), not to the findings.
 */
export class FindingTallyRepository {
  constructor(private readonly db: Db) {}

  /**
   * Runs `work` (a findings refresh of these decisions, or of all) with the tally's triggers stepping aside, and
   * brings the tally up to date once at its end: the decisions' findings are subtracted before and added back after,
   * or, after a full refresh, the tally is rebuilt from every finding. Outside a transaction the triggers keep it.
   * An error in `work` leaves the tally behind, so it must end the transaction (as every database error does).
   * `noneStored` says the decisions hold no finding when `work` starts (an import's: a changed decision's findings
   * went with its counts, the triggers subtracting them), so there is nothing to subtract first.
   */
  async deferredDuring<T>(
    scope: string[] | 'all',
    work: () => Promise<T>,
    { noneStored = false } = {},
  ): Promise<T> {
    if (!inTransaction(this.db)) return work();
    await this.db.query(`SELECT set_config('app.finding_tally', 'deferred', true)`);
    if (scope !== 'all' && !noneStored)
      await this.db.query(`SELECT finding_tally_subtract_decisions($1::uuid[])`, [scope]);
    const result = await work();
    await this.db.query(
      scope === 'all' ? `SELECT finding_tally_rebuild()` : `SELECT finding_tally_add_decisions($1::uuid[])`,
      scope === 'all' ? [] : [scope],
    );
    await this.db.query(`SELECT set_config('app.finding_tally', '', true)`);
    return result;
  }

  /** Whether the tally can answer this query: every filter but the reasons is a column of it. */
  static covers(query: FindingQuery, groupBy: StatsDimension[] = []): boolean {
    return (
      !query.reasons?.length &&
      !query.stage?.length &&
      !query.finalOnly &&
      query.judge === undefined &&
      query.downgraded === undefined &&
      groupBy.every(isTallied)
    );
  }

  /** The tally's version (finding_tally_version): it moves with every statement that changes the tally. */
  async version(): Promise<string> {
    const [{ version }]: { version: string }[] = await this.db.query(VERSION_SQL);
    return version;
  }

  async stats(groupBy: StatsDimension[], query: FindingQuery): Promise<StatsRow[]> {
    return (await this.versionedStats(groupBy, query)).rows;
  }

  /** The statistics and the version of the tally they were read from, in one snapshot. */
  async versionedStats(
    groupBy: StatsDimension[],
    query: FindingQuery,
  ): Promise<{ version: string; rows: StatsRow[] }> {
    if (!FindingTallyRepository.covers(query, groupBy))
      throw new Error('The tally does not hold what this query groups or filters by.');
    const params: unknown[] = [];
    const dims = groupBy.filter(isTallied).map((d) => STATS_DIMENSIONS[d]);
    const statusCounts = Object.entries(STATUS_COUNTS).map(
      ([name, status]) => `coalesce(sum(n) FILTER (WHERE status = '${status}'), 0)::int AS "${name}"`,
    );
    // Null arrays: no value in the group (a grand total over no rows).
    type Values = Record<string, unknown> & { v: number[] | null; n: number[] | null };
    const [{ version, counts, imposed, minimum }]: {
      version: string;
      counts: Record<string, unknown>[];
      imposed: Values[] | null;
      minimum: Values[] | null;
    }[] = await this.db.query(
      // Each of the three aggregates reads the tally itself: a materialised copy read three times cost more
      // (bench/ROUNDS.md, "Measurements behind the code").
      `WITH cells AS NOT MATERIALIZED (
         SELECT ${[...new Set([...dims.map((d) => d.column), 'status', 'imposed_months', 'minimum_months', 'n'])].join(', ')}
           FROM finding_tally ${tallyWhere(query, params)})
       SELECT
         (${VERSION_SQL}) AS version,
         (SELECT coalesce(json_agg(c), '[]') FROM (
            SELECT ${[...named(dims), 'coalesce(sum(n), 0)::int AS total', ...statusCounts].join(', ')} FROM cells
             ${groupBySql(dims)}) c) AS counts,
         (SELECT json_agg(m) FROM (${valuesSql('imposed_months', dims)}) m) AS imposed,
         (SELECT json_agg(m) FROM (${valuesSql('minimum_months', dims)}) m) AS minimum`,
      params,
    );
    const keyOf = (row: Record<string, unknown>) => JSON.stringify(dims.map((d) => row[d.field] ?? null));
    const medians = (rows: Values[] | null) =>
      new Map((rows ?? []).map((r) => [keyOf(r), weightedMedian(r.v ?? [], r.n ?? [])]));
    const imposedByKey = medians(imposed);
    const minimumByKey = medians(minimum);
    const rows = counts
      .map((r) =>
        statsRowOf({
          ...r,
          medianImposedMonths: imposedByKey.get(keyOf(r)),
          medianMinimumMonths: minimumByKey.get(keyOf(r)),
        }),
      )
      .sort(byDimensions(groupBy));
    return { version, rows };
  }
}

/** Groups in the order the findings' own GROUP BY … ORDER BY gave them: each dimension ascending, NULL last. */
const byDimensions =
  (groupBy: StatsDimension[]) =>
  (a: StatsRow, b: StatsRow): number => {
    for (const dimension of groupBy.filter(isTallied)) {
      const x = a[STATS_DIMENSIONS[dimension].field];
      const y = b[STATS_DIMENSIONS[dimension].field];
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
