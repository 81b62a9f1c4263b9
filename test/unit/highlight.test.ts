import fc from 'fast-check';

import { highlight, type HighlightGroup } from '../../src/search/highlight';
import { foldText } from '../../src/shared/fold';

const exact = (...terms: string[]): HighlightGroup => ({ exact: terms, prefixes: [] });
const prefix = (...terms: string[]): HighlightGroup => ({ exact: [], prefixes: terms });

/** Words w0 … w(n-1), with some replaced: a text whose word indexes are easy to reason about. */
const wordsWith = (n: number, at: Record<number, string>) =>
  Array.from({ length: n }, (_, i) => at[i] ?? `w${i}`);

/** The expected fragment of `words[from, to)`, marking the words in `marked`. */
const expected = (words: string[], from: number, to: number, marked: string[]) =>
  words
    .slice(from, to)
    .map((w) => (marked.includes(w) ? `<mark>${w}</mark>` : w))
    .join(' ');

const wordCount = (s: string) => s.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;

describe('highlight', () => {
  it('marks matched words and escapes & < > but not quotes', () => {
    expect(highlight('Trafficking <b>trafficking</b> & "more"', [exact('trafficking')])).toBe(
      '<mark>Trafficking</mark> &lt;b&gt;<mark>trafficking</mark>&lt;/b&gt; &amp; "more',
    );
  });

  it('marks words whose folded form matches: diacritics and Cyrillic', () => {
    expect(highlight('Viktimës së trafikimit', [exact('viktimes')])).toBe(
      '<mark>Viktimës</mark> së trafikimit',
    );
    expect(highlight('Заштита ЖРТВА трговине', [exact('zrtva')])).toBe('Заштита <mark>ЖРТВА</mark> трговине');
    expect(highlight('Заштита жртвама трговине', [prefix('zrtv')])).toBe(
      'Заштита <mark>жртвама</mark> трговине',
    );
  });

  it('matches prefixes only at the start of a word', () => {
    expect(highlight('children, childcare, mychild and a child.', [prefix('child')])).toBe(
      '<mark>children</mark>, <mark>childcare</mark>, mychild and a <mark>child</mark>',
    );
  });

  it('matches exact terms only as whole words', () => {
    expect(highlight('detention of a dete', [exact('dete')])).toBe('detention of a <mark>dete</mark>');
    expect(highlight('detention and detektiv', [exact('dete')])).toBeNull();
  });

  it('collapses whitespace, newlines included', () => {
    expect(highlight('a\n\n  trafficking\t\r\n b', [exact('trafficking')])).toBe(
      'a <mark>trafficking</mark> b',
    );
  });

  it('returns null when nothing matches', () => {
    expect(highlight('Kodi Penal i Kosovës', [exact('trafficking')])).toBeNull();
    expect(highlight('Kodi Penal i Kosovës', [])).toBeNull();
    expect(highlight('', [exact('kodi')])).toBeNull();
  });

  it('ignores empty terms and words that fold to nothing', () => {
    // A lone combining mark is a word of the text that folds to "".
    expect(highlight('x \u0308 y', [{ exact: [''], prefixes: [''] }])).toBeNull();
    expect(highlight('x \u0308 kodi', [exact('kodi')])).toBe('x \u0308 <mark>kodi</mark>');
  });

  it('folds a word beginning with a combining mark or a letter outside the BMP', () => {
    expect(highlight('x \u0308dete y', [exact('dete')])).toBe('x <mark>\u0308dete</mark> y');
    expect(highlight('x 𝐃𝐞𝐭𝐞 y', [prefix('𝐃')])).toBe('x <mark>𝐃𝐞𝐭𝐞</mark> y');
  });

  it('shows the words before a match, and a full window near the end of the text', () => {
    const words = wordsWith(100, { 50: 'trafficking' });
    expect(highlight(words.join(' '), [exact('trafficking')])).toBe(expected(words, 45, 75, ['trafficking']));
    const short = wordsWith(10, { 9: 'trafficking' });
    expect(highlight(short.join(' '), [exact('trafficking')], { maxWords: 4 })).toBe(
      'w6 w7 w8 <mark>trafficking</mark>',
    );
  });

  it('picks two fragments around distant clusters and shows them in text order', () => {
    // The later cluster has more matches, so it is picked first, but it is shown second.
    const words = wordsWith(200, { 20: 'trafficking', 150: 'trafficking', 152: 'Trafficking' });
    expect(highlight(words.join(' '), [exact('trafficking')])).toBe(
      `${expected(words, 15, 45, ['trafficking'])} … ${expected(words, 145, 175, ['trafficking', 'Trafficking'])}`,
    );
  });

  it('prefers a window covering more groups to one with more matches of one group', () => {
    const words = wordsWith(200, {
      10: 'trafficking',
      12: 'trafficking',
      14: 'trafficking',
      100: 'trafficking',
      103: 'victim',
    });
    const groups = [exact('trafficking'), exact('victim')];
    expect(highlight(words.join(' '), groups, { maxFragments: 1 })).toBe(
      expected(words, 95, 125, ['trafficking', 'victim']),
    );
  });

  it('prefers the earlier window on a tie', () => {
    const words = wordsWith(200, { 20: 'trafficking', 100: 'trafficking', 180: 'trafficking' });
    expect(highlight(words.join(' '), [exact('trafficking')])).toBe(
      `${expected(words, 15, 45, ['trafficking'])} … ${expected(words, 95, 125, ['trafficking'])}`,
    );
  });

  it('respects maxWords and maxFragments', () => {
    const words = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? 'Trafficking' : `w${i}`));
    const text = words.join(' ');
    const fragments = highlight(text, [exact('trafficking')])!.split(' … ');
    expect(fragments).toHaveLength(2);
    for (const f of fragments) expect(wordCount(f.replace(/<\/?mark>/g, ''))).toBe(30);

    const small = highlight(text, [exact('trafficking')], { maxWords: 5, maxFragments: 3 })!.split(' … ');
    expect(small).toHaveLength(3);
    for (const f of small) expect(wordCount(f.replace(/<\/?mark>/g, ''))).toBe(5);
  });
});

