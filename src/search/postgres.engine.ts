import type { Db } from '../db/unit-of-work';
import type {
  DocumentKind,
  FacetCount,
  SearchDocument,
  SearchHit,
  SearchEngine,
  SearchFacets,
  SearchRequest,
  SearchResponse,
} from './search.model';
import { highlight } from './highlight';
import {
  editDistance,
  highlightGroupsOf,
  lexemesOf,
  queryGroups,
  tsQueryOf,
  typosAllowed,
  TYPO_MIN_LENGTH,
  wordsOf,
  type QueryGroup,
} from './query-language';
import { PostgresIndex } from './postgres.index';
import { ROW_CHECK_COST, SAMPLE_BUCKETS, SearchSampler, WALK_SHARE } from './postgres.sampling';
import {
  facetsOf,
  FACETS_SQL,
  filterConditions,
  rowCheck,
  STATUSES_SQL,
  type MatchQuery,
  type StatementRow,
} from './postgres.sql';

/**
 * The PostgreSQL full-text engine: the embedded default, and the fallback when Meilisearch is unreachable. Its
 * writes are the index's (postgres.index.ts); a query's counts come exactly or from a sample (postgres.sampling.ts).
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly index: PostgresIndex;
  private readonly sampler: SearchSampler;

  constructor(
    private readonly db: Db,
    private readonly limits: ScaleLimits = DEFAULT_SCALE_LIMITS,
  ) {
    this.index = new PostgresIndex(db);
    this.sampler = new SearchSampler(db);
  }

  async prepare(): Promise<void> {
    // The migrations create the index; nothing to apply at start.
  }

  upsert(documents: SearchDocument[]): Promise<void> {
    return this.index.upsert(documents);
  }

  delete(ids: string[]): Promise<void> {
    return this.index.delete(ids);
  }

  allIds(): Promise<string[]> {
    return this.index.allIds();
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
    const probe = await this.sampler.sampleCounts(query, null);
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
        : this.sampler.sampleCounts(query, buckets, sampleDocuments * ROW_CHECK_COST <= estimatedMatches),
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
   * them: the document matched on its headings); the highlight is made here (highlight.ts), which costs less than
   * PostgreSQL's ts_headline parsing every window again on the server (bench/ROUNDS.md). A window without a match
   * after all (its first word began a longer one) is followed by the whole text, and a text without one by the
   * summary.
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

export interface ScaleLimits {
  /** Up to this many matches (as estimated), every match is read: exact counts and ranking. */
  exactMatches: number;
  /** About this many matches are counted to estimate the counts of a broader query. */
  sampleMatches: number;
}

export const DEFAULT_SCALE_LIMITS: ScaleLimits = { exactMatches: 2000, sampleMatches: 250 };

/** ISO dates, newest first, undated last. */
const byDateDesc = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? 1 : -1;

/** Characters of text sent for a page's highlight: a window around the first of the query's words. */
const HIGHLIGHT_WINDOW = 1600;

const hitOf = (h: PageRow, highlight: string | null, ranked: boolean): SearchHit => ({
  id: h.id,
  kind: h.kind,
  entityId: h.entity_id,
  title: h.title,
  highlight,
  score: ranked ? Number(h.score) : null,
});
