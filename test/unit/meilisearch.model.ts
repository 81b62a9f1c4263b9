/**
 * A MODEL of a Meilisearch server, for tests that cannot reach a real one (none can be installed on the project's
 * machines). It is not Meilisearch: it keeps documents in maps and answers the few calls the engine makes, with the
 * behaviours the engine relies on, each as documented (documentation page, or the v1.50.0 source file):
 * - Tasks are applied one at a time in the order they were enqueued ("Asynchronous operations": "All other tasks
 *   are processed in the order they were enqueued"). Here a write is applied when it is enqueued, which is that order.
 * - A request body over the payload limit is refused with HTTP 413 `payload_too_large` before any task exists
 *   (`--http-payload-size-limit`, "Configuration"; PayloadTooLarge in meilisearch-types/src/error.rs).
 * - A document whose id is not made of a–z, A–Z, 0–9, `-` and `_` (or is over 511 bytes) fails its addition task
 *   with `invalid_document_id`, and a failed task changes nothing ("Primary key": document id format; "Tasks":
 *   a failed task's `error`).
 * - Adding documents to an index that does not exist creates it ("Add or replace documents"); creating one that
 *   exists fails with `index_already_exists`; deleting one that does not exist fails with `index_not_found`.
 * - Swapping two indexes exchanges their documents and settings in one step; both must exist ("Swap indexes").
 * Searches answer what the test sets with `answer`, and record what was asked: the model does not rank.
 */
import { MeilisearchApiError } from 'meilisearch';

import type {
  EnqueuedWrite,
  MeilisearchClientApi,
  MeilisearchIndexApi,
  MeilisearchSearchResult,
  TaskOutcome,
} from '../../src/search/meilisearch.engine';
import type { MeilisearchDocument } from '../../src/search/meilisearch.settings';

type Stored = MeilisearchDocument;

interface ModelIndex {
  documents: Map<string, Stored>;
  settings: unknown;
}

const VALID_ID = /^[a-zA-Z0-9_-]+$/;

export interface MeilisearchModel {
  client: MeilisearchClientApi;
  /** The indexes as they stand. */
  indexes: Map<string, ModelIndex>;
  /** Every request, in order: `<method> <index>` and its arguments. */
  calls: { method: string; index: string | null; args: unknown[] }[];
  /** The documents of an index, by id. */
  documents(uid: string): Map<string, Stored>;
  /** What the next searches answer. */
  answer(result: MeilisearchSearchResult): void;
  /** Calls of one method. */
  of(method: string): { method: string; index: string | null; args: unknown[] }[];
  /** Runs before each write is applied: a test can hold a write back, to interleave two writers. */
  beforeWrite?: (method: string, index: string, args: unknown[]) => Promise<void>;
}

