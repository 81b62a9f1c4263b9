import type { Db } from '../db/unit-of-work';
import { parseCitation } from '../law/citation';
import type { LawService } from '../law/law.service';
import { provisionsCited } from '../law/provision-lookup';
import type { CourtService } from '../courts/court.service';
import { BadUserInputError } from '../shared/errors';
import { decodeOffsetCursor, encodeOffsetCursor } from '../shared/cursor';
import { checkPageSize, checkYearRange, connectionOf, type PageInfo } from '../shared/pagination';
import { provisionDocument } from './documents';
import { highlight } from './highlight';
import { highlightGroupsOf, queryGroups, wordsOf } from './query-language';
import type {
  DocumentKind,
  FacetCount,
  SearchDocument,
  SearchEngine,
  SearchFacets,
  SearchFilter,
  SearchHit,
} from './search.model';
import { SearchRepository, type SearchTarget } from './search.repository';
import type { FindingStatus } from '../compliance/engine';

export const MAX_SEARCH_PAGE = 100;
const MAX_QUERY_LENGTH = 500;
const SEARCH_CURSOR = 'search';

/** Which indexes this deployment keeps: PostgreSQL always (it is also the fallback), Meilisearch when configured. */
export const searchTargets = (env: NodeJS.ProcessEnv = process.env): SearchTarget[] =>
  env.MEILI_HOST ? ['postgres', 'meilisearch'] : ['postgres'];

/** Records, in the caller's transaction, that these documents must be brought up to date in every index. */
export const enqueueDocuments = (tx: Db, documentIds: string[]) =>
  new SearchRepository(tx).enqueue(documentIds, searchTargets());

export interface SearchFilterInput {
  kinds?: DocumentKind[] | null;
  instruments?: string[] | null;
  court?: string | null;
  /** Deprecated: `court`. */
  courts?: string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  findingStatuses?: FindingStatus[] | null;
}

export interface SearchPage {
  edges: { cursor: string; node: SearchHit }[];
  pageInfo: PageInfo;
  estimatedTotal: number;
  facets: SearchFacets;
  countsExact: boolean;
  /** The engine that answered. */
  engine: 'postgres' | 'meilisearch';
  /** Set when the configured engine could not answer and PostgreSQL did instead. */
  fallback: { from: 'meilisearch'; reason: string } | null;
}

/**
 * A cited provision as a hit, highlighted where its text, headings or title hold the query's words (a citation's
 * words are often in none but the title).
 */
function citedHit(document: SearchDocument, query: string): SearchHit {
  const groups = queryGroups(wordsOf(query), new Map());
  const marks = groups && highlightGroupsOf(groups);
  const found =
    marks &&
    (highlight(document.body, marks) ??
      highlight(document.summary, marks) ??
      highlight(document.title, marks));
  return {
    id: document.id,
    kind: document.kind,
    entityId: document.entityId,
    title: document.title,
    highlight: found ?? null,
    score: null,
  };
}

/** The engine's facets with the cited provisions counted in (the engine was asked to leave them out). */
function withCited(facets: SearchFacets, cited: SearchDocument[]): SearchFacets {
  const add = (counts: FacetCount[], values: string[]) => {
    const byValue = new Map(counts.map((c) => [c.value, c.count]));
    for (const v of values) byValue.set(v, (byValue.get(v) ?? 0) + 1);
    return [...byValue]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  };
  if (cited.length === 0) return facets;
  return {
    ...facets,
    kind: add(
      facets.kind,
      cited.map((d) => d.kind),
    ),
    instrument: add(
      facets.instrument,
      cited.flatMap((d) => (d.instrumentId ? [d.instrumentId] : [])),
    ),
  };
}

/**
 * Search over provisions and decisions together. A query that is a citation ("neni 171", "Art. 171 CCK") puts the
 * cited provision first; the engine ranks the rest. When Meilisearch is configured but unreachable, PostgreSQL
 * answers and the page says so.
 */
