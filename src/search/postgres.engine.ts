import type { Db } from '../db/unit-of-work';
import { foldText } from '../shared/fold';
import type {
  DocumentKind,
  FacetCount,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchFilter,
  SearchRequest,
  SearchResponse,
} from './search.model';
import { synonymsOf } from './synonyms';

/** As Meilisearch's typo tolerance: one typo from five letters, two from nine; shorter words are never corrected. */
const TYPO_MIN_LENGTH = 5;
const TWO_TYPOS_MIN_LENGTH = 9;
export const typosAllowed = (word: string) =>
  word.length >= TWO_TYPOS_MIN_LENGTH ? 2 : word.length >= TYPO_MIN_LENGTH ? 1 : 0;

/** Folded words of a text: letters and digits only, so they are safe inside a tsquery. */
export const wordsOf = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Damerau-Levenshtein distance (a transposition is one typo), capped at 3: we only compare it with 1 or 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return Math.min(d[a.length][b.length], 3);
}

/**
 * A tsquery from the user's words: every word must match, through itself, a synonym in another language, a
 * word within the typos allowed, and, for the last word, any word it begins (as-you-type).
 */
export function buildTsQuery(words: string[], corrections: Map<string, string[]>): string | null {
  if (words.length === 0) return null;
  const groups = words.map((word, i) => {
    const last = i === words.length - 1;
    const alternatives = [
      last ? `${word}:*` : word,
      ...(corrections.get(word) ?? []),
      // Words of a multi-word synonym must all occur, not as a phrase: a phrase makes PostgreSQL re-check every
      // match against its stored vector, which is what made broad queries slow.
      ...synonymsOf(word).map((s) => (s.includes(' ') ? `(${s.split(' ').join(' & ')})` : s)),
    ];
    return `(${[...new Set(alternatives)].join(' | ')})`;
  });
  return groups.join(' & ');
}

const FACET_COLUMNS = { kind: 'kind', instrument: 'instrument_id', court: 'court_id', year: 'year' } as const;

interface HitRow {
  id: string;
  kind: DocumentKind;
  entity_id: string;
  title: string;
  score: number;
  highlight: string | null;
}

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

  constructor(private readonly db: Db) {}

  async prepare(): Promise<void> {
    // The migrations create the index; nothing to apply at start.
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
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
        col((d) => foldText(d.citations.join(' \n '))),
        col((d) => foldText(d.title)),
        col((d) => foldText(d.summary)),
        col((d) => foldText(d.body)),
      ],
    );
    const words = [...new Set(documents.flatMap((d) => wordsOf(`${d.title} ${d.summary} ${d.body}`)))].filter(
      (w) => w.length >= TYPO_MIN_LENGTH - 1 && !/^\d+$/.test(w),
    );
    await this.db.query(`INSERT INTO search_word (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      words,
    ]);
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length) await this.db.query(`DELETE FROM search_document WHERE id = ANY($1::text[])`, [ids]);
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
    const tsquery = buildTsQuery(words, await this.corrections(words));
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    const q = tsquery === null ? null : param(tsquery);
    if (q) where.push(`tsv @@ to_tsquery('kosovo_fold', ${q})`);
    where.push(...filterConditions(request.filter, param));
    if (request.excludeIds?.length) where.push(`NOT (id = ANY(${param(request.excludeIds)}::text[]))`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    // Ranked on the headings (citations, title, summary), the title first, the shorter the better: "Trafficking
    // in persons" before a title that merely mentions trafficking. The full text decides only whether a document
    // matches, so a broad query does not read every match's whole vector.
    const rank = q ? `ts_rank_cd(head_tsv, to_tsquery('kosovo_fold', ${q}), 1)` : '0';
    const titleRank = q ? `ts_rank(title_tsv, to_tsquery('kosovo_fold', ${q}), 2)` : '0';
    const escaped = `replace(replace(replace(coalesce(nullif(d.body, ''), d.summary), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
    const headline = q
      ? `ts_headline('kosovo_fold', ${escaped}, to_tsquery('kosovo_fold', ${q}),
                     'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10, FragmentDelimiter=" … "')`
      : 'NULL';
    // One statement, one pass over the matches: the page (highlighted after it is cut) and every facet come from
    // the same materialised set.
    const sql = `
      WITH matches AS MATERIALIZED (
        SELECT id, kind, entity_id, title, date, instrument_id, court_id, year, finding_statuses,
               ${rank} AS score, ${titleRank} AS title_score
          FROM search_document ${whereSql}),
      page AS (
        SELECT * FROM matches ORDER BY title_score DESC, score DESC, date DESC NULLS LAST, id
         LIMIT ${param(request.limit)} OFFSET ${param(request.offset)})
      SELECT
        (SELECT coalesce(json_agg(h ORDER BY h.title_score DESC, h.score DESC, h.date DESC NULLS LAST, h.id), '[]')
           FROM (SELECT p.id, p.kind, p.entity_id, p.title, p.score, p.title_score, p.date, ${headline} AS highlight
                   FROM page p JOIN search_document d ON d.id = p.id) h) AS hits,
        (SELECT coalesce(json_agg(f), '[]') FROM (
           SELECT kind, instrument_id, court_id, year::text AS year, count(*)::int AS n,
                  GROUPING(kind) AS gk, GROUPING(instrument_id) AS gi, GROUPING(court_id) AS gc, GROUPING(year) AS gy
             FROM matches GROUP BY GROUPING SETS ((kind), (instrument_id), (court_id), (year))) f) AS facets,
        (SELECT coalesce(json_agg(s), '[]') FROM (
           SELECT status, count(*)::int AS n FROM matches, unnest(finding_statuses) AS status GROUP BY status) s) AS statuses`;
    const [{ hits, facets: facetRows, statuses: statusRows }]: {
      hits: HitRow[];
      facets: FacetRow[];
      statuses: { status: string; n: number }[];
    }[] = await this.db.query(sql, params);
    const facet = (
      grouped: 'gk' | 'gi' | 'gc' | 'gy',
      column: (typeof FACET_COLUMNS)[keyof typeof FACET_COLUMNS],
    ): FacetCount[] =>
      facetRows
        .filter((r) => r[grouped] === 0 && r[column] !== null)
        .map((r) => ({ value: String(r[column]), count: r.n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    const facets: SearchFacets = {
      kind: facet('gk', FACET_COLUMNS.kind),
      instrument: facet('gi', FACET_COLUMNS.instrument),
      court: facet('gc', FACET_COLUMNS.court),
      year: facet('gy', FACET_COLUMNS.year),
      findingStatus: statusRows
        .map((r) => ({ value: r.status, count: r.n }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    };
    return {
      hits: hits.map((h) => ({
        id: h.id,
        kind: h.kind,
        entityId: h.entity_id,
        title: h.title,
        highlight: h.highlight && h.highlight.includes('<mark>') ? h.highlight : null,
        score: q ? Number(h.score) : null,
      })),
      total: facets.kind.reduce((n, f) => n + f.count, 0),
      facets,
    };
  }
}

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
