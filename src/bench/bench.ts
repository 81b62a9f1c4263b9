/**
 * `npm run bench`: builds a synthetic corpus of N decisions in a database of its own and measures the service on
 * it, each figure beside its baseline in the same run. Writes bench/results.json and bench/results.md.
 * Not a test: nothing in `npm test` depends on timing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  cpuBetween,
  freePort,
  post,
  procStatusMb,
  round,
  serverCpu,
  startServer,
  summarize,
  throughput,
  timed,
} from './measure';
import { refreshFindings } from '../compliance/compliance.service';
import { benchComparableSentences, type ComparableFigures } from './figures.bench';
import { corpusChunks } from '../corpus/corpus';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../app/data-source';
import { startEmbeddedPostgres } from '../db/embedded';
import { unitOfWork } from '../db/unit-of-work';
import { ImportService, type ImportSource } from '../import/import.service';
import { PostgresSearchEngine } from '../search/postgres.engine';
import { reindex } from '../search/reindex';
import { loadSeeds } from '../seeds/seed.loader';
import { projectRoot } from '../shared/project-root';

const SEARCHES = [
  'trafficking',
  'trafikim',
  'трговина људима',
  'trafiking',
  'neni 171',
  'Art. 171 CCK',
  'Reg 2001/4 s 2',
  'exploitation of prostitution',
  'shfrytëzim seksual',
  'prinudni rad',
  'victim child',
  'i dëmtuari',
  'organised group recruitment',
  'kazna zatvora',
  'burgim',
  'fine',
  'smuggling',
  'Prishtinë',
  'appeal sentence',
  'forced labour',
];

const PROVISION_QUERY = JSON.stringify({
  query:
    'query { provision(citation: "CCK Art. 171", asOf: "2015-06-01") { id citation heading { sq sr en } inForce { validFrom validTo penalties { variant imprisonmentMinMonths imprisonmentMaxMonths source { verification url document } } } } }',
});

const STATS_QUERY = JSON.stringify({
  query:
    '{ complianceStats(groupBy: [COURT, YEAR]) { year court { code } total compliant belowMinimum aboveMaximum undetermined shareBelowMinimum medianImposedMonths medianMinimumMonths } }',
});

const STATS_SQL = `
  SELECT f.decision_year, f.court_id, count(*)::int AS total,
         count(*) FILTER (WHERE f.status = 'COMPLIANT')::int, count(*) FILTER (WHERE f.status = 'BELOW_MINIMUM')::int,
         count(*) FILTER (WHERE f.status = 'ABOVE_MAXIMUM')::int, count(*) FILTER (WHERE f.status = 'UNDETERMINED')::int,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY f.imposed_months),
         percentile_cont(0.5) WITHIN GROUP (ORDER BY f.minimum_months)
    FROM finding f GROUP BY f.court_id, f.decision_year ORDER BY f.court_id, f.decision_year`;

interface SizeResult extends ComparableFigures {
  decisions: number;
  counts: number;
  importSeconds: number;
  importCountsPerSecond: number;
  /** CPU time during the import: the importing Node process, and the server (null when its processes cannot be read). */
  importNodeCpuSeconds: number;
  importServerCpuSeconds: number | null;
  /** A full refresh right after the import: every finding evaluated and compared, none changed. */
  findingsRefreshSeconds: number;
  /** A full refresh with no finding stored: every finding evaluated and written (a law change that moves all). */
  findingsRewriteSeconds: number;
  reindexSeconds: number;
  searchGraphqlMs: ReturnType<typeof summarize>;
  searchEngineMs: ReturnType<typeof summarize>;
  searchRatio: number;
  provisionRps: number;
  /** A different `asOf` each request: past the public law cache. */
  uncachedProvisionRps: number;
  searchGraphqlMedianByQuery: Record<string, number>;
  bareHttpRps: number;
  provisionShareOfBare: number;
  /** The same question asked again: answered from the server's kept statistics, checked against the tally version. */
  statsGraphqlMs: number;
  /** After the tally changed (its version moved): computed afresh from the tally. */
  statsFreshMs: number;
  statsSqlMs: number;
  statsRatio: number;
  serverPeakRssMb: number;
}

