/**
 * Every name form of the audit in issue 15 (protected names "Ardita Krasniqi" and "Марија Петровић"), the ones that
 * came back verbatim and the ones that were already redacted, plus property tests that generate disguised variants.
 */
import fc from 'fast-check';

import { containsProtectedName, REDACTED, redact, Redactor } from '../../src/privacy/redact';
import { foldText } from '../../src/shared/fold';

const R = REDACTED;
const NAMES = ['Ardita Krasniqi', 'Марија Петровић'];
const ZW = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];

/** [form, what the text around it is redacted to]: each row wraps the form in ordinary words. */
const FORMS: readonly (readonly [form: string, why: string])[] = [
  // forms that already passed
  ['Ardita Krasniqi', 'the name'],
  ['Krasniqi Ardita', 'reversed'],
  ['Ardita', 'given name'],
  ['Krasniqi', 'surname'],
  ['ARDITA KRASNIQI', 'upper case'],
  ['Marija Petrović', 'Serbian Latin'],
  ['Марија Петровић', 'Serbian Cyrillic'],
  ['Marija Petrovic', 'without diacritics'],
  ['Petrović', 'surname'],
  ['Петровић', 'Cyrillic surname'],
  ['Arditës', 'Albanian genitive'],
  ['Arditën', 'Albanian accusative'],
  ['Krasniqit', 'Albanian genitive'],
  ['Krasniqin', 'Albanian accusative'],
  ['Marije', 'Serbian genitive'],
  ['Mariji', 'Serbian dative'],
  ['Marijom', 'Serbian instrumental'],
  ['Petrovića', 'Serbian genitive'],
  ['Петровићу', 'Cyrillic dative'],
  ['A. Krasniqi', 'initial and surname'],
  ['A.Krasniqi', 'initial glued'],
  ['M. Petrović', 'initial and surname'],
  ['М. Петровић', 'Cyrillic initial'],
  ['Krasniçi', 'ç for q'],
  ['Krasnići', 'Serbian spelling'],
  ['Краснићи', 'Cyrillic spelling'],
  ['Petrovich', 'English transliteration'],
  ['ardita.krasniqi@example.com', 'address with a dot'],
  ['Ardita\nKrasniqi', 'line break'],
  ['Ardita-Krasniqi', 'hyphenated'],
  // misspellings and other transliterations
  ['Ardita Krasniqe', 'misspelled'],
  ['Ardita Krasnichi', 'ch for q'],
  ['Ардита Красники', 'Cyrillic with k for q'],
  ['Marija Petrovitch', 'tch for ć'],
  ['Marija Petrovikj', 'kj for ć'],
  ['Maria Petrovic', 'Maria for Marija'],
  ['Mariya Petrovich', 'y for j'],
  ['Krasniqui', 'one letter more'],
  ['Petorvić', 'two letters swapped'],
  // initials
  ['A.K.', 'initials'],
  ['A. K.', 'spaced initials'],
  ['M.P.', 'initials'],
  ['М.П.', 'Cyrillic initials'],
  ['K.A.', 'reversed initials'],
  ['Ardita K.', 'given name and initial'],
  ['Marija P.', 'given name and initial'],
  // endings
  ['Arditas', 'with -s'],
  ['Marijina', 'Serbian possessive'],
  ['Marijinog', 'Serbian possessive'],
  ['Petrovićeva', 'Serbian possessive'],
  ['Петровићевог', 'Cyrillic possessive'],
  // split words
  ['Ardi-\nta Kras-\nniqi', 'hyphenated line breaks'],
  ['Мари-\nја Петро-\nвић', 'Cyrillic hyphenated line breaks'],
  ['Ar\u00ADdita', 'soft hyphen'],
  ['Kras\u00AD\nniqi', 'soft hyphen at a line end'],
  ['Ardi ta', 'a space inside'],
  // joined and encoded
  ['?v=ArditaKrasniqi', 'joined in a query string'],
  ['arditakrasniqi@example.com', 'joined address'],
  ['akrasniqi@example.com', 'initial and surname address'],
  ['marijapetrovic@example.rs', 'joined address'],
  ['petrovicmarija', 'joined, reversed'],
  ['Ardit%C3%ABs', 'percent-encoded ë'],
  ['%D0%9C%D0%B0%D1%80%D0%B8%D1%98%D0%B0', 'percent-encoded Cyrillic'],
  ['Ardit&#235;s', 'character reference'],
  ['https://news.example/ardita-krasniqi-marija-petrovic', 'URL slug'],
  ['https://news.example/?q=Ardita%20Krasniqi', 'URL query'],
  // invisible characters
  ...ZW.map((zw) => [`Ard${zw}ita`, `U+${zw.charCodeAt(0).toString(16).toUpperCase()} inside`] as const),
  [`Kra${ZW.join('')}sniqi`, 'several invisible characters'],
  // look-alike letters and styles
  ['Ard\u0456ta', 'Cyrillic і'],
  ['Kra\u0455niqi', 'Cyrillic ѕ'],
  ['\u0410rdita', 'Cyrillic А'],
  ['\u0420etrović', 'Cyrillic Р in a Latin word'],
  ['\u0391rdita', 'Greek Alpha'],
  ['Kr\u03b1sniqi', 'Greek alpha'],
  ['Ard\u0131ta', 'dotless ı'],
  ['\uFF21\uFF52\uFF44\uFF49\uFF54\uFF41', 'fullwidth'],
  ['\u{1D400}\u{1D42B}\u{1D41D}\u{1D422}\u{1D42D}\u{1D41A}', 'mathematical bold'],
  ['\u{1D4D0}\u{1D4FB}\u{1D4ED}\u{1D4F2}\u{1D4FD}\u{1D4EA}', 'mathematical script'],
  ['A r d i t a', 'letter-spaced'],
  ['K r a s n i q i', 'letter-spaced'],
  ['A.r.d.i.t.a', 'spaced with dots'],
  ['A r d i t a K r a s n i q i', 'letter-spaced, joined'],
];

