import type { Db } from '../db/unit-of-work';
import type {
  DocumentKind,
  FacetCount,
  SearchDocument,
  SearchHit,
  SearchEngine,
  SearchFacets,
  SearchFilter,
  SearchRequest,
  SearchResponse,
} from './search.model';
import { highlight } from './highlight';
import {
  editDistance,
  highlightGroupsOf,
  indexText,
  lexemesOf,
  queryGroups,
  tsQueryOf,
  typosAllowed,
  TYPO_MIN_LENGTH,
  wordsOf,
  type QueryGroup,
} from './query-language';

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

/** The PostgreSQL full-text engine: the embedded default, and the fallback when Meilisearch is unreachable. */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;

  /** The table's row count as the statistics last saw it (-1 before the first ANALYZE: read in full). */
  private tableSize: { rows: number; at: number } | null = null;

  constructor(
    private readonly db: Db,
    private readonly limits: ScaleLimits = DEFAULT_SCALE_LIMITS,
  ) {}

  async prepare(): Promise<void> {
    // The migrations create the index; nothing to apply at start.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const replaced = await this.indexedWords(documents.map((d) => d.id));
    const col = <T>(pick: (d: SearchDocument) => T) => documents.map(pick);
    await this.db.query(
      `INSERT INTO search_document (id, kind, entity_id, title, citations, summary, body, instrument_id, court_id,
                                    court_name, year, date, finding_statuses, provenance, language,
                                    citations_folded, title_folded, summary_folded, body_folded, indexed_at)
       SELECT t.id, t.kind, t.entity_id, t.title, string_to_array(t.citations, E'\\x1f'), t.summary, t.body,
              t.instrument_id, t.court_id, t.court_name, t.year, t.date, string_to_array(t.statuses, ';'),
              t.provenance, t.language, t.citations_folded, t.title_folded, t.summary_folded, t.body_folded, now()
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::uuid[], $10::text[], $11::int[], $12::date[], $13::text[], $14::text[], $15::text[],
                     $16::text[], $17::text[], $18::text[], $19::text[])
           AS t(id, kind, entity_id, title, citations, summary, body, instrument_id, court_id, court_name, year, date,
                statuses, provenance, language, citations_folded, title_folded, summary_folded, body_folded)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, title = EXCLUDED.title,
         citations = EXCLUDED.citations, summary = EXCLUDED.summary, body = EXCLUDED.body,
         instrument_id = EXCLUDED.instrument_id, court_id = EXCLUDED.court_id, court_name = EXCLUDED.court_name,
         year = EXCLUDED.year, date = EXCLUDED.date, finding_statuses = EXCLUDED.finding_statuses,
         provenance = EXCLUDED.provenance, language = EXCLUDED.language,
         citations_folded = EXCLUDED.citations_folded, title_folded = EXCLUDED.title_folded,
         summary_folded = EXCLUDED.summary_folded, body_folded = EXCLUDED.body_folded, indexed_at = now()`,
      [
        col((d) => d.id),
        col((d) => d.kind),
        col((d) => d.entityId),
        col((d) => d.title),
        col((d) => d.citations.join('\x1f')),
        col((d) => d.summary),
        col((d) => d.body),
        col((d) => d.instrumentId),
        col((d) => d.courtId),
        col((d) => d.courtName),
        col((d) => d.year),
        col((d) => d.date),
        col((d) => d.findingStatuses.join(';')),
        col((d) => d.provenance),
        col((d) => d.language),
        col((d) => indexText(d.citations.join(' \n '))),
        col((d) => indexText(d.title)),
        col((d) => indexText(d.summary)),
        col((d) => indexText(d.body)),
      ],
    );
    const words = [...new Set(documents.flatMap((d) => wordsOf(`${d.title} ${d.summary} ${d.body}`)))].filter(
      (w) => w.length >= TYPO_MIN_LENGTH - 1 && !/^\d+$/.test(w),
    );
    await this.db.query(`INSERT INTO search_word (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      words,
    ]);
    const kept = new Set(words);
    await this.forgetWords(replaced.filter((w) => !kept.has(w)));
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const removed = await this.indexedWords(ids);
    await this.db.query(`DELETE FROM search_document WHERE id = ANY($1::text[])`, [ids]);
    await this.forgetWords(removed);
  }

  /** The words the index holds for these documents (their vectors' lexemes), before they are replaced or deleted. */
  private async indexedWords(ids: string[]): Promise<string[]> {
    const rows: { word: string }[] = await this.db.query(
      `SELECT DISTINCT w AS word FROM search_document, unnest(tsvector_to_array(match_tsv)) AS w
        WHERE id = ANY($1::text[]) AND length(w) >= $2`,
      [ids, TYPO_MIN_LENGTH - 1],
    );
    return rows.map((r) => r.word);
  }

  /**
   * Drops from the typo dictionary the words no document holds any more: nothing derived from a deleted or redacted
   * text stays (a name left there would come back as the correction of a misspelled query).
   */
  private async forgetWords(candidates: string[]): Promise<void> {
    if (candidates.length === 0) return;
    await this.db.query(
      `DELETE FROM search_word w WHERE w.word = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM search_document d WHERE d.match_tsv @@ plainto_tsquery('kosovo_fold', w.word))`,
      [candidates],
    );
  }

  async allIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM search_document`);
    return rows.map((r) => r.id);
  }

  /** Words of the query that the index does not hold, mapped to indexed words within the typos allowed. */
  private async corrections(words: string[]): Promise<Map<string, string[]>> {
    const long = [...new Set(words.filter((w) => w.length >= TYPO_MIN_LENGTH && !/^\d+$/.test(w)))];
    const out = new Map<string, string[]>();
    if (long.length === 0) return out;
    const rows: { query: string; word: string }[] = await this.db.query(
      `SELECT q.query, w.word FROM unnest($1::text[]) AS q(query)
         JOIN LATERAL (SELECT word FROM search_word WHERE word % q.query AND word <> q.query
                       ORDER BY similarity(word, q.query) DESC LIMIT 20) w ON true
        WHERE NOT EXISTS (SELECT 1 FROM search_word e WHERE e.word = q.query)`,
      [long],
    );
    for (const { query, word } of rows) {
      if (editDistance(query, word) <= typosAllowed(query)) out.set(query, [...(out.get(query) ?? []), word]);
    }
    return out;
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const words = wordsOf(request.query);
    const groups = queryGroups(words, await this.corrections(words));
    const tsquery = groups && tsQueryOf(groups);
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const q = tsquery === null ? null : `to_tsquery('kosovo_fold', ${param(tsquery)})`;
    const filters = filterConditions(request.filter, param);
    if (request.excludeIds?.length) filters.push(`NOT (id = ANY(${param(request.excludeIds)}::text[]))`);
    const query: MatchQuery = { tsquery, groups, q, filters, params };

    // How many documents match is first estimated on a small uniform sample, checked row by row (a broad query's
    // index scan alone costs more than that), so that a query matching much of the corpus never reads every match.
    const probe = await this.sampleCounts(query, null);
    // The share of documents each ranking tier matches decides how that tier is read (see newestByTier): a walk of
    // the date index, from the top when the documents newer than the tier's newest match in the probe cost less to
    // check row by row than the tier's matches cost to gather from its GIN index.
    const tierMatches = [probe.titleMatches, probe.headMatches, probe.matches];
    const walks = tierMatches.map((n) => n / probe.documents >= WALK_SHARE);
    const walkFrom = tierMatches.map((n, i) =>
      walks[i] && probe.newer[i] * ROW_CHECK_COST <= n ? null : probe.newest[i],
    );
    if ((probe.matches * SAMPLE_BUCKETS) / probe.buckets <= this.limits.exactMatches)
      return this.exactSearch(query, request);
    // The page and, when the probe saw too few matches to scale from, a larger sample: side by side. The sample's
    // documents are checked row by row when that costs less than gathering every match from the GIN index.
    const buckets = Math.min(
      SAMPLE_BUCKETS,
      Math.ceil((probe.buckets * this.limits.sampleMatches) / Math.max(probe.matches, 1)),
    );
    const sampleDocuments = (buckets * probe.documents) / probe.buckets;
    const estimatedMatches = (probe.matches * SAMPLE_BUCKETS) / probe.buckets;
    const [hits, sample] = await Promise.all([
      this.newestByTier(query, request.offset, request.limit, walks, walkFrom),
      probe.matches >= this.limits.sampleMatches
        ? probe
        : this.sampleCounts(query, buckets, sampleDocuments * ROW_CHECK_COST <= estimatedMatches),
    ]);
    const scale = SAMPLE_BUCKETS / sample.buckets;
    const estimate = (counts: FacetCount[]) =>
      counts.map((c) => ({ value: c.value, count: Math.round(c.count * scale) }));
    const facets: SearchFacets = {
      kind: estimate(sample.facets.kind),
      instrument: estimate(sample.facets.instrument),
      court: estimate(sample.facets.court),
      year: estimate(sample.facets.year),
      findingStatus: estimate(sample.facets.findingStatus),
    };
    return {
      hits,
      total: facets.kind.reduce((n, f) => n + f.count, 0),
      facets,
      countsExact: scale === 1,
    };
  }

  /**
   * Every match read: exact counts, and ranking on the headings (citations, title, summary), the title first, the
   * shorter the better: "Trafficking in persons" before a title that merely mentions trafficking. The full text
   * decides only whether a document matches. One statement gives the page and every facet from the same
   * materialised set; the page's documents are then highlighted.
   */
  private async exactSearch(
    { tsquery, groups, q, filters, params }: MatchQuery,
    request: SearchRequest,
  ): Promise<SearchResponse> {
    const param = (value: unknown) => `$${params.push(value)}`;
    const where = [...(q ? [`match_tsv @@ ${q}`] : []), ...filters];
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const rank = q ? `ts_rank_cd(head_tsv, ${q}, 1)` : '0';
    const titleRank = q ? `ts_rank(title_tsv, ${q}, 2)` : '0';
    const sql = `
      WITH matches AS MATERIALIZED (
        SELECT id, kind, instrument_id, court_id, year, finding_statuses, date, ${rank} AS score,
               ${titleRank} AS title_score
          FROM search_document ${whereSql})
      SELECT
        (SELECT coalesce(json_agg(p.id ORDER BY p.title_score DESC, p.score DESC, p.date DESC NULLS LAST, p.id), '[]')
           FROM (SELECT * FROM matches ORDER BY title_score DESC, score DESC, date DESC NULLS LAST, id
                  LIMIT ${param(request.limit)} OFFSET ${param(request.offset)}) p) AS page,
        ${FACETS_SQL} AS facets,
        ${STATUSES_SQL} AS statuses`;
    const [row]: (StatementRow & { page: string[] })[] = await this.db.query(sql, params);
    const facets = facetsOf(row);
    return {
      hits: await this.pageHits(row.page, tsquery, groups),
      total: facets.kind.reduce((n, f) => n + f.count, 0),
      facets,
      countsExact: true,
    };
  }

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
  private async sampleCounts({ q, filters, params }: MatchQuery, buckets: number | null, rowByRow = true) {
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

  /**
   * The ranking of a broad query, which reads about a page of documents per tier however many match: documents
   * whose title matches, then those whose headings (citations, title, summary) match, then those whose text matches;
   * newest first within a tier. Each tier takes its newest `offset + limit` documents, and every document of the
   * page is among the union of those. A tier the probe saw match a large share of documents (`walks`) walks the
   * date index checking each row (about `wanted / share` rows), where its GIN index would gather every match
   * first; a rarer one is found through its GIN index. A walk starts at the top, or, where the caller gives a day
   * (`newest`, the newest match the probe saw), at that day: the matches newer than that day, few by the sample's
   * account, are read through the GIN index (which holds the date), side by side with the walk, so a tier whose
   * matches are all years old does not walk every newer document.
   */
  private async newestByTier(
    { tsquery, groups, q, filters, params }: MatchQuery,
    offset: number,
    limit: number,
    walks: boolean[],
    newest: (string | null)[],
  ): Promise<SearchHit[]> {
    const wanted = offset + limit;
    const newestFirst = async (where: string, order: string, count = wanted, extra: unknown[] = []) => {
      const local = [...params, ...extra];
      const rows: { id: string; day: string | null }[] = await this.db.query(
        `SELECT id, to_char(date, 'YYYY-MM-DD') AS day FROM search_document
          WHERE ${[where, ...filters].join(' AND ')}
          ORDER BY ${order} DESC NULLS LAST, id LIMIT $${local.push(count)}`,
        local,
      );
      return rows;
    };
    // The planner's guess at a text condition's selectivity is too rough to choose, so the query decides: a walk
    // hides the condition from the GIN index (rowCheck), an index read hides the order from the date index (+ 0).
    const tier = async (vector: string, walk: boolean, from: string | null) => {
      if (!walk) return newestFirst(`${vector} @@ ${q}`, '(date + 0)');
      if (from === null) return newestFirst(rowCheck(vector, q!), 'date');
      const day = `$${params.length + 1}::date`;
      const [newer, older] = await Promise.all([
        newestFirst(`${vector} @@ ${q} AND date > ${day}`, '(date + 0)', wanted, [from]),
        newestFirst(`${rowCheck(vector, q!)} AND date <= ${day}`, 'date', wanted, [from]),
      ]);
      const dated = [...newer, ...older]; // every newer one is newer than every older one
      return dated.length >= wanted
        ? dated
        : [
            ...dated,
            ...(await newestFirst(`${rowCheck(vector, q!)} AND date IS NULL`, 'date', wanted - dated.length)),
          ];
    };
    const tiers = q
      ? ['title_tsv', 'head_tsv', 'match_tsv'].map((v, i) => () => tier(v, walks[i], newest[i]))
      : [() => newestFirst('true', 'date')];
    const best = new Map<string, { tier: number; date: string | null }>();
    for (const [i, rowsOf] of tiers.entries()) {
      for (const r of await rowsOf()) if (!best.has(r.id)) best.set(r.id, { tier: i, date: r.day });
      if ([...best.values()].filter((b) => b.tier <= i).length >= wanted) break;
    }
    const page = [...best.entries()]
      .sort(([aId, a], [bId, b]) => a.tier - b.tier || byDateDesc(a.date, b.date) || (aId < bId ? -1 : 1))
      .slice(offset, wanted)
      .map(([id]) => id);
    return this.pageHits(page, tsquery, groups);
  }

  /**
   * The hits of a page, in its order, with their scores and highlights. The server finds where in each text the
   * first of the query's words is and sends a window of the text around it (or nothing, when the text holds none of
   * them: the document matched on its headings); the highlight is made here (highlight.ts), where PostgreSQL's
   * ts_headline parsed every window again on the server (6–8 ms for the 11 windows of half a page of "victim
   * child", a query with many synonyms). A window without a match after all (its first word began a longer one) is
   * followed by the whole text, and a text without one by the summary.
   */
  private async pageHits(
    ids: string[],
    tsquery: string | null,
    groups: QueryGroup[] | null,
  ): Promise<SearchHit[]> {
    if (ids.length === 0) return [];
    const rows: PageRow[] = await this.db.query(
      tsquery === null
        ? `SELECT id, kind, entity_id, title, 0 AS score, NULL AS "window", false AS cut, summary
             FROM search_document WHERE id = ANY($1::text[])`
        : `SELECT d.id, d.kind, d.entity_id, d.title, ts_rank_cd(d.head_tsv, to_tsquery('kosovo_fold', $2), 1) AS score,
                  substr(d.body, greatest(1, first_at - ${HIGHLIGHT_WINDOW / 4}), ${HIGHLIGHT_WINDOW}) AS "window",
                  length(d.body) > ${HIGHLIGHT_WINDOW} AS cut, d.summary
             FROM search_document d,
                  LATERAL (SELECT min(at) AS first_at
                             -- The folded text is read (and decompressed) once, not once per word.
                             FROM (SELECT ' ' || d.body_folded AS folded OFFSET 0) text,
                                  unnest($3::text[]) word, strpos(text.folded, ' ' || word) at WHERE at > 0) found
            WHERE d.id = ANY($1::text[])`,
      tsquery === null ? [ids] : [ids, tsquery, lexemesOf(groups!)],
    );
    const marks = groups && highlightGroupsOf(groups);
    const highlighted = new Map<string, string | null>();
    const wholeTexts: string[] = [];
    for (const row of rows) {
      const found = marks && row.window !== null ? highlight(row.window, marks) : null;
      if (found === null && marks && row.window !== null && row.cut) wholeTexts.push(row.id);
      else highlighted.set(row.id, found ?? (marks && highlight(row.summary, marks)));
    }
    if (wholeTexts.length) {
      const bodies: { id: string; body: string; summary: string }[] = await this.db.query(
        `SELECT id, body, summary FROM search_document WHERE id = ANY($1::text[])`,
        [wholeTexts],
      );
      for (const b of bodies)
        highlighted.set(b.id, highlight(b.body, marks!) ?? highlight(b.summary, marks!));
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [hitOf(row, highlighted.get(id) ?? null, tsquery !== null)] : [];
    });
  }
}

