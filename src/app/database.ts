import type { DataSource, Logger } from 'typeorm';
import { describeError } from '../shared/errors';
import { projectRoot } from '../shared/project-root';
import { createDataSource } from './data-source';
import { chooseDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded';

export interface Database {
  dataSource: DataSource;
  /** Where the data lives, for the start-up message (no password). */
  description: string;
  close(): Promise<void>;
}

/** What the service is told when the embedded server it started dies, and whether it came back. */
export interface EmbeddedSupervision {
  /** Whether the service is stopping: the server then exits because it was told to (on SIGTERM, by its own hook). */
  stopping(): boolean;
  log(message: string): void;
  /** The server could not be started again: the service should stop and exit non-zero (a supervisor restarts it). */
  giveUp(message: string): void;
}

/** Waits between attempts to start a dead embedded server again: about a minute in all, then give up. */
const RESTART_DELAYS_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

export const DEFAULT_EMBEDDED_PORT = 54329;

/**
 * `DATABASE_URL` when set; otherwise the embedded PostgreSQL in a git-ignored folder of the project. Migrations
 * are applied either way: the schema only ever changes through `migrations/`. Migrations and `setup` (the seeds)
 * run on a connection of their own without the statement time limit, which is for requests: on a large database
 * a migration that builds an index legitimately takes longer.
 */
export async function openDatabase(
  env: NodeJS.ProcessEnv = process.env,
  options: {
    logger?: Logger;
    statementTimeoutMs?: number;
    setup?: (maintenance: DataSource) => Promise<void>;
    /** Restart the embedded server this process starts if it dies (the long-running service does; commands not). */
    supervise?: EmbeddedSupervision;
  } = {},
): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  let url = env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: env.EMBEDDED_PG_DIR ?? chooseDataDir(projectRoot()),
      port: Number(env.EMBEDDED_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
      persistent: true,
    });
    url = embedded.url;
  }
  const maintenance = createDataSource({ url, logger: options.logger, poolSize: 2 });
  const dataSource = createDataSource({
    url,
    logger: options.logger,
    statementTimeoutMs: options.statementTimeoutMs,
  });
  try {
    await maintenance.initialize();
    try {
      await maintenance.runMigrations({ transaction: 'each' });
      await options.setup?.(maintenance);
    } finally {
      await maintenance.destroy();
    }
    await dataSource.initialize();
    if (embedded?.owned && options.supervise) restartWhenLost(embedded, options.supervise);
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
  return {
    dataSource,
    description: embedded
      ? `embedded PostgreSQL in ${embedded.dataDir}${embedded.owned ? '' : ' (the one the running service started)'}`
      : `PostgreSQL at ${redactUrl(url)}`,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

function restartWhenLost(embedded: EmbeddedDatabase, supervise: EmbeddedSupervision): void {
  embedded.onUnexpectedExit(async (reason) => {
    if (supervise.stopping()) return;
    supervise.log(
      `The embedded PostgreSQL ${reason}; starting it again. Requests get SERVICE_UNAVAILABLE meanwhile.`,
    );
    let last: unknown;
    for (const delay of RESTART_DELAYS_MS) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (supervise.stopping()) return;
      try {
        await embedded.restart();
        supervise.log('The embedded PostgreSQL is running again.');
        return;
      } catch (e) {
        // Backends of a killed server hold its shared memory until they notice and exit: try again shortly.
        last = e;
      }
    }
    supervise.giveUp(`The embedded PostgreSQL could not be started again: ${describeError(last)}`);
  });
}

const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
