// Unit tests of the Meilisearch index settings and the pure translations of meilisearch.settings.ts. No Meilisearch
// server runs here: these check what is sent, against what the documentation of the pinned version (v1.50) says.
import fc from 'fast-check';

import {
  facetsOf,
  filterExpression,
  MAX_TOTAL_HITS,
  meilisearchSettings,
  quoteFilterValue,
  toMeilisearchDocument,
} from '../../src/search/meilisearch.settings';
import type { SearchDocument } from '../../src/search/search.model';
import { MAX_SEARCH_PAGE } from '../../src/search/search.service';

const PORT_FIELDS = [
  'id',
  'kind',
  'entityId',
  'title',
  'citations',
  'summary',
  'body',
  'instrumentId',
  'courtId',
  'courtName',
  'year',
  'date',
  'findingStatuses',
  'provenance',
  'language',
];
const FOLDED_FIELDS = ['citationsFolded', 'titleFolded', 'summaryFolded', 'bodyFolded'];
const STORED_EXTRA = ['bodyLength'];

const provision = (overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: 'provision-1',
  kind: 'PROVISION',
  entityId: '11111111-1111-4111-8111-111111111111',
  title: 'CCK Art. 171 — Trafficking in persons',
  citations: ['CCK Art. 171', 'neni 171 KPRK'],
  summary: 'Trafikimi me njerëz',
  body: 'Whoever engages in trafficking in persons shall be punished by imprisonment of five to twelve years.',
  instrumentId: 'cck-2012',
  courtId: null,
  courtName: null,
  year: 2013,
  date: '2013-01-01',
  findingStatuses: [],
  provenance: 'Official Gazette',
  language: 'en',
  ...overrides,
});

describe('meilisearchSettings', () => {
  const settings = meilisearchSettings();

  it('searches the folded copies only, citations first, then title, summary, body', () => {
    expect(settings.searchableAttributes).toEqual([
      'citationsFolded',
      'titleFolded',
      'summaryFolded',
      'bodyFolded',
    ]);
  });

  it('filters on the facets, and on id for the exclusions and the whole-body fetch', () => {
    expect(new Set(settings.filterableAttributes)).toEqual(
      new Set(['id', 'kind', 'instrumentId', 'courtId', 'year', 'findingStatuses']),
    );
  });

  it('sorts on the date, and on the id to break ties as the PostgreSQL engine does', () => {
    expect(settings.sortableAttributes).toEqual(['date', 'id']);
  });

  it('displays the port’s fields and the body’s length, and hides the folded copies', () => {
    expect(new Set(settings.displayedAttributes)).toEqual(new Set([...PORT_FIELDS, ...STORED_EXTRA]));
  });

  it('takes its synonyms from the PostgreSQL expansion (meilisearch.query.test.ts checks them)', () => {
    expect(settings.synonyms?.trafficking).toEqual(expect.arrayContaining(['trgovina ljudima', 'trafikim']));
  });

  it('allows one typo from 5 letters and two from 9, and none in numbers (item 5)', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    });
  });

  it('ranks by where the words are, then newest first, then the finer rules (item 5)', () => {
    expect(settings.rankingRules).toEqual([
      'words',
      'attributeRank',
      'sort',
      'typo',
      'proximity',
      'wordPosition',
      'exactness',
    ]);
  });

  it('pins every searched field to locales Meilisearch accepts (it has none for Albanian)', () => {
    const rules = settings.localizedAttributes ?? [];
    const localized = rules.flatMap((r) => r.attributePatterns);
    expect(localized).toEqual(expect.arrayContaining(settings.searchableAttributes ?? ['(none)']));
    expect(rules.flatMap((r) => r.locales)).toEqual(['srp', 'eng']);
  });

  it('keeps 500 values per facet, the most frequent', () => {
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 500, sortFacetValuesBy: { '*': 'count' } });
  });

  it('counts and serves hits beyond every offset a cursor can name, plus a page and one more (item 2)', () => {
    const deepestOffset = 999_999 + 1; // a six-digit cursor, and the hit after it
    expect(settings.pagination).toEqual({ maxTotalHits: MAX_TOTAL_HITS });
    expect(MAX_TOTAL_HITS).toBeGreaterThanOrEqual(deepestOffset + MAX_SEARCH_PAGE + 1);
  });
});

describe('toMeilisearchDocument', () => {
  it('folds Serbian Cyrillic to Latin', () => {
    const stored = toMeilisearchDocument(provision({ body: 'Трговина људима', title: 'Члан 171' }));
    expect(stored.bodyFolded).toBe('trgovina ljudima');
    expect(stored.titleFolded).toBe('clan 171');
  });

  it('removes diacritics and lower-cases', () => {
    expect(toMeilisearchDocument(provision({ summary: 'Trafikimi me njerëz' })).summaryFolded).toBe(
      'trafikimi me njerez',
    );
  });

  it('folds each citation form', () => {
    const stored = toMeilisearchDocument(provision({ citations: ['Član 171 KZK', 'Члан 171'] }));
    expect(stored.citationsFolded).toEqual(['clan 171 kzk', 'clan 171']);
  });

  it('splits case numbers into the words a query sends for them', () => {
    const stored = toMeilisearchDocument(provision({ citations: ['Pml.Kzz 92/2016', 'SYN-P-2016-009'] }));
    expect(stored.citationsFolded.map((c) => c.split(/\s+/))).toEqual([
      ['pml', 'kzz', '92', '2016'],
      ['syn', 'p', '2016', '009'],
    ]);
  });

  it('keeps the original fields as they are, for display', () => {
    const doc = provision({ body: 'Трговина људима' });
    const stored = toMeilisearchDocument(doc);
    for (const field of PORT_FIELDS)
      expect(stored[field as keyof SearchDocument]).toEqual(doc[field as keyof SearchDocument]);
  });

  it('holds only the port’s fields, the body’s length and the folded copies, whatever else the input carries', () => {
    const withExtra = { ...provision(), defendantName: 'never indexed' } as SearchDocument;
    expect(Object.keys(toMeilisearchDocument(withExtra)).sort()).toEqual(
      [...PORT_FIELDS, ...STORED_EXTRA, ...FOLDED_FIELDS].sort(),
    );
    expect(toMeilisearchDocument(provision({ body: 'Трговина' })).bodyLength).toBe(8);
  });
});

