/**
 * Redaction of protected names (victims, minors, witnesses) from a decision's public texts, before they are stored
 * or indexed. Pure: no database, no logging of names.
 *
 * The text is normalised first (normalise.ts: percent-encoding and character references decoded, invisible
 * characters and soft hyphens dropped, compatibility forms unfolded, look-alike letters of other scripts read as
 * the Latin ones), then read word by word (a word is a run of letters) and each word is compared with the names
 * (match.ts: spellings, case endings, near spellings, names written together). Beyond single words:
 * - A word split by a line-end hyphen ("Kras-⏎niqi"), by a line break or by one space or hyphen ("Ardi ta") is read
 *   joined too; so are letters spaced out ("A r d i t a").
 * - Initials: "A.K.", "A. K.", "М.П." (two or more capital initials of one name's parts, in its order or reversed),
 *   an initial before a name word ("A. Krasniqi") and one after it ("Ardita K.").
 * - A part of 3 letters or more is redacted wherever it stands alone. A shorter part ("Li" in "Li Wei") is redacted
 *   only next to a redacted word of the same name; a name made only of short parts where all of them appear in order.
 * - Redacted words separated only by whitespace, line breaks or a hyphen become one placeholder, even when they
 *   belong to two different protected names ("Arta Krasniqi" → one placeholder, "Arta, Krasniqi" → two).
 * - Everything else is kept exactly as it was written (positions in the normalised text are mapped back to the
 *   original), and a placeholder already in the text is never matched again.
 */
import { foldText } from '../shared/fold';
import {
  letterCount,
  matchesPart,
  MIN_PART_LETTERS,
  NameMatcher,
  WORD,
  type MatchKind,
  type ProtectedName,
  type WordNames,
} from './match';
import { latinLookAlike, normaliseForMatching } from './normalise';

export type { MatchKind } from './match';

export const REDACTED = '[REDACTED]';

const MAX_NAME_CHARACTERS = 100;

export type ProtectedNamesCheck = { ok: true; names: string[] } | { ok: false; reason: string };

/**
 * Trims the names and drops duplicates (same folded form). Refuses empty names, names over 100 characters and
 * names with a one-letter part (give "Arta Krasniqi", not "A. Krasniqi"). Reasons give the name's position only,
 * never the name, so they can be logged.
 */
export function validateProtectedNames(names: readonly string[]): ProtectedNamesCheck {
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

/** A stretch of the original text that names a protected person. */
export interface RedactionSpan {
  start: number;
  end: number;
  /** Positions, in the list given, of the names it was found to be. */
  names: number[];
  /** How it was found (the first word's way, for a span of several). */
  kind: MatchKind;
}

/** Redaction against one list of names, compiled once for all the texts of a decision. */
export class Redactor {
  private readonly matcher: NameMatcher;

  constructor(readonly names: readonly string[]) {
    this.matcher = new NameMatcher(names);
  }

  /** The text with every occurrence of a protected name replaced by REDACTED (see the rules at the top). */
  redact(text: string): string {
    let redacted = '';
    let copiedUpTo = 0;
    for (const span of this.spans(text)) {
      redacted += text.slice(copiedUpTo, span.start) + REDACTED;
      copiedUpTo = span.end;
    }
    return redacted + text.slice(copiedUpTo);
  }

  /** The stretches of the original text to replace, in order. */
  spans(text: string): RedactionSpan[] {
    if (this.matcher.empty || text === '') return [];
    const normal = normaliseForMatching(text, REDACTED);
    return findSpans(normal.text, this.matcher).map((s) => ({
      start: normal.from[s.start],
      end: normal.to[s.end - 1],
      names: [...s.names].map((n) => n.index).sort((a, b) => a - b),
      kind: s.kind,
    }));
  }
}

export const redact = (text: string, protectedNames: readonly string[]): string =>
  new Redactor(protectedNames).redact(text);

/** True exactly when redact would change the text. */
export const containsProtectedName = (text: string, protectedNames: readonly string[]): boolean =>
  new Redactor(protectedNames).spans(text).length > 0;

// ---- Words ------------------------------------------------------------------------------------------------

interface Word {
  start: number;
  end: number;
  text: string;
  /** Folded readings: as written (Serbian Cyrillic transliterated), as it looks (Cyrillic look-alikes as Latin). */
  readings: string[];
  /** Folded pieces of a word written in camel case ("ArditaKrasniqi" → ardita, krasniqi); empty otherwise. */
  pieces: string[];
}

/** A Cyrillic letter inside a word read as the Latin letter it looks like ("Реtrović" → "Petrović"). */
function lookingLatin(word: string): string {
  return word.replace(/\p{Script=Cyrillic}/gu, (c) => latinLookAlike(c) ?? c);
}

/** "ArditaKrasniqi" → Ardita, Krasniqi: a capital after a small letter starts a piece. */
const CAMEL_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})/u;

