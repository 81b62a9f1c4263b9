import type { DataSource, Logger } from 'typeorm';
import { projectRoot } from '../shared/project-root';
import { createDataSource } from './data-source';
import { chooseDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded';

export interface Database {
  dataSource: DataSource;
  /** Where the data lives, for the start-up message (no password). */
  description: string;
  close(): Promise<void>;
}

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
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
  return {
    dataSource,
    description: embedded ? `embedded PostgreSQL in ${embedded.dataDir}` : `PostgreSQL at ${redactUrl(url)}`,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}

const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