/** A page's document as pageHits reads it. */
interface PageRow {
  id: string;
  kind: DocumentKind;
  entity_id: string;
  title: string;
  score: number;
  /** The text around the first of the query's words; null when the text holds none. */
  window: string | null;
  /** Whether the text is longer than the window. */
  cut: boolean;
  summary: string;
}

/** The match condition's parts, and the parameters they refer to. */
interface MatchQuery {
  /** The tsquery text, the groups it was made of, and `q`, the SQL expression of it. */
  tsquery: string | null;
  groups: QueryGroup[] | null;
  q: string | null;
  filters: string[];
  params: unknown[];
}

/** The index hashes document ids into this many buckets (migrations/…-SearchScale.ts). */
const SAMPLE_BUCKETS = 1024;
/** About this many documents are checked to estimate how many match. */
const PROBE_DOCUMENTS = 400;
/** From this share of documents matching, a ranking tier walks the date index instead of using its GIN index. */
const WALK_SHARE = 0.05;
/**
 * What checking a row's vector costs, in matches gathered from a GIN index (which builds a bitmap of every match in
 * the table before anything else can narrow it). Measured on the 100,000-decision benchmark corpus: 2.5 µs a row
 * checked (1,311 rows of a sample, 3.3 ms), 0.7 µs a match gathered ("forced labour": 24,717 matches, 17 ms).
 */
