import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { loadSeeds } from '../../src/seeds/seed.loader';
import {
  createHttpService,
  GRAPHQL_PATH,
  type HttpOptions,
  type HttpService,
} from '../../src/graphql/server';

/** Counts the SQL statements the service sends, so tests can hold the number of queries of a page fixed. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery(query: string) {
    if (!/^(START TRANSACTION|COMMIT|ROLLBACK|SELECT version\(\)|SHOW)/i.test(query.trim())) this.count++;
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string; [k: string]: unknown } }[] };
}

export interface TestServer {
  url: string;
  statements: StatementCounter;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  dataSource: ReturnType<typeof createDataSource>;
  close(): Promise<void>;
}

const testDatabaseUrl = (): string => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set: run the integration tests through jest (global setup).');
  return url;
};

/** Runs one statement on the test server outside any test database (CREATE / DROP DATABASE). */
export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** An empty database of its own on the test server, for a test that needs one (dropped by `drop`). */
export async function createScratchDatabase(
  prefix: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A scratch database migrated (and seeded, unless told not to) and connected; `close` disconnects and drops it. */
export async function openScratchDatabase(
  prefix: string,
  options: { seeds?: boolean } = {},
): Promise<{ url: string; dataSource: DataSource; close: () => Promise<void> }> {
  const scratch = await createScratchDatabase(prefix);
  const dataSource = createDataSource({ url: scratch.url, poolSize: 2 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  if (options.seeds !== false) await loadSeeds(unitOfWork(dataSource));
  return {
    url: scratch.url,
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.drop();
    },
  };
}

/** The real HTTP service on a free port, against the run's test database (or the one given). */
export async function startTestServer(
  url: string = testDatabaseUrl(),
  options: HttpOptions = {},
): Promise<TestServer> {
  const statements = new StatementCounter();
  const dataSource = createDataSource({ url, logger: statements, poolSize: 4 });
  await dataSource.initialize();
  const service: HttpService = await createHttpService(dataSource, options);
  await new Promise<void>((resolve) => service.http.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(service.http.address() as AddressInfo).port}${GRAPHQL_PATH}`;
  return {
    url: endpoint,
    statements,
    dataSource,
    gql: async (query, variables, headers = {}) => {
      const res = await fetch(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLResponse['body'] } as never;
    },
    close: async () => {
      await service.stop();
      await dataSource.destroy();
    },
  };
}