function readingsOf(text: string): string[] {
  const readings = new Set([foldText(text)]);
  if (/\p{Script=Cyrillic}/u.test(text)) readings.add(foldText(lookingLatin(text)));
  return [...readings];
}

function wordsOf(text: string): Word[] {
  const known = new Map<string, Pick<Word, 'readings' | 'pieces'>>();
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let read = known.get(match[0]);
    if (read === undefined) {
      const split = match[0].split(CAMEL_BOUNDARY);
      read = { readings: readingsOf(match[0]), pieces: split.length > 1 ? split.flatMap(readingsOf) : [] };
      known.set(match[0], read);
    }
    words.push({ start: match.index, end: match.index + match[0].length, text: match[0], ...read });
  }
  return words;
}

// ---- Spans ------------------------------------------------------------------------------------------------

interface NormalSpan {
  start: number;
  end: number;
  names: Set<ProtectedName>;
  kind: MatchKind;
}

/** Whitespace, line breaks, or a hyphen (Krasniqi-Berisha, or a name hyphenated at a line end). */
const NAME_GAP = /^\s*(?:[-\u2010\u2011]\s*)?$/u;
/** After an initial: its dot, then optional whitespace ("A. Krasniqi", "A.Krasniqi"). */
const INITIAL_GAP = /^\.\s*$/u;
/** A word broken at a line end with a hyphen ("Kras-⏎niqi")... */
const LINE_END_HYPHEN = /^[-\u2010\u2011][ \t]*\r?\n[ \t]*$/u;
/** ...or without one (a soft hyphen, dropped in normalising, or none). */
const LINE_BREAK = /^[ \t]*\r?\n[ \t]*$/u;
/** One space or one hyphen inside a word ("Ardi ta", "Ardi-ta"). */
const INNER_BREAK = /^[ \u00a0\-\u2010\u2011]$/u;
/** What may stand between spaced-out letters (always the same within one name). */
const LETTER_SPACING = /^[ \u00a0.\-_·*/]$/u;
const MAX_SPACED_LETTERS = 30;
/** Letters a split or spaced-out word must have before it is read as a name: "a na" is no "Ana". */
const MIN_REJOINED_LETTERS = 5;

class SpanFinder {
  private readonly words: Word[];
  private readonly namedBy: WordNames[];

  constructor(
    private readonly text: string,
    private readonly matcher: NameMatcher,
  ) {
    this.words = wordsOf(text);
    this.namedBy = this.words.map((w) => {
      const names: WordNames = new Map();
      for (const reading of w.readings) {
        for (const [name, kind] of matcher.namesOf(reading)) if (!names.has(name)) names.set(name, kind);
      }
      // A piece counts when it is a name form as spelled: a near spelling of a piece is too loose a reading.
      for (const piece of w.pieces) {
        for (const [name, kind] of matcher.namesOf(piece, true))
          if (kind === 'NAME' && !names.has(name)) names.set(name, 'JOINED');
      }
      return names;
    });
    this.markShortNames();
    this.markRejoined();
    this.markSpacedLetters();
  }

  private gap(left: number, right: number): string {
    return this.text.slice(this.words[left].end, this.words[right].start);
  }

  private mark(from: number, to: number, names: Iterable<[ProtectedName, MatchKind]>, kind?: MatchKind) {
    for (const [name, found] of names) {
      for (let k = from; k < to; k++)
        if (!this.namedBy[k].has(name)) this.namedBy[k].set(name, kind ?? found);
    }
  }

  /** A name made only of short parts ("Bo Li") is redacted where all its parts appear in order. */
  private markShortNames() {
    const shortNames = this.matcher.names.filter(
      (n) => n.parts.length > 0 && n.parts.every((p) => !p.standsAlone),
    );
    for (const name of shortNames) {
      for (let i = 0; i + name.parts.length <= this.words.length; i++) {
        const whole = name.parts.every(
          (part, k) =>
            this.words[i + k].readings.some((r) => matchesPart(r, part)) &&
            (k === 0 || NAME_GAP.test(this.gap(i + k - 1, i + k))),
        );
        if (whole) this.mark(i, i + name.parts.length, [[name, 'NAME']]);
      }
    }
  }