describe('highlight on a long text', () => {
  it('highlights a 20 KB text with many repeated and accented words', () => {
    const sentence =
      'Gjykata Themelore në Prishtinë shqiptoi dënim për veprën penale trafikim me njerëz, viktimës iu ' +
      'caktua mbrojtje; Кривични законик члан 171 трговина људима, жртва. ';
    const text = sentence.repeat(Math.ceil(20_000 / sentence.length));
    const groups: HighlightGroup[] = [
      {
        exact: ['trafikim', 'trgovina', 'trafficking'],
        prefixes: ['trafik', 'trgovin', 'traffick', 'trafic'],
      },
      {
        exact: ['viktime', 'viktimes', 'zrtva', 'victim'],
        prefixes: ['viktim', 'zrtv', 'victim', 'ostecen'],
      },
      { exact: ['gjykata', 'sud', 'court'], prefixes: ['gjykat', 'sud', 'court', 'tribunal', 'drejtesi'] },
    ];
    const result = highlight(text, groups)!;
    const fragments = result.split(' … ');
    expect(fragments).toHaveLength(2);
    for (const f of fragments) {
      expect(wordCount(f.replace(/<\/?mark>/g, ''))).toBeLessThanOrEqual(30);
      for (const marked of ['Gjykata', 'trafikim', 'viktimës', 'трговина', 'жртва']) {
        expect(f).toContain(`<mark>${marked}</mark>`);
      }
    }
  });
});

