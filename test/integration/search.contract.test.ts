import { CourtRepository } from '../../src/courts/court.repository';
import { CourtService } from '../../src/courts/court.service';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { EditingService } from '../../src/editing/editing.service';
import { LawRepository } from '../../src/law/law.repository';
import { LawService } from '../../src/law/law.service';
import { SearchIndexer } from '../../src/search/indexer';
import { MeilisearchEngine } from '../../src/search/meilisearch.engine';
import { PostgresSearchEngine } from '../../src/search/postgres.engine';
import { reindex } from '../../src/search/reindex';
import type { SearchEngine } from '../../src/search/search.model';
import { SearchService, type SearchFilterInput } from '../../src/search/search.service';
import { aCase, uniqueTag } from './factories';

/**
 * One contract for every search engine: run against PostgreSQL always, and against a real Meilisearch whenever
 * MEILI_HOST points at one (`MEILI_HOST=http://127.0.0.1:7700 MEILI_MASTER_KEY=… npm run test:meilisearch`). No
 * Meilisearch server can be installed on the project's machines, so there that half is skipped, never imitated:
 * it has not been run against a live server there. Each engine is rebuilt from the seeded test database first (for
 * Meilisearch, into an index of its own, `contract_<pid>`, deleted at the end).
 */
// A rebuild of the index (of a real Meilisearch, waiting for its tasks) and imports: seconds alone, many more on a
// busy machine. The integration project's testTimeout was seen not to apply in a full run (Jest's default 5 s did).
jest.setTimeout(120_000);

const engines: [string, (ds: ReturnType<typeof createDataSource>) => SearchEngine][] = [
  ['postgres', (ds) => new PostgresSearchEngine(ds)],
];
if (process.env.MEILI_HOST) {
  engines.push([
    'meilisearch',
    () =>
      new MeilisearchEngine({
        host: process.env.MEILI_HOST!,
        apiKey: process.env.MEILI_MASTER_KEY,
        indexUid: `contract_${process.pid}`,
      }),
  ]);
}

