/**
 * The Meilisearch engine: the production search, used when MEILI_HOST is set. Talks to Meilisearch through the
 * official client; the settings and documents come from meilisearch.settings.ts, the query rules and highlights from
 * meilisearch.query.ts, the request sizes from meilisearch.batches.ts. Every write waits for its task, so a caller
 * that got no error knows the index has applied it. docs/search-engines.md cites the documentation (or the v1.50.0
 * source) of each server behaviour relied on here.
 */
import type { FacetDistribution, SearchParams, Settings, Task, WaitOptions } from 'meilisearch';

import { batchesByBytes } from './meilisearch.batches';
import { highlightText, meilisearchQuery, type MeilisearchQuery } from './meilisearch.query';
import {
  FACET_ATTRIBUTES,
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  MEILI_INDEX_UID,
  MEILI_PRIMARY_KEY,
  SORT,
  TEXT_LOCALES,
  facetsOf,
  filterExpression,
  meilisearchSettings,
  quoteFilterValue,
  toMeilisearchDocument,
  type MeilisearchDocument,
} from './meilisearch.settings';
import { DocumentsRejectedError, type RejectedDocument } from './search.errors';
import type {
  IndexRebuilds,
  SearchDocument,
  SearchEngine,
  SearchHit,
  SearchRequest,
  SearchResponse,
} from './search.model';

/** Ids per delete request, and per page when listing them. */
const IDS_PER_REQUEST = 1000;
/** A server that accepts connections but does not answer fails the search, so PostgreSQL can answer instead. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Indexing a batch or re-indexing after a settings change can take a while; the client's default is 5 s. */
const DEFAULT_TASK_TIMEOUT_MS = 120_000;
/** The server's default payload limit (see meilisearch.batches.ts); set the option when the server's is changed. */
const DEFAULT_PAYLOAD_LIMIT_BYTES = 100_000_000;
/** Requests are kept to this share of the limit: a margin for whatever the server counts that JSON.stringify does not. */
const PAYLOAD_MARGIN = 0.9;
/** Documents per write request are bounded by bytes, and by this much: smaller requests fail and retry cheaply. */
const DEFAULT_BATCH_BYTES = 20_000_000;
/** Words of the body around Meilisearch's best match that a search reads for the highlight (the PostgreSQL engine
 *  reads 1,600 characters, about as many words). */
const HIGHLIGHT_WINDOW_WORDS = 250;

/**
 * Task error codes that mean the documents themselves were refused (meilisearch-types error.rs): sending them again
 * unchanged fails again, so a batch that fails with one is split until the documents at fault are found.
 */
const DOCUMENT_ERROR_CODES = new Set([
  'payload_too_large',
  'invalid_document_id',
  'missing_document_id',
  'invalid_document_fields',
  'invalid_document_geo_field',
  'invalid_document_geojson_field',
  'max_fields_limit_exceeded',
]);

/** What the engine reads of a finished task. */
export type TaskOutcome = Pick<Task, 'uid' | 'status' | 'error'>;

/** A write the server has been asked for: the client's EnqueuedTaskPromise, of which only the wait is used. */
export interface EnqueuedWrite {
  waitTask(options?: WaitOptions): Promise<TaskOutcome>;
}

type StoredHit = Pick<MeilisearchDocument, 'id' | 'kind' | 'entityId' | 'title'> &
  Partial<Pick<MeilisearchDocument, 'summary' | 'bodyLength'>> & {
    _formatted?: Partial<MeilisearchDocument>;
    _rankingScore?: number;
  };

export interface MeilisearchSearchResult {
  hits: StoredHit[];
  estimatedTotalHits?: number;
  facetDistribution?: FacetDistribution;
}

/** The few index methods the engine uses, so unit tests can pass a fake; the client's `Index` fits it. */
export interface MeilisearchIndexApi {
  updateSettings(settings: Settings): EnqueuedWrite;
  addDocuments(documents: MeilisearchDocument[], options: { primaryKey: string }): EnqueuedWrite;
  deleteDocuments(ids: string[]): EnqueuedWrite;
  search(query: string, params: SearchParams): Promise<MeilisearchSearchResult>;
  getDocuments(params: {
    fields: ('id' | 'body')[];
    filter?: string;
    offset?: number;
    limit: number;
  }): Promise<{ results: (Pick<MeilisearchDocument, 'id'> & Partial<Pick<MeilisearchDocument, 'body'>>)[] }>;
}

