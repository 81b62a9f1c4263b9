import type { FacetCount, SearchFacets, SearchFilter } from './search.model';
import type { QueryGroup } from './query-language';

/** The SQL the PostgreSQL engine's statements share: the match condition, the filters, the facets. */

/** The match condition's parts, and the parameters they refer to. */
export interface MatchQuery {
  /** The tsquery text, the groups it was made of, and `q`, the SQL expression of it. */
  tsquery: string | null;
  groups: QueryGroup[] | null;
  q: string | null;
  filters: string[];
  params: unknown[];
}

const FACET_COLUMNS = { kind: 'kind', instrument: 'instrument_id', court: 'court_id', year: 'year' } as const;

/** One GROUPING SETS row: the column whose GROUPING() is 0 is the facet it counts. */
interface FacetRow {
  kind: string | null;
  instrument_id: string | null;
  court_id: string | null;
  year: string | null;
  n: number;
  gk: number;
  gi: number;
  gc: number;
  gy: number;
}

/**
 * A match condition checked in each row read: no index answers it, and the planner, which cannot estimate it, takes
 * it for one row in two, so it walks an index in the order asked for rather than reading the table to sort it.
 */
export const rowCheck = (vector: string, q: string) => `coalesce(${vector} @@ ${q}, false)`;

export const FACETS_SQL = `(SELECT coalesce(json_agg(f), '[]') FROM (
    SELECT kind, instrument_id, court_id, year::text AS year, count(*)::int AS n,
           GROUPING(kind) AS gk, GROUPING(instrument_id) AS gi, GROUPING(court_id) AS gc, GROUPING(year) AS gy
      FROM matches GROUP BY GROUPING SETS ((kind), (instrument_id), (court_id), (year))) f)`;
export const STATUSES_SQL = `(SELECT coalesce(json_agg(s), '[]') FROM (
    SELECT status, count(*)::int AS n FROM matches, unnest(finding_statuses) AS status GROUP BY status) s)`;

export interface StatementRow {
  facets: FacetRow[];
  statuses: { status: string; n: number }[];
}

export function facetsOf({ facets: rows, statuses }: StatementRow): SearchFacets {
  const facet = (
    grouped: 'gk' | 'gi' | 'gc' | 'gy',
    column: (typeof FACET_COLUMNS)[keyof typeof FACET_COLUMNS],
  ): FacetCount[] =>
    sorted(
      rows
        .filter((r) => r[grouped] === 0 && r[column] !== null)
        .map((r) => ({ value: String(r[column]), count: r.n })),
    );
  return {
    kind: facet('gk', FACET_COLUMNS.kind),
    instrument: facet('gi', FACET_COLUMNS.instrument),
    court: facet('gc', FACET_COLUMNS.court),
    year: facet('gy', FACET_COLUMNS.year),
    findingStatus: sorted(statuses.map((r) => ({ value: r.status, count: r.n }))),
  };
}

const sorted = (counts: FacetCount[]) =>
  counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

export function filterConditions(filter: SearchFilter, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (filter.kinds?.length) where.push(`kind = ANY(${param(filter.kinds)}::text[])`);
  if (filter.instrumentIds?.length) where.push(`instrument_id = ANY(${param(filter.instrumentIds)}::text[])`);
  if (filter.courtIds?.length) where.push(`court_id = ANY(${param(filter.courtIds)}::uuid[])`);
  if (filter.yearFrom !== undefined) where.push(`year >= ${param(filter.yearFrom)}`);
  if (filter.yearTo !== undefined) where.push(`year <= ${param(filter.yearTo)}`);
  if (filter.findingStatuses?.length)
    where.push(`finding_statuses && ${param(filter.findingStatuses)}::text[]`);
  return where;
}
