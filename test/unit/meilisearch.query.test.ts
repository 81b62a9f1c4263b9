// Unit tests of the search contract's query rules as translated for Meilisearch (meilisearch.query.ts): the `q` sent,
// the synonyms setting, the typo rule used for highlights, and highlights made in the service. Pure functions; no
// Meilisearch server runs here.
import fc from 'fast-check';

import {
  highlightText,
  meilisearchQuery,
  meilisearchSynonyms,
  MEILI_QUERY_WORD_LIMIT,
  typoMatches,
} from '../../src/search/meilisearch.query';
import { queryGroups } from '../../src/search/query-language';
import { SYNONYM_GROUPS } from '../../src/search/synonyms';

describe('meilisearchQuery: the q sent', () => {
  it.each([
    ['trafficking zyxqv', 'trafficking zyxqv'],
    ['Трговина у Приштини', 'trgovina pristini'],
    ['Viktimës së trafikimit', 'viktimes trafikimit'],
    ['trafficking in pers', 'trafficking pers'],
  ])('sends the folded meaningful words of "%s", the last as a prefix', (query, q) => {
    expect(meilisearchQuery(query).q).toBe(q);
  });

  it.each([
    ['Reg 2001/4 s 2', 'reg 2001 4 2 '],
    ['neni 171', 'neni 171 '],
    ['P 309/10', '309 10 '], // "P" is a particle to the contract, as in PostgreSQL
    ['i e', 'i e '],
  ])(
    'ends "%s" with a space: its last word is a number or shorter than three, never a prefix (item 4)',
    (query, q) => {
      expect(meilisearchQuery(query).q).toBe(q);
    },
  );

  it('neutralises phrase quotes and a leading minus: every word is required, none excluded (item 4)', () => {
    expect(meilisearchQuery('"trafficking" -child').q).toBe('trafficking child');
    expect(meilisearchQuery('-"sexual exploitation"').q).toBe('sexual exploitation');
  });

  it('sends nothing but folded words and single spaces, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'č', 'ж', '1', ' ', '"', '-', '*', ':', '\\') }),
        (text) => {
          expect(meilisearchQuery(text).q).toMatch(/^([a-z0-9]+( [a-z0-9]+)* ?)?$/);
        },
      ),
    );
  });

  it('sends a phrase that is a multi-word synonym as its group’s head term', () => {
    expect(meilisearchQuery('trgovina ljudima Prizren').q).toBe('trafficking prizren');
    expect(meilisearchQuery('prinudni rad').q).toBe('forced labour ');
  });

  it('sends the first ten meaningful words, the tenth whole, and says which it left out (item 1)', () => {
    const words = Array.from({ length: 12 }, (_, i) => `word${i}`);
    const query = meilisearchQuery(words.join(' of '));
    expect(query.q).toBe(words.slice(0, MEILI_QUERY_WORD_LIMIT).join(' ') + ' ');
    expect(query.ignoredWords).toEqual(['word10', 'word11']);
    expect(meilisearchQuery(words.slice(0, 10).join(' ')).ignoredWords).toEqual([]);
  });

  it('is empty, with no groups, for a query without words', () => {
    expect(meilisearchQuery(' "-" ')).toEqual({ q: '', groups: null, ignoredWords: [] });
  });
});

