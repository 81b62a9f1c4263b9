/**
 * What the benchmarks measure with: timings and their percentiles, a free port, the server started as users run it
 * (its own process, so its memory and CPU can be read from /proc), throughput under autocannon.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { projectRoot } from '../shared/project-root';
import { freePort } from '../shared/free-port';

export { freePort };

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export const summarize = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    n: sorted.length,
  };
};

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const value = await work();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

/** A GraphQL POST, timed; an error status or GraphQL errors fail the benchmark. */
export async function post(url: string, body: string): Promise<number> {
  const [res, ms] = await timed(() =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body }),
  );
  const json = (await res.json()) as { errors?: unknown[] };
  if (res.status !== 200 || json.errors)
    throw new Error(`${url}: ${res.status} ${JSON.stringify(json.errors)}`);
  return ms;
}

/**
 * The built server (`dist/src/main.js` of `dir`, this checkout by default) in a process of its own, without the
 * in-process indexer or the rate limit; resolved once it says it is ready.
 */
export async function startServer(
  databaseUrl: string,
  port: number,
  { dir = projectRoot(), env = {} }: { dir?: string; env?: Record<string, string> } = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(dir, 'dist/src/main.js')], {
    cwd: dir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      SEARCH_INDEXER: 'off',
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/Ready in|listening|http:\/\//i.test(chunk.toString())) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

/** A memory figure of a process's /proc status (VmRSS now, VmHWM its peak), in MB. */
export const procStatusMb = (pid: number, field: 'VmRSS' | 'VmHWM') =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** User and system CPU of a process, in ms (Linux counts ticks of 1/100 s, USER_HZ). */
export const cpuMs = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

/** Requests per second at 50 connections for 10 s; `bodies` varies the body request by request. */
export async function throughput(url: string, body: string, bodies?: () => string): Promise<number> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: 50,
    duration: 10,
    ...(bodies ? { requests: [{ setupRequest: (request) => ({ ...request, body: bodies() }) }] } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.average;
}

/**
 * CPU time (ms) of each server process of the database, read from /proc: null when the server runs on another
 * machine, or its processes cannot be read.
 */
export async function serverCpu(dataSource: DataSource): Promise<Map<number, number> | null> {
  const rows: { pid: number }[] = await dataSource.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, cpuMs(pid));
    } catch {
      return null;
    }
  }
  return cpu;
}

/** Server CPU (ms) between two `serverCpu` readings, null when either could not be read. */
export function cpuBetween(
  before: Map<number, number> | null,
  after: Map<number, number> | null,
): number | null {
  if (before === null || after === null) return null;
  return [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);
}
