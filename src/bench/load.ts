/**
 * `npm run bench:load -- --database-url postgres://… [--decisions 5000] [--connections 200] [--duration 60]
 * [--server-dir DIR] [--kinds lookup,search,list,page,stats] [--prepared]`: the service under many connections at once. Builds (or, with an existing database of
 * that name, reuses) a synthetic corpus in a database of its own, starts the server as its own process (from
 * `--server-dir`, default this project, so an earlier build can be measured on the same data), and sends a mix of
 * provision lookups, searches, decision pages, finding lists and statistics from autocannon. Prints latency
 * percentiles, errors and the server's peak memory. `--hostile` measures instead the CPU the server spends per
 * refused document of 740 duplicated fields (issue 15, item 6), sent by 8 connections, and how long ordinary lookups
 * beside them wait. Not a test: nothing in `npm test` depends on timing.
 */
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { cpuMs, freePort, procStatusMb, startServer } from './measure';
import { corpusChunks } from '../corpus/corpus';
import { createDataSource } from '../app/data-source';
import { unitOfWork } from '../db/unit-of-work';
import { ImportService } from '../import/import.service';
import { loadSeeds } from '../seeds/seed.loader';
import { projectRoot } from '../shared/project-root';
import { fillPostgresIndex } from '../app/app';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** A database of its own with the corpus, built once: a second run with the same name reuses it. */
async function prepareDatabase(adminUrl: string, decisions: number): Promise<string> {
  const name = `bench_load_${decisions}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount! > 0;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 4 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM decision`);
    if (n < decisions) {
      log(`building ${decisions} decisions in ${name}`);
      await loadSeeds(unitOfWork(dataSource));
      const importer = new ImportService(unitOfWork(dataSource));
      for (const chunk of corpusChunks({ decisions, seed: 42 }, 1000))
        await importer.importFile(JSON.stringify(chunk), 'json');
      await fillPostgresIndex(dataSource);
      await dataSource.query('VACUUM ANALYZE');
    }
  } finally {
    await dataSource.destroy();
  }
  return url.toString();
}

const SEARCHES = [
  'trafikim',
  'trafficking minor',
  'Art. 171 CCK',
  'victim child',
  'forced labour',
  'prostitucion',
];
const CITATIONS = ['CCK Art. 171', 'neni 171 KPRK', 'PCCK 139', 'UNMIK Reg 2001/4 s 2.1', 'čl. 165 KZRK'];

/** The kinds of request in the mix, in its order. */
const KINDS = ['lookup', 'search', 'list', 'page', 'stats'] as const;

/**
 * The mix: an equal share of each kind asked for (by default all five: lookups, searches, decision lists, decision
 * pages by case number, statistics).
 */
function mixedBodies(caseNumbers: string[], kinds: readonly (typeof KINDS)[number][]): () => string {
  let i = 0;
  return () => {
    i++;
    const pick = <T>(list: T[]) => list[(i * 7919) % list.length];
    const year = 2002 + (i % 21);
    const make = [
      () => ({
        query: `query($c: String!, $d: Date) { provision(citation: $c, asOf: $d) { citation inForce { validFrom
          penalties { variant imprisonmentMinMonths imprisonmentMaxMonths } } } }`,
        variables: { c: pick(CITATIONS), d: `${year}-06-01` },
      }),
      () => ({
        query: `query($q: String!) { search(query: $q, first: 20) { estimatedTotal edges { node { title highlight } } } }`,
        variables: { q: pick(SEARCHES) },
      }),
      () => ({
        query: `query($y: Int) { decisions(first: 20, filter: { yearFrom: $y, yearTo: $y }) { totalCount
          edges { node { caseNumber date summary court { name { en } } counts { verdict imprisonmentMonths
          finding { status shortfallMonths } } } } } }`,
        variables: { y: year },
      }),
      () => ({
        query: `query($n: String!) { decision(caseNumber: $n) { caseNumber date summary text sourceUrl
          defendants { label counts { verdict imprisonmentMonths finding { status reasons trace { step sentence } } } } } }`,
        variables: { n: pick(caseNumbers) },
      }),
      () => ({
        query: `query($y: Int) { complianceStats(groupBy: [COURT, STATUS], filter: { yearFrom: $y }) { total
          belowMinimum shareBelowMinimum medianImposedMonths } sentencingFindings(first: 20, filter: { yearFrom: $y })
          { totalCount edges { node { status shortfallMonths } } } }`,
        variables: { y: year },
      }),
    ];
    const query = make[KINDS.indexOf(kinds[i % kinds.length])]();
    return JSON.stringify(query);
  };
}

