import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource } from '../../src/app/data-source';
import { startEmbeddedPostgres } from '../../src/db/embedded';
import { unitOfWork } from '../../src/db/unit-of-work';
import { loadSeeds } from '../../src/seeds/seed.loader';
import { freePort } from '../../src/shared/free-port';
import { fillPostgresIndex } from '../../src/app/app';

/**
 * One database for the whole run, migrated and seeded once: a fresh database on the server DATABASE_URL names,
 * or a throwaway embedded PostgreSQL. Tests isolate themselves by unique data, not by truncating tables.
 */
export default async function globalSetup(): Promise<void> {
  const name = `kosovo_law_test_${process.pid}_${Date.now().toString(36)}`;
  let stop: () => Promise<void>;
  let url: string;
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(process.env.DATABASE_URL);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    stop = async () => {
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    // /tmp, not a mkdtemp folder: the server runs as `postgres` when we are root and must reach it.
    const dataDir = join(tmpdir(), `kosovo-law-test-${process.pid}-${Date.now().toString(36)}`, 'postgres');
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
      database: name,
    });
    url = embedded.url;
    stop = () => embedded.stop();
  }
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await loadSeeds(unitOfWork(dataSource));
  // The PostgreSQL search index, as the in-process indexer of `npm start` would fill it.
  await fillPostgresIndex(dataSource);
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = url;
  // The browser project runs this setup too, in the same process: each database made is stopped at the end.
  const shared = globalThis as { __stopTestDatabase?: () => Promise<void> };
  const earlier = shared.__stopTestDatabase;
  shared.__stopTestDatabase = async () => {
    await stop();
    await earlier?.();
  };
}
