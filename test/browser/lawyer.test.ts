import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './browser';

/** A legal-aid lawyer: searching in Serbian Cyrillic, opening a provision and a decision. */
describe('legal-aid lawyers (Chromium)', () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebServer(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.server.close();
  });

  it('searches трговина људима, opens a provision and then a decision', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${web.origin}/?lang=en`);
    await page.getByRole('searchbox', { name: 'Search the law and the decisions' }).fill('трговина људима');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=/);
    const results = page.locator('.result-list');
    await results.locator('.result').first().waitFor();
    // Cyrillic finds the Latin texts: the matches are marked in the highlights.
    expect(await results.locator('mark').count()).toBeGreaterThan(0);
    expect((await results.locator('mark').allInnerTexts()).join(' ')).toMatch(/trgovin/i);
    await screenshot(page, 'lawyer-search');
    await results
      .getByRole('link', { name: /CCK Art\. 171/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /CCK Art\. 171/ }).waitFor();
    const decisions = page.getByRole('region', { name: 'Decisions that applied it' });
    const first = decisions.getByRole('link').first();
    const caseNumber = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 1, name: `Decision ${caseNumber}` }).waitFor();
    // A synthetic example says so before anything else.
    expect(await page.getByRole('note').first().innerText()).toMatch(/Synthetic example: .*Never cite it\./);
    await page.getByRole('heading', { name: 'Defendants and counts' }).waitFor();
    await screenshot(page, 'lawyer-decision');
    expect(problems).toEqual([]);
  });

  it('filters by a facet in the URL and follows the typing', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${web.origin}/search?q=${encodeURIComponent('trafficking')}&lang=en`);
    await page.locator('.result').first().waitFor();
    await page
      .getByRole('group', { name: 'Kind' })
      .getByLabel(/^Provision \(\d+\)$/)
      .check();
    await page.waitForURL(/kind=PROVISION/);
    await page.locator('.result-decision').first().waitFor({ state: 'detached' });
    expect(await page.locator('.result-provision').count()).toBeGreaterThan(0);
    // Search as you type: the URL and the results follow the box without a submit.
    await page.getByRole('searchbox').fill('prostitution');
    await page.waitForURL(/q=prostitution/);
    await page.getByRole('heading', { name: /results?$/ }).waitFor();
    expect(problems).toEqual([]);
  });

  it('goes straight to the provision when the query is a citation', async () => {
    const { page } = await openPage(context);
    await page.goto(`${web.origin}/?lang=en`);
    await page.getByRole('searchbox').fill('PCCK 139');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(/\/law\?citation=PCCK/);
    await page.getByRole('heading', { level: 1, name: /PCCK Art\. 139/ }).waitFor();
  });
});
