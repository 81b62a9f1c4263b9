import { openDatabase } from './db/database';
import { unitOfWork } from './db/unit-of-work';
import { searchEngines } from './graphql/context';
import { createHttpService, GRAPHQL_PATH } from './graphql/server';
import { SearchIndexer } from './search/indexer';
import { loadSeeds } from './seeds/seed.loader';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, seeds, then GraphQL on PORT (4000). */
async function main() {
  const started = Date.now();
  let seeds!: Awaited<ReturnType<typeof loadSeeds>>;
  const database = await openDatabase(process.env, {
    statementTimeoutMs: Number(process.env.STATEMENT_TIMEOUT_MS ?? 10_000),
    setup: async (maintenance) => {
      seeds = await loadSeeds(unitOfWork(maintenance));
    },
  });
  let indexer: SearchIndexer | null = null;
  let service: Awaited<ReturnType<typeof createHttpService>>;
  const engines = searchEngines(database.dataSource);
  const port = Number(process.env.PORT ?? 4000);
  try {
    const uow = unitOfWork(database.dataSource);
    // The outbox is delivered in-process unless separate indexers (`npm run indexer`) do it.
    indexer = process.env.SEARCH_INDEXER === 'off' ? null : new SearchIndexer(uow, engines.byTarget);
    indexer?.start(500, (e) =>
      process.stderr.write(`[indexer] ${e instanceof Error ? e.message : String(e)}\n`),
    );
    service = await createHttpService(database.dataSource);
    await new Promise<void>((resolve, reject) => {
      service.http.once('error', reject);
      service.http.listen(port, resolve);
    });
  } catch (e) {
    // Never leave the embedded PostgreSQL running behind a failed start (a port in use, a bad seed).
    await indexer?.stop();
    await database.close();
    throw e;
  }
  process.stdout.write(
    `Database: ${database.description}\n` +
      `Seeds: law ${seeds.law}, courts ${seeds.courts}, decisions ${seeds.decisions}\n` +
      `Search: ${engines.primary.name}${indexer ? ' (indexer in-process)' : ' (indexer off: run npm run indexer)'}\n` +
      `Web application: http://localhost:${port}/\n` +
      `GraphQL: http://localhost:${port}${GRAPHQL_PATH} (GraphiQL in a browser at the same address)\n` +
      `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops the service and its database.\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping…\n`);
    await service.stop();
    await indexer?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`Could not start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
