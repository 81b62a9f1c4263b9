/**
 * Redaction of protected names (victims, minors, witnesses) from a decision's public text, before it is stored
 * or indexed. Pure: no database, no logging of names.
 *
 * Matching rules, word by word (a word is a run of letters and combining marks; anything else separates words):
 * - A word and a name part are compared in folded form (foldText): case, diacritics and Serbian Cyrillic do not
 *   matter ("ARTËS" = "artes", "Јована" = "jovana"). Each sound of the part then accepts its other spellings
 *   (SPELLINGS): đ as dj, d or Albanian gj; ć/č as Albanian q or English ch; dž as Albanian xh; Albanian sh, zh,
 *   th, dh, ll, rr, y as Serbian š, ž, t, d, l, r, i. So "Đorđević" finds "Dordevic" and "Krasniqi" finds "Краснићи".
 * - The whole word must match: the part, or the part plus one Albanian or Serbian case ending from a fixed list
 *   that depends on how the part ends (ENDINGS: Arta → Artës, Jovana → Jovanom, Krasniqi → Krasniqit). "Ana"
 *   never hits "Banana" or "Analysis", and "Arta" never hits "Artan" (-n is no ending of a name in -a).
 * - A part of 3 letters or more is redacted wherever it stands alone. A shorter part ("Li" in "Li Wei") and an
 *   initial followed by a dot ("A." for Arta) are redacted only when they stand right before or after
 *   (initials: before) a redacted word of the same name. A name made only of short parts is redacted where all
 *   its parts appear in order.
 * - Redacted words separated only by whitespace, line breaks or a hyphen become one placeholder, even when they
 *   belong to two different protected names ("Arta Krasniqi" → one placeholder, "Arta, Krasniqi" → two).
 * - Everything else is kept exactly, and an existing placeholder is never matched again.
 */
import { foldText } from '../shared/fold';

export const REDACTED = '[REDACTED]';

const MAX_NAME_CHARACTERS = 100;
/** A one-letter part would be an initial, and would redact every such letter followed by a dot. */
const MIN_PART_LETTERS = 2;
/** Shorter parts ("Li", "Bo") are common syllables: redacted only next to the rest of their name. */
const MIN_STANDALONE_LETTERS = 3;

/** A word of a text or a part of a name: letters and the combining marks of decomposed diacritics. */
const WORD = /[\p{L}\p{M}]+/gu;

export type ProtectedNamesCheck = { ok: true; names: string[] } | { ok: false; reason: string };

/**
 * Trims the names and drops duplicates (same folded form). Refuses empty names, names over 100 characters and
 * names with a one-letter part (give "Arta Krasniqi", not "A. Krasniqi"). Reasons give the name's position only,
 * never the name, so they can be logged.
 */
export function validateProtectedNames(names: string[]): ProtectedNamesCheck {
  const kept = new Map<string, string>();
  for (const [index, raw] of names.entries()) {
    const name = raw.trim();
    const problem = nameProblem(name);
    if (problem !== null) return { ok: false, reason: `protected name ${index + 1} ${problem}` };
    const key = foldText(name);
    if (!kept.has(key)) kept.set(key, name);
  }
  return { ok: true, names: [...kept.values()] };
}

function nameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  if (Array.from(name).length > MAX_NAME_CHARACTERS)
    return `is too long (over ${MAX_NAME_CHARACTERS} characters)`;
  const parts = name.match(WORD) ?? [];
  if (parts.length === 0) return 'has no letters';
  if (parts.some((part) => letterCount(part) < MIN_PART_LETTERS)) {
    return `has a part shorter than ${MIN_PART_LETTERS} letters; give the full name, not an initial`;
  }
  return null;
}

/** The text with every occurrence of a protected name replaced by REDACTED (see the rules at the top). */
export function redact(text: string, protectedNames: string[]): string {
  let redacted = '';
  let copiedUpTo = 0;
  for (const span of nameSpans(text, protectedNames.map(compileName))) {
    redacted += text.slice(copiedUpTo, span.start) + REDACTED;
    copiedUpTo = span.end;
  }
  return redacted + text.slice(copiedUpTo);
}

