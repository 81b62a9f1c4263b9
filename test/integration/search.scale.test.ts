import { randomUUID } from 'node:crypto';
import { createDataSource } from '../../src/app/data-source';
import { PostgresSearchEngine } from '../../src/search/postgres.engine';
import { buildTsQuery, wordsOf } from '../../src/search/query-language';
import type { SearchDocument, SearchFilter, SearchResponse } from '../../src/search/search.model';
import { openScratchDatabase } from './harness';

/**
 * The PostgreSQL engine past its exact limit, on a scratch index of 1,200 documents with limits small enough to
 * cross: a broad query's counts are estimated from a uniform sample (and say so), its ranking is tiers then newest
 * first, and both are checked against the same figures computed over every match.
 */
describe('PostgreSQL search past the exact limit', () => {
  const DOCUMENTS = 1200;
  const courts = [randomUUID(), randomUUID(), randomUUID()];
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: ReturnType<typeof createDataSource>;
  let engine: PostgresSearchEngine;

  /**
   * Every document says "alpha"; one in five has "gamma" in its summary; "omega" is in one title in twenty, one
   * summary in seven and one text in three, so its matches fall in every tier.
   */
  const document = (i: number): SearchDocument => ({
    id: `decision-${String(i).padStart(5, '0')}`,
    kind: i % 100 === 0 ? 'PROVISION' : 'DECISION',
    entityId: randomUUID(),
    title: `Case ${i}${i % 20 === 0 ? ' omega' : ''}`,
    citations: [`P ${i}/20`],
    summary: `Summary ${i % 5 === 0 ? 'gamma' : 'delta'}${i % 7 === 0 ? ' omega' : ''}`,
    body: `The court heard alpha ${i % 37 === 0 ? 'rarissimum' : 'communis'} evidence${i % 3 === 0 ? ' omega' : ''}.`,
    instrumentId: null,
    courtId: i % 100 === 0 ? null : courts[i % 3],
    courtName: null,
    year: i % 100 === 0 ? null : 2010 + (i % 11),
    // Dates repeat (ties broken by id) and a few documents have none.
    date: i % 97 === 0 ? null : `20${String(10 + (i % 11)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
    findingStatuses: i % 4 === 0 ? ['BELOW_MINIMUM'] : ['COMPLIANT'],
    provenance: 'SYNTHETIC',
    language: 'en',
  });

  beforeAll(async () => {
    scratch = await openScratchDatabase('search_scale', { seeds: false });
    dataSource = scratch.dataSource;
    engine = new PostgresSearchEngine(dataSource, { exactMatches: 100, sampleMatches: 250 });
    await engine.upsert(Array.from({ length: DOCUMENTS }, (_, i) => document(i + 1)));
    await dataSource.query('ANALYZE search_document');
  });
  afterAll(async () => {
    await scratch?.close();
  });

  const search = (query: string, filter: SearchFilter = {}, offset = 0, limit = 20) =>
    engine.search({ query, filter, offset, limit });

  /** The same query over every match: the count, and the order the ranking promises. */
  async function everyMatch(query: string, courtId?: string) {
    const tsquery = buildTsQuery(wordsOf(query), new Map());
    const rows: { id: string; court_id: string | null }[] = await dataSource.query(
      `SELECT id, court_id FROM search_document, to_tsquery('kosovo_fold', $1) q
        WHERE match_tsv @@ q AND ($2::uuid IS NULL OR court_id = $2)
        ORDER BY CASE WHEN title_tsv @@ q THEN 0 WHEN head_tsv @@ q THEN 1 ELSE 2 END,
                 date DESC NULLS LAST, id`,
      [tsquery, courtId ?? null],
    );
    return rows;
  }

  const countOf = (response: SearchResponse, facet: 'court' | 'kind', value: string) =>
    response.facets[facet].find((f) => f.value === value)?.count ?? 0;

  it('estimates the counts of a broad query from a sample, and says they are estimates', async () => {
    const response = await search('alpha');
    const truth = await everyMatch('alpha');
    expect(truth).toHaveLength(DOCUMENTS);
    expect(response.countsExact).toBe(false);
    expect(response.total).not.toBe(DOCUMENTS); // an estimate, not a count in disguise
    expect(Math.abs(response.total - DOCUMENTS) / DOCUMENTS).toBeLessThan(0.25);
    for (const court of courts) {
      const real = truth.filter((r) => r.court_id === court).length;
      expect(Math.abs(countOf(response, 'court', court) - real) / real).toBeLessThan(0.35);
    }
    const below = response.facets.findingStatus.find((f) => f.value === 'BELOW_MINIMUM')!.count;
    expect(Math.abs(below - DOCUMENTS / 4) / (DOCUMENTS / 4)).toBeLessThan(0.35);
  });

  it('ranks a broad query by tier (title, headings, text), newest first, across pages', async () => {
    const truth = await everyMatch('omega');
    expect(truth.length).toBeGreaterThan(400);
    for (const offset of [0, 20, 50, 115, 400]) {
      const page = await search('omega', {}, offset, 20);
      expect(page.countsExact).toBe(false);
      expect(page.hits.map((h) => h.id)).toEqual(truth.slice(offset, offset + 20).map((r) => r.id));
    }
    const titles = (await search('omega', {}, 0, 80)).hits.map((h) => /omega/.test(h.title));
    expect(titles.slice(0, DOCUMENTS / 20)).toEqual(Array(DOCUMENTS / 20).fill(true));
    expect(titles.slice(DOCUMENTS / 20)).not.toContain(true);
    const broad = (await everyMatch('alpha')).map((r) => r.id);
    expect((await search('alpha', {}, 1180, 20)).hits.map((h) => h.id)).toEqual(broad.slice(1180));
  });

  it('keeps filters exact and estimates within them', async () => {
    const response = await search('alpha', { courtIds: [courts[1]] });
    const truth = await everyMatch('alpha', courts[1]);
    expect(response.facets.court.map((f) => f.value)).toEqual([courts[1]]);
    expect(Math.abs(response.total - truth.length) / truth.length).toBeLessThan(0.35);
    expect(response.hits.map((h) => h.id)).toEqual(truth.slice(0, 20).map((r) => r.id));
  });

  it('counts every match of a query under the limit, exactly', async () => {
    const response = await search('rarissimum');
    const truth = await everyMatch('rarissimum');
    expect(truth.length).toBe(Math.floor(DOCUMENTS / 37));
    expect(response.countsExact).toBe(true);
    expect(response.total).toBe(truth.length);
    for (const court of courts)
      expect(countOf(response, 'court', court)).toBe(truth.filter((r) => r.court_id === court).length);
  });

  it('highlights and scores the hits of a broad page', async () => {
    const [hit] = (await search('alpha')).hits;
    expect(hit.highlight).toContain('<mark>alpha</mark>');
    expect(typeof hit.score).toBe('number');
  });
});

/**
 * A broad query whose matches are all old but one, which the probe's sample does not hold: the ranking walks the
 * date index from the newest match the sample saw, and reads the newer matches through the GIN index beside it.
 */
describe('PostgreSQL search: a broad query whose matches are old', () => {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: ReturnType<typeof createDataSource>;
  let engine: PostgresSearchEngine;
  let late: string;

  const document = (id: string, summary: string, date: string | null): SearchDocument => ({
    id,
    kind: 'DECISION',
    entityId: randomUUID(),
    title: `Case ${id}`,
    citations: [],
    summary,
    body: 'The court heard alpha evidence.',
    instrumentId: null,
    courtId: null,
    courtName: null,
    year: date === null ? null : Number(date.slice(0, 4)),
    date,
    findingStatuses: [],
    provenance: 'SYNTHETIC',
    language: 'en',
  });

  beforeAll(async () => {
    scratch = await openScratchDatabase('search_old', { seeds: false });
    dataSource = scratch.dataSource;
    engine = new PostgresSearchEngine(dataSource, { exactMatches: 100, sampleMatches: 250 });
    // "vetus" is in the summaries of the documents of 2010–2013 and of some undated ones; 2014–2020 have none.
    const documents = Array.from({ length: 1200 }, (_, n) => {
      const i = n + 1;
      const date = i % 97 === 0 ? null : `${2010 + (i % 11)}-0${1 + (i % 9)}-1${i % 10}`;
      const old = date === null ? i % 2 === 0 : i % 11 <= 3;
      return document(
        `decision-${String(i).padStart(5, '0')}`,
        old ? 'Summary vetus' : 'Summary novus',
        date,
      );
    });
    // One newer match, in a sample bucket the probe never reads (it reads the first third of them or fewer).
    const [{ k }] = await dataSource.query(
      `SELECT k FROM generate_series(1, 1000) k WHERE hashtext('decision-late-' || k) & 1023 >= 1000 LIMIT 1`,
    );
    late = `decision-late-${k}`;
    await engine.upsert([...documents, document(late, 'Summary vetus', '2019-06-30')]);
    await dataSource.query('ANALYZE search_document');
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it('ranks the newer match the sample missed first, and the undated matches last', async () => {
    const truth: { id: string }[] = await dataSource.query(
      `SELECT id FROM search_document WHERE match_tsv @@ to_tsquery('kosovo_fold', 'vetus')
        ORDER BY date DESC NULLS LAST, id`,
    );
    expect(truth.length).toBeGreaterThan(400);
    expect(truth[0].id).toBe(late);
    for (const offset of [0, 20, truth.length - 20]) {
      const page = await engine.search({ query: 'vetus', filter: {}, offset, limit: 20 });
      expect(page.countsExact).toBe(false);
      expect(page.hits.map((h) => h.id)).toEqual(truth.slice(offset, offset + 20).map((r) => r.id));
    }
  });
});