/** The few client methods the engine uses; the client's `Meilisearch` class fits it. */
export interface MeilisearchClientApi {
  createIndex(uid: string, options: { primaryKey: string }): EnqueuedWrite;
  deleteIndex(uid: string): EnqueuedWrite;
  swapIndexes(swaps: { indexes: [string, string]; rename: boolean }[]): EnqueuedWrite;
  index(uid: string): MeilisearchIndexApi;
}

export interface MeilisearchConnection {
  host: string;
  apiKey?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
}

export type MeilisearchEngineOptions = (
  MeilisearchConnection | { client: MeilisearchClientApi | Promise<MeilisearchClientApi> }
) & {
  indexUid?: string;
  /** How long to wait for a write to be applied. */
  taskTimeoutMs?: number;
  /** The server's `--http-payload-size-limit` in bytes, when it is not the default 100 MB. */
  payloadLimitBytes?: number;
  /** The largest write request to send, in bytes (capped by the payload limit). */
  batchBytes?: number;
};

/** A Meilisearch task that did not succeed: the index was not changed as asked. */
export class MeilisearchTaskError extends Error {
  constructor(
    action: string,
    readonly task: TaskOutcome,
  ) {
    const reason = task.error ? `${task.error.message} [${task.error.code}]` : 'no reason given';
    super(`Meilisearch could not ${action} (task ${task.uid} ${task.status}): ${reason}`);
    this.name = 'MeilisearchTaskError';
  }
}

