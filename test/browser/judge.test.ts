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
    // The law (text, penalties, versions, succession, decisions), the comparable sentences panel and the data
    // version come from one GraphQL request.
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

  it('shows comparable sentences under PCCK Art. 139 beside the ranges that applied, as the API counts them', async () => {
    const expected = async (filter: Record<string, unknown>) => {
      const { body } = await web.server.gql(
        `query ($filter: ComparableSentencesFilter!) {
          comparableSentences(filter: $filter) {
            n
            total
            decisions
            suppressed
            note
            histogram { fromMonths toMonths count }
            appliedRanges { counts range { citation minMonths maxMonths } }
          }
          dataVersion { citation }
        }`,
        { filter },
      );
      expect(body.errors).toBeUndefined();
      return body.data as any;
    };
    const api = await expected({ provision: 'PCCK Art. 139' });
    const figures = api.comparableSentences;
    // The seeds hold convicted counts under the chain, and the statutory ranges that applied to them.
    expect(figures.total).toBeGreaterThan(0);
    expect(figures.appliedRanges.length).toBeGreaterThan(0);
    const { page, problems } = await openPage(context);
    await page.goto(
      `${web.origin}/law?citation=${encodeURIComponent('PCCK Art. 139')}&asOf=2005-01-01&lang=en`,
    );
    const panel = page.getByRole('region', { name: 'Comparable sentences', exact: true });
    await panel.locator('.sentence-figures').waitFor();
    const text = await panel.innerText();
    expect(text).toContain(`n = ${figures.n} count`);
    expect(text).toContain(`of ${figures.total} convicted count`);
    expect(text).toContain('Official and reported decisions only');
    expect(text).toMatch(/Counted under .*PCCK Art\. 139/);
    // Percentiles, or the service's note saying why they are withheld (the seeds hold few counts).
    if (figures.suppressed) expect(text).toContain(figures.note);
    else expect(await panel.getByRole('table', { name: /by percentile/ }).count()).toBe(1);
    // The bands: one bar each, and the table beside the chart holds the API's counts, band by band.
    const figure = panel.getByRole('figure', { name: 'Counts by months of imprisonment to serve' });
    expect(await figure.locator('.bar-chart li').count()).toBe(figures.histogram.length);
    const bands = figure.getByRole('table', { name: 'Counts by months of imprisonment to serve' });
    const cells = await bands.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    expect(cells.map(Number)).toEqual(figures.histogram.map((b: any) => b.count));
    expect(await bands.locator('tbody tr th').first().innerText()).toBe('none served');
    // The statutory ranges that applied, beside the bands: PCCK Art. 139's is 2 to 12 years.
    const ranges = panel.getByRole('table', { name: 'Statutory ranges that applied to these counts' });
    for (const { counts, range } of figures.appliedRanges) {
      const row = ranges
        .getByRole('row', { name: new RegExp(range.citation.replace(/[.]/g, '\\.')) })
        .first();
      expect(await row.innerText()).toContain(String(counts));
    }
    const pcck = figures.appliedRanges.find((a: any) => a.range.citation === 'PCCK Art. 139');
    if (pcck) {
      expect(pcck.range).toMatchObject({ minMonths: 24, maxMonths: 144 });
      await expectText(ranges.getByRole('row', { name: /PCCK Art\. 139/ }).first(), /2 years to 12 years/);
    }
    // The unverified warning, and the data version under the panel (its time moves: compared up to "read").
    expect(text).toMatch(/(findings? rests? on unverified law|No finding rests on unverified law)/);
    const citation = await panel.locator('.data-version-citation').innerText();
    const prefix = (line: string) => line.slice(0, line.indexOf(', read '));
    expect(prefix(citation)).toBe(prefix(api.dataVersion.citation));
    // Final decisions only: written into the URL, and the figures follow the API's for finalOnly.
    const final = (await expected({ provision: 'PCCK Art. 139', finalOnly: true })).comparableSentences;
    await panel.getByLabel('Final decisions only').check();
    await panel.getByRole('button', { name: 'Update the figures' }).click();
    await page.waitForURL(/finalOnly=1/);
    expect(new URL(page.url()).searchParams.get('citation')).toBe('PCCK Art. 139');
    await panel.getByText('Final decisions only.').waitFor();
    expect(await panel.innerText()).toContain(`n = ${final.n} count`);
    const finalCells = await bands.locator('tbody tr td:nth-of-type(1)').allInnerTexts();
    expect(finalCells.map(Number)).toEqual(final.histogram.map((b: any) => b.count));
    await screenshot(page, 'judge-comparable');
    expect(problems).toEqual([]);
  });

  it('works out the range for an offence of 2012 judged in 2014, with the laws it considered', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${web.origin}/penalty?lang=en`);
    let requests = 0;
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/graphql') requests++;
    });
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
    // The range, its comparable sentences and the data version: one request.
    await page
      .getByRole('region', { name: 'Comparable sentences', exact: true })
      .locator('.sentence-figures')
      .waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests).toBe(1);
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
