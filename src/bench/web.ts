/**
 * `npm run bench:web`: what a first visit to each page of the web application costs, on the seeded data. For each
 * page, several cold visits (a new browser context each: nothing cached) in Debian's Chromium measure the JavaScript
 * the page loads (gzipped, as served) and the time from navigation to the page's content on screen; medians are
 * printed and written to bench/web-results.json and bench/web-results.md. A measurement, not a test.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { freePort, median, startServer } from './measure';
import { createDataSource } from '../app/data-source';
import { startEmbeddedPostgres } from '../db/embedded';
import { unitOfWork } from '../db/unit-of-work';
import { loadSeeds } from '../seeds/seed.loader';
import { projectRoot } from '../shared/project-root';
import { ensureWebBuild, webPaths } from '../web/web-build';
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
  /** JavaScript transferred on a first visit, compressed as sent (brotli to Chromium), in bytes. */
  jsBytes: number;
  /** Everything transferred on a first visit (HTML, scripts, styles, GraphQL answers), in bytes. */
  totalBytes: number;
  graphqlRequests: number;
  /** When the harness (Playwright, polling from outside the page) saw the page's content, from navigation. */
  readableMs: number[];
  readableMedianMs: number;
  /** Where the time went, medians of what the page itself recorded (ms from navigation). */
  inPage: {
    /** The HTML received. */
    html: number;
    /** The last script received. */
    scripts: number;
    /** The page's GraphQL request sent, and its answer received (null: the page sends none). */
    requestSent: number | null;
    answerReceived: number | null;
    /** The content in the document (a MutationObserver), and the frame that drew it. */
    inDocument: number;
    painted: number;
  };
}

/**
 * What the page records about itself, installed before any of its scripts runs: when the content is first in the
 * document (a MutationObserver), and when the frame that draws it is done. Browser code, as text: the service's
 * TypeScript knows no DOM.
 */
const inPageRecorder = (selector: string) => `
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(selector)})) return;
    observer.disconnect();
    const inDocument = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.__readable = { inDocument, painted: performance.now() })));
  });
  observer.observe(document, { childList: true, subtree: true });`;

/** The page's own timings: the HTML, its scripts, its GraphQL request, and the recorder's two moments. */
const IN_PAGE_TIMINGS = `(() => {
  const resources = performance.getEntriesByType('resource');
  const graphql = resources.find((r) => r.name.endsWith('/graphql'));
  const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
  return {
    html: performance.getEntriesByType('navigation')[0].responseEnd,
    scripts: Math.max(0, ...scripts.map((r) => r.responseEnd)),
    requestSent: graphql ? graphql.startTime : null,
    answerReceived: graphql ? graphql.responseEnd : null,
    ...window.__readable,
  };
})()`;

async function visit(browser: Browser, origin: string, page: (typeof PAGES)[number]) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
  const tab = await context.newPage();
  await tab.addInitScript({ content: inPageRecorder(page.readable) });
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
  await tab.waitForFunction('window.__readable');
  const inPage = (await tab.evaluate(IN_PAGE_TIMINGS)) as PageFigures['inPage'];
  await tab.waitForLoadState('networkidle');
  await context.close();
  return { readable, inPage, jsBytes, totalBytes, graphql };
}

