import { openDatabase } from '../app/database';
import { unitOfWork } from '../db/unit-of-work';
import { searchEngines } from '../app/app';
import { SearchIndexer } from '../search/indexer';

/**
 * `npm run indexer`: delivers the search outbox as a process of its own (run several side by side if needed;
 * they never take the same rows). The API runs one in-process unless SEARCH_INDEXER=off.
 */
async function main() {
  const database = await openDatabase();
  const engines = searchEngines(database.dataSource);
  const indexer = new SearchIndexer(unitOfWork(database.dataSource), engines.byTarget);
  indexer.start(Number(process.env.SEARCH_INDEXER_INTERVAL_MS ?? 500), (e) =>
    process.stderr.write(`[indexer] ${e instanceof Error ? e.message : String(e)}\n`),
  );
  process.stdout.write(`Indexer running for ${[...engines.byTarget.keys()].join(', ')}. Ctrl-C stops it.\n`);
  const stop = async () => {
    await indexer.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(`Indexer failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
