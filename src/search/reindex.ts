import type { Db } from '../db/unit-of-work';
import { buildDocuments } from './indexer';
import type { SearchEngine } from './search.model';
import { SearchRepository } from './search.repository';

export interface ReindexResult {
  indexed: number;
  removed: number;
}

/**
 * Rebuilds an index from the database, batch by batch, then removes documents whose rows are gone: the repair
 * path, safe to stop and run again. The outbox is left alone; whatever it still holds is delivered again, harmlessly.
 */
export async function reindex(
  db: Db,
  engine: SearchEngine,
  progress: (done: number, total: number) => void = () => undefined,
  batchSize = 500,
): Promise<ReindexResult> {
  await engine.prepare();
  const repo = new SearchRepository(db);
  const ids = await repo.allDocumentIds();
  let indexed = 0;
  for (let i = 0; i < ids.length; i += batchSize) {
    const { documents } = await buildDocuments(repo, ids.slice(i, i + batchSize));
    await engine.upsert(documents);
    indexed += documents.length;
    progress(Math.min(i + batchSize, ids.length), ids.length);
  }
  const wanted = new Set(ids);
  const stale = (await engine.allIds()).filter((id) => !wanted.has(id));
  await engine.delete(stale);
  return { indexed, removed: stale.length };
}