async function loadRun(
  url: string,
  pid: number,
  connections: number,
  duration: number,
  caseNumbers: string[],
  kinds: readonly (typeof KINDS)[number][],
) {
  let peakRss = procStatusMb(pid, 'VmRSS');
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, procStatusMb(pid, 'VmRSS'));
  }, 100);
  const bodies = mixedBodies(caseNumbers, kinds);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration,
    timeout: 60,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies() }) }],
  });
  clearInterval(sampler);
  const { latency } = result;
  log(
    `${kinds.join('+')}, ${connections} connections, ${duration} s: ${result.requests.total} requests (${result.requests.average}/s), ` +
      `${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx; latency ms p50 ${latency.p50} ` +
      `p90 ${latency.p90} p99 ${latency.p99} max ${latency.max}; server RSS peak ${peakRss.toFixed(0)} MB ` +
      `(VmHWM ${procStatusMb(pid, 'VmHWM').toFixed(0)} MB)`,
  );
}

async function hostileRun(url: string, pid: number, duration: number) {
  const hostile = JSON.stringify({ query: `{ ${'health { ok } '.repeat(740)}}` });
  const cpuBefore = cpuMs(pid);
  const [attack, lookups] = await Promise.all([
    autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: hostile,
      connections: 8,
      duration,
    }),
    autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provision(citation: "CCK Art. 171") { citation } }' }),
      connections: 2,
      duration,
    }),
  ]);
  const cpu = cpuMs(pid) - cpuBefore;
  const requests = attack.requests.total + lookups.requests.total;
  log(
    `hostile: ${attack.requests.total} refused documents (${attack.non2xx} non-2xx) beside ${lookups.requests.total} ` +
      `lookups in ${duration} s; server CPU ${(cpu / requests).toFixed(2)} ms per request on average; lookups' latency ` +
      `ms p50 ${lookups.latency.p50} p99 ${lookups.latency.p99} max ${lookups.latency.max}`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string', default: process.env.DATABASE_URL },
      decisions: { type: 'string', default: '5000' },
      connections: { type: 'string', default: '200' },
      duration: { type: 'string', default: '60' },
      'server-dir': { type: 'string', default: projectRoot() },
      hostile: { type: 'boolean', default: false },
      // One kind or a few alone (e.g. --kinds stats): what each costs the server, at the same concurrency.
      kinds: { type: 'string', default: KINDS.join(',') },
      // The database of --database-url as it is, with its corpus and search index: for an earlier build whose
      // schema differs from this one's (this build's migrations are then not run on it).
      prepared: { type: 'boolean', default: false },
    },
  });
  const kinds = values.kinds!.split(',').map((k) => k.trim()) as (typeof KINDS)[number][];
  const unknown = kinds.filter((k) => !KINDS.includes(k));
  if (unknown.length)
    throw new Error(`Unknown --kinds ${unknown.join(', ')}: choose from ${KINDS.join(', ')}.`);
  if (!values['database-url'])
    throw new Error('Give --database-url (a PostgreSQL the bench may create a database on).');
  const databaseUrl = values.prepared
    ? values['database-url']
    : await prepareDatabase(values['database-url'], Number(values.decisions));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const caseNumbers = (
    await client.query(`SELECT case_number FROM decision ORDER BY random() LIMIT 500`)
  ).rows.map((r) => r.case_number as string);
  await client.end();
  const port = await freePort();
  const server = await startServer(databaseUrl, port, {
    dir: values['server-dir']!,
    env: { NODE_ENV: 'production' },
  });
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    log(`server from ${values['server-dir']}, pid ${server.pid}`);
    if (values.hostile) await hostileRun(url, server.pid!, Number(values.duration));
    else
      await loadRun(
        url,
        server.pid!,
        Number(values.connections),
        Number(values.duration),
        caseNumbers,
        kinds,
      );
  } finally {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

main().catch((e) => {
  process.stderr.write(`Load bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
