import type { DataSource } from 'typeorm';

import { buildDocuments, deliver } from './indexer';
import { OutboxRepository, type IndexBuild } from './outbox.repository';
import type { RejectedDocument } from './search.errors';
import type { IndexRebuilds, SearchEngine } from './search.model';
import { SearchRepository } from './search.repository';

export interface ReindexResult {
  /** Documents written. */
  indexed: number;
  /** Documents the index refused for themselves, with its reasons; the others were written all the same. */
  rejected: RejectedDocument[];
  /** How the index was rebuilt: into a new index swapped in, or in place (stale documents then removed). */
  mode: { swapped: true } | { swapped: false; removed: number };
}

/** Thrown when another reindex of the same index is running. */
export class ReindexRunningError extends Error {
  constructor(target: string) {
    super(`Another reindex of the ${target} index is running; run this one after it ends.`);
    this.name = 'ReindexRunningError';
  }
}

type Progress = (done: number, total: number) => void;

/**
 * Rebuilds an index from the database: the repair path, safe to stop and run again, one at a time per index.
 *
 * An engine that can build an index beside the live one (Meilisearch) builds a new one while searches keep reading
 * the old, then swaps it in, in one step. The changes committed meanwhile reach it: the build is registered before
 * any document is read, and from then on every indexer delivers every change to both indexes (outbox.repository.ts).
 * Otherwise (PostgreSQL) the index is rebuilt in place, then the documents it holds whose rows are gone are removed.
 *
 * Either way each batch is read and written holding its documents' locks, as an indexer does, so a document changed
 * or deleted during the rebuild ends in its latest state: never an older version, never a deleted document.
 */
export async function reindex(
  dataSource: DataSource,
  engine: SearchEngine,
  progress: Progress = () => undefined,
  batchSize = 500,
): Promise<ReindexResult> {
  await engine.prepare();
  // A session lock lives on one connection: this one, for the whole rebuild.
  const session = dataSource.createQueryRunner();
  await session.connect();
  const lock = new OutboxRepository(session.manager);
  try {
    if (!(await lock.tryLockReindex(engine.name))) throw new ReindexRunningError(engine.name);
    try {
      return engine.rebuilds
        ? await rebuildAndSwap(dataSource, engine, engine.rebuilds, progress, batchSize)
        : await rebuildInPlace(dataSource, engine, progress, batchSize);
    } finally {
      await lock.unlockReindex(engine.name);
    }
  } finally {
    await session.release();
  }
}

async function rebuildAndSwap(
  dataSource: DataSource,
  engine: SearchEngine,
  rebuilds: IndexRebuilds,
  progress: Progress,
  batchSize: number,
): Promise<ReindexResult> {
  const target = engine.name;
  // A reindex that died left its build registered, and indexers still deliver to it: retire it first.
  for (const stale of await new OutboxRepository(dataSource).builds(target))
    await retire(dataSource, rebuilds, stale);
  const build: IndexBuild = { target, indexUid: `${rebuilds.liveUid}_rebuild_${Date.now()}` };
  await rebuilds.create(build.indexUid);
  await dataSource.transaction(async (tx) => {
    const outbox = new OutboxRepository(tx);
    await outbox.lockBuilds(target); // waits for the batches in flight, which do not know of the build
    await outbox.addBuild(build);
  });
  try {
    const copied = await copyAll(dataSource, engine, rebuilds.writer(build.indexUid), progress, batchSize);
    await dataSource.transaction(async (tx) => {
      const outbox = new OutboxRepository(tx);
      // No batch delivers while the indexes trade places: each would write the old and the new in turn.
      await outbox.lockBuilds(target);
      await rebuilds.swap(build.indexUid);
      await outbox.removeBuild(build);
    });
    await rebuilds.drop(build.indexUid); // the old documents, now under the build's name
    return { ...copied, mode: { swapped: true } };
  } catch (e) {
    await retire(dataSource, rebuilds, build).catch(() => undefined); // the first failure is the one to report
    throw e;
  }
}

/** Stops indexers delivering to a build, then deletes it. */
async function retire(dataSource: DataSource, rebuilds: IndexRebuilds, build: IndexBuild): Promise<void> {
  await dataSource.transaction(async (tx) => {
    const outbox = new OutboxRepository(tx);
    await outbox.lockBuilds(build.target);
    await outbox.removeBuild(build);
  });
  await rebuilds.drop(build.indexUid);
}

async function rebuildInPlace(
  dataSource: DataSource,
  engine: SearchEngine,
  progress: Progress,
  batchSize: number,
): Promise<ReindexResult> {
  const { wanted, ...copied } = await copyAll(dataSource, engine, engine, progress, batchSize);
  // Stale: in the index but not among the documents listed at the start; removed only if their rows are gone now
  // (a document created during the rebuild was not listed, yet belongs in the index).
  const candidates = (await engine.allIds()).filter((id) => !wanted.has(id));
  let removed = 0;
  for (let i = 0; i < candidates.length; i += batchSize) {
    const batch = candidates.slice(i, i + batchSize);
    removed += await dataSource.transaction(async (tx) => {
      await new OutboxRepository(tx).lockDocuments(engine.name, batch);
      const { deleted } = await buildDocuments(new SearchRepository(tx), batch);
      await engine.delete(deleted);
      return deleted.length;
    });
  }
  return { ...copied, mode: { swapped: false, removed } };
}

/** Writes every document of the database into `writer`, batch by batch, each under its documents' locks. */
async function copyAll(
  dataSource: DataSource,
  engine: SearchEngine,
  writer: SearchEngine,
  progress: Progress,
  batchSize: number,
): Promise<{ indexed: number; rejected: RejectedDocument[]; wanted: Set<string> }> {
  const ids = await new SearchRepository(dataSource).allDocumentIds();
  let indexed = 0;
  const rejected: RejectedDocument[] = [];
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    await dataSource.transaction(async (tx) => {
      await new OutboxRepository(tx).lockDocuments(engine.name, batch);
      const { documents, deleted } = await buildDocuments(new SearchRepository(tx), batch);
      const refused = await deliver([writer], documents, deleted);
      indexed += documents.length - refused.size;
      rejected.push(...[...refused].map(([id, reason]) => ({ id, reason })));
    });
    progress(Math.min(i + batchSize, ids.length), ids.length);
  }
  return { indexed, rejected, wanted: new Set(ids) };
}