/** True exactly when redact would change the text. */
export function containsProtectedName(text: string, protectedNames: string[]): boolean {
  return nameSpans(text, protectedNames.map(compileName)).length > 0;
}

// ---- Names ----------------------------------------------------------------------------------------------

/** The folded spellings one sound of a name may take in a text. */
type Sound = readonly string[];

interface NamePart {
  sounds: Sound[];
  /** The part without its final vowel, where Albanian and Serbian endings attach (Art-ës, Jovan-om). */
  stem: Sound[] | null;
  endings: Endings;
  /** Folded forms of this part's initial: "a" for Arta, "lj" and "l" for Ljiljana. */
  initials: ReadonlySet<string>;
  standsAlone: boolean;
}

interface ProtectedName {
  parts: NamePart[];
}

/**
 * Other spellings of a folded sound: Serbian without diacritics (đ as dj or d), Albanian orthography for the
 * same sound (gj, q, xh, sh, zh), the Serbian rendering of Albanian letters (th → t, ll → l, y → i), and English
 * "ch". A sound not listed is spelled only one way.
 */
const SPELLINGS: Readonly<Partial<Record<string, Sound>>> = {
  dj: ['dj', 'd', 'gj'],
  gj: ['gj', 'dj'],
  d: ['d', 'dj'],
  dz: ['dz', 'xh'],
  xh: ['xh', 'dz'],
  x: ['x', 'dz'],
  c: ['c', 'q', 'ch'],
  ch: ['ch', 'c'],
  q: ['q', 'c'],
  s: ['s', 'sh'],
  sh: ['sh', 's'],
  z: ['z', 'zh'],
  zh: ['zh', 'z'],
  th: ['th', 't'],
  dh: ['dh', 'd'],
  ll: ['ll', 'l'],
  rr: ['rr', 'r'],
  y: ['y', 'i'],
  i: ['i', 'y'],
};

/** Two-letter sounds of a folded name (foldText writes đ as "dj", dž as "dz", љ as "lj", њ as "nj"). */
const DIGRAPHS: ReadonlySet<string> = new Set([
  'ch',
  'dh',
  'dj',
  'dz',
  'gj',
  'lj',
  'll',
  'nj',
  'rr',
  'sh',
  'th',
  'xh',
  'zh',
]);

interface Endings {
  afterWhole: readonly string[];
  afterStem: readonly string[];
}

type FinalSound = 'a' | 'e' | 'i' | 'o' | 'u' | 'consonant';

/** Case endings (folded: ë is e) by the part's final sound; Albanian (sq) and Serbian (sr) examples. */
const ENDINGS: Readonly<Record<FinalSound, Endings>> = {
  // sq Arta → Artës, Artën, Arte; sr Jovana → Jovane, Jovanu, Jovanom, Jovani, Jovano, Jovanin (possessive)
  a: { afterWhole: [], afterStem: ['e', 'es', 'en', 'u', 'om', 'i', 'o', 'in'] },
  // sq Shpresë → Shpresës, Shpresën, Shpresa; Arbërie → Arbëria, Arbërisë, Arbërinë; sr Đorđe → Đorđa, Đorđem
  e: { afterWhole: ['s', 'n'], afterStem: ['a', 'es', 'en', 'se', 'ne', 'u', 'em', 'om', 'ev'] },
  // sq Krasniqi → Krasniqit, Krasniqin, Krasniqët, Krasniqëve; sr Krasnići → Krasnićija, Krasnićiju, Krasnićijem
  i: { afterWhole: ['t', 'n', 'ja', 'ju', 'je', 'jem'], afterStem: ['et', 'eve'] },
  // sq Marko → Markos, Markon, Markoja; sr Marko → Marka, Marku, Markom, Marke, Marki, Markov
  o: { afterWhole: ['s', 'n', 'ja'], afterStem: ['a', 'u', 'om', 'e', 'i', 'ov'] },
  // sq Marku → Markut, Markun, Markus
  u: { afterWhole: ['t', 'n', 's'], afterStem: [] },
  // sq Agim → Agimi, Agimit, Agimin, Agimë; Mark → Marku, Markut, Markun;
  // sr Jovan → Jovana, Jovanu, Jovanom, Jovanov; Đorđević → Đorđevića, Đorđevićem, Đorđevićev(e), Đorđevićima
  consonant: {
    afterWhole: ['a', 'e', 'i', 'u', 'om', 'em', 'ov', 'ev', 'eve', 'it', 'in', 'ut', 'un', 'ima'],
    afterStem: [],
  },
};

