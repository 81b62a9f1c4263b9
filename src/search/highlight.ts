/**
 * Search-result highlights built in Node rather than by PostgreSQL's ts_headline, which re-parses every text it is
 * given on the database server (bench/ROUNDS.md, "Measurements behind the code"). The output has the same shape as ts_headline's was: HTML-escaped
 * fragments, matched words in <mark>, fragments joined by " … ".
 */
import { foldText } from '../shared/fold';

/** One AND-ed group of a query: a word of the text matches the group when its folded form equals one of `exact`
 *  or begins with one of `prefixes`. */
export interface HighlightGroup {
  exact: readonly string[];
  prefixes: readonly string[];
}

/** Words shown before a match, so the reader sees what the matched word is about. */
const CONTEXT_WORDS = 5;

const FRAGMENT_DELIMITER = ' … ';

const NO_GROUPS: readonly number[] = [];

interface Word {
  start: number;
  end: number;
  /** Indexes of the groups the word matches; empty for most words. */
  groups: readonly number[];
}

/** A run of words `[start, end)` (word indexes) and how well it covers the query. */
interface Window {
  start: number;
  end: number;
  distinctGroups: number;
  matches: number;
}

/**
 * Up to two fragments of the text around its matches, HTML-escaped, each matched word in <mark>…</mark>, joined by
 * " … "; null when no word of the text matches.
 *
 * Words are runs of letters, combining marks and digits. A fragment is at most `maxWords` words (default 30) starting
 * a few words before a match, and runs from its first word to its last, so punctuation at its edges is left out and
 * no ellipsis marks a cut text: only " … " between fragments. Runs of whitespace are shown as one space. The fragments
 * covering the most groups of the query, then the most matched words, are chosen (the earlier on a tie), at most
 * `maxFragments` (default 2) that do not overlap, and shown in text order. Empty terms are ignored: an empty prefix
 * would mark every word.
 */
export function highlight(
  text: string,
  groups: readonly HighlightGroup[],
  options?: { maxFragments?: number; maxWords?: number },
): string | null {
  const maxFragments = atLeastOne(options?.maxFragments ?? 2);
  const maxWords = atLeastOne(options?.maxWords ?? 30);
  const groupsOf = matcher(text, groups);
  const words: Word[] = [];
  forEachWord(text, (start, end) => words.push({ start, end, groups: groupsOf(start, end) }));

  const windows = windowsAroundMatches(words, groups.length, maxWords);
  if (windows.length === 0) return null;

  windows.sort((a, b) => b.distinctGroups - a.distinctGroups || b.matches - a.matches || a.start - b.start);
  const picked: Window[] = [];
  for (const w of windows) {
    if (picked.length === maxFragments) break;
    if (picked.every((p) => w.end <= p.start || p.end <= w.start)) picked.push(w);
  }
  return picked
    .sort((a, b) => a.start - b.start)
    .map((w) => fragment(text, words.slice(w.start, w.end)))
    .join(FRAGMENT_DELIMITER);
}

/** NaN, zero and negative limits would make no fragment at all; a caller asking for them gets the smallest one. */
const atLeastOne = (n: number) => (n >= 1 ? Math.floor(n) : 1);

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Whether each UTF-16 unit is a word character: 1 or 0, or 2 until first seen (filled as met, not up front). */
const wordUnits = new Uint8Array(0x10000).fill(2);

/**
 * Calls `onWord` with the bounds of every word (a maximal run of letters, combining marks and digits), in order.
 * A scan with a lookup table rather than `/[\p{L}\p{M}\p{N}]+/gu`: the Unicode classes made that regular expression
 * most of the cost of a long text.
 */
function forEachWord(text: string, onWord: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A letter outside the Basic Multilingual Plane is a surrogate pair: it is tested whole, and is rare.
    const pair = unit >= 0xd800 && unit < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (!pair && wordUnits[unit] === 2) wordUnits[unit] = WORD_CHARACTER.test(text[i]) ? 1 : 0;
    const inWord = pair ? WORD_CHARACTER.test(text.slice(i, i + 2)) : wordUnits[unit] === 1;
    if (inWord && start < 0) start = i;
    if (!inWord && start >= 0) {
      onWord(start, i);
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) onWord(start, text.length);
}

/**
 * The groups the word `text[start, end)` matches. Folding is the costly part (several regular expressions and two
 * normalisations), so a word is folded only when its fold may begin a term, and each distinct word only once per
 * call: a long text repeats its words.
 */
