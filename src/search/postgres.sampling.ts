import type { Db } from '../db/unit-of-work';
import {
  facetsOf,
  FACETS_SQL,
  rowCheck,
  STATUSES_SQL,
  type MatchQuery,
  type StatementRow,
} from './postgres.sql';

/** The index hashes document ids into this many buckets (migrations/…-SearchScale.ts). */
export const SAMPLE_BUCKETS = 1024;
/** About this many documents are checked to estimate how many match. */
const PROBE_DOCUMENTS = 400;
/** From this share of documents matching, a ranking tier walks the date index instead of using its GIN index. */
export const WALK_SHARE = 0.05;
/**
 * What checking a row's vector costs, in matches gathered from a GIN index (which builds a bitmap of every match in
 * the table before anything else can narrow it): the ratio measured on the 100,000-decision benchmark corpus
 * (bench/ROUNDS.md).
 */
export const ROW_CHECK_COST = 3.6;

/**
 * How many documents a query matches, counted on a uniform sample of the index (its documents hashed into
 * SAMPLE_BUCKETS buckets), so that a broad query's counts never read every match.
 */
export class SearchSampler {
  /** The table's row count as the statistics last saw it (-1 before the first ANALYZE: read in full). */
  private tableSize: { rows: number; at: number } | null = null;

  constructor(private readonly db: Db) {}

  /**
   * The buckets holding about PROBE_DOCUMENTS documents, from the table's size as the statistics last saw it
   * (re-read once a minute). Passed as a value, not a subquery, so the planner reads only those buckets.
   */
  private async probeBuckets(): Promise<number> {
    if (!this.tableSize || Date.now() - this.tableSize.at > 60_000) {
      const [{ rows }]: { rows: number }[] = await this.db.query(
        `SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'search_document'::regclass`,
      );
      this.tableSize = { rows: Number(rows), at: Date.now() };
    }
    return Math.max(
      1,
      Math.min(
        SAMPLE_BUCKETS,
        Math.ceil((SAMPLE_BUCKETS * PROBE_DOCUMENTS) / Math.max(this.tableSize.rows, 1)),
      ),
    );
  }

  /**
   * The counts of the matches among the documents of the first `buckets` sample buckets (for the probe, `buckets`
   * null: the first buckets holding about PROBE_DOCUMENTS documents, from the table's statistics). Each document is
   * checked in its row (`rowByRow`), or the GIN index finds the matches.
   */
  async sampleCounts({ q, filters, params }: MatchQuery, buckets: number | null, rowByRow = true) {
    const local = [...params];
    const textMatch = q ? (rowByRow ? rowCheck('match_tsv', q) : `match_tsv @@ ${q}`) : 'true';
    const probing = buckets === null;
    const n = `$${local.push(buckets ?? (await this.probeBuckets()))}::int`;
    const [row]: (StatementRow & {
      buckets: number;
      documents: number;
      titleMatches: number;
      headMatches: number;
      /** The newest day among the title, heading and text matches seen. */
      newest: [string | null, string | null, string | null];
      /** The probe's documents newer than each of those days (all of them when there is none). */
      newer: [number, number, number];
    })[] = await this.db.query(
      // The probe reads every document of its sample (it checks each row anyway), to count those newer than each
      // tier's newest match; a larger sample reads only the matches.
      `WITH sample AS MATERIALIZED (
         SELECT kind, instrument_id, court_id, year, finding_statuses, date, ${probing ? textMatch : 'true'} AS in_text,
                ${q ? `title_tsv @@ ${q}` : 'true'} AS in_title, ${q ? `head_tsv @@ ${q}` : 'true'} AS in_head
           FROM search_document
          WHERE ${[...filters, ...(probing ? [] : [textMatch]), `sample_bucket < ${n}`].join(' AND ')}),
       matches AS (SELECT * FROM sample WHERE in_text),
       newest AS (SELECT max(date) FILTER (WHERE in_title) AS title, max(date) FILTER (WHERE in_head) AS head,
                         max(date) AS text FROM matches)
       SELECT ${FACETS_SQL} AS facets, ${STATUSES_SQL} AS statuses, ${n} AS buckets,
              (SELECT count(*) FILTER (WHERE in_title)::int FROM matches) AS "titleMatches",
              (SELECT count(*) FILTER (WHERE in_head)::int FROM matches) AS "headMatches",
              (SELECT json_build_array(to_char(title, 'YYYY-MM-DD'), to_char(head, 'YYYY-MM-DD'),
                                       to_char(text, 'YYYY-MM-DD')) FROM newest) AS newest,
              ${
                probing
                  ? `(SELECT json_build_array(count(*) FILTER (WHERE NOT coalesce(s.date <= n.title, false)),
                                              count(*) FILTER (WHERE NOT coalesce(s.date <= n.head, false)),
                                              count(*) FILTER (WHERE NOT coalesce(s.date <= n.text, false)))
                        FROM sample s, newest n)`
                  : `'[0, 0, 0]'::json`
              } AS newer,
              ${probing ? `(SELECT count(*)::int FROM search_document WHERE sample_bucket < ${n})` : '0'} AS documents`,
      local,
    );
    const facets = facetsOf(row);
    return {
      facets,
      matches: facets.kind.reduce((n, f) => n + f.count, 0),
      buckets: row.buckets,
      documents: Math.max(row.documents, 1),
      titleMatches: row.titleMatches,
      headMatches: row.headMatches,
      newest: row.newest,
      newer: row.newer,
    };
  }
}
