import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { toCsv } from '../integration/factories';
import { openScratchDatabase } from '../integration/harness';
import { k2Convictions2016 } from '../integration/k2-fixture';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './browser';

/** A trial monitor: the 2016 figures of the K2.0 report, a mark followed to its decision, the records as CSV. */
describe('monitors, on the K2.0 convictions of 2016 (own database, Chromium)', () => {
  let web: WebServer;
  let browser: Browser;
  let context: BrowserContext;
  let drop: () => Promise<void>;
  let monitorKey: string;
  const dashboard = () =>
    `${web.origin}/dashboard?yearFrom=2016&yearTo=2016&provenance=OFFICIAL,REPORTED,SYNTHETIC&lang=en`;

  beforeAll(async () => {
    const scratch = await openScratchDatabase('kosovo_law_web_k2');
    drop = scratch.close;
    await scratch.dataSource.query(`DELETE FROM decision`); // the law and the courts only
    await new ImportService(unitOfWork(scratch.dataSource)).importFile(
      toCsv(k2Convictions2016('K2W')),
      'csv',
    );
    monitorKey = (await new ApiKeyService(unitOfWork(scratch.dataSource)).create('web-monitor', 'monitor'))
      .key;
    await scratch.dataSource.destroy();
    [web, browser] = await Promise.all([startWebServer(scratch.url), launchBrowser()]);
    context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      locale: 'en-GB',
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await browser?.close();
    await web?.server.close();
    await drop?.();
  });

  it('leaves synthetic records out unless asked for', async () => {
    const { page } = await openPage(context);
    await page.goto(`${web.origin}/dashboard?yearFrom=2016&yearTo=2016&lang=en`);
    await page.getByText('No conviction matches these filters.').waitFor();
    expect(await page.getByLabel('Synthetic example').isChecked()).toBe(false);
  });

  it('reads 23 of 24 below the minimum, with n, unit and a table under every chart', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(dashboard());
    await page.getByText('23 of 24 convictions below the statutory minimum').waitFor();
    expect(await page.getByRole('note').first().innerText()).toMatch(/Synthetic examples are included/);
    const byYear = page.getByRole('figure', { name: 'Share of convictions below the minimum, by year' });
    expect(
      await byYear
        .getByRole('link', { name: /^2016 23 of 24 below the minimum \(95\.8%\) · n = 24$/ })
        .count(),
    ).toBe(1);
    expect(await byYear.innerText()).toMatch(/Unit: one convicted count\. n = 24/);
    expect(await byYear.innerText()).toMatch(/A suspended term counts as 0 months served/);
    const row = byYear.getByRole('row', { name: /2016/ });
    expect(await row.innerText()).toMatch(/^2016\s+24\s+23\s+95\.8%\s+1\s+0\s+0$/);
    const byCourt = page.getByRole('figure', { name: /by court/ });
    // Eight counts per court: a small number is flagged, never hidden (none here).
    expect(await byCourt.getByRole('link').count()).toBe(3);
    const sentences = page.getByRole('figure', { name: 'Sentences against the statutory range' });
    const marks = sentences.locator('a.mark');
    expect(await marks.count()).toBe(24);
    expect(await sentences.locator('a.mark-fine').count()).toBe(5);
    expect(await sentences.locator('a.mark-suspended').count()).toBe(2);
    // After appeal: none of the K2 decisions was appealed in the records, so every finding is the last word.
    expect(await page.getByRole('region', { name: 'After appeal', exact: true }).innerText()).toMatch(
      /0 of the 23 sentences below the minimum were corrected on appeal or at a retrial\./,
    );
    await screenshot(page, 'monitor-dashboard');
    expect(problems).toEqual([]);
  });

  it('cites the data version under the figures, in the words the API gives', async () => {
    const { body } = await web.server.gql('{ dataVersion { citation } }', {});
    const expected: string = (body as any).data.dataVersion.citation;
    expect(expected).toMatch(
      /^Data: law revision \S+, findings version \S+, read \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/,
    );
    const { page, problems } = await openPage(context);
    await page.goto(dashboard());
    const line = page.locator('.data-version');
    await line.waitFor();
    expect(await line.innerText()).toMatch(/^To cite with these figures: Data: law revision /);
    const shown = await line.locator('.data-version-citation').innerText();
    // The time it was read moves with every request: the line is compared up to "read".
    const upToRead = (citation: string) => citation.slice(0, citation.indexOf(', read ') + ', read '.length);
    expect(upToRead(shown)).toBe(upToRead(expected));
    expect(shown).toMatch(/, read \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    // Under the figures: after the last chart and the figures after appeal.
    expect(
      await page.evaluate(
        "!!(document.querySelector('.after-appeal-figures').compareDocumentPosition(document.querySelector('.data-version')) & Node.DOCUMENT_POSITION_FOLLOWING)",
      ),
    ).toBe(true);
    expect(await line.locator('[lang="en"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('follows a mark to its decision', async () => {
    const { page } = await openPage(context);
    await page.goto(dashboard());
    const mark = page.locator('a.mark-fine').first();
    const label = (await mark.getAttribute('aria-label'))!;
    expect(label).toMatch(
      /^K2W-\d+\/16, Basic Court of \w+: 0 months served; range at least 5 years; Below the minimum$/,
    );
    await mark.focus();
    await page.keyboard.press('Enter');
    const caseNumber = label.split(',')[0];
    await page.getByRole('heading', { level: 1, name: `Decision ${caseNumber}` }).waitFor();
    const finding = page.locator('.finding').first();
    expect(await finding.innerText()).toMatch(/Finding: Below the minimum · 5 years below the minimum/);
    expect(await finding.innerText()).toMatch(/Only a fine, no imprisonment/);
    expect(await finding.innerText()).toMatch(/This finding is the last word on this count/);
    // The data version beside the findings.
    expect(
      await page
        .getByRole('region', { name: 'Defendants and counts' })
        .locator('.data-version-citation')
        .innerText(),
    ).toMatch(/^Data: law revision \S+, findings version \S+, read /);
    await screenshot(page, 'monitor-decision');
  });

  it('downloads exactly the records behind the chart as CSV, with the MONITOR key from the settings', async () => {
    const { page } = await openPage(context);
    await page.goto(dashboard());
    const figure = page.getByRole('figure', { name: 'Findings by status' });
    const button = figure.getByRole('button', { name: 'Download the 24 records behind this chart (CSV)' });
    await button.click();
    // No key yet: the settings open and the page says why.
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.waitFor();
    await dialog.getByLabel('MONITOR key').fill(monitorKey);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(
      await page.evaluate("[sessionStorage.getItem('monitorKey'), localStorage.getItem('monitorKey')]"),
    ).toEqual([monitorKey, null]);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const rows = parse(readFileSync((await download.path())!, 'utf8'), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(24);
    expect(rows.filter((r) => r.status === 'BELOW_MINIMUM')).toHaveLength(23);
    expect(rows.every((r) => r.case_number.startsWith('K2W-') && r.provenance === 'SYNTHETIC')).toBe(true);
  });
});