function matcher(
  text: string,
  groups: readonly HighlightGroup[],
): (start: number, end: number) => readonly number[] {
  const exact = new Map<string, number[]>();
  const prefixes: { prefix: string; group: number }[] = [];
  groups.forEach((g, group) => {
    for (const term of g.exact) if (term) exact.set(term, [...(exact.get(term) ?? []), group]);
    for (const prefix of g.prefixes) if (prefix) prefixes.push({ prefix, group });
  });
  const initials = new Set(
    [...exact.keys(), ...prefixes.map((p) => p.prefix)].map((term) => term.charCodeAt(0)),
  );

  const known = new Map<string, readonly number[]>();
  return (start, end) => {
    const initial = initialFold(text.charCodeAt(start));
    if (initial !== UNKNOWN && !initials.has(initial)) return NO_GROUPS;
    const word = text.slice(start, end);
    let found = known.get(word);
    if (found === undefined) {
      // Plain ASCII has nothing to decompose or transliterate: its fold is its lowercase.
      const folded = /^[A-Za-z0-9]+$/.test(word) ? word.toLowerCase() : foldText(word);
      const matched = new Set(exact.get(folded));
      for (const { prefix, group } of prefixes) if (folded.startsWith(prefix)) matched.add(group);
      found = matched.size ? [...matched] : NO_GROUPS;
      known.set(word, found);
    }
    return found;
  };
}

const UNKNOWN = -1;
const NOT_YET = -2;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** initialFold by UTF-16 unit, filled as units are met. */
const initialFolds = new Int32Array(0x10000).fill(NOT_YET);

/**
 * The first UTF-16 unit of the fold of every word that begins with `unit`, or UNKNOWN when that depends on what
 * follows. Folding works letter by letter, and a letter or digit stays ahead of the marks that follow it, so a word
 * beginning with one ("Č", "Ж", "A") has a fold beginning as that letter's fold does ("c", "z", "a"). A word beginning
 * with a combining mark (which folds to nothing) or with half of a surrogate pair has to be folded whole.
 */
function initialFold(unit: number): number {
  if (initialFolds[unit] === NOT_YET) {
    const char = String.fromCharCode(unit);
    const folded = LETTER_OR_DIGIT.test(char) ? foldText(char) : '';
    initialFolds[unit] = folded ? folded.charCodeAt(0) : UNKNOWN;
  }
  return initialFolds[unit];
}

/**
 * For each matched word, the window of up to `maxWords` words starting `CONTEXT_WORDS` before it (moved back near the
 * end of the text so that it still shows `maxWords` words), scored by sliding one window of counts along the text:
 * a text may hold hundreds of matches, and recounting every window would cost `maxWords` times as much.
 */
function windowsAroundMatches(words: readonly Word[], groupCount: number, maxWords: number): Window[] {
  const context = Math.min(CONTEXT_WORDS, maxWords - 1);
  const perGroup = new Array<number>(groupCount).fill(0);
  let distinctGroups = 0;
  let matches = 0;
  const add = (word: Word) => {
    if (word.groups.length > 0) matches++;
    for (const g of word.groups) if (perGroup[g]++ === 0) distinctGroups++;
  };
  const remove = (word: Word) => {
    if (word.groups.length > 0) matches--;
    for (const g of word.groups) if (--perGroup[g] === 0) distinctGroups--;
  };

  const windows: Window[] = [];
  let first = 0; // the words counted are [first, last)
  let last = 0;
  words.forEach((word, i) => {
    if (word.groups.length === 0) return;
    // Starts never decrease as i grows, so the counted words only ever slide to the right.
    const start = Math.max(0, Math.min(i - context, words.length - maxWords));
    if (windows.length > 0 && windows[windows.length - 1].start === start) return;
    const end = Math.min(start + maxWords, words.length);
    while (last < end) add(words[last++]);
    while (first < start) remove(words[first++]);
    windows.push({ start, end, distinctGroups, matches });
  });
  return windows;
}

/** The text from the first word to the last, escaped, whitespace collapsed, matched words in <mark>. */
function fragment(text: string, words: readonly Word[]): string {
  let out = '';
  let at = words[0].start;
  for (const word of words) {
    if (word.groups.length === 0) continue;
    // A word is letters, marks and digits only: it needs no escaping.
    out += plain(text.slice(at, word.start)) + `<mark>${text.slice(word.start, word.end)}</mark>`;
    at = word.end;
  }
  return out + plain(text.slice(at, words[words.length - 1].end));
}

/** Escaped as the PostgreSQL engine escapes (& < > only), with runs of whitespace shown as one space. */
const plain = (s: string) =>
  s.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
