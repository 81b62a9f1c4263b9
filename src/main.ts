import { openDatabase } from './db/database';
import { unitOfWork } from './db/unit-of-work';
import { createHttpService, GRAPHQL_PATH } from './graphql/server';
import { loadSeeds } from './seeds/seed.loader';

/** `npm start`: database (embedded unless DATABASE_URL), migrations, seeds, then GraphQL on PORT (4000). */
async function main() {
  const started = Date.now();
  const database = await openDatabase();
  const seeds = await loadSeeds(unitOfWork(database.dataSource));
  const service = await createHttpService(database.dataSource);
  const port = Number(process.env.PORT ?? 4000);
  await new Promise<void>((resolve, reject) => {
    service.http.once('error', reject);
    service.http.listen(port, resolve);
  });
  process.stdout.write(
    `Database: ${database.description}\n` +
      `Seeds: law ${seeds.law}, courts ${seeds.courts}, decisions ${seeds.decisions}\n` +
      `GraphQL: http://localhost:${port}${GRAPHQL_PATH} (GraphiQL in a browser at the same address)\n` +
      `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops the service and its database.\n`,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`${signal}: stopping…\n`);
    await service.stop();
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