export class SearchService {
  constructor(
    private readonly db: Db,
    private readonly courts: CourtService,
    private readonly law: LawService,
    private readonly engine: SearchEngine,
    private readonly fallbackEngine: SearchEngine | null,
  ) {}

  async search(
    query: string,
    filterInput: SearchFilterInput,
    first: number,
    after: string | null,
  ): Promise<SearchPage> {
    checkPageSize(first, MAX_SEARCH_PAGE);
    if (query.length > MAX_QUERY_LENGTH)
      throw new BadUserInputError(`The query is longer than ${MAX_QUERY_LENGTH} characters.`);
    const offset = after ? decodeOffsetCursor(SEARCH_CURSOR, after) + 1 : 0;
    const filter = await this.toFilter(filterInput);
    const cited = await this.citedProvisions(query, filter);
    const citedOnPage = cited.slice(offset, offset + first).map((d) => citedHit(d, query));
    const request = {
      query,
      filter,
      offset: Math.max(0, offset - cited.length),
      limit: first - citedOnPage.length + 1,
      excludeIds: cited.map((d) => d.id),
    };
    let engine = this.engine;
    let fallback: SearchPage['fallback'] = null;
    let response;
    try {
      response = await engine.search(request);
    } catch (e) {
      if (!this.fallbackEngine || !this.engine.unreachable?.(e)) throw e;
      engine = this.fallbackEngine;
      fallback = { from: 'meilisearch', reason: e instanceof Error ? e.message : String(e) };
      response = await engine.search(request);
    }
    const page = connectionOf(
      [...citedOnPage, ...response.hits],
      first,
      (_, i) => encodeOffsetCursor(SEARCH_CURSOR, offset + i),
      offset > 0,
    );
    return {
      ...page,
      estimatedTotal: response.total + cited.length,
      facets: withCited(response.facets, cited),
      countsExact: response.countsExact,
      engine: engine.name,
      fallback,
    };
  }

  async health() {
    return { engine: this.engine.name, indexes: await new SearchRepository(this.db).lag() };
  }

  /**
   * The provisions a citation-shaped query names, as hits to rank first (none when it is not a citation, or when a
   * filter only decisions have is set), with their highlight. Read from the law in memory: every search asks, and
   * most queries are not citations.
   */
  private async citedProvisions(query: string, filter: SearchFilter): Promise<SearchDocument[]> {
    if (filter.kinds && !filter.kinds.includes('PROVISION')) return [];
    const decisionsOnly =
      filter.courtIds?.length ||
      filter.yearFrom !== undefined ||
      filter.yearTo !== undefined ||
      filter.findingStatuses?.length;
    if (decisionsOnly) return [];
    const law = await this.law.lawView();
    let parsed;
    try {
      parsed = parseCitation(query, law.catalogue);
    } catch {
      return [];
    }
    const candidates = provisionsCited(law, parsed).filter(
      (p) => !filter.instrumentIds?.length || filter.instrumentIds.includes(p.instrumentId),
    );
    if (candidates.length === 0) return [];
    const sources = await new SearchRepository(this.db).provisions(candidates.map((c) => c.id));
    return sources.map(provisionDocument).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  }

  private async toFilter(input: SearchFilterInput): Promise<SearchFilter> {
    checkYearRange(input.yearFrom, input.yearTo);
    // `court`, as every other filter names it; `courts` is kept for a deprecation period.
    const names = [...(input.court ? [input.court] : []), ...(input.courts ?? [])];
    const courts = names.length ? await Promise.all(names.map((c) => this.courts.resolve(c))) : null;
    return {
      kinds: input.kinds ?? undefined,
      instrumentIds: input.instruments ?? undefined,
      courtIds: courts?.map((c) => c.id),
      yearFrom: input.yearFrom ?? undefined,
      yearTo: input.yearTo ?? undefined,
      findingStatuses: input.findingStatuses ?? undefined,
    };
  }
}
