import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage, seriousViolations, startWebServer, type WebServer } from './browser';

const PAGES = [
  '/',
  `/search?q=${encodeURIComponent('трговина људима')}`,
  `/law?citation=${encodeURIComponent('neni 171 KPRK')}&asOf=2015-06-01`,
  // The comparable sentences panel with bands to draw, and its choices in the URL.
  `/law?citation=${encodeURIComponent('PCCK Art. 139')}&asOf=2005-01-01&finalOnly=1&yearFrom=2004`,
  `/penalty?citation=${encodeURIComponent('CCK Art. 171')}&offenceDate=2012-06-10&judgmentDate=2014-03-02&circumstances=VICTIM_CHILD`,
  '/penalty',
  `/decision?court=${encodeURIComponent('Supreme Court of Kosovo')}&caseNumber=SYN-PML-KZZ-2019-044`,
  '/dashboard?provenance=OFFICIAL,REPORTED,SYNTHETIC',
  '/no-such-page',
];

/** axe-core on every page, in English and in Serbian Cyrillic, on a desktop and a phone's width. */
describe('accessibility (axe-core in Chromium)', () => {
  let web: WebServer;
  let browser: Browser;
  let desktop: BrowserContext;
  let phone: BrowserContext;
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    // axe is injected as a script, which the page's CSP refuses: these contexts bypass it (the journeys do not).
    desktop = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 900 } });
    phone = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 375, height: 740 },
      isMobile: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.server.close();
  });

  it.each(PAGES)('%s has no serious or critical violation', async (path) => {
    for (const [context, lang] of [
      [desktop, 'en'],
      [phone, 'sr-Cyrl'],
    ] as const) {
      const { page } = await openPage(context);
      let requests = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') requests++;
      });
      await page.goto(`${web.origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.locator('main h1').waitFor();
      await page.waitForLoadState('networkidle');
      await page.locator('.loading').waitFor({ state: 'detached' });
      // Every page gets its data in one request (sent before the first render, taken by the page): none where the
      // URL asks for nothing.
      expect({ path, requests }).toEqual({ path, requests: path.includes('?') ? 1 : 0 });
      expect({ path, lang, violations: await seriousViolations(page) }).toEqual({
        path,
        lang,
        violations: [],
      });
      await page.close();
    }
  });

  it('can be used by keyboard: the skip link, then the navigation, with a visible focus', async () => {
    const { page } = await openPage(desktop);
    await page.goto(`${web.origin}/?lang=en`);
    // The application renders after the page's load event: on a busy machine a Tab pressed at once finds no link.
    await page.locator('.audiences').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Skip to main content');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement?.id')).toBe('main');
  });
});