function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

function compileName(name: string): ProtectedName {
  const parts = (name.match(WORD) ?? []).map(compilePart).filter((part) => part.sounds.length > 0);
  return { parts };
}

function compilePart(written: string): NamePart {
  const plainSounds = soundsOf(foldText(written));
  const sounds = plainSounds.map((sound) => SPELLINGS[sound] ?? [sound]);
  const final = finalSound(plainSounds.at(-1) ?? '');
  const standsAlone = letterCount(written) >= MIN_STANDALONE_LETTERS;
  return {
    sounds,
    // A stem of one letter plus an ending would hit too many words; short parts get no stem forms.
    stem: final !== 'consonant' && standsAlone ? sounds.slice(0, -1) : null,
    endings: ENDINGS[final],
    initials: new Set((sounds[0] ?? []).flatMap((spelling) => [spelling, spelling.charAt(0)])),
    standsAlone,
  };
}

/** Splits a folded part into sounds, reading the two-letter ones as one ("djordjevic" → dj·o·r·dj·e·v·i·c). */
function soundsOf(folded: string): string[] {
  const letters = Array.from(folded);
  const sounds: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const pair = letters[i] + (letters[i + 1] ?? '');
    if (DIGRAPHS.has(pair)) {
      sounds.push(pair);
      i++;
    } else {
      sounds.push(letters[i]);
    }
  }
  return sounds;
}

function finalSound(sound: string): FinalSound {
  return sound === 'a' || sound === 'e' || sound === 'i' || sound === 'o' || sound === 'u'
    ? sound
    : 'consonant';
}

// ---- Matching -------------------------------------------------------------------------------------------

/**
 * Where in a folded word the sounds can end when read from its start. Tracks every reachable position at once
 * (a set per sound), so alternative spellings never cause backtracking: at most sounds × word length steps.
 */
function spellingEnds(word: string, sounds: readonly Sound[]): number[] {
  let positions = [0];
  for (const sound of sounds) {
    const next = new Set<number>();
    for (const position of positions) {
      for (const spelling of sound) {
        if (word.startsWith(spelling, position)) next.add(position + spelling.length);
      }
    }
    if (next.size === 0) return [];
    positions = [...next];
  }
  return positions;
}

function matchesPart(word: string, part: NamePart): boolean {
  const endsWith = (sounds: readonly Sound[], endings: readonly string[]) =>
    spellingEnds(word, sounds).some((end) => endings.includes(word.slice(end)));
  return (
    endsWith(part.sounds, ['', ...part.endings.afterWhole]) ||
    (part.stem !== null && endsWith(part.stem, part.endings.afterStem))
  );
}

// ---- Text -----------------------------------------------------------------------------------------------

interface Word {
  start: number;
  end: number;
  folded: string;
}

interface Span {
  start: number;
  end: number;
}

/** A placeholder already in the text reads as one word that no name matches, so redaction is idempotent. */
const WORD_OR_PLACEHOLDER = new RegExp(`${REDACTED.replace(/[[\]]/g, '\\$&')}|${WORD.source}`, 'gu');

/** The words of a text, folded. */
function wordsOf(text: string): Word[] {
  const foldedWords = new Map<string, string>();
  const words: Word[] = [];
  for (const match of text.matchAll(WORD_OR_PLACEHOLDER)) {
    const written = match[0];
    let folded = foldedWords.get(written);
    if (folded === undefined) {
      folded = foldText(written);
      foldedWords.set(written, folded);
    }
    words.push({ start: match.index, end: match.index + written.length, folded });
  }
  return words;
}

/** Whitespace, line breaks, or a hyphen (Krasniqi-Berisha, or a name hyphenated at a line end). */
const NAME_GAP = /^\s*(?:[-\u2010\u2011]\s*)?$/u;
/** After an initial: its dot, then optional whitespace ("A. Krasniqi", "A.Krasniqi"). */
const INITIAL_GAP = /^\.\s*$/u;