describe.each(engines)('search contract: %s', (name, makeEngine) => {
  const dataSource = createDataSource({ url: process.env.TEST_DATABASE_URL!, poolSize: 4 });
  let engine: SearchEngine;
  let service: SearchService;
  let indexer: SearchIndexer;

  beforeAll(async () => {
    await dataSource.initialize();
    engine = makeEngine(dataSource);
    await reindex(dataSource, engine);
    service = new SearchService(
      dataSource,
      new CourtService(new CourtRepository(dataSource)),
      new LawService(new LawRepository(dataSource)),
      engine,
      null,
    );
    indexer = new SearchIndexer(unitOfWork(dataSource), new Map([[engine.name, engine]]));
  });
  afterAll(async () => {
    await engine.rebuilds?.drop(engine.rebuilds.liveUid);
    await dataSource.destroy();
  });

  const search = (query: string, filter: SearchFilterInput = {}, first = 10) =>
    service.search(query, filter, first, null);
  const firstTitle = async (query: string, filter?: SearchFilterInput) =>
    (await search(query, filter)).edges[0]?.node.title;

  it.each([
    ['trafficking', /Trafficking in persons/],
    ['trafiking', /Trafficking in persons/],
    ['trafikim', /Trafficking in persons/],
    ['трговина', /Trafficking in persons/],
    ['трговина људима', /Trafficking in persons/],
    ['neni 171', /^CCK Art\. 171 /],
    ['Art. 171 CCK', /^CCK Art\. 171 /],
    ['Reg 2001/4 s 2', /^UNMIK Reg 2001\/4 s\. 2 /],
    ['čl. 139 PKZK', /^PCCK Art\. 139 /],
  ])('puts the right provision first for "%s"', async (query, title) => {
    expect(await firstTitle(query, { kinds: ['PROVISION'] })).toMatch(title);
  });

  it('ranks the cited provision first among decisions too', async () => {
    const page = await search('neni 171 KPRK');
    expect(page.edges[0].node).toMatchObject({
      kind: 'PROVISION',
      title: expect.stringMatching(/^CCK Art\. 171 /),
    });
  });

  it('folds Cyrillic and diacritics at query time', async () => {
    const latin = await search('trgovina ljudima', { kinds: ['PROVISION'] });
    const cyrillic = await search('ТРГОВИНА ЉУДИМА', { kinds: ['PROVISION'] });
    expect(cyrillic.edges.map((e) => e.node.id)).toEqual(latin.edges.map((e) => e.node.id));
    const diacritics = await search('Trafikimi me njerëz', { kinds: ['PROVISION'] });
    expect(diacritics.edges.map((e) => e.node.id)).toEqual(
      (await search('trafikimi me njerez', { kinds: ['PROVISION'] })).edges.map((e) => e.node.id),
    );
  });

  it('forgives one typo in longer words but not in short ones', async () => {
    expect((await search('exploitatoin')).estimatedTotal).toBeGreaterThan(0);
    expect((await search('trafiking')).edges[0].node.id).toBe((await search('trafficking')).edges[0].node.id);
  });

  it('matches the last word as a prefix, as the user types', async () => {
    const page = await search('trafficking in pers', { kinds: ['PROVISION'] });
    expect(page.edges[0]?.node.title).toMatch(/Trafficking in persons/);
  });

  it('finds Albanian and Serbian texts from English words through synonyms', async () => {
    const page = await search('trafficking', { kinds: ['DECISION'] }, 100);
    expect(page.estimatedTotal).toBeGreaterThan(0);
    const languages = await dataSource.query(
      `SELECT DISTINCT language FROM decision WHERE id = ANY($1::uuid[])`,
      [page.edges.map((e) => e.node.id.replace('decision-', ''))],
    );
    expect(languages.map((l: { language: string }) => l.language)).toEqual(
      expect.arrayContaining(['sq', 'sr']),
    );
  });

  it('highlights matches and escapes everything else', async () => {
    const page = await search('exploitation', { kinds: ['PROVISION'] });
    const highlight = page.edges.map((e) => e.node.highlight).find((h) => h !== null);
    expect(highlight).toMatch(/<mark>[^<]*<\/mark>/i);
    expect(highlight!.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('filters by kind, year and court, and counts facets over the matches', async () => {
    const page = await search(
      '',
      { kinds: ['DECISION'], yearFrom: 2013, yearTo: 2016, courts: ['Gjykata Themelore në Prishtinë'] },
      100,
    );
    expect(page.estimatedTotal).toBeGreaterThan(0);
    expect(page.facets.kind).toEqual([{ value: 'DECISION', count: page.estimatedTotal }]);
    for (const { value } of page.facets.year) expect(Number(value)).toBeGreaterThanOrEqual(2013);
    expect(page.facets.court).toHaveLength(1);
    const all = await search('', {}, 1);
    const kinds = Object.fromEntries(all.facets.kind.map((f) => [f.value, f.count]));
    expect(kinds.PROVISION + kinds.DECISION).toBe(all.estimatedTotal);
    expect(all.facets.findingStatus.map((f) => f.value)).toEqual(
      expect.arrayContaining(['BELOW_MINIMUM', 'COMPLIANT']),
    );
  });

  it('pages with opaque cursors, without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const page = await service.search('', {}, 10, after);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(40);
  });

  it('drops a deleted decision from the results once the outbox is delivered', async () => {
    const word = uniqueWord();
    const {
      decisions: [decision],
    } = await aCase(dataSource, { decisions: [{ text: `Redacted text mentioning ${word}.` }] });
    await indexer.drain();
    const found = await search(word);
    expect(found.edges.map((e) => e.node.title)).toEqual([expect.stringContaining(decision.caseNumber)]);
    const editing = new EditingService(
      unitOfWork(dataSource),
      new CourtService(new CourtRepository(dataSource)),
      new LawService(new LawRepository(dataSource)),
    );
    const editor = { role: 'EDITOR' as const, keyId: null, name: 'contract test' };
    expect(await editing.deleteDecision(editor, decision.id)).toEqual({ ok: true, value: decision.id });
    await indexer.drain();
    expect((await search(word)).estimatedTotal).toBe(0);
  });

  /** Decisions of their own, imported and delivered to the engine: [text, decision date] each. */
  async function decisionsWith(texts: [string, string][]): Promise<string[]> {
    const { decisions } = await aCase(dataSource, {
      decisions: texts.map(([text, date]) => ({
        text,
        date,
        defendants: [{ label: 'A.B.', counts: [{ offenceDate: '2012-01-01' }] }],
      })),
    });
    await indexer.drain();
    return decisions.map((d) => d.caseNumber);
  }
  const uniqueWord = () => `zyxqv${uniqueTag().toLowerCase().slice(1)}`;

  it('requires every word of the query: one word no document holds finds nothing (item 1)', async () => {
    const word = uniqueWord();
    await decisionsWith([[`A trafficking case mentioning ${word}.`, '2016-03-01']]);
    expect((await search(`trafficking ${word}`)).estimatedTotal).toBe(1);
    const page = await search(`trafficking ${uniqueWord()}`);
    expect(page.estimatedTotal).toBe(0);
    expect(page.edges).toEqual([]);
    expect(page.facets.kind).toEqual([]);
  });

  it('counts as many matches as the pages hold and the facets add up to, exactly (items 2 and 6)', async () => {
    const filter: SearchFilterInput = { kinds: ['DECISION'] };
    const seen: string[] = [];
    let after: string | null = null;
    let first;
    for (;;) {
      const page: Awaited<ReturnType<typeof search>> = await service.search('', filter, 100, after);
      first ??= page;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(first.countsExact).toBe(true);
    expect(new Set(seen).size).toBe(first.estimatedTotal);
    expect(first.facets.kind).toEqual([{ value: 'DECISION', count: first.estimatedTotal }]);
    expect(first.facets.year.reduce((n, f) => n + f.count, 0)).toBe(first.estimatedTotal);
  });

  it('highlights Serbian Cyrillic text and "đ" from a Latin query (item 3)', async () => {
    const word = uniqueWord();
    await decisionsWith([[`${word}: окривљени је осуђен за трговину људима у Ђаковици.`, '2017-05-02']]);
    const [djakovica] = (await search(`${word} djakovici`)).edges;
    expect(djakovica.node.highlight).toContain('<mark>Ђаковици</mark>');
    const [trgovina] = (await search(`${word} trgovinu`)).edges;
    expect(trgovina.node.highlight).toContain('<mark>трговину</mark>');
  });

  it('never takes a number for a prefix, nor corrects one; quotes and a leading minus are plain text (items 4, 5)', async () => {
    const word = uniqueWord();
    await decisionsWith([[`${word} decided in 2013 under case 12345.`, '2013-11-20']]);
    expect((await search(`${word} 2013`)).estimatedTotal).toBe(1);
    expect((await search(`${word} 201`)).estimatedTotal).toBe(0);
    expect((await search(`${word} 12346`)).estimatedTotal).toBe(0);
    expect((await search(`"${word}" -2013`)).estimatedTotal).toBe(1);
    expect((await search(`-${word}`)).estimatedTotal).toBe(1);
  });

  it('lists the newest first among equally matching documents, and for the empty query (item 5)', async () => {
    const word = uniqueWord();
    const [older, newer, middle] = await decisionsWith([
      [`Forced labour case ${word}.`, '2014-01-10'],
      [`Forced labour case ${word}.`, '2019-01-10'],
      [`Forced labour case ${word}.`, '2016-01-10'],
    ]);
    const titles = (await search(word)).edges.map((e) => e.node.title.split(' — ')[0]);
    expect(titles).toEqual([newer, middle, older]);
    const page = await search('', { kinds: ['DECISION'] }, 50);
    const dates: { id: string; day: string }[] = await dataSource.query(
      `SELECT 'decision-' || id AS id, to_char(decision_date, 'YYYY-MM-DD') AS day FROM decision
        WHERE id = ANY($1::uuid[])`,
      [page.edges.map((e) => e.node.id.replace('decision-', ''))],
    );
    const dayOf = new Map(dates.map((d) => [d.id, d.day]));
    const days = page.edges.map((e) => dayOf.get(e.node.id)!);
    expect(days).toEqual([...days].sort().reverse());
  });
});