describe('highlight properties', () => {
  const WORD = /[\p{L}\p{M}\p{N}]+/gu;
  const matches = (word: string, groups: readonly HighlightGroup[]) => {
    const folded = foldText(word);
    return (
      folded !== '' &&
      groups.some((g) => g.exact.includes(folded) || g.prefixes.some((p) => p !== '' && folded.startsWith(p)))
    );
  };
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  /** What must hold of any highlight, checked against foldText and the word pattern directly. */
  function check(text: string, groups: readonly HighlightGroup[], maxWords: number, maxFragments: number) {
    const result = highlight(text, groups, { maxWords, maxFragments });
    expect(result === null).toBe(!(text.match(WORD) ?? []).some((w) => matches(w, groups)));
    if (result === null) return;

    const collapsed = text.replace(/\s+/g, ' ');
    const fragments = result.split(' … ');
    expect(fragments.length).toBeLessThanOrEqual(maxFragments);
    let from = 0;
    for (const f of fragments) {
      const unmarked = f.replace(/<\/?mark>/g, '');
      expect(unmarked).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
      const shown = unescape(unmarked);
      // In text order and not overlapping: each fragment is found after the previous one.
      const at = collapsed.indexOf(shown, from);
      expect(at).toBeGreaterThanOrEqual(0);
      from = at + shown.length;
      expect(shown).toMatch(/^[\p{L}\p{M}\p{N}]/u);
      expect(shown).toMatch(/[\p{L}\p{M}\p{N}]$/u);
      expect(shown.match(WORD)!.length).toBeLessThanOrEqual(maxWords);

      // Marked pieces are whole matching words; no matching word is left unmarked.
      const pieces = f.split(/<mark>(.*?)<\/mark>/);
      pieces.forEach((piece, i) => {
        if (i % 2 === 1) {
          expect(piece).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
          expect(matches(piece, groups)).toBe(true);
          expect(unescape(pieces[i - 1])).not.toMatch(/[\p{L}\p{M}\p{N}]$/u);
          expect(unescape(pieces[i + 1])).not.toMatch(/^[\p{L}\p{M}\p{N}]/u);
        } else {
          for (const w of unescape(piece).match(WORD) ?? []) expect(matches(w, groups)).toBe(false);
        }
      });
    }
  }

  const vocabulary = [
    'Viktimës',
    'viktima',
    'ЖРТВА',
    'žrtva',
    'Čl',
    'child',
    'children',
    'mychild',
    'dete',
    'detention',
    'Đakovica',
    'İstanbul',
    '\u0308',
    '\u0308dete',
    '𝐃𝐞𝐭𝐞',
    '😀',
    '\ud800',
    '½',
    '&',
    '<b>',
    '</b>',
    '<mark>',
    '&lt;',
    '"',
    ',',
    '.',
  ];
  const separators = [' ', '  ', '\n', '\t', ', ', ''];
  const terms = [
    'viktimes',
    'viktim',
    'zrtva',
    'cl',
    'child',
    'dete',
    'djakovica',
    'istanbul',
    'det',
    '𝐃',
    'b',
    '',
  ];
  const joined = (piece: fc.Arbitrary<string>) =>
    fc
      .array(fc.tuple(piece, fc.constantFrom(...separators)), { maxLength: 80 })
      .map((parts) => parts.map(([word, separator]) => word + separator).join(''));
  const limits = [fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 })] as const;

  it('shows pieces of the text in order, marking exactly the words that match', () => {
    const group = fc.record({
      exact: fc.uniqueArray(fc.constantFrom(...terms), { maxLength: 3 }),
      prefixes: fc.uniqueArray(fc.constantFrom(...terms), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        joined(fc.constantFrom(...vocabulary)),
        fc.array(group, { maxLength: 3 }),
        ...limits,
        check,
      ),
      { numRuns: 500 },
    );
  });

  it('does so for any characters, with terms taken from the folded words of the text', () => {
    const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.string({ unit: 'binary', maxLength: 4 }));
    const term = fc.record({ word: fc.nat(), length: fc.nat(), asPrefix: fc.boolean(), group: fc.nat(2) });
    fc.assert(
      fc.property(
        joined(piece),
        fc.array(term, { maxLength: 6 }),
        ...limits,
        (text, picks, maxWords, maxFragments) => {
          const folds = (text.match(WORD) ?? []).map(foldText).filter((f) => f !== '');
          const groups = [0, 1, 2].map((): HighlightGroup => ({ exact: [], prefixes: [] }));
          for (const { word, length, asPrefix, group } of folds.length ? picks : []) {
            const folded = folds[word % folds.length];
            const into = groups[group];
            if (asPrefix) (into.prefixes as string[]).push([...folded].slice(0, 1 + (length % 3)).join(''));
            else (into.exact as string[]).push(folded);
          }
          check(text, groups, maxWords, maxFragments);
        },
      ),
      { numRuns: 300 },
    );
  });
});
