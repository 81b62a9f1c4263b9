import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './browser';

/** A judge or prosecutor: a provision as it stood on a day, the applicable penalty, and both on paper. */
describe('judges and prosecutors (Chromium)', () => {
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

  it('opens neni 171 KPRK as of 2015-06-01 and sees the five-year minimum with its source and badge', async () => {
    const { page, problems } = await openPage(context);
    let requests = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') requests++;
    });
    await page.goto(
      `${web.origin}/law?citation=${encodeURIComponent('neni 171 KPRK')}&asOf=2015-06-01&lang=en`,
    );
    await page.getByRole('heading', { level: 1, name: /CCK Art\. 171/ }).waitFor();
    await page.waitForLoadState('networkidle');
    // The whole page (text, penalties, versions, succession, decisions) comes from one GraphQL request.
    expect(requests).toBe(1);
    await page.getByText('As it stood on 1 June 2015').waitFor();
    const table = page.getByRole('table', { name: /CCK Art\. 171, In force from 1 January 2013/ });
    const basic = table.getByRole('row', { name: /Basic form/ });
    await expectText(basic, /at least 5 years/);
    // The figure's verification in words, and where it comes from.
    await expectText(basic, /Secondary source/);
    await expectText(basic, /k2-2017-human-trafficking-continues/);
    // The version's dates are unverified, and the page says so in words.
    const dates = page.getByRole('region', { name: 'Dates and text' });
    await expectText(dates, /In force from 1 January 2013, until 14 January 2019/);
    await expectText(dates, /Unverified: do not cite/);
    // The succession chain moves through time.
    const chain = page.getByRole('list').filter({ hasText: 'PCCK Art. 139' }).last();
    await chain.getByRole('link', { name: 'PCCK Art. 139' }).waitFor();
    await screenshot(page, 'judge-law');
    await chain.getByRole('link', { name: 'PCCK Art. 139' }).click();
    await page.getByRole('heading', { level: 1, name: /PCCK Art\. 139/ }).waitFor();
    expect(page.url()).toContain('asOf=2004-04-06');
    await expectText(page.getByRole('table').first(), /2 years to 12 years/);
    expect(problems).toEqual([]);
  });

  it('works out the range for an offence of 2012 judged in 2014, with the laws it considered', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${web.origin}/penalty?lang=en`);
    await page.getByLabel('Provision').fill('CCK Art. 171');
    await page.getByLabel('Date of the offence').fill('2012-06-10');
    await page.getByLabel('Date of the judgment').fill('2014-03-02');
    await page.getByRole('button', { name: 'Work out the range' }).click();
    await page.getByRole('heading', { name: 'The range that applies' }).waitFor();
    expect(new URL(page.url()).search).toBe(
      '?citation=CCK+Art.+171&offenceDate=2012-06-10&judgmentDate=2014-03-02',
    );
    await expectText(page.locator('.range-figure'), /^2 years to 12 years$/);
    const candidates = page.getByRole('table', { name: 'Laws considered' });
    await expectText(candidates.getByRole('row', { name: /PCCK Art\. 139/ }), /Applies/);
    await expectText(candidates.getByRole('row', { name: /CCK Art\. 171/ }), /Later, not more lenient/);
    await screenshot(page, 'judge-penalty');
    expect(problems).toEqual([]);
  });

  it('names every missing or unreadable field in an error summary that links to it', async () => {
    const { page } = await openPage(context);
    await page.goto(`${web.origin}/penalty?lang=en`);
    await page.getByLabel('Date of the judgment').fill('2014-02-30');
    await page.getByRole('button', { name: 'Work out the range' }).click();
    const summary = page.getByRole('alert');
    await expectText(summary, /Enter the provision/);
    await expectText(summary, /Enter the date of the offence/);
    await summary.getByRole('link', { name: /Enter the provision/ }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('penalty-citation');
  });

  it('shows an error from the API in words, never a blank page', async () => {
    const { page } = await openPage(context);
    await page.goto(`${web.origin}/law?citation=${encodeURIComponent('Art. 9999 of nothing')}&lang=en`);
    const alert = page.getByRole('alert');
    await expectText(alert, /There is a problem/);
    await expectText(alert, /The service said: “.+”/);
    await page.goto(`${web.origin}/decision?caseNumber=NO-SUCH-CASE&lang=en`);
    await expectText(page.getByRole('alert'), /Not found\./);
  });

  it('prints the law with its citation and date in view and no navigation', async () => {
    const { page } = await openPage(context);
    await page.goto(
      `${web.origin}/law?citation=${encodeURIComponent('neni 171 KPRK')}&asOf=2015-06-01&lang=en`,
    );
    await page.getByRole('heading', { level: 1, name: /CCK Art\. 171/ }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('form').first().isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByText('As it stood on 1 June 2015').isVisible()).toBe(true);
    await expectText(page.locator('.print-only').first(), /^Printed on .+ from http/);
    await screenshot(page, 'judge-law-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.site-header').isVisible()).toBe(true);
  });
});

async function expectText(locator: { innerText(): Promise<string> }, pattern: RegExp) {
  expect(await locator.innerText()).toMatch(pattern);
}
