import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/bench/chromium';
import { projectRoot } from '../../src/shared/project-root';
import { startTestServer, type TestServer } from '../integration/harness';

/** Debian's Chromium with the flags a closed network needs (src/bench/chromium.ts, shared with bench:web). */
export const launchBrowser = launchChromium;

export interface WebServer {
  server: TestServer;
  /** The web application's origin, e.g. http://127.0.0.1:40123 */
  origin: string;
}

/** The real HTTP service (GraphQL and the built web application) on a free port. */
export async function startWebServer(databaseUrl?: string): Promise<WebServer> {
  const server = await startTestServer(databaseUrl);
  return { server, origin: server.url.replace(/\/graphql$/, '') };
}

/**
 * A page that records what the browser complained about (script errors, CSP refusals, failed requests), so a test
 * can assert the page ran cleanly under the real Content-Security-Policy.
 */
export async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { page, problems };
}

const axeSource = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core's serious and critical violations on the page (WCAG 2.1 A and AA rules). The page must come from a
 * context made with `bypassCSP: true`: the CSP rightly refuses the injected script otherwise.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource() });
  // A string, run in the page: this file is compiled for Node, without the DOM's types.
  const violations = (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((result) => result.violations)`)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * With SCREENSHOTS=1 (`npm run screenshots`), saves the page as docs/screenshots/<name>.png for the documentation;
 * otherwise does nothing, so a test run leaves the repository as it was.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  const dir = join(projectRoot(), 'docs', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}