describe('meilisearchSynonyms: the synonyms setting (item 5)', () => {
  const synonyms = meilisearchSynonyms();
  const forms = (alternatives: { words: string[] }[]) => new Set(alternatives.map((a) => a.words.join(' ')));

  it('expands every one-word term exactly as the PostgreSQL engine does', () => {
    const oneWordTerms = [...new Set(SYNONYM_GROUPS.flat())].filter((t) => !t.includes(' '));
    for (const term of oneWordTerms) {
      const [group] = queryGroups([term], new Map())!;
      const postgres = forms(group.filter((a) => a.words.join(' ') !== term));
      expect({ term, synonyms: new Set(synonyms[term] ?? []) }).toEqual({ term, synonyms: postgres });
    }
  });

  it('sends a typed multi-word term as its group’s head, which stands for what PostgreSQL matches', () => {
    const multiWordTerms = [...new Set(SYNONYM_GROUPS.flat())].filter((t) => t.includes(' '));
    for (const term of multiWordTerms) {
      const groups = queryGroups(term.split(' '), new Map())!;
      expect({ term, units: groups.length }).toEqual({ term, units: 1 });
      const sent = meilisearchQuery(term).q.trim();
      const meilisearch = new Set([sent, ...(synonyms[sent] ?? [])]);
      expect({ term, matched: meilisearch }).toEqual({ term, matched: forms(groups[0]) });
    }
  });

  it('has no key of a run PostgreSQL does not expand ("trafikimi njerez" is two words, not a term)', () => {
    expect(synonyms['trafikimi njerez']).toBeUndefined();
    expect(
      Object.keys(synonyms)
        .filter((k) => k.includes(' '))
        .sort(),
    ).toEqual([...new Set(SYNONYM_GROUPS.map((g) => g[0]).filter((head) => head.includes(' ')))].sort());
  });

  it('stays within what Meilisearch uses of a synonym list: 50 phrases, 100 words, keys of 3 words at most', () => {
    // crates/milli/src/search/new/limits.rs (MAX_SYNONYM_PHRASE_COUNT, MAX_SYNONYM_WORD_COUNT); keys are looked up
    // for runs of one to three words (query_graph.rs). A longer list would be cut silently.
    for (const [key, values] of Object.entries(synonyms)) {
      expect({ key, phrases: values.length <= 50 }).toEqual({ key, phrases: true });
      expect({ key, words: values.join(' ').split(' ').length <= 100 }).toEqual({ key, words: true });
      expect({ key, keyWords: key.split(' ').length <= 3 }).toEqual({ key, keyWords: true });
    }
  });

  it('leaves particles out of multi-word synonyms ("i mitur" is "mitur")', () => {
    expect(synonyms.child).toEqual(expect.arrayContaining(['mitur', 'dete']));
    expect(synonyms.child).not.toContain('i mitur');
    expect(synonyms.trafficking).toEqual(expect.arrayContaining(['trgovina ljudima', 'trafikimi njerez']));
  });
});

describe('typoMatches: Meilisearch’s typo rule, for highlights', () => {
  it.each([
    ['trafiking', 'trafficking', true], // 9 letters: two typos
    ['exploitatoin', 'exploitation', true], // a transposition is one typo
    ['trgovna', 'trgovina', true], // 7 letters: one typo
    ['trgvna', 'trgovina', false], // two typos in a 6-letter word
    ['xrafficking', 'trafficking', true], // a first letter changed counts as two: allowed from 9 letters
    ['xrgovina', 'trgovina', false], // ... and not below
    ['sudu', 'sud', false], // under 5 letters: exact only
    ['12345', '12346', false], // no typo in numbers (disableOnNumbers)
    ['trafficking', 'trafficking', false], // the word itself is not a typo
  ])('%s → %s: %s', (query, word, expected) => {
    expect(typoMatches(query, word)).toBe(expected);
  });
});

describe('highlightText: highlights made in the service from folded text (item 3)', () => {
  const groupsOf = (query: string) => meilisearchQuery(query).groups!;

  it('marks Serbian Cyrillic words from a Latin query', () => {
    expect(highlightText(groupsOf('trgovina ljudima'), 'Оптужени је осуђен за трговина људима.')).toBe(
      'Оптужени је осуђен за <mark>трговина</mark> <mark>људима</mark>',
    );
  });

  it('marks "đ" from "dj", in Latin and in Cyrillic', () => {
    expect(highlightText(groupsOf('djakovica'), 'Osnovni sud u Đakovici i Ђаковица')).toBe(
      'Osnovni sud u <mark>Đakovici</mark> i <mark>Ђаковица</mark>',
    );
  });

  it('marks synonyms, words within Meilisearch’s typos, and the last word as a prefix', () => {
    expect(highlightText(groupsOf('trafficking'), 'za trgovina ljudima')).toBe(
      'za <mark>trgovina</mark> <mark>ljudima</mark>',
    );
    expect(highlightText(groupsOf('trafiking'), 'the trafficking count')).toBe(
      'the <mark>trafficking</mark> count',
    );
    expect(highlightText(groupsOf('count traf'), 'the trafficking count')).toBe(
      'the <mark>trafficking</mark> <mark>count</mark>',
    );
  });

  it('does not mark a number as a prefix, nor a number within a typo', () => {
    expect(highlightText(groupsOf('reg 2001 4 2'), 'section 20 of 2001/4')).toBe(
      'section 20 of <mark>2001</mark>/<mark>4</mark>',
    );
    expect(highlightText(groupsOf('12346'), 'case 12345')).toBeNull();
  });

  it('is null when the text holds no match', () => {
    expect(highlightText(groupsOf('zyxqv'), 'Трговина људима')).toBeNull();
  });
});
