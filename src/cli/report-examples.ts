import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { FiguresService } from '../compliance/figures.service';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { createDataSource } from '../app/data-source';
import { startEmbeddedPostgres } from '../db/embedded';
import { unitOfWork } from '../db/unit-of-work';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';
import { EXAMPLES_DIR, renderExamples } from '../reports/examples';
import { loadSeeds } from '../seeds/seed.loader';
import { projectRoot } from '../shared/project-root';
import { runCli } from './run';
import { freePort } from '../shared/free-port';

/**
 * A database holding the seeds and nothing else, dropped afterwards: a database of its own on the server of
 * DATABASE_URL, or a throw-away embedded PostgreSQL. The examples must never show what someone imported.
 */
async function seededDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kosovo_law_examples_${process.pid}`;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: async () => {
        const client = new Client({ connectionString: serverUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  // Below /tmp, not a mkdtemp folder: as root the server runs as `postgres`, which must reach it.
  const folder = join(tmpdir(), `kosovo-law-examples-${process.pid}`);
  const embedded = await startEmbeddedPostgres({
    dataDir: join(folder, 'postgres'),
    port: await freePort(),
    persistent: false,
    database: name,
  });
  return {
    url: embedded.url,
    drop: async () => {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** `npm run report:examples`: writes docs/examples/ afresh from the seeds. */
async function main(): Promise<number> {
  const database = await seededDatabase();
  try {
    const dataSource = createDataSource({ url: database.url, poolSize: 2 });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await loadSeeds(unitOfWork(dataSource));
      const law = new LawService(new LawRepository(dataSource));
      const courts = new CourtService(new CourtRepository(dataSource));
      const dir = join(projectRoot(), EXAMPLES_DIR);
      mkdirSync(dir, { recursive: true });
      for (const { file, text } of await renderExamples(new FiguresService(dataSource, courts, law))) {
        writeFileSync(join(dir, file), text);
        process.stdout.write(`${EXAMPLES_DIR}/${file}\n`);
      }
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.drop();
  }
  return 0;
}

runCli('report:examples', main);