const leftBehind = (redacted: string) =>
  /ardit|krasni|marij|petrovi|петров|мариј|%d0|&#235/i.test(foldText(redacted));

describe('issue 15: every audited name form is redacted', () => {
  it.each(FORMS.map(([form, why]) => [why, form]))('%s: %j', (_why, form) => {
    const text = `Gjykata dëgjoi ${form} dhe ${form}, pastaj vendosi.`;
    const redacted = redact(text, NAMES);
    expect(leftBehind(redacted)).toBe(false);
    expect(containsProtectedName(redacted, NAMES)).toBe(false);
    // Only the form goes: the words around it are kept as written.
    expect(redacted.startsWith('Gjykata dëgjoi ')).toBe(true);
    expect(redacted.endsWith(', pastaj vendosi.')).toBe(true);
    expect(redacted).toContain(' dhe ');
  });

  it('keeps the rest of a URL and an address as written', () => {
    expect(redact('https://news.example/?v=ArditaKrasniqi&lang=sq', NAMES)).toBe(
      `https://news.example/?v=${R}&lang=sq`,
    );
    expect(redact('write to akrasniqi@example.com today', NAMES)).toBe(`write to ${R}@example.com today`);
    expect(redact('M.P. and A.K. were heard', NAMES)).toBe(`${R} and ${R} were heard`);
    expect(redact('svedočila je Марија П., a zatim', NAMES)).toBe(`svedočila je ${R}, a zatim`);
  });

  it('says how each redaction was found, for the editors’ preview', () => {
    const redactor = new Redactor(NAMES);
    const kinds = (text: string) => redactor.spans(text).map((s) => [text.slice(s.start, s.end), s.kind]);
    expect(kinds('Ardita and Krasniqe')).toEqual([
      ['Ardita', 'NAME'],
      ['Krasniqe', 'NEAR_SPELLING'],
    ]);
    expect(kinds('A.K. and ArditaKrasniqi')).toEqual([
      ['A.K.', 'INITIALS'],
      ['ArditaKrasniqi', 'JOINED'],
    ]);
    expect(kinds('Kras-\nniqi, A r d i t a')).toEqual([
      ['Kras-\nniqi', 'SPLIT_WORD'],
      ['A r d i t a', 'SPACED_LETTERS'],
    ]);
    expect(redactor.spans('Marija').map((s) => s.names)).toEqual([[1]]);
  });
});

/** Ordinary legal text in the three languages, with no name in it: nothing of it may be taken. */
const ORDINARY = [
  'Gjykata Themelore në Prishtinë, Departamenti për Krime të Rënda, me gjyqtarin e vetëm gjykues, në çështjen ' +
    'penale kundër të akuzuarit B.K., për shkak të veprës penale trafikimi me njerëz nga neni 171 paragrafi 1 i ' +
    'Kodit Penal të Republikës së Kosovës, pas mbajtjes së shqyrtimit kryesor publik, më 12 mars 2016 mori këtë ' +
    'aktgjykim: i akuzuari shpallet fajtor dhe dënohet me burgim në kohëzgjatje prej tre vjetësh. E dëmtuara ' +
    'u rekrutua me premtime të rreme për punë në kafene dhe u detyrua të ofrojë shërbime seksuale. Arsyetimi: ' +
    'gjykata vlerësoi dëshminë e të dëmtuarës si të besueshme, ndërsa rrethanat lehtësuese nuk u gjetën.',
  'Osnovni sud u Prištini, Odeljenje za teška krivična dela, sudija pojedinac, u krivičnom predmetu protiv ' +
    'optuženog B.K. zbog krivičnog dela trgovina ljudima iz člana 171 stav 1 Krivičnog zakonika Republike ' +
    'Kosova, nakon održanog glavnog javnog pretresa, dana 12. marta 2016. godine doneo je presudu: optuženi je ' +
    'kriv i osuđuje se na kaznu zatvora u trajanju od tri godine. Oštećena je vrbovana lažnim obećanjima o poslu ' +
    'u kafiću i prisiljena na pružanje seksualnih usluga. Образложење: суд је оценио исказ оштећене као ' +
    'веродостојан, а олакшавајуће околности нису утврђене.',
  'The Basic Court of Pristina, Serious Crimes Department, single trial judge, in the criminal case against ' +
    'the accused B.K. for trafficking in persons under Article 171 paragraph 1 of the Criminal Code of the ' +
    'Republic of Kosovo, after the main public hearing held on 12 March 2016, rendered this judgment: the ' +
    'accused is found guilty and sentenced to three years of imprisonment. The injured party was recruited ' +
    'with false promises of work in a café and forced to provide sexual services. The court found her ' +
    'testimony credible and did not find any mitigating circumstances.',
].join('\n\n');

