import {
  citationForms,
  decisionDocument,
  provisionDocument,
  type DecisionSource,
  type ProvisionSource,
} from '../../src/search/documents';
import {
  buildTsQuery,
  editDistance,
  indexText,
  typosAllowed,
  wordsOf,
} from '../../src/search/query-language';
import { synonymsOf } from '../../src/search/synonyms';

const cck171: ProvisionSource = {
  id: '11111111-1111-4111-8111-111111111111',
  number: '171',
  instrument: { id: 'ks-law/04-L-082', kind: 'CODE', shortName: 'CCK', citationAliases: ['KPRK', 'KZRK'] },
  heading: { sq: 'Trafikimi me njerëz', sr: 'Trgovina ljudima', en: 'Trafficking in persons' },
  latest: { validFrom: '2013-01-01', sq: null, sr: null, en: null },
};

const decision: DecisionSource = {
  id: '22222222-2222-4222-8222-222222222222',
  caseNumber: 'P 309/10',
  court: {
    id: '33333333-3333-4333-8333-333333333333',
    nameEn: 'Basic Court of Pristina',
    nameSq: 'Gjykata Themelore në Prishtinë',
    nameSr: 'Osnovni sud u Prištini',
  },
  decisionDate: '2013-04-29',
  summary: 'Seven defendants convicted.',
  redactedText: 'The injured party [REDACTED] testified.',
  provenance: 'REPORTED',
  language: 'en',
  citations: ['CCK Art. 171'],
  findingStatuses: ['BELOW_MINIMUM', 'COMPLIANT', 'BELOW_MINIMUM'],
};

describe('search documents', () => {
  it('builds a provision document with its citation forms in the three languages', () => {
    const doc = provisionDocument(cck171);
    expect(doc).toMatchObject({
      id: `provision-${cck171.id}`,
      kind: 'PROVISION',
      title: 'CCK Art. 171 — Trafficking in persons',
      summary: 'Trafikimi me njerëz · Trgovina ljudima · Trafficking in persons',
      instrumentId: 'ks-law/04-L-082',
      year: null,
    });
    expect(citationForms(cck171)).toEqual(
      expect.arrayContaining(['CCK Art. 171', 'neni 171 KPRK', 'čl. 171 KZRK']),
    );
  });

  it('builds a decision document from public fields only, with distinct finding statuses', () => {
    const doc = decisionDocument(decision);
    expect(Object.keys(doc).sort()).toEqual(
      [
        'body',
        'citations',
        'courtId',
        'courtName',
        'date',
        'entityId',
        'findingStatuses',
        'id',
        'instrumentId',
        'kind',
        'language',
        'provenance',
        'summary',
        'title',
        'year',
      ].sort(),
    );
    expect(doc).toMatchObject({
      id: `decision-${decision.id}`,
      title: 'P 309/10 — Basic Court of Pristina',
      citations: ['P 309/10', 'CCK Art. 171'],
      body: 'The injured party [REDACTED] testified.',
      year: 2013,
      findingStatuses: ['BELOW_MINIMUM', 'COMPLIANT'],
    });
  });
});

describe('PostgreSQL query building', () => {
  it('folds words, keeping letters and digits only', () => {
    expect(wordsOf('ТРГОВИНА људима, neni 171(1) — "Prishtinë"')).toEqual([
      'trgovina',
      'ljudima',
      'neni',
      '171',
      '1',
      'prishtine',
    ]);
    expect(wordsOf("'); DROP TABLE x; --")).toEqual(['drop', 'table', 'x']);
  });

  it('counts typos as Meilisearch does: one from five letters, two from nine; a transposition is one', () => {
    expect(editDistance('trafiking', 'trafficking')).toBe(2);
    expect(editDistance('exploitatoin', 'exploitation')).toBe(1);
    expect(editDistance('abc', 'abcdef')).toBe(3);
    expect([typosAllowed('neni'), typosAllowed('prison'), typosAllowed('trafiking')]).toEqual([0, 1, 2]);
  });

  it('requires every word, through itself, a correction or a synonym, and matches the last word as a prefix', () => {
    const query = buildTsQuery(['trafiking', 'femije'], new Map([['trafiking', ['trafficking']]]));
    expect(query).toBe(
      '(trafiking | trafficking) & (femije:* | child | children | minor | femija | femijes | mitur | dete | deteta | deca | maloletnik | maloletna | maloletnika)',
    );
    expect(buildTsQuery([], new Map())).toBeNull();
    // No prefix for a number: "2" names a section, not every year from 2001. Particles are left out when a
    // query has other words, and kept when it has none.
    expect(buildTsQuery(['reg', '2001', '4', 's', '2'], new Map())).toBe('(reg) & (2001) & (4) & (2)');
    expect(buildTsQuery(['e', 'sudu'], new Map())).toBe(
      '(sudu:* | court | gjykata | gjykates | gjykaten | sud | suda)',
    );
    expect(buildTsQuery(['i', 'e'], new Map())).toBe('(i) & (e)');
    expect(buildTsQuery(['reg', 'kpr'], new Map())).toBe('(reg) & (kpr:*)');
  });

  it('takes words that spell a multi-word synonym as one group, matched through any term of it', () => {
    const trafficking = buildTsQuery(wordsOf('trafikim me qenie njerëzore'), new Map())!;
    expect(trafficking).not.toContain(') & (');
    expect(trafficking).toMatch(/^\(trafficking \| trafikim \| .*\(trgovina & ljudskim & bicima\)/);
    expect(buildTsQuery(wordsOf('trgovina ljudskim bićima'), new Map())).toBe(trafficking);
    expect(buildTsQuery(wordsOf('трговина људским бићима'), new Map())).toBe(trafficking);
    // The phrase is one unit among the query's other words; the last of them is still a prefix.
    expect(buildTsQuery(wordsOf('i dëmtuari femije'), new Map())).toMatch(
      /^\(victim \| .* \| demtuari\) & \(femije:\* \| child \|/,
    );
  });

  it('splits a text for the index exactly as it splits a query, keeping its length', () => {
    const text = 'Pml.Kzz 92/2016, SYN-P-2016-009 (Đorđević)';
    expect(indexText(text)).toHaveLength(text.length + 2);
    expect(indexText(text).split(/\s+/).filter(Boolean)).toEqual(wordsOf(text));
  });

  // Meilisearch's synonyms setting is generated from the same expansion: test/unit/meilisearch.query.test.ts.
  it('expands a term both ways, and nothing for a word in no group', () => {
    expect(synonymsOf('trafficking')).toEqual(expect.arrayContaining(['trafikim', 'trgovina ljudima']));
    expect(synonymsOf('trgovina ljudima')).toContain('trafficking');
    expect(synonymsOf('nonexistent')).toEqual([]);
  });
});
