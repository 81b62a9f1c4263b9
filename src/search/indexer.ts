import type { UnitOfWork } from '../db/unit-of-work';
import { decisionDocument, provisionDocument } from './documents';
import type { SearchDocument, SearchEngine } from './search.model';
import { SearchRepository, type SearchTarget } from './search.repository';

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s, … up to five minutes between tries of a document an index refused. */
export const backoffMs = (attempts: number) => Math.min(BACKOFF_BASE_MS * 2 ** attempts, BACKOFF_MAX_MS);

/** The documents as the database holds them now: ids whose row is gone come back in `deleted`. */
export async function buildDocuments(
  repo: SearchRepository,
  documentIds: string[],
): Promise<{ documents: SearchDocument[]; deleted: string[] }> {
  const idsOf = (prefix: string) => [
    ...new Set(documentIds.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length))),
  ];
  const documents = [
    ...(await repo.provisions(idsOf('provision-'))).map(provisionDocument),
    ...(await repo.decisions(idsOf('decision-'))).map(decisionDocument),
  ];
  const found = new Set(documents.map((d) => d.id));
  return { documents, deleted: [...new Set(documentIds)].filter((id) => !found.has(id)) };
}

export interface DrainResult {
  delivered: number;
  postponed: number;
}

/**
 * Delivers outbox rows to one index: claims a batch (FOR UPDATE SKIP LOCKED, so indexers side by side never
 * take the same rows), re-reads the rows they name, upserts or deletes, and removes the outbox rows in the same
 * transaction. If the index refuses, the rows stay and are retried later with backoff. Every step is idempotent,
 * so an indexer stopped at any point and started again leaves the index matching the database.
 */
export class SearchIndexer {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  /** Indexes whose settings were applied by this process; the others are prepared before their first batch. */
  private readonly prepared = new Set<SearchTarget>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly engines: ReadonlyMap<SearchTarget, SearchEngine>,
    private readonly batchSize = 500,
  ) {}

  async drainBatch(target: SearchTarget): Promise<DrainResult> {
    const engine = this.engines.get(target);
    if (!engine) return { delivered: 0, postponed: 0 };
    if (!this.prepared.has(target)) {
      // An unreachable index is tried again at the next tick; its rows wait in the outbox meanwhile.
      await engine.prepare();
      this.prepared.add(target);
    }
    return this.uow.transaction(async (tx) => {
      const repo = new SearchRepository(tx);
      const rows = await repo.claim(target, this.batchSize);
      if (rows.length === 0) return { delivered: 0, postponed: 0 };
      const ids = rows.map((r) => r.id);
      try {
        const { documents, deleted } = await buildDocuments(
          repo,
          rows.map((r) => r.documentId),
        );
        await engine.upsert(documents);
        await engine.delete(deleted);
        await repo.remove(ids);
        return { delivered: rows.length, postponed: 0 };
      } catch (e) {
        const attempts = Math.max(...rows.map((r) => r.attempts));
        await repo.postpone(ids, backoffMs(attempts), e instanceof Error ? e.message : String(e));
        return { delivered: 0, postponed: rows.length };
      }
    });
  }

  /** Delivers everything due to every index; returns what it delivered. One unreachable index does not stop the others. */
  async drain(onError: (e: unknown) => void = () => undefined): Promise<DrainResult> {
    const total = { delivered: 0, postponed: 0 };
    for (const target of this.engines.keys()) {
      for (;;) {
        const batch = await this.drainBatch(target).catch((e) => {
          onError(e);
          return { delivered: 0, postponed: 0 };
        });
        total.delivered += batch.delivered;
        total.postponed += batch.postponed;
        if (batch.delivered + batch.postponed < this.batchSize || batch.postponed > 0) break;
      }
    }
    return total;
  }

  /** Runs in the background, draining every `intervalMs`; `stop` waits for the batch in hand. */
  start(intervalMs = 500, onError: (e: unknown) => void = () => undefined): void {
    const tick = () => {
      this.running = this.drain(onError)
        .then(() => undefined, onError)
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