/** The build figures; NaN when `--reuse` found the corpus built by an earlier run. */
interface BuildFigures {
  counts: number;
  importMs: number;
  /** CPU time of the bench's own process (where the import runs) and of the server, during the import. */
  nodeCpuMs: number;
  serverCpuMs: number | null;
  refreshMs: number;
  rewriteMs: number;
  reindexMs: number;
}

/**
 * Writes out what the previous step left in memory (CHECKPOINT), so the next timed step does not pay for the flush
 * of the one before it. Needs a superuser (or pg_checkpoint); skipped otherwise.
 */
async function settle(dataSource: DataSource): Promise<void> {
  try {
    await dataSource.query('CHECKPOINT');
  } catch (e) {
    log(`CHECKPOINT not allowed (${(e as Error).message}); measuring without it`);
  }
}

/**
 * Imports the synthetic corpus as `npm run import -- FILE …` imports files: written out first as files of 2,000
 * decisions (not timed), then imported in one call, each file read when its turn comes (timed).
 */
async function importCorpus(dataSource: DataSource, decisions: number, seed: number) {
  const dir = mkdtempSync(join(tmpdir(), 'kosovo-law-corpus-'));
  try {
    log(`N=${decisions}: writing the corpus to ${dir}`);
    const sources: ImportSource[] = [];
    for (const chunk of corpusChunks({ decisions, seed }, 2000)) {
      const path = join(dir, `${String(sources.length).padStart(4, '0')}.json`);
      writeFileSync(path, JSON.stringify(chunk));
      sources.push({ name: path, format: 'json', read: () => readFile(path) });
    }
    await settle(dataSource);
    log(`N=${decisions}: importing`);
    const serverBefore = await serverCpu(dataSource);
    const nodeBefore = process.cpuUsage();
    const [summaries, importMs] = await timed(() =>
      new ImportService(unitOfWork(dataSource)).importFiles(sources),
    );
    const node = process.cpuUsage(nodeBefore);
    return {
      counts: summaries.reduce((sum, summary) => sum + summary.counts, 0),
      importMs,
      nodeCpuMs: (node.user + node.system) / 1000,
      serverCpuMs: cpuBetween(serverBefore, await serverCpu(dataSource)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function build(dataSource: DataSource, decisions: number, seed: number): Promise<BuildFigures> {
  await loadSeeds(unitOfWork(dataSource));
  const { counts, importMs, nodeCpuMs, serverCpuMs } = await importCorpus(dataSource, decisions, seed);
  log(`N=${decisions}: ${counts} counts in ${round(importMs / 1000)} s; refreshing findings`);
  const refreshAll = () => unitOfWork(dataSource).transaction((tx) => refreshFindings(tx, 'all'));
  await settle(dataSource);
  const [, refreshMs] = await timed(refreshAll);
  log(`N=${decisions}: refreshing with every finding to write`);
  // The findings deleted (and the dead rows this leaves cleared) before the clock starts: the deletion is the bench's.
  await dataSource.query(`DELETE FROM finding`);
  await dataSource.query(`VACUUM finding`);
  await settle(dataSource);
  const [, rewriteMs] = await timed(refreshAll);
  log(`N=${decisions}: reindexing`);
  const [, reindexMs] = await timed(() => reindex(dataSource, new PostgresSearchEngine(dataSource)));
  await dataSource.query(`DELETE FROM search_outbox`); // delivered by the reindex
  return { counts, importMs, nodeCpuMs, serverCpuMs, refreshMs, rewriteMs, reindexMs };
}

async function benchSize(
  adminUrl: string,
  decisions: number,
  seed: number,
  reuse: boolean,
): Promise<SizeResult> {
  const name = `kosovo_law_bench_${decisions}_${seed}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const built =
    reuse &&
    (
      await admin.query(
        `SELECT 1 FROM pg_database d JOIN pg_shdescription s ON s.objoid = d.oid
          WHERE d.datname = $1 AND s.description = 'built'`,
        [name],
      )
    ).rowCount === 1;
  if (!built) {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 4 });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  let figures: BuildFigures;
  if (built) {
    log(`N=${decisions}: reusing the corpus built by an earlier run (build figures not measured)`);
    const [{ counts }] = await dataSource.query(`SELECT count(*)::int AS counts FROM criminal_count`);
    figures = {
      counts,
      importMs: NaN,
      nodeCpuMs: NaN,
      serverCpuMs: NaN,
      refreshMs: NaN,
      rewriteMs: NaN,
      reindexMs: NaN,
    };
  } else {
    figures = await build(dataSource, decisions, seed);
    await admin.query(`COMMENT ON DATABASE ${name} IS 'built'`);
  }
  await admin.end();
  const { counts, importMs, nodeCpuMs, serverCpuMs, refreshMs, rewriteMs, reindexMs } = figures;
  const engine = new PostgresSearchEngine(dataSource);
  await dataSource.query('VACUUM ANALYZE');
  await settle(dataSource);

  const port = await freePort();
  const server = await startServer(url.toString(), port);
  const endpoint = `http://127.0.0.1:${port}/graphql`;
  try {
    log(`N=${decisions}: search latency`);
    const graphqlMs: number[] = [];
    const engineMs: number[] = [];
    const byQuery = new Map<string, number[]>();
    for (let round = 0; round < 6; round++) {
      for (const q of SEARCHES) {
        const body = JSON.stringify({
          query:
            'query($q: String!) { search(query: $q, first: 20) { estimatedTotal edges { node { id kind title highlight } } facets { kind { value count } court { value count } year { value count } } } }',
          variables: { q },
        });
        const g = await post(endpoint, body);
        const [, e] = await timed(() => engine.search({ query: q, filter: {}, offset: 0, limit: 21 }));
        if (round > 0) {
          graphqlMs.push(g);
          engineMs.push(e);
          byQuery.set(q, [...(byQuery.get(q) ?? []), g]);
        }
      }
    }
    log(`N=${decisions}: provision lookup throughput`);
    const provisionRps = await throughput(endpoint, PROVISION_QUERY);
    // The same lookup on a different day each request: answers the public law cache has not kept.
    let day = 0;
    const uncachedProvisionRps = await throughput(endpoint, PROVISION_QUERY, () => {
      const asOf = new Date(Date.UTC(2013, 0, 1) + (day++ % 2190) * 86_400_000).toISOString().slice(0, 10);
      return PROVISION_QUERY.replace('2015-06-01', asOf);
    });
    const canned = await (
      await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: PROVISION_QUERY,
      })
    ).text();
    const bare = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(canned));
    });
    const barePort = await freePort();
    await new Promise<void>((resolve) => bare.listen(barePort, '127.0.0.1', resolve));
    const bareHttpRps = await throughput(`http://127.0.0.1:${barePort}/`, PROVISION_QUERY);
    bare.close();
    log(`N=${decisions}: complianceStats`);
    const statsGraphql: number[] = [];
    const statsFresh: number[] = [];
    const statsSql: number[] = [];
    for (let i = 0; i < 11; i++) {
      statsGraphql.push(await post(endpoint, STATS_QUERY));
      // As if findings had been written since: the server's kept answer no longer holds, so it computes afresh.
      await dataSource.query(`UPDATE finding_tally_version SET version = version + 1`);
      statsFresh.push(await post(endpoint, STATS_QUERY));
      statsSql.push((await timed(() => dataSource.query(STATS_SQL)))[1]);
    }
    log(`N=${decisions}: comparableSentences`);
    const comparable = await benchComparableSentences(dataSource, (body) => post(endpoint, body), timed);
    const statsGraphqlMs = summarize(statsGraphql).p50;
    const statsFreshMs = summarize(statsFresh).p50;
    const statsSqlMs = summarize(statsSql).p50;
    const searchGraphqlMs = summarize(graphqlMs);
    const searchEngineMs = summarize(engineMs);
    return {
      decisions,
      counts,
      importSeconds: round(importMs / 1000),
      importCountsPerSecond: Math.round(counts / (importMs / 1000)),
      importNodeCpuSeconds: round(nodeCpuMs / 1000),
      importServerCpuSeconds: serverCpuMs === null ? null : round(serverCpuMs / 1000),
      findingsRefreshSeconds: round(refreshMs / 1000),
      findingsRewriteSeconds: round(rewriteMs / 1000),
      reindexSeconds: round(reindexMs / 1000),
      searchGraphqlMs,
      searchEngineMs,
      searchRatio: round(searchGraphqlMs.p95 / searchEngineMs.p95),
      provisionRps: Math.round(provisionRps),
      uncachedProvisionRps: Math.round(uncachedProvisionRps),
      searchGraphqlMedianByQuery: Object.fromEntries(
        [...byQuery].map(([q, ms]) => [q, round(summarize(ms).p50)]),
      ),
      bareHttpRps: Math.round(bareHttpRps),
      provisionShareOfBare: round(provisionRps / bareHttpRps, 3),
      statsGraphqlMs: round(statsGraphqlMs),
      statsFreshMs: round(statsFreshMs),
      statsSqlMs: round(statsSqlMs),
      statsRatio: round(statsFreshMs / statsSqlMs),
      ...comparable,
      serverPeakRssMb: round(procStatusMb(server.pid!, 'VmHWM'), 1),
    };
  } finally {
    server.kill('SIGTERM');
    await dataSource.destroy();
  }
}

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const TARGETS = (r: SizeResult, small?: SizeResult) =>
  [
    ['import ≥ 5,000 counts/s', `${r.importCountsPerSecond}`, r.importCountsPerSecond >= 5000],
    [
      'findings refresh ≤ 60 s (every finding written)',
      `${r.findingsRewriteSeconds} s`,
      r.findingsRewriteSeconds <= 60,
    ],
    ['search p95 ≤ 50 ms (GraphQL)', `${round(r.searchGraphqlMs.p95)} ms`, r.searchGraphqlMs.p95 <= 50],
    ['GraphQL ≤ 1.5× engine (search p95)', `${r.searchRatio}×`, r.searchRatio <= 1.5],
    [
      'complianceStats court × year ≤ 100 ms (asked again)',
      `${r.statsGraphqlMs} ms`,
      r.statsGraphqlMs <= 100,
    ],
    ['complianceStats court × year ≤ 100 ms (tally changed)', `${r.statsFreshMs} ms`, r.statsFreshMs <= 100],
    [
      'comparableSentences ≤ 1.5× raw SQL (findings changed)',
      `${r.comparableRatio}×`,
      r.comparableRatio <= 1.5,
    ],
    [
      'provision lookup ≥ 40% of bare HTTP',
      `${round(r.provisionShareOfBare * 100, 1)}%`,
      r.provisionShareOfBare >= 0.4,
    ],
    ['server RSS ≤ 400 MB', `${r.serverPeakRssMb} MB`, r.serverPeakRssMb <= 400],
    ...(small
      ? [
          [
            'search p95 growth ≤ 2× (vs 10,000)',
            `${round(r.searchGraphqlMs.p95 / small.searchGraphqlMs.p95)}×`,
            r.searchGraphqlMs.p95 / small.searchGraphqlMs.p95 <= 2,
          ],
        ]
      : []),
  ] as [string, string, boolean][];

