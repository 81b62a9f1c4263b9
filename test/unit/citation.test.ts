import fc from 'fast-check';

import aliases from '../../seeds/law/citation-aliases.json';
import {
  buildCitationCatalogue,
  CitationError,
  formatCitation,
  parseCitation,
  type CitationCatalogue,
} from '../../src/law/citation';

const catalogue = buildCitationCatalogue(aliases);

const SFRY_CC = 'sfry-cc/1976';
const SRS_CC = 'srs-cc/1977';
const LPPO = 'kos-lppo';
const REG_2001_4 = 'unmik-reg/2001/4';
const PCCK = 'unmik-reg/2003/25';
const CCK_2012 = 'ks-law/04-L-082';
const CC_2019 = 'ks-law/06-L-074';
const TRAFFICKING_LAW = 'ks-law/04-L-218';
const BOTH_CODES = [CCK_2012, CC_2019];

function parseError(input: string): CitationError {
  try {
    parseCitation(input, catalogue);
  } catch (error) {
    if (error instanceof CitationError) return error;
    throw error;
  }
  throw new Error(`expected "${input}" to be rejected`);
}

describe('parseCitation', () => {
  it.each<[string, string[], string]>([
    // The forms the seeds and the import files use.
    ['UNMIK Reg 2001/4 s 2', [REG_2001_4], '2'],
    ['UNMIK Reg 2001/4 s 1', [REG_2001_4], '1'],
    ['PCCK Art. 139', [PCCK], '139'],
    ['PCCK Art. 138', [PCCK], '138'],
    ['CCK Art. 171', [CCK_2012], '171'],
    ['CCK Art. 231', [CCK_2012], '231'],
    ['CC 06/L-074 Art. 165', [CC_2019], '165'],
    ['SFRY CC Art. 155', [SFRY_CC], '155'],
    ['KZ SRS Art. 251', [SRS_CC], '251'],
    ['LPPO Art. 18(8)', [LPPO], '18.8'],
    ['neni 171 KPRK', BOTH_CODES, '171'],
    ['čl. 171 KZRK', BOTH_CODES, '171'],
    ['Article 171 of Criminal Code No. 04/L-082', [CCK_2012], '171'],
    // English.
    ['CCK Art. 171(1)', [CCK_2012], '171.1'],
    ['CCK art. 171 (1)', [CCK_2012], '171.1'],
    ['Art. 171.1 CCK', [CCK_2012], '171.1'],
    ['Article 171(1)(a) CCK', [CCK_2012], '171.1.a'],
    ['Art. 139 PCCK', [PCCK], '139'],
    ['PCCK 139', [PCCK], '139'],
    ['pcck 139(2)', [PCCK], '139.2'],
    ['PCCK, Art 139 ¶ 1', [PCCK], '139.1'],
    ['UNMIK Reg 2001/4 s 2.1', [REG_2001_4], '2.1'],
    ['UNMIK/REG/2001/4 section 1.1(a)', [REG_2001_4], '1.1.a'],
    ['Regulation 2001/4 section 2', [REG_2001_4], '2'],
    ['UNMIK Regulation No. 2001/4, Section 3', [REG_2001_4], '3'],
    ['Reg. 2001/04 § 2', [REG_2001_4], '2'],
    ['section 2 of Regulation 2001/4', [REG_2001_4], '2'],
    ['Criminal Code No. 06/L-074, Article 165, paragraph 2', [CC_2019], '165.2'],
    ['CCRK Art. 165', [CC_2019], '165'],
    ['CCRK 2012 Art. 171', [CCK_2012], '171'],
    ['Criminal Code 2019 art 165 para 1', [CC_2019], '165.1'],
    ['Art. 165(1) of the Criminal Code of the Republic of Kosovo', BOTH_CODES, '165.1'],
    ['SFRY Criminal Code Article 155(2)', [SFRY_CC], '155.2'],
    ['Yugoslav Criminal Code art. 251', [SFRY_CC], '251'],
    ['Law on Public Peace and Order Art. 18 para 8', [LPPO], '18.8'],
    ['Provisional Criminal Code of Kosovo, Article 139(1)', [PCCK], '139.1'],
    ['Law No. 04/L-218 Art. 6', [TRAFFICKING_LAW], '6'],
    ['Art. 171', [], '171'],
    // Odd spacing and case.
    ['  cck   ART.171( 1 )  ', [CCK_2012], '171.1'],
    ['CCK Art.171(1)(A)', [CCK_2012], '171.1.a'],
    ['kz srs ČL.251', [SRS_CC], '251'],
    ['pCcK aRt 0139', [PCCK], '139'],
    // Albanian.
    ['neni 171 paragrafi 1 KPRK', BOTH_CODES, '171.1'],
    ['paragrafi 1 i nenit 171 të KPRK-së', BOTH_CODES, '171.1'],
    ['Neni 139 paragrafi 1 pika 2 KPPK', [PCCK], '139.1.2'],
    ['neni 171 i Kodit Penal nr. 04/L-082', [CCK_2012], '171'],
    ['nenit 171 të Kodit Penal të Republikës së Kosovës', BOTH_CODES, '171'],
    ['Kodi Penal i Republikës së Kosovës neni 165', BOTH_CODES, '165'],
    ['Kodi Penal i Republikes se Kosoves, neni 165', BOTH_CODES, '165'],
    ['Kodi i Përkohshëm Penal i Kosovës, neni 139', [PCCK], '139'],
    ['Rregullorja 2001/4 neni 2', [REG_2001_4], '2'],
    ['nenit 165 KPRK 2019', [CC_2019], '165'],
    ['Kodi Penal i RSFJ neni 155', [SFRY_CC], '155'],
    ['Ligji për rendin dhe qetësinë publike neni 18 par. 8', [LPPO], '18.8'],
    // Serbian Latin, with and without diacritics.
    ['čl. 171 st. 1 KZRK', BOTH_CODES, '171.1'],
    ['cl. 171 st. 1 KZRK', BOTH_CODES, '171.1'],
    ['član 171 stav 1 tačka 2 KZRK', BOTH_CODES, '171.1.2'],
    ['clan 171 stav 1 tacka 2 KZRK 2012', [CCK_2012], '171.1.2'],
    ['KZ SRS čl. 251', [SRS_CC], '251'],
    ['KZ SFRJ član 155', [SFRY_CC], '155'],
    ['Krivični zakon SFRJ, čl. 155 st. 2', [SFRY_CC], '155.2'],
    ['ZJRM čl. 18 st. 8', [LPPO], '18.8'],
    ['Zakon o javnom redu i miru, član 18 tačka 8', [LPPO], '18.8'],
    ['PKZK član 139', [PCCK], '139'],
    ['Privremeni krivični zakon Kosova čl. 139', [PCCK], '139'],
    ['članak 165 KZRK 2019', [CC_2019], '165'],
    ['čl. 171 Krivičnog zakonika Republike Kosovo', BOTH_CODES, '171'],
    ['Uredba UNMIK-a 2001/4 član 2', [REG_2001_4], '2'],
    ['Krivicni zakonik Republike Kosovo cl 171', BOTH_CODES, '171'],
    // Serbian Cyrillic.
    ['члан 171 КЗРК', BOTH_CODES, '171'],
    ['чл. 171 ст. 1 КЗРК', BOTH_CODES, '171.1'],
    ['КЗ СРС чл. 251', [SRS_CC], '251'],
    ['Кривични закон СФРЈ члан 155', [SFRY_CC], '155'],
    ['Уредба 2001/4 члан 2', [REG_2001_4], '2'],
    ['ПКЗК члан 139 став 1', [PCCK], '139.1'],
    ['Закон о јавном реду и миру члан 18 тачка 8', [LPPO], '18.8'],
  ])('%j', (input, instrumentIds, number) => {
    expect(parseCitation(input, catalogue)).toMatchObject({ input, instrumentIds, number });
  });

  it('keeps the dotted number of a regulation section in the label', () => {
    expect(parseCitation('UNMIK Reg 2001/4 s 2.1', catalogue).label).toBe('s. 2.1');
    expect(parseCitation('section 1.1(a) UNMIK/REG/2001/4', catalogue).label).toBe('s. 1.1(a)');
    expect(parseCitation('Reg 2001/4 § 2', catalogue).label).toBe('s. 2');
  });

  it('writes article paragraphs in parentheses in the label', () => {
    expect(parseCitation('CCK Art. 171(1)', catalogue).label).toBe('Art. 171(1)');
    expect(parseCitation('neni 171 paragrafi 1 pika a KPRK', catalogue).label).toBe('Art. 171(1)(a)');
    expect(parseCitation('PCCK 139', catalogue).label).toBe('Art. 139');
  });

  it('does not read the regulation or law number as the article number', () => {
    expect(parseCitation('Regulation 2001/4 s 3', catalogue).number).toBe('3');
    expect(parseCitation('Criminal Code No. 04/L-082 Art. 171', catalogue).number).toBe('171');
    expect(parseCitation('04/L-082 171', catalogue).number).toBe('171');
  });

  it('prefers the longest name: "PCCK" is not "CCK", and "CC 06/L-074" is not a bare "CC"', () => {
    expect(parseCitation('PCCK 139', catalogue).instrumentIds).toEqual([PCCK]);
    expect(parseCitation('CC 06/L-074 Art. 165', catalogue).instrumentIds).toEqual([CC_2019]);
    expect(parseCitation('CCRK 2012 art 171', catalogue).instrumentIds).toEqual([CCK_2012]);
  });

  it('narrows a name shared by two codes when the citation also gives the law number', () => {
    expect(parseCitation('KPRK 04/L-082 neni 171', catalogue).instrumentIds).toEqual([CCK_2012]);
    expect(parseCitation('neni 165 KPRK (06/L-074)', catalogue).instrumentIds).toEqual([CC_2019]);
  });

  it('keeps the input as given', () => {
    expect(parseCitation('  CCK Art. 171 ', catalogue).input).toBe('  CCK Art. 171 ');
  });

  it('works with any catalogue, not only the seeded one', () => {
    const small: CitationCatalogue = { instruments: [{ id: 'x/1', aliases: ['Test Act', 'TA'] }] };
    expect(parseCitation('TA art 3(2)', small)).toEqual({
      input: 'TA art 3(2)',
      instrumentIds: ['x/1'],
      number: '3.2',
      label: 'Art. 3(2)',
    });
    expect(() => parseCitation('CCK Art. 171', small)).toThrow('"CCK" does not name a known instrument');
  });

  describe('errors', () => {
    it.each<[string, RegExp]>([
      ['', /empty/],
      ['   \t ', /empty/],
      ['CCK', /Could not find an article or section number in "CCK"/],
      ['CCK Art.', /Could not find an article or section number in "CCK Art\."/],
      ['paragrafi 1 KPRK', /Could not find an article or section number/],
      ['XYZ', /"XYZ" does not name a known instrument/],
      ['XYZ Art. 171', /"XYZ" does not name a known instrument/],
      ['Art. 171 of the Albanian Criminal Code', /"Albanian Criminal Code" does not name a known instrument/],
      ['UNMIK Reg 2001/5 s 2', /"UNMIK Reg 2001\/5" does not name a known instrument/],
      ['CCK Art. 171 PCCK', /names more than one instrument \("CCK", "PCCK"\)/],
      ['CCK Art. 171 and 172', /cites more than one provision \("171", "172"\)/],
      ['čl. 171 i 172 KZRK', /cites more than one provision/],
      ['Art. 171 (2012)', /cites more than one provision \("171", "2012"\)/],
      ['!!! ???', /Could not find an article or section number in "!!! \?\?\?"/],
      ['<script>alert(1)</script>', /"script>alert" does not name a known instrument/],
      ['x'.repeat(301), /too long/],
    ])('%j', (input, message) => {
      const error = parseError(input);
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.message).toMatch(message);
    });

    it('is an Error with the BAD_USER_INPUT code', () => {
      const error = parseError('XYZ');
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('CitationError');
    });
  });

  it('never throws anything but a CitationError, and always returns a dotted number', () => {
    const citationLike = fc.array(
      fc.oneof(
        fc.constantFrom(
          'CCK',
          'PCCK',
          'KPRK',
          'Art.',
          'neni',
          'čl.',
          'st.',
          's',
          '§',
          '(',
          ')',
          '/',
          '.',
          '-',
          'члан',
        ),
        fc.constantFrom('2001/4', '04/L-082', 'Reg', 'UNMIK', 'i', 'e', 'a', 'of'),
        fc.nat(300).map(String),
        fc.string({ unit: 'binary', maxLength: 8 }),
      ),
      { maxLength: 8 },
    );
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      citationLike.map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(input, (text) => {
        try {
          const parsed = parseCitation(text, catalogue);
          expect(parsed.number).toMatch(/^[0-9a-z]+(?:\.[0-9a-z]+)*$/);
        } catch (error) {
          expect(error).toBeInstanceOf(CitationError);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatCitation', () => {
  it.each<[string | null, string, 'ARTICLE' | 'SECTION', string]>([
    ['CCK', '171.1', 'ARTICLE', 'CCK Art. 171(1)'],
    [null, '171.1.a', 'ARTICLE', 'Art. 171(1)(a)'],
    ['PCCK', '139', 'ARTICLE', 'PCCK Art. 139'],
    ['UNMIK Reg 2001/4', '2.1', 'SECTION', 'UNMIK Reg 2001/4 s. 2.1'],
    [null, '1.1.a', 'SECTION', 's. 1.1(a)'],
  ])('%j %j %j → %j', (instrument, number, unit, label) => {
    expect(formatCitation(instrument, number, unit)).toBe(label);
  });
});
