/**
 * `npm run bench:web`: what a first visit to each page of the web application costs, on the seeded data. For each
 * page, several cold visits (a new browser context each: nothing cached) in Debian's Chromium measure the JavaScript
 * the page loads (gzipped, as served) and the time from navigation to the page's content on screen; medians are
 * printed and written to bench/web-results.json and bench/web-results.md. A measurement, not a test.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { freePort, median } from './measure';
import { createDataSource } from '../app/data-source';
import { startEmbeddedPostgres } from '../db/embedded';
import { unitOfWork } from '../db/unit-of-work';
import { createHttpService } from '../graphql/server';
import { loadSeeds } from '../seeds/seed.loader';
import { projectRoot } from '../shared/project-root';
import { ensureWebBuild } from '../web/web-build';
import { fillPostgresIndex } from '../app/app';

/** Each page, and what on it says the page is readable: its main content, not a spinner. */
const PAGES: { name: string; path: string; readable: string }[] = [
  { name: 'home', path: '/', readable: '.audiences' },
  { name: 'search', path: `/search?q=${encodeURIComponent('трговина људима')}`, readable: '.result' },
  {
    name: 'law',
    path: `/law?citation=${encodeURIComponent('neni 171 KPRK')}&asOf=2015-06-01`,
    readable: 'table.penalties',
  },
  {
    name: 'penalty',
    path: `/penalty?citation=${encodeURIComponent('CCK Art. 171')}&offenceDate=2012-06-10&judgmentDate=2014-03-02`,
    readable: '.range-figure',
  },
  {
    name: 'decision',
    path: `/decision?court=${encodeURIComponent('Supreme Court of Kosovo')}&caseNumber=SYN-PML-KZZ-2019-044`,
    readable: '.facts',
  },
  { name: 'dashboard', path: '/dashboard?provenance=OFFICIAL,REPORTED,SYNTHETIC', readable: '.headline' },
];

interface PageFigures {
  name: string;
  path: string;
  /** JavaScript transferred on a first visit, gzipped as served, in bytes. */
  jsGzipBytes: number;
  /** Everything transferred on a first visit (HTML, scripts, styles, GraphQL answers), in bytes. */
  totalBytes: number;
  graphqlRequests: number;
  readableMs: number[];
  readableMedianMs: number;
}

async function visit(browser: Browser, origin: string, page: (typeof PAGES)[number]) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  const types = new Map<string, string>();
  let jsBytes = 0;
  let totalBytes = 0;
  let graphql = 0;
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.endsWith('/graphql') && e.request.method === 'POST') graphql++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    totalBytes += e.encodedDataLength;
    if (types.get(e.requestId) === 'Script') jsBytes += e.encodedDataLength;
  });
  await tab.goto(`${origin}${page.path}${page.path.includes('?') ? '&' : '?'}lang=en`);
  await tab.waitForSelector(page.readable);
  const readable = (await tab.evaluate('performance.now()')) as number;
  await tab.waitForLoadState('networkidle');
  await context.close();
  return { readable, jsBytes, totalBytes, graphql };
}

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Number(values.runs);
  await ensureWebBuild(undefined, (line) => process.stdout.write(`${line}\n`));
  let url = process.env.BENCH_DATABASE_URL;
  let stopDatabase = async () => undefined as void;
  if (!url) {
    const embedded = await startEmbeddedPostgres({
      dataDir: '/tmp/kosovo-law-bench-web/postgres',
      port: await freePort(),
      persistent: false,
      database: 'postgres',
    });
    url = embedded.url;
    stopDatabase = embedded.stop;
  }
  const dataSource = createDataSource({ url, poolSize: 4 });
  let browser: Browser | null = null;
  let stopService = async () => undefined as void;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await loadSeeds(unitOfWork(dataSource));
    await fillPostgresIndex(dataSource);
    const service = await createHttpService(dataSource, { rateLimitPerMinute: 100_000 });
    await new Promise<void>((resolve) => service.http.listen(0, '127.0.0.1', resolve));
    stopService = () => service.stop();
    const origin = `http://127.0.0.1:${(service.http.address() as { port: number }).port}`;
    browser = await launchChromium();
    const results: PageFigures[] = [];
    const loadBefore = loadavg()[0];
    for (const page of PAGES) {
      await visit(browser, origin, page); // warms the server's caches, as a running service has them
      const visits = [];
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, origin, page));
      const readableMs = visits.map((v) => Math.round(v.readable));
      results.push({
        name: page.name,
        path: page.path,
        jsGzipBytes: median(visits.map((v) => v.jsBytes)),
        totalBytes: median(visits.map((v) => v.totalBytes)),
        graphqlRequests: Math.max(...visits.map((v) => v.graphql)),
        readableMs,
        readableMedianMs: median(readableMs),
      });
    }
    // Time figures depend on what else the machine runs: the load average is written beside them.
    const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
    const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, ${load}`;
    const command = `npm run bench:web -- --runs ${runs}`;
    const dir = join(projectRoot(), 'bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'web-results.json'),
      JSON.stringify({ machine, command, results }, null, 2) + '\n',
    );
    const md = markdown(results, machine, command, runs);
    writeFileSync(join(dir, 'web-results.md'), md);
    process.stdout.write(md);
  } finally {
    await browser?.close();
    await stopService();
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopDatabase();
  }
}

function markdown(results: PageFigures[], machine: string, command: string, runs: number): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    '# Web application: first visit',
    '',
    `${machine}. \`${command}\`: ${runs} cold visits per page (a new browser context each, after one warm-up visit),`,
    'medians. JavaScript is counted as transferred (gzip); "readable" is the time from navigation to the page’s',
    'content on screen. Budgets (issue 18): JavaScript at most 300 KB gzipped, readable within 1 s.',
    '',
    '| page | JavaScript (gzip) | all bytes | GraphQL requests | readable (median) | readable (each run) |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${kb(r.jsGzipBytes)} | ${kb(r.totalBytes)} | ${r.graphqlRequests} | ${r.readableMedianMs} ms | ${r.readableMs.join(', ')} |`,
    ),
    '',
  ].join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench:web failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