  /** Two or three words that make a name once joined: a line-end break, or one space or hyphen inside a word. */
  private markRejoined() {
    const { words } = this;
    for (let i = 0; i + 1 < words.length; i++) {
      for (let size = 2; size <= 3 && i + size <= words.length; size++) {
        const last = i + size - 1;
        const lineEnd = this.allGaps(i, last, LINE_END_HYPHEN);
        // A word that is a name form on its own is redacted as such: joined to its neighbour across a space, a near
        // spelling of the name would take the neighbour with it ("Petrović je" is one edit from "Petrovićе"). A
        // line-end hyphen joins a word's halves whatever they are ("Petrovi-⏎ća").
        if (!lineEnd && this.namedBy.slice(i, last + 1).some((n) => n.size > 0)) break;
        const inner =
          !lineEnd &&
          (this.allGaps(i, last, LINE_BREAK) ||
            (this.allGaps(i, last, INNER_BREAK) &&
              /^\p{Lu}/u.test(words[i].text) &&
              words.slice(i, last + 1).every((w) => letterCount(w.text) >= 2)));
        if (!lineEnd && !inner) continue;
        const joined = words
          .slice(i, last + 1)
          .map((w) => w.text)
          .join('');
        if (letterCount(joined) < MIN_REJOINED_LETTERS) continue;
        const found = this.namesOfJoined(joined);
        if (found.size > 0) this.mark(i, last + 1, found, 'SPLIT_WORD');
      }
    }
  }

  private allGaps(first: number, last: number, pattern: RegExp): boolean {
    for (let k = first; k < last; k++) if (!pattern.test(this.gap(k, k + 1))) return false;
    return true;
  }

  private namesOfJoined(joined: string): WordNames {
    const found: WordNames = new Map();
    for (const reading of readingsOf(joined)) {
      for (const [name, kind] of this.matcher.namesOf(reading, true))
        if (!found.has(name)) found.set(name, kind);
    }
    return found;
  }

  /** Letters spaced out with one and the same character: "A r d i t a", "K.r.a.s.n.i.q.i". */
  private markSpacedLetters() {
    const { words } = this;
    for (let i = 0; i < words.length;) {
      let j = i;
      while (
        j + 1 < words.length &&
        words[j].text.length === 1 &&
        words[j + 1].text.length === 1 &&
        LETTER_SPACING.test(this.gap(j, j + 1)) &&
        this.gap(j, j + 1) === this.gap(i, i + 1)
      )
        j++;
      if (j - i + 1 >= MIN_REJOINED_LETTERS) this.markSpacedRun(i, Math.min(j, i + MAX_SPACED_LETTERS - 1));
      i = j + 1;
    }
  }

  private markSpacedRun(first: number, last: number) {
    for (let from = first; from <= last; from++) {
      for (let to = last; to >= from + MIN_REJOINED_LETTERS - 1; to--) {
        const joined = this.words
          .slice(from, to + 1)
          .map((w) => w.text)
          .join('');
        const found = this.namesOfJoined(joined);
        if (found.size > 0) {
          this.mark(from, to + 1, found, 'SPACED_LETTERS');
          from = to;
          break;
        }
      }
    }
  }

  /** An initial: one capital letter (or a capital digraph such as Lj, Gj, Dž) with its dot after it. */
  private isInitial(k: number, needsDot = true): boolean {
    const word = this.words[k];
    if (!/^\p{Lu}\p{Ll}?$/u.test(word.text)) return false;
    if (word.text.length === 2 && !/^(lj|nj|dz|dj|gj|sh|xh|zh|th|dh)$/.test(word.readings[0])) return false;
    const after = this.text.charAt(word.end);
    return after === '.' || (!needsDot && !/\p{L}/u.test(after));
  }

  private initialOf(k: number, names: Iterable<ProtectedName>): boolean {
    return this.words[k].readings.some((r) => this.matcher.isInitialOf(r, names));
  }

  private joined(left: number, right: number, names: ReadonlySet<ProtectedName>): boolean {
    const gap = this.gap(left, right);
    return (
      NAME_GAP.test(gap) || (INITIAL_GAP.test(gap) && this.isInitial(left) && this.initialOf(left, names))
    );
  }

  private isShortPartOf(k: number, names: ReadonlySet<ProtectedName>): boolean {
    return this.words[k].readings.some((r) => this.matcher.isShortPartOf(r, names));
  }

