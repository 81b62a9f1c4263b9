import type { UnitOfWork } from '../db/unit-of-work';
import { decisionDocument, provisionDocument } from './documents';
import { OutboxRepository } from './outbox.repository';
import { DocumentsRejectedError } from './search.errors';
import type { SearchDocument, SearchEngine } from './search.model';
import { SearchRepository, type SearchTarget } from './search.repository';

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_MAX_MS = 5 * 60_000;

/** 1 s, 2 s, 4 s, … up to five minutes between tries of a batch an index could not take. */
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
  /** Rows whose document the index refused for itself: kept out of later claims, with the reason. */
  setAside: number;
  /** Rows left for a later batch because another indexer (or reindex) was delivering their document. */
  skipped: number;
}

const NOTHING: DrainResult = { delivered: 0, postponed: 0, setAside: 0, skipped: 0 };

/**
 * Writes the documents to each index in turn, and removes from each the deleted ones and those an index refused (an
 * index must not keep showing an older version of a document it refused: better absent than out of date). Returns
 * the refused documents, with the first reason given. Any other failure is thrown.
 */
export async function deliver(
  writers: readonly SearchEngine[],
  documents: SearchDocument[],
  deleted: string[],
): Promise<Map<string, string>> {
  const refused = new Map<string, string>();
  for (const writer of writers) {
    try {
      await writer.upsert(documents);
    } catch (e) {
      if (!(e instanceof DocumentsRejectedError)) throw e;
      for (const { id, reason } of e.rejected) if (!refused.has(id)) refused.set(id, reason);
    }
    await writer.delete([...deleted, ...refused.keys()]);
  }
  return refused;
}

/**
 * Delivers outbox rows to one index: claims a batch (FOR UPDATE SKIP LOCKED, so indexers side by side never take
 * the same rows), takes the lock of each document it names (outbox.repository.ts: a document another indexer or
 * reindex is delivering is left for later, so no older version is ever written after a newer one), re-reads them,
 * upserts or deletes, in the live index and in any index a reindex is building, and removes the outbox rows in the
 * same transaction. A document the index refuses for itself is set aside with the reason; if the index fails
 * otherwise, the rows stay and are retried later with backoff. Every step is idempotent, so an indexer stopped at
 * any point and started again leaves the index matching the database.
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
    if (!engine) return NOTHING;
    if (!this.prepared.has(target)) {
      // An unreachable index is tried again at the next tick; its rows wait in the outbox meanwhile.
      await engine.prepare();
      this.prepared.add(target);
    }
    return this.uow.transaction(async (tx) => {
      const outbox = new OutboxRepository(tx);
      const builds = engine.rebuilds ? await outbox.buildsDuringBatch(target) : [];
      const rows = await outbox.claim(target, this.batchSize);
      if (rows.length === 0) return NOTHING;
      const locked = await outbox.tryLockDocuments(
        target,
        rows.map((r) => r.documentId),
      );
      const mine = rows.filter((r) => locked.has(r.documentId));
      const skipped = rows.length - mine.length;
      if (mine.length === 0) return { ...NOTHING, skipped };
      try {
        const { documents, deleted } = await buildDocuments(
          new SearchRepository(tx),
          mine.map((r) => r.documentId),
        );
        const writers = [engine, ...builds.map((b) => engine.rebuilds!.writer(b.indexUid))];
        const refused = await deliver(writers, documents, deleted);
        const refusedRows = mine.filter((r) => refused.has(r.documentId));
        const deliveredRows = mine.filter((r) => !refused.has(r.documentId));
        await outbox.setAside(refusedRows.map((r) => ({ id: r.id, reason: refused.get(r.documentId)! })));
        await outbox.remove(
          target,
          deliveredRows.map((r) => r.id),
          deliveredRows.map((r) => r.documentId),
        );
        return { delivered: deliveredRows.length, postponed: 0, setAside: refusedRows.length, skipped };
      } catch (e) {
        const attempts = Math.max(...mine.map((r) => r.attempts));
        await outbox.postpone(
          mine.map((r) => r.id),
          backoffMs(attempts),
          e instanceof Error ? e.message : String(e),
        );
        return { ...NOTHING, postponed: mine.length, skipped };
      }
    });
  }

  /** Delivers everything due to every index; returns what it delivered. One unreachable index does not stop the others. */
  async drain(onError: (e: unknown) => void = () => undefined): Promise<DrainResult> {
    const total = { ...NOTHING };
    for (const target of this.engines.keys()) {
      for (;;) {
        const batch = await this.drainBatch(target).catch((e) => {
          onError(e);
          return NOTHING;
        });
        total.delivered += batch.delivered;
        total.postponed += batch.postponed;
        total.setAside += batch.setAside;
        total.skipped += batch.skipped;
        const claimed = batch.delivered + batch.postponed + batch.setAside + batch.skipped;
        // Rows postponed or left to another indexer would be claimed again at once: they wait for the next tick.
        if (claimed < this.batchSize || batch.postponed > 0 || batch.skipped > 0) break;
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
