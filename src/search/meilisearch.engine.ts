/**
 * The Meilisearch engine: the production search, used when MEILI_HOST is set. Talks to Meilisearch through the
 * official client; what it sends is built by the pure functions of meilisearch.settings.ts. Every write waits for
 * its task, so a caller that got no error knows the index has applied it.
 */
import type { FacetDistribution, SearchParams, Settings, Task, WaitOptions } from 'meilisearch';

import { foldText } from '../shared/fold';
import {
  FACET_ATTRIBUTES,
  HIGHLIGHT_PARAMS,
  MEILI_INDEX_UID,
  MEILI_PRIMARY_KEY,
  TEXT_LOCALES,
  facetsOf,
  filterExpression,
  highlightOf,
  meilisearchSettings,
  toMeilisearchDocument,
  type MeilisearchDocument,
} from './meilisearch.settings';
import type { SearchDocument, SearchEngine, SearchHit, SearchRequest, SearchResponse } from './search.model';

/** Documents per write request, and ids per page when listing them. */
const BATCH_SIZE = 1000;
/** A server that accepts connections but does not answer fails the search, so PostgreSQL can answer instead. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Indexing a batch or re-indexing after a settings change can take a while; the client's default is 5 s. */
const DEFAULT_TASK_TIMEOUT_MS = 120_000;

/** What the engine reads of a finished task. */
export type TaskOutcome = Pick<Task, 'uid' | 'status' | 'error'>;

/** A write the server has been asked for: the client's EnqueuedTaskPromise, of which only the wait is used. */
export interface EnqueuedWrite {
  waitTask(options?: WaitOptions): Promise<TaskOutcome>;
}

type StoredHit = Pick<MeilisearchDocument, 'id' | 'kind' | 'entityId' | 'title'> & {
  _formatted?: Partial<MeilisearchDocument>;
  _rankingScore?: number;
};

export interface MeilisearchSearchResult {
  hits: StoredHit[];
  estimatedTotalHits?: number;
  totalHits?: number;
  facetDistribution?: FacetDistribution;
}

/** The few index methods the engine uses, so unit tests can pass a fake; the client's `Index` fits it. */
export interface MeilisearchIndexApi {
  updateSettings(settings: Settings): EnqueuedWrite;
  addDocuments(documents: MeilisearchDocument[], options: { primaryKey: string }): EnqueuedWrite;
  deleteDocuments(ids: string[]): EnqueuedWrite;
  search(query: string, params: SearchParams): Promise<MeilisearchSearchResult>;
  getDocuments(params: {
    fields: 'id'[];
    offset: number;
    limit: number;
  }): Promise<{ results: Pick<MeilisearchDocument, 'id'>[] }>;
}

/** The few client methods the engine uses; the client's `Meilisearch` class fits it. */
export interface MeilisearchClientApi {
  createIndex(uid: string, options: { primaryKey: string }): EnqueuedWrite;
  index(uid: string): MeilisearchIndexApi;
}

export interface MeilisearchConnection {
  host: string;
  apiKey?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
}

export type MeilisearchEngineOptions = (MeilisearchConnection | { client: MeilisearchClientApi }) & {
  indexUid?: string;
  /** How long to wait for a write to be applied. */
  taskTimeoutMs?: number;
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

const batchesOf = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH_SIZE) }, (_, i) =>
    items.slice(i * BATCH_SIZE, (i + 1) * BATCH_SIZE),
  );

function searchParams(request: SearchRequest): SearchParams {
  return {
    filter: filterExpression(request.filter, request.excludeIds),
    facets: [...FACET_ATTRIBUTES],
    offset: request.offset,
    limit: request.limit,
    attributesToRetrieve: ['id', 'kind', 'entityId', 'title'],
    ...HIGHLIGHT_PARAMS,
    locales: TEXT_LOCALES,
    showRankingScore: true,
  };
}

const toHit = (hit: StoredHit): SearchHit => ({
  id: hit.id,
  kind: hit.kind,
  entityId: hit.entityId,
  title: hit.title,
  highlight: highlightOf(hit),
  score: hit._rankingScore ?? null,
});

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  private readonly indexUid: string;
  private readonly waitOptions: WaitOptions;
  private client: Promise<MeilisearchClientApi> | undefined;

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.indexUid = options.indexUid ?? MEILI_INDEX_UID;
    this.waitOptions = { timeout: options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS };
  }

  async prepare(): Promise<void> {
    const client = await this.connected();
    const creation = await client
      .createIndex(this.indexUid, { primaryKey: MEILI_PRIMARY_KEY })
      .waitTask(this.waitOptions);
    // Asking to create is how we learn whether the index exists: after the first start, it already does.
    if (creation.status !== 'succeeded' && creation.error?.code !== 'index_already_exists') {
      throw new MeilisearchTaskError(`create the index "${this.indexUid}"`, creation);
    }
    const index = client.index(this.indexUid);
    await this.applied(
      index.updateSettings(meilisearchSettings()),
      `apply the settings of "${this.indexUid}"`,
    );
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    const index = await this.index();
    for (const batch of batchesOf(documents)) {
      const write = index.addDocuments(batch.map(toMeilisearchDocument), { primaryKey: MEILI_PRIMARY_KEY });
      await this.applied(write, `index ${batch.length} documents`);
    }
  }

  async delete(ids: string[]): Promise<void> {
    const index = await this.index();
    for (const batch of batchesOf(ids)) {
      await this.applied(index.deleteDocuments(batch), `delete ${batch.length} documents`);
    }
  }

  async search(request: SearchRequest): Promise<SearchResponse> {
    const index = await this.index();
    const response = await index.search(foldText(request.query), searchParams(request));
    return {
      hits: response.hits.map(toHit),
      total: response.estimatedTotalHits ?? response.totalHits ?? 0,
      facets: facetsOf(response.facetDistribution),
      // With offset and limit Meilisearch answers estimatedTotalHits, an estimate by its own documentation.
      countsExact: response.totalHits !== undefined,
    };
  }

  async allIds(): Promise<string[]> {
    const index = await this.index();
    const ids: string[] = [];
    for (let offset = 0; ; offset += BATCH_SIZE) {
      const page = await index.getDocuments({ fields: ['id'], offset, limit: BATCH_SIZE });
      ids.push(...page.results.map((document) => document.id));
      if (page.results.length < BATCH_SIZE) return ids;
    }
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