/** The stretches of text to replace, in order, each starting and ending on a word. */
function nameSpans(text: string, names: ProtectedName[]): Span[] {
  if (names.every((name) => name.parts.length === 0)) return [];
  const words = wordsOf(text);
  const namedBy = namesOfWords(text, words, names);
  const spans: Span[] = [];
  let free = 0;
  for (let i = 0; i < words.length; i++) {
    if (namedBy[i].size === 0) continue;
    const around = new Set(namedBy[i]);
    const last = lastWordOfName(text, words, namedBy, i, around);
    const first = firstWordOfName(text, words, i, free, around);
    spans.push({ start: words[first].start, end: words[last].end });
    free = last + 1;
    i = last;
  }
  return spans;
}

/**
 * Extends a name forward from words[from] over joined name words, short parts and initials, collecting the
 * names met into `around`. An initial counts only with a name word after it, so "Arta B. Berisha" keeps "B.".
 */
function lastWordOfName(
  text: string,
  words: Word[],
  namedBy: Set<ProtectedName>[],
  from: number,
  around: Set<ProtectedName>,
): number {
  let last = from;
  for (let j = from + 1; j < words.length && joined(text, words[j - 1], words[j], around); j++) {
    if (namedBy[j].size > 0) {
      namedBy[j].forEach((name) => around.add(name));
      last = j;
    } else if (isShortPartOf(words[j], around)) {
      last = j;
    } else if (!isInitialOf(text, words[j], around)) {
      break;
    }
  }
  return last;
}

/** Extends a name backward from words[from] over short parts and initials ("A. Krasniqi", "Li Wei"). */
function firstWordOfName(
  text: string,
  words: Word[],
  from: number,
  free: number,
  around: ReadonlySet<ProtectedName>,
): number {
  let first = from;
  while (first > free && joined(text, words[first - 1], words[first], around)) {
    const before = words[first - 1];
    if (!isShortPartOf(before, around) && !isInitialOf(text, before, around)) break;
    first--;
  }
  return first;
}

/**
 * For each word, the names it certainly belongs to: a part of 3 letters or more, or a word of a name made only
 * of short parts, all of which appear in order.
 */
function namesOfWords(text: string, words: Word[], names: ProtectedName[]): Set<ProtectedName>[] {
  const standalone = new Map<string, ProtectedName[]>();
  const namedBy = words.map((word) => {
    let found = standalone.get(word.folded);
    if (found === undefined) {
      found = names.filter((name) => name.parts.some((p) => p.standsAlone && matchesPart(word.folded, p)));
      standalone.set(word.folded, found);
    }
    return new Set(found);
  });
  for (const name of names.filter((n) => n.parts.length > 0 && n.parts.every((p) => !p.standsAlone))) {
    for (let i = 0; i + name.parts.length <= words.length; i++) {
      if (fullNameAt(text, words, i, name)) {
        for (let k = i; k < i + name.parts.length; k++) namedBy[k].add(name);
      }
    }
  }
  return namedBy;
}

function fullNameAt(text: string, words: Word[], at: number, name: ProtectedName): boolean {
  return name.parts.every(
    (part, k) =>
      matchesPart(words[at + k].folded, part) &&
      (k === 0 || NAME_GAP.test(text.slice(words[at + k - 1].end, words[at + k].start))),
  );
}

function joined(text: string, left: Word, right: Word, names: ReadonlySet<ProtectedName>): boolean {
  const gap = text.slice(left.end, right.start);
  return NAME_GAP.test(gap) || (INITIAL_GAP.test(gap) && isInitialOf(text, left, names));
}

function isShortPartOf(word: Word, names: ReadonlySet<ProtectedName>): boolean {
  return [...names].some((name) => name.parts.some((p) => !p.standsAlone && matchesPart(word.folded, p)));
}

/** "A." for Arta, "Lj." for Ljiljana, "Ђ." for Đorđe: one sound of a part's start, followed by a dot. */
function isInitialOf(text: string, word: Word, names: ReadonlySet<ProtectedName>): boolean {
  return (
    text.charAt(word.end) === '.' &&
    [...names].some((name) => name.parts.some((p) => p.initials.has(word.folded)))
  );
}