describe('filterExpression', () => {
  it.each([
    [{ kinds: ['PROVISION' as const] }, 'kind IN ["PROVISION"]'],
    [{ instrumentIds: ['cck-2012', 'pcck-2019'] }, 'instrumentId IN ["cck-2012", "pcck-2019"]'],
    [{ courtIds: ['c1'] }, 'courtId IN ["c1"]'],
    [{ yearFrom: 2010 }, 'year >= 2010'],
    [{ yearTo: 2015 }, 'year <= 2015'],
    [{ findingStatuses: ['BELOW_MINIMUM' as const] }, 'findingStatuses IN ["BELOW_MINIMUM"]'],
  ])('%j → %s', (filter, expected) => {
    expect(filterExpression(filter)).toBe(expected);
  });

  it('joins several conditions with AND', () => {
    expect(
      filterExpression({
        kinds: ['DECISION'],
        courtIds: ['c1', 'c2'],
        yearFrom: 2010,
        yearTo: 2015,
        findingStatuses: ['COMPLIANT', 'ABOVE_MAXIMUM'],
      }),
    ).toBe(
      'kind IN ["DECISION"] AND courtId IN ["c1", "c2"] AND year >= 2010 AND year <= 2015 ' +
        'AND findingStatuses IN ["COMPLIANT", "ABOVE_MAXIMUM"]',
    );
  });

  it('is undefined with no condition, empty lists included', () => {
    expect(filterExpression({})).toBeUndefined();
    expect(filterExpression({ kinds: [], courtIds: [] }, [])).toBeUndefined();
  });

  it('keeps a year bound of 0 rather than reading it as absent', () => {
    expect(filterExpression({ yearFrom: 0 })).toBe('year >= 0');
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => filterExpression({ yearFrom: Number.NaN })).toThrow(RangeError);
    expect(() => filterExpression({ yearTo: 2010.5 })).toThrow(RangeError);
  });

  it('escapes double quotes and backslashes inside values', () => {
    expect(filterExpression({ courtIds: ['Court "A" \\ B'] })).toBe('courtId IN ["Court \\"A\\" \\\\ B"]');
  });

  it('leaves out excluded ids, alone or with a filter', () => {
    expect(filterExpression({}, ['provision-1', 'decision-2'])).toBe(
      'NOT id IN ["provision-1", "decision-2"]',
    );
    expect(filterExpression({ kinds: ['PROVISION'] }, ['provision-1'])).toBe(
      'kind IN ["PROVISION"] AND NOT id IN ["provision-1"]',
    );
  });
});

describe('quoteFilterValue', () => {
  /** Reads a double-quoted literal the way Meilisearch's filter parser does: `\x` stands for `x`. */
  function readLiteral(literal: string): string | null {
    if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) return null;
    let value = '';
    for (let i = 1; i < literal.length - 1; i++) {
      if (literal[i] === '"') return null; // an unescaped quote would end the literal early
      if (literal[i] === '\\') i++;
      if (i >= literal.length - 1) return null; // a trailing backslash would escape the closing quote
      value += literal[i];
    }
    return value;
  }

  it('gives back any string, quotes and backslashes included, as one literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', '\\', ' ', ']', ',', 'ë', 'ч') }), (value) => {
        expect(readLiteral(quoteFilterValue(value))).toBe(value);
      }),
    );
  });
});

describe('facetsOf', () => {
  it('maps each Meilisearch facet to the port’s, most frequent first, ties by value', () => {
    expect(
      facetsOf({
        kind: { PROVISION: 3, DECISION: 12 },
        instrumentId: { b: 2, a: 2, c: 5 },
        courtId: { 'court-1': 1 },
        year: { '2012': 4, '2010': 4, '2019': 1 },
        findingStatuses: { COMPLIANT: 7, BELOW_MINIMUM: 9 },
      }),
    ).toEqual({
      kind: [
        { value: 'DECISION', count: 12 },
        { value: 'PROVISION', count: 3 },
      ],
      instrument: [
        { value: 'c', count: 5 },
        { value: 'a', count: 2 },
        { value: 'b', count: 2 },
      ],
      court: [{ value: 'court-1', count: 1 }],
      year: [
        { value: '2010', count: 4 },
        { value: '2012', count: 4 },
        { value: '2019', count: 1 },
      ],
      findingStatus: [
        { value: 'BELOW_MINIMUM', count: 9 },
        { value: 'COMPLIANT', count: 7 },
      ],
    });
  });

  it('gives empty facets when Meilisearch sent none', () => {
    const empty = { kind: [], instrument: [], court: [], year: [], findingStatus: [] };
    expect(facetsOf(undefined)).toEqual(empty);
    expect(facetsOf({ kind: {} })).toEqual(empty);
  });
});