const ROW_CHECK_COST = 3.6;

export interface ScaleLimits {
  /** Up to this many matches (as estimated), every match is read: exact counts and ranking. */
  exactMatches: number;
  /** About this many matches are counted to estimate the counts of a broader query. */
  sampleMatches: number;
}

export const DEFAULT_SCALE_LIMITS: ScaleLimits = { exactMatches: 2000, sampleMatches: 250 };

/**
 * A match condition checked in each row read: no index answers it, and the planner, which cannot estimate it, takes
 * it for one row in two, so it walks an index in the order asked for rather than reading the table to sort it.
 */
const rowCheck = (vector: string, q: string) => `coalesce(${vector} @@ ${q}, false)`;

/** ISO dates, newest first, undated last. */
const byDateDesc = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

/** Characters of text sent for a page's highlight: a window around the first of the query's words. */
const HIGHLIGHT_WINDOW = 1600;

const FACETS_SQL = `(SELECT coalesce(json_agg(f), '[]') FROM (
    SELECT kind, instrument_id, court_id, year::text AS year, count(*)::int AS n,
           GROUPING(kind) AS gk, GROUPING(instrument_id) AS gi, GROUPING(court_id) AS gc, GROUPING(year) AS gy
      FROM matches GROUP BY GROUPING SETS ((kind), (instrument_id), (court_id), (year))) f)`;
const STATUSES_SQL = `(SELECT coalesce(json_agg(s), '[]') FROM (
    SELECT status, count(*)::int AS n FROM matches, unnest(finding_statuses) AS status GROUP BY status) s)`;

interface StatementRow {
  facets: FacetRow[];
  statuses: { status: string; n: number }[];
}

function facetsOf({ facets: rows, statuses }: StatementRow): SearchFacets {
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

const hitOf = (h: PageRow, highlight: string | null, ranked: boolean): SearchHit => ({
  id: h.id,
  kind: h.kind,
  entityId: h.entity_id,
  title: h.title,
  highlight,
  score: ranked ? Number(h.score) : null,
});

function filterConditions(filter: SearchFilter, param: (value: unknown) => string): string[] {
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