function markdown(results: SizeResult[], machine: string, command: string): string {
  const rows = [
    [
      'decisions / counts',
      (r: SizeResult) => `${r.decisions.toLocaleString('en')} / ${r.counts.toLocaleString('en')}`,
    ],
    [
      'import (counts/s)',
      (r: SizeResult) => `${r.importCountsPerSecond.toLocaleString('en')} (${r.importSeconds} s)`,
    ],
    [
      'import CPU: Node / server',
      (r: SizeResult) =>
        `${r.importNodeCpuSeconds} s / ${r.importServerCpuSeconds === null ? 'not readable' : `${r.importServerCpuSeconds} s`}`,
    ],
    ['findings refresh, all, none changed', (r: SizeResult) => `${r.findingsRefreshSeconds} s`],
    ['findings refresh, all, every one written', (r: SizeResult) => `${r.findingsRewriteSeconds} s`],
    ['search reindex, all', (r: SizeResult) => `${r.reindexSeconds} s`],
    [
      'search p50/p95/p99, GraphQL',
      (r: SizeResult) =>
        `${round(r.searchGraphqlMs.p50)} / ${round(r.searchGraphqlMs.p95)} / ${round(r.searchGraphqlMs.p99)} ms`,
    ],
    [
      'search p50/p95/p99, engine direct',
      (r: SizeResult) =>
        `${round(r.searchEngineMs.p50)} / ${round(r.searchEngineMs.p95)} / ${round(r.searchEngineMs.p99)} ms`,
    ],
    ['search p95 ratio GraphQL / engine', (r: SizeResult) => `${r.searchRatio}×`],
    ['provision lookup, 50 connections', (r: SizeResult) => `${r.provisionRps.toLocaleString('en')} req/s`],
    [
      'same, a different day each request (uncached)',
      (r: SizeResult) => `${r.uncachedProvisionRps.toLocaleString('en')} req/s`,
    ],
    [
      'bare Node HTTP, same JSON',
      (r: SizeResult) =>
        `${r.bareHttpRps.toLocaleString('en')} req/s (${round(r.provisionShareOfBare * 100, 1)}%)`,
    ],
    ['complianceStats court × year, GraphQL p50, asked again', (r: SizeResult) => `${r.statsGraphqlMs} ms`],
    ['same, the tally changed before each request', (r: SizeResult) => `${r.statsFreshMs} ms`],
    ['same aggregate, raw SQL p50', (r: SizeResult) => `${r.statsSqlMs} ms (${r.statsRatio}×)`],
    [
      'comparableSentences, CCK Art. 171 chain, GraphQL p50, findings changed',
      (r: SizeResult) => `${r.comparableFreshMs} ms (${r.comparableTotal.toLocaleString('en')} counts)`,
    ],
    ['same, asked again', (r: SizeResult) => `${r.comparableGraphqlMs} ms`],
    [
      'same, with ranges, decisions and a page of counts',
      (r: SizeResult) => `${r.comparableFullGraphqlMs} ms`,
    ],
    ['same figures, raw SQL p50', (r: SizeResult) => `${r.comparableSqlMs} ms (${r.comparableRatio}×)`],
    ['server peak RSS', (r: SizeResult) => `${r.serverPeakRssMb} MB`],
  ] as const;
  const header = `| | ${results.map((r) => `N = ${r.decisions.toLocaleString('en')}`).join(' | ')} |\n|---|${results.map(() => '---').join('|')}|`;
  const table = rows.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`).join('\n');
  const largest = results[results.length - 1];
  const small = results.find((r) => r.decisions === 10_000);
  const targets = TARGETS(largest, small !== largest ? small : undefined)
    .map(([target, value, met]) => `| ${target} | ${value} | ${met ? 'met' : 'NOT met'} |`)
    .join('\n');
  return `${header}\n${table}\n\nTargets at N = ${largest.decisions.toLocaleString('en')}:\n\n| target | measured | |\n|---|---|---|\n${targets}\n\nMachine: ${machine}. Command: \`${command}\`.\n`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      million: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      // Keeps the embedded server's data and reuses a corpus an earlier --reuse run built: for working on the
      // query figures without rebuilding. The build figures of a reused corpus are not measured.
      reuse: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes!.split(',').map(Number);
  if (values.million) sizes.push(1_000_000);
  let adminUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as void;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: `/tmp/kosovo-law-bench/postgres`,
      port: await freePort(),
      persistent: values.reuse!,
      database: 'postgres',
    });
    adminUrl = embedded.url;
    stop = embedded.stop;
  }
  try {
    const results: SizeResult[] = [];
    for (const n of sizes) results.push(await benchSize(adminUrl, n, Number(values.seed), values.reuse!));
    const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${process.env.DATABASE_URL ? 'from DATABASE_URL' : '18 (embedded)'}`;
    const command = `npm run bench -- --sizes ${sizes.join(',')}${values.reuse ? ' --reuse' : ''}`;
    const dir = join(projectRoot(), 'bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'results.json'), JSON.stringify({ machine, command, results }, null, 2) + '\n');
    writeFileSync(join(dir, 'results.md'), markdown(results, machine, command));
    process.stdout.write(markdown(results, machine, command));
  } finally {
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
