import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startWebServer, type WebServer } from './browser';

const LAW = `/law?citation=${encodeURIComponent('neni 171 KPRK')}&asOf=2015-06-01`;

/** What each language shows: the site's name, the law's date and its minimum, written as that language writes them. */
const EXPECTED = {
  sq: {
    name: 'Ligji për trafikimin dhe dënimet në Kosovë',
    asOf: 'Siç ishte më 1 qershor 2015',
    minimum: 'të paktën 5 vjet',
    button: 'Shqip',
  },
  'sr-Latn': {
    name: 'Zakon o trgovini ljudima i kazne na Kosovu',
    asOf: 'Kakva je bila 1. jun 2015.',
    minimum: 'najmanje 5 godina',
    button: 'Srpski',
  },
  'sr-Cyrl': {
    name: 'Закон о трговини људима и казне на Косову',
    asOf: 'Каква је била 1. јун 2015.',
    minimum: 'најмање 5 година',
    button: 'Српски',
  },
  en: {
    name: 'Trafficking law and sentencing in Kosovo',
    asOf: 'As it stood on 1 June 2015',
    minimum: 'at least 5 years',
    button: 'English',
  },
} as const;

describe('the four interface languages (Chromium)', () => {
  let web: WebServer;
  let browser: Browser;
  beforeAll(async () => {
    [web, browser] = await Promise.all([startWebServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await web?.server.close();
  });

  it.each(Object.entries(EXPECTED))(
    'honours lang=%s with its BCP 47 tag, words, dates and units',
    async (lang, expected) => {
      const context = await browser.newContext({ locale: 'en-GB' });
      const { page, problems } = await openPage(context);
      await page.goto(`${web.origin}${LAW}&lang=${lang}`);
      await page.getByText(expected.asOf).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
      expect(await page.locator('.site-name').innerText()).toBe(expected.name);
      expect(await page.locator('table.penalties').innerText()).toContain(expected.minimum);
      if (lang === 'sr-Cyrl') await screenshot(page, 'law-sr-Cyrl');
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it.each([
    ['sq', 'Dënime të krahasueshme', 'Për t’i cituar këto shifra:'],
    ['sr-Latn', 'Uporedive kazne', 'Za citiranje uz ove brojke:'],
    ['sr-Cyrl', 'Упоредиве казне', 'За цитирање уз ове бројке:'],
    ['en', 'Comparable sentences', 'To cite with these figures:'],
  ])('names the comparable sentences panel and its data version in %s', async (lang, heading, cite) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page, problems } = await openPage(context);
    await page.goto(`${web.origin}${LAW}&lang=${lang}`);
    const panel = page.getByRole('region', { name: heading, exact: true });
    await panel.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    const line = panel.locator('.data-version');
    await line.waitFor();
    expect(await line.innerText()).toMatch(new RegExp(`^${cite} Data: law revision `));
    // The line to paste is the service's, in English and in Latin script, whatever the interface language.
    expect(await line.locator('[lang="en"]').innerText()).toMatch(
      /^Data: law revision \S+, findings version /,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language on any page and remembers the choice', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page } = await openPage(context);
    await page.goto(`${web.origin}${LAW}`);
    await page.getByText(EXPECTED.en.asOf).waitFor();
    for (const [lang, expected] of Object.entries(EXPECTED)) {
      const group = page.getByRole('group', { name: /^(Gjuha|Jezik|Језик|Language)$/ });
      await group.getByRole('button', { name: expected.button }).click();
      await page.getByText(expected.asOf).waitFor();
      expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
      expect(await group.getByRole('button', { name: expected.button }).getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
    await page.getByRole('button', { name: 'Српски' }).click();
    // Remembered: another page, opened without lang=, speaks Serbian in Cyrillic.
    await page.goto(`${web.origin}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Поштовање казнених оквира' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('sr-Cyrl');
    await context.close();
  });

  it('says where the law is not held in the chosen language', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const { page } = await openPage(context);
    await page.goto(
      `${web.origin}/law?citation=${encodeURIComponent('UNMIK Reg 2001/4 s 1')}&asOf=2002-01-01&lang=sr-Cyrl`,
    );
    const text = page.getByRole('region', { name: 'Текст', exact: true });
    await text.waitFor();
    // The Regulation's text is held in English only: shown in English, marked as such, with a note in Serbian.
    expect(await text.locator('[lang="en"]').count()).toBe(1);
    expect(await text.innerText()).toMatch(
      /Овај текст се не чува на језику: српски; приказан је на језику: енглески\./,
    );
    await context.close();
  });
});