const COMMON_NAMES = [
  'Ardita Krasniqi',
  'Марија Петровић',
  'Arta Gashi',
  'Besa Berisha',
  'Jovana Jovanović',
  'Ana Nikolić',
  'Elira Hoxha',
  'Milica Stojanović',
  'Drita Morina',
  'Vesna Ilić',
  'Shqipe Rexhepi',
  'Dragana Marković',
];

describe('redact: ordinary text around the names stays', () => {
  it.each(COMMON_NAMES.map((n) => [n]))('takes nothing of a decision in sq, sr and en for %j', (name) => {
    expect(redact(ORDINARY, [name])).toBe(ORDINARY);
  });

  it('takes only the names from a decision that names them', () => {
    const named = ORDINARY.replace('E dëmtuara', 'E dëmtuara Ardita Krasniqi')
      .replace('Oštećena je', 'Oštećena Marija Petrović je')
      .replace('The injured party', 'The injured party, Ms Krasniqe,');
    const redacted = redact(named, NAMES);
    expect(redacted).toBe(
      ORDINARY.replace('E dëmtuara', `E dëmtuara ${R}`)
        .replace('Oštećena je', `Oštećena ${R} je`)
        .replace('The injured party', `The injured party, Ms ${R},`),
    );
  });
});

// ---- Generated variants -----------------------------------------------------------------------------------

type Disguise = { name: string; apply: (word: string, at: number) => string };

/** How the letters of a name word may be written: other scripts' look-alikes, other styles, a typo. */
const letterDisguises: readonly Disguise[] = [
  { name: 'as written', apply: (w) => w },
  {
    name: 'fullwidth',
    apply: (w) =>
      Array.from(w, (c) => (/[a-zA-Z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join(''),
  },
  {
    name: 'look-alike',
    apply: (w) => w.replace(/a/g, '\u0430').replace(/i/g, '\u0456').replace(/s/g, '\u0455'),
  },
  { name: 'Greek look-alike', apply: (w) => w.replace(/A/g, '\u0391').replace(/o/g, '\u03bf') },
  { name: 'upper case', apply: (w) => w.toUpperCase() },
  { name: 'one letter doubled', apply: (w, at) => w.slice(0, at + 1) + w.charAt(at) + w.slice(at + 1) },
];

/** What may come between them: invisible characters, hyphens, encodings, spacing. */
const breakDisguises: readonly Disguise[] = [
  { name: 'none', apply: (w) => w },
  { name: 'invisible character', apply: (w, at) => w.slice(0, at) + ZW[at % ZW.length] + w.slice(at) },
  { name: 'soft hyphen', apply: (w, at) => `${w.slice(0, at)}\u00AD${w.slice(at)}` },
  {
    name: 'line-end hyphen',
    apply: (w, at) => `${w.slice(0, Math.max(at, 2))}-\n${w.slice(Math.max(at, 2))}`,
  },
  {
    name: 'percent-encoded letter',
    apply: (w, at) => {
      const c = String.fromCodePoint(w.codePointAt(at)!);
      const encoded = c.charCodeAt(0) < 0x80 ? `%${c.charCodeAt(0).toString(16)}` : encodeURIComponent(c);
      return w.slice(0, at) + encoded + w.slice(at + c.length);
    },
  },
  { name: 'letter-spaced', apply: (w) => Array.from(w).join(' ') },
];

const WORDS = [
  'Ardita',
  'Krasniqi',
  'Krasniqit',
  'Arditën',
  'Marija',
  'Petrović',
  'Petrovića',
  'Марија',
  'Петровић',
];

describe('redact: generated disguises of the name words', () => {
  it('leaves no disguised name word, alone or in a sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS),
        fc.constantFrom(...letterDisguises),
        fc.constantFrom(...breakDisguises),
        fc.nat(),
        fc.constantFrom('', 'Dëshmoi ', 'Svedočila je ', 'The witness '),
        (word, letters, breaks, seed, before) => {
          const at = 1 + (seed % (word.length - 2));
          const disguised = breaks.apply(letters.apply(word, at), at);
          const text = `${before}${disguised}, then left.`;
          const redacted = redact(text, NAMES);
          expect({ text, redacted: containsProtectedName(text, NAMES) }).toEqual({ text, redacted: true });
          expect(redacted).toBe(`${before}${R}, then left.`);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