const medianOf = (values: (number | null)[]) =>
  values.some((v) => v === null) ? null : Math.round(median(values as number[]));

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '7' }, pages: { type: 'string' } },
  });
  const runs = Number(values.runs);
  const pages = values.pages ? PAGES.filter((p) => values.pages!.split(',').includes(p.name)) : PAGES;
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
  let browser: Browser | null = null;
  let service: ChildProcess | null = null;
  try {
    // The seeded data with its search index; then the service in a process of its own, as `npm start` runs it
    // (not sharing an event loop with the browser's driver).
    const dataSource = createDataSource({ url, poolSize: 4 });
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      await loadSeeds(unitOfWork(dataSource));
      await fillPostgresIndex(dataSource);
    } finally {
      await dataSource.destroy();
    }
    const port = await freePort();
    service = await startServer(url, port, { env: { NODE_ENV: 'production' } });
    const origin = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
    const results: PageFigures[] = [];
    const loadBefore = loadavg()[0];
    for (const page of pages) {
      await visit(browser, origin, page); // warms the server's caches, as a running service has them
      const visits: Awaited<ReturnType<typeof visit>>[] = [];
      for (let i = 0; i < runs; i++) visits.push(await visit(browser, origin, page));
      const readableMs = visits.map((v) => Math.round(v.readable));
      const inPage = (key: keyof PageFigures['inPage']) => medianOf(visits.map((v) => v.inPage[key]));
      results.push({
        name: page.name,
        path: page.path,
        jsBytes: median(visits.map((v) => v.jsBytes)),
        totalBytes: median(visits.map((v) => v.totalBytes)),
        graphqlRequests: Math.max(...visits.map((v) => v.graphql)),
        readableMs,
        readableMedianMs: median(readableMs),
        inPage: {
          html: inPage('html')!,
          scripts: inPage('scripts')!,
          requestSent: inPage('requestSent'),
          answerReceived: inPage('answerReceived'),
          inDocument: inPage('inDocument')!,
          painted: inPage('painted')!,
        },
      });
    }
    // Time figures depend on what else the machine runs: the load average is written beside them.
    const load = `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after`;
    const machine = `${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${browser.version()}, ${load}`;
    const command = `npm run bench:web -- --runs ${runs}${values.pages ? ` --pages ${values.pages}` : ''}`;
    const dir = join(projectRoot(), 'bench');
    mkdirSync(dir, { recursive: true });
    // The budget is stated in gzip: every script of the build as a client without brotli gets it (a first visit
    // loads them all today; were the build split, this would overstate a page's share, never understate it).
    const assets = join(webPaths().build, 'assets');
    const jsGzipBytes = readdirSync(assets)
      .filter((file) => file.endsWith('.js.gz'))
      .reduce((sum, file) => sum + statSync(join(assets, file)).size, 0);
    writeFileSync(
      join(dir, 'web-results.json'),
      JSON.stringify({ machine, command, jsGzipBytes, results }, null, 2) + '\n',
    );
    const md = markdown(results, machine, command, runs, jsGzipBytes);
    writeFileSync(join(dir, 'web-results.md'), md);
    process.stdout.write(md);
  } finally {
    await browser?.close();
    if (service && service.exitCode === null) {
      const exited = new Promise((resolve) => service!.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
    await stopDatabase();
  }
}

function markdown(
  results: PageFigures[],
  machine: string,
  command: string,
  runs: number,
  jsGzipBytes: number,
): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  return [
    '# Web application: first visit',
    '',
    `${machine}. \`${command}\`: ${runs} cold visits per page (a new browser context each, after one warm-up visit),`,
    'medians. JavaScript is counted as transferred (brotli, as Chromium takes it); gzipped, for a client without',
    `brotli, the build's scripts are ${kb(jsGzipBytes)}. "Readable" is the time from navigation until the harness`,
    '(Playwright, polling from outside the page) sees the page’s content: the figure held against the budget. Budgets',
    '(issue 18): JavaScript at most 300 KB gzipped, readable within 1 s. The service runs in a process of its own.',
    '',
    '| page | JavaScript (as sent) | all bytes | GraphQL requests | readable (median) | readable (each run) |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${kb(r.jsBytes)} | ${kb(r.totalBytes)} | ${r.graphqlRequests} | ${r.readableMedianMs} ms | ${r.readableMs.join(', ')} |`,
    ),
    '',
    'Where the time went, as the page recorded it (medians, ms from navigation): the HTML and the last script received,',
    'the page’s GraphQL request sent and its answer received, the content in the document, and the frame that drew it.',
    '',
    '| page | HTML | scripts | request sent | answer received | content in document | content drawn |',
    '|---|---|---|---|---|---|---|',
    ...results.map(({ name, inPage: p }) =>
      [name, p.html, p.scripts, p.requestSent ?? '–', p.answerReceived ?? '–', p.inDocument, p.painted]
        .join(' | ')
        .replace(/^/, '| ')
        .concat(' |'),
    ),
    '',
  ].join('\n');
}

main().catch((e) => {
  process.stderr.write(`bench:web failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