export function meilisearchModel(options: { payloadLimitBytes?: number } = {}): MeilisearchModel {
  const limit = options.payloadLimitBytes ?? 100_000_000;
  const indexes = new Map<string, ModelIndex>();
  const calls: MeilisearchModel['calls'] = [];
  let taskUid = 0;
  let searchResult: MeilisearchSearchResult = { hits: [], estimatedTotalHits: 0 };

  const failed = (code: string, message: string): Omit<TaskOutcome, 'uid'> => ({
    status: 'failed',
    error: { code, message, type: 'invalid_request', link: '' },
  });
  const succeeded: Omit<TaskOutcome, 'uid'> = { status: 'succeeded', error: null };

  /** A write: checked for size, then applied in order when enqueued; waitTask gives its outcome. */
  const write = (
    method: string,
    uid: string | null,
    args: unknown[],
    body: unknown,
    apply: () => Omit<TaskOutcome, 'uid'>,
  ): EnqueuedWrite => {
    calls.push({ method, index: uid, args });
    const bytes = Buffer.byteLength(JSON.stringify(body), 'utf8');
    const outcome = (async () => {
      if (model.beforeWrite) await model.beforeWrite(method, uid ?? '', args);
      if (bytes > limit) {
        const response = new Response(null, { status: 413, statusText: 'Payload Too Large' });
        throw new MeilisearchApiError(response, {
          message: `The provided payload reached the size limit. The maximum accepted payload size is ${limit} B.`,
          code: 'payload_too_large',
          type: 'invalid_request',
          link: 'https://docs.meilisearch.com/errors#payload_too_large',
        });
      }
      return { uid: ++taskUid, ...apply() };
    })();
    outcome.catch(() => undefined); // observed through waitTask
    return { waitTask: () => outcome };
  };

  const indexApi = (uid: string): MeilisearchIndexApi => ({
    updateSettings: (settings) =>
      write('updateSettings', uid, [settings], settings, () => {
        const index = indexes.get(uid) ?? { documents: new Map(), settings: null };
        indexes.set(uid, { ...index, settings });
        return succeeded;
      }),
    addDocuments: (documents, opts) =>
      write('addDocuments', uid, [documents, opts], documents, () => {
        const bad = documents.find((d) => !VALID_ID.test(d.id) || Buffer.byteLength(d.id) > 511);
        if (bad)
          return failed(
            'invalid_document_id',
            `Document identifier \`"${bad.id}"\` is invalid. A document identifier can be of type integer or ` +
              'string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), ' +
              'and can not be more than 511 bytes.',
          );
        const index = indexes.get(uid) ?? { documents: new Map(), settings: null };
        indexes.set(uid, index);
        for (const d of documents) index.documents.set(d.id, structuredClone(d));
        return succeeded;
      }),
    deleteDocuments: (ids) =>
      write('deleteDocuments', uid, [ids], ids, () => {
        for (const id of ids) indexes.get(uid)?.documents.delete(id);
        return succeeded;
      }),
    search: async (query, params) => {
      calls.push({ method: 'search', index: uid, args: [query, params] });
      return structuredClone(searchResult);
    },
    getDocuments: async (params) => {
      calls.push({ method: 'getDocuments', index: uid, args: [params] });
      let docs = [...(indexes.get(uid)?.documents.values() ?? [])];
      if (params.filter) {
        const wanted = new Set([...params.filter.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]));
        docs = docs.filter((d) => wanted.has(d.id));
      }
      const page = docs.slice(params.offset ?? 0, (params.offset ?? 0) + params.limit);
      return {
        results: page.map(
          (d) => Object.fromEntries(params.fields.map((f) => [f, d[f]])) as Pick<Stored, 'id'>,
        ),
      };
    },
  });

  const client: MeilisearchClientApi = {
    createIndex: (uid, opts) =>
      write('createIndex', uid, [uid, opts], opts, () => {
        if (indexes.has(uid)) return failed('index_already_exists', `Index \`${uid}\` already exists.`);
        indexes.set(uid, { documents: new Map(), settings: null });
        return succeeded;
      }),
    deleteIndex: (uid) =>
      write('deleteIndex', uid, [uid], null, () => {
        if (!indexes.delete(uid)) return failed('index_not_found', `Index \`${uid}\` not found.`);
        return succeeded;
      }),
    swapIndexes: (swaps) =>
      write('swapIndexes', null, [swaps], swaps, () => {
        for (const { indexes: pair } of swaps) {
          const missing = pair.find((uid) => !indexes.has(uid));
          if (missing) return failed('index_not_found', `Index \`${missing}\` not found.`);
        }
        for (const {
          indexes: [a, b],
        } of swaps) {
          const first = indexes.get(a)!;
          indexes.set(a, indexes.get(b)!);
          indexes.set(b, first);
        }
        return succeeded;
      }),
    index: (uid) => indexApi(uid),
  };

  const model: MeilisearchModel = {
    client,
    indexes,
    calls,
    documents: (uid) => indexes.get(uid)?.documents ?? new Map(),
    answer: (result) => (searchResult = result),
    of: (method) => calls.filter((c) => c.method === method),
  };
  return model;
}