  /** The stretches to redact, in the normalised text, in order, overlapping ones merged. */
  spans(): NormalSpan[] {
    const { words, namedBy } = this;
    const spans: NormalSpan[] = [];
    let free = 0;
    for (let i = 0; i < words.length; i++) {
      if (namedBy[i].size === 0) continue;
      const around = new Set(namedBy[i].keys());
      const kind = namedBy[i].values().next().value!;
      const { last, withDot } = this.lastWordOfName(i, around);
      const first = this.firstWordOfName(i, free, around);
      spans.push({
        start: words[first].start,
        end: words[last].end + (withDot ? 1 : 0),
        names: around,
        kind,
      });
      free = last + 1;
      i = last;
    }
    spans.push(...this.initialsSpans());
    return this.merged(spans);
  }

  /**
   * Extends a name forward over joined name words, short parts and initials. An initial directly after a name word
   * is the initial of another of its parts ("Ardita K."); one followed by a name word is kept for that word.
   */
  private lastWordOfName(from: number, around: Set<ProtectedName>): { last: number; withDot: boolean } {
    let last = from;
    let withDot = false;
    for (let j = from + 1; j < this.words.length && this.joined(j - 1, j, around); j++) {
      if (this.namedBy[j].size > 0) {
        this.namedBy[j].forEach((_, name) => around.add(name));
        last = j;
        withDot = false;
      } else if (this.isShortPartOf(j, around)) {
        last = j;
        withDot = false;
      } else if (this.isInitial(j, false) && this.initialOf(j, around)) {
        if (/^\s+$/u.test(this.gap(j - 1, j)) || this.isInitial(j - 1)) {
          last = j;
          withDot = this.text.charAt(this.words[j].end) === '.';
        }
        if (!this.isInitial(j)) break;
      } else break;
    }
    return { last, withDot };
  }

  /** Extends a name backward from words[from] over short parts and initials ("A. Krasniqi", "Li Wei"). */
  private firstWordOfName(from: number, free: number, around: ReadonlySet<ProtectedName>): number {
    let first = from;
    while (first > free && this.joined(first - 1, first, around)) {
      const before = first - 1;
      if (!this.isShortPartOf(before, around) && !(this.isInitial(before) && this.initialOf(before, around)))
        break;
      first--;
    }
    return first;
  }

  /** "A.K.", "A. K.", "М.П.", "K.A.": capital initials of two or more parts of one name, in its order or reversed. */
  private initialsSpans(): NormalSpan[] {
    const spans: NormalSpan[] = [];
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      if (!this.isInitial(i)) continue;
      let j = i;
      while (j + 1 < words.length && INITIAL_GAP.test(this.gap(j, j + 1)) && this.isInitial(j + 1, false))
        j++;
      if (j === i) continue;
      const initials = words.slice(i, j + 1).map((w) => w.readings[0]);
      const names = this.matcher.names.filter((name) => initialsOfName(initials, name));
      if (names.length > 0) {
        const withDot = this.text.charAt(words[j].end) === '.';
        spans.push({
          start: words[i].start,
          end: words[j].end + (withDot ? 1 : 0),
          names: new Set(names),
          kind: 'INITIALS',
        });
      }
      i = j;
    }
    return spans;
  }

  /** Sorted, with overlapping spans and spans separated by a name gap made one. */
  private merged(spans: NormalSpan[]): NormalSpan[] {
    spans.sort((a, b) => a.start - b.start);
    const out: NormalSpan[] = [];
    for (const span of spans) {
      const previous = out.at(-1);
      if (
        previous &&
        (span.start <= previous.end || NAME_GAP.test(this.text.slice(previous.end, span.start)))
      ) {
        previous.end = Math.max(previous.end, span.end);
        span.names.forEach((n) => previous.names.add(n));
      } else out.push({ ...span, names: new Set(span.names) });
    }
    return out;
  }
}

/** Whether folded initials are those of distinct parts of the name, in the name's order or in reverse. */
function initialsOfName(initials: string[], name: ProtectedName): boolean {
  const inOrder = (parts: ProtectedName['parts']) => {
    let k = 0;
    for (const part of parts) if (k < initials.length && part.initials.has(initials[k])) k++;
    return k === initials.length;
  };
  return initials.length <= name.parts.length && (inOrder(name.parts) || inOrder([...name.parts].reverse()));
}

function findSpans(text: string, matcher: NameMatcher): NormalSpan[] {
  return new SpanFinder(text, matcher).spans();
}