/** The client package is ESM-only and this project compiles to CommonJS: a dynamic import is the way in. */
async function connect({ host, apiKey, timeoutMs }: MeilisearchConnection): Promise<MeilisearchClientApi> {
  const { Meilisearch } = await import('meilisearch');
  return new Meilisearch({ host, apiKey, timeout: timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS });
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The search request: every word required, newest first within a tier, the body cropped around the best match. */
export function searchParams(request: SearchRequest, query: MeilisearchQuery): SearchParams {
  return {
    filter: filterExpression(request.filter, request.excludeIds),
    facets: [...FACET_ATTRIBUTES],
    offset: request.offset,
    limit: request.limit,
    matchingStrategy: 'all',
    sort: SORT,
    attributesToRetrieve: ['id', 'kind', 'entityId', 'title', 'summary', 'bodyLength'],
    ...(query.groups && { attributesToCrop: ['body'], cropLength: HIGHLIGHT_WINDOW_WORDS, cropMarker: '' }),
    locales: TEXT_LOCALES,
    showRankingScore: true,
  };
}

/**
 * Whether the counts are exact. With matchingStrategy "all", no distinct attribute and no ranking-score threshold,
 * Meilisearch's `estimatedTotalHits` is the number of documents matching every word, capped at maxTotalHits, and the
 * facet distribution counts those same documents (milli's search/new/mod.rs: "The candidates is the universe unless
 * the exhaustive number of hits is requested and a distinct attribute is set"). So they are exact unless the cap was
 * reached, a facet was cut at maxValuesPerFacet, or words past the tenth were left out of the query.
 */
export function countsExact(response: MeilisearchSearchResult, query: MeilisearchQuery): boolean {
  const total = response.estimatedTotalHits ?? 0;
  const facetCut = Object.values(response.facetDistribution ?? {}).some(
    (values) => Object.keys(values).length >= MAX_VALUES_PER_FACET,
  );
  return total < MAX_TOTAL_HITS && !facetCut && query.ignoredWords.length === 0;
}

function errorCodeOf(error: unknown): string | undefined {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly rebuilds: IndexRebuilds;
  readonly unreachable = isMeilisearchUnavailable;
  private readonly indexUid: string;
  private readonly waitOptions: WaitOptions;
  private readonly limitBytes: number;
  private readonly batchBytes: number;
  private client: Promise<MeilisearchClientApi> | undefined;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.indexUid = options.indexUid ?? MEILI_INDEX_UID;
    this.waitOptions = { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS };
    this.limitBytes = Math.floor((options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES) * PAYLOAD_MARGIN);
    this.batchBytes = Math.min(options.batchBytes ?? DEFAULT_BATCH_BYTES, this.limitBytes);
    this.rebuilds = {
      liveUid: this.indexUid,
      create: (uid) => this.createIndex(uid, false),
      writer: (uid) => new MeilisearchEngine({ ...this.options, client: this.connected(), indexUid: uid }),
      swap: async (uid) => {
        const client = await this.connected();
        await this.applied(
          client.swapIndexes([{ indexes: [this.indexUid, uid], rename: false }]),
          `swap the index "${uid}" in as "${this.indexUid}"`,
        );
      },
      drop: async (uid) => {
        const task = await (await this.connected()).deleteIndex(uid).waitTask(this.waitOptions);
        if (task.status !== 'succeeded' && task.error?.code !== 'index_not_found')
          throw new MeilisearchTaskError(`delete the index "${uid}"`, task);
      },
    };
  }

  prepare(): Promise<void> {
    return this.createIndex(this.indexUid, true);
  }

  /**
   * Writes by requests of at most `batchBytes`, one after the other (Meilisearch applies an index's tasks in the
   * order they were enqueued, and each is awaited anyway). A document too large for any request, or refused by the
   * server, is listed in a DocumentsRejectedError after the others are written.
   */
  async upsert(documents: SearchDocument[]): Promise<void> {
    const index = await this.index();
    const { batches, oversized } = batchesByBytes(
      documents.map(toMeilisearchDocument),
      this.batchBytes,
      this.limitBytes,
    );
    const rejected: RejectedDocument[] = oversized.map(({ document, bytes }) => ({
      id: document.id,
      reason:
        `The document is ${bytes} bytes as JSON; Meilisearch accepts requests of at most ` +
        `${this.limitBytes} bytes here (its payload limit, less a margin).`,
    }));
    for (const batch of batches) rejected.push(...(await this.write(index, batch)));
    if (rejected.length) throw new DocumentsRejectedError(rejected);
  }

  async delete(ids: string[]): Promise<void> {
    const index = await this.index();
    for (const batch of chunks(ids, IDS_PER_REQUEST)) {
      await this.applied(index.deleteDocuments(batch), `delete ${batch.length} documents`);
    }
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const index = await this.index();
    const query = meilisearchQuery(request.query);
    const response = await index.search(query.q, searchParams(request, query));
    return {
      hits: await this.highlighted(index, response.hits, query),
      total: response.estimatedTotalHits ?? 0,
      facets: facetsOf(response.facetDistribution),
      countsExact: countsExact(response, query),
    };
  }

  async allIds(): Promise<string[]> {
    const index = await this.index();
    const ids: string[] = [];
    for (let offset = 0; ; offset += IDS_PER_REQUEST) {
      const page = await index.getDocuments({ fields: ['id'], offset, limit: IDS_PER_REQUEST });
      ids.push(...page.results.map((document) => document.id));
      if (page.results.length < IDS_PER_REQUEST) return ids;
    }
  }

  /**
   * Writes one batch; when the server refuses it for its documents, halves it until the documents at fault are
   * alone, and returns those with the server's reason. Any other failure is thrown: nothing is known of the batch.
   */
  private async write(index: MeilisearchIndexApi, batch: MeilisearchDocument[]): Promise<RejectedDocument[]> {
    let task: TaskOutcome;
    try {
      task = await index.addDocuments(batch, { primaryKey: MEILI_PRIMARY_KEY }).waitTask(this.waitOptions);
    } catch (e) {
      // A body over the server's limit is refused before any task exists: HTTP 413, code payload_too_large.
      if (errorCodeOf(e) !== 'payload_too_large') throw e;
      task = {
        uid: 0,
        status: 'failed',
        error: { code: 'payload_too_large', message: String(e), type: '', link: '' },
      };
    }
    if (task.status === 'succeeded') return [];
    if (!task.error || !DOCUMENT_ERROR_CODES.has(task.error.code))
      throw new MeilisearchTaskError(`index ${batch.length} documents`, task);
    if (batch.length === 1)
      return [{ id: batch[0].id, reason: `${task.error.message} [${task.error.code}]` }];
    const half = Math.ceil(batch.length / 2);
    return [
      ...(await this.write(index, batch.slice(0, half))),
      ...(await this.write(index, batch.slice(half))),
    ];
  }

  /**
   * The hits with their highlights, made here from the body window Meilisearch cropped around its best match, as the
   * PostgreSQL engine makes them (Meilisearch's own highlighter does not transliterate Cyrillic nor fold "đ" to
   * "dj"). A window without a match, of a body longer than it, is followed by the whole body, fetched for all such
   * hits in one request; then by the summary.
   */
  private async highlighted(
    index: MeilisearchIndexApi,
    hits: StoredHit[],
    query: MeilisearchQuery,
  ): Promise<SearchHit[]> {
    const { groups } = query;
    const highlights = new Map<string, string | null>();
    const needBody: StoredHit[] = [];
    for (const hit of hits) {
      if (!groups) continue;
      const window = hit._formatted?.body ?? '';
      const found = highlightText(groups, window);
      if (found === null && (hit.bodyLength ?? 0) > window.length) needBody.push(hit);
      else highlights.set(hit.id, found ?? highlightText(groups, hit.summary ?? ''));
    }
    if (groups && needBody.length) {
      const { results } = await index.getDocuments({
        fields: ['id', 'body'],
        filter: `id IN [${needBody.map((h) => quoteFilterValue(h.id)).join(', ')}]`,
        limit: needBody.length,
      });
      const bodies = new Map(results.map((d) => [d.id, d.body ?? '']));
      for (const hit of needBody) {
        const found = highlightText(groups, bodies.get(hit.id) ?? '');
        highlights.set(hit.id, found ?? highlightText(groups, hit.summary ?? ''));
      }
    }
    return hits.map((hit) => ({
      id: hit.id,
      kind: hit.kind,
      entityId: hit.entityId,
      title: hit.title,
      highlight: highlights.get(hit.id) ?? null,
      // An empty query ranks nothing (every document scores 1): no score, as from the PostgreSQL engine.
      score: groups ? (hit._rankingScore ?? null) : null,
    }));
  }

  /** Creates the index with its settings; `existing` says whether one already there is fine (the live index). */
  private async createIndex(uid: string, existing: boolean): Promise<void> {
    const client = await this.connected();
    const creation = await client
      .createIndex(uid, { primaryKey: MEILI_PRIMARY_KEY })
      .waitTask(this.waitOptions);
    // Asking to create is how we learn whether the index exists: after the first start, it already does.
    if (creation.status !== 'succeeded' && !(existing && creation.error?.code === 'index_already_exists')) {
      throw new MeilisearchTaskError(`create the index "${uid}"`, creation);
    }
    await this.applied(
      client.index(uid).updateSettings(meilisearchSettings()),
      `apply the settings of "${uid}"`,
    );
  }

  /** The client, created on first use: loading the package costs nothing until Meilisearch is actually used. */
  private connected(): Promise<MeilisearchClientApi> {
    this.client ??= 'client' in this.options ? Promise.resolve(this.options.client) : connect(this.options);
    return this.client;
  }

  private async index(): Promise<MeilisearchIndexApi> {
    return (await this.connected()).index(this.indexUid);
  }

  private async applied(write: EnqueuedWrite, action: string): Promise<void> {
    const task = await write.waitTask(this.waitOptions);
    if (task.status !== 'succeeded') throw new MeilisearchTaskError(action, task);
  }
}

/** The client's names for "the request never got an answer" (its classes live in the ESM package, so by name). */
const TRANSPORT_ERROR_NAMES = new Set(['MeilisearchRequestError', 'MeilisearchRequestTimeOutError']);

/** Node's and undici's codes for a connection that failed or went silent, as found on a bare fetch failure. */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** Causes are followed this deep at most, in case one points back at itself. */
const MAX_CAUSE_DEPTH = 5;

/**
 * Whether an error means Meilisearch could not be reached (refused, unresolvable, timed out) rather than that it
 * answered with an error. Only the former lets the service fall back to PostgreSQL: a rejected filter or a missing
 * index is a bug to surface, not an outage to hide.
 */
export function isMeilisearchUnavailable(error: unknown): boolean {
  let current = error;
  // Not `instanceof Error`: fetch's errors can come from another realm (undici's own, or a test sandbox's).
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth++) {
    const { name, code, cause } = current as { name?: unknown; code?: unknown; cause?: unknown };
    if (typeof name === 'string' && TRANSPORT_ERROR_NAMES.has(name)) return true;
    if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
    current = cause;
  }
  return false;
}
