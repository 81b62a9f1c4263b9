/**
 * Whether a word of a text is a form of a protected name. Pure: no database, no logging of names.
 *
 * A word and a name part are compared folded (foldText: case, diacritics and Serbian Cyrillic do not matter), in
 * two ways; a word that either accepts is the name's:
 * - **Spellings and endings.** Each sound of the part accepts its other spellings (SPELLINGS: đ as dj, d or gj;
 *   ć/č as q or ch; dž as xh; sh, zh, th, dh, ll, rr, y as š, ž, t, d, l, r, i), and the whole word must be the part,
 *   or the part (or its stem) plus one Albanian or Serbian case ending or possessive from a fixed list that depends
 *   on how the part ends (ENDINGS: Arta → Artës, Jovana → Jovanom, Marija → Marijina, Krasniqi → Krasniqit,
 *   Petrović → Petrovićeva). "Ana" never hits "Banana", and "Arta" never hits "Artan".
 * - **Near spellings.** Both are reduced to a loose key (looseKey: ch, tch, kj, q and c are one letter, as are
 *   dj, gj, xh and dž; y is i, doubled letters count once, "ija" is "ia"), and the word's key may differ from a form
 *   of the part's by an edit distance that grows with the part's length (NEAR_EDITS: none under 7 letters, one
 *   up to 10, two from 11): "Krasniqe", "Krasnichi", "Красники" and "Krasniqit" misspelled are Krasniqi's;
 *   "Petrovitch", "Petrovikj" Petrović's; "Maria" and "Mariya" Marija's.
 * A word may also be the name's parts written together (JOINED: "ArditaKrasniqi", "akrasniqi", "arditak", in either
 * order), or contain the whole name written together ("newsArditaKrasniqi").
 */
import { foldText } from '../shared/fold';

/** How a word was found to be a name's: shown to editors in the preview. */
export type MatchKind = 'NAME' | 'NEAR_SPELLING' | 'JOINED' | 'INITIALS' | 'SPACED_LETTERS' | 'SPLIT_WORD';

/** A one-letter part would be an initial, and would redact every such letter followed by a dot. */
export const MIN_PART_LETTERS = 2;
/** Shorter parts ("Li", "Bo") are common syllables: redacted only next to the rest of their name. */
export const MIN_STANDALONE_LETTERS = 3;
/** Shorter parts are matched by their spellings only: the loose key would make "any" a form of Ana ("Ani"). */
const MIN_LOOSE_LETTERS = 5;
/** A name written together shorter than this ("boli" for Bo Li) is an ordinary word too often. */
const MIN_JOINED_LETTERS = 6;
/** ...and only a longer one is looked for inside a longer word. */
const MIN_CONTAINED_LETTERS = 8;

/** Edits allowed between a word and a name form of this many letters: 0 under 7, 1 up to 10, 2 from 11. */
export const nearEdits = (letters: number): number => (letters >= 11 ? 2 : letters >= 7 ? 1 : 0);
const MAX_EDITS = 2;
/** A name written together is allowed one edit at most: two would reach into the next word ("Krasniqishte"). */
const joinedEdits = (letters: number): number => Math.min(1, nearEdits(letters));

/** A word or a part of a name: letters. */
export const WORD = /\p{L}+/gu;

export function letterCount(s: string): number {
  return s.match(/\p{L}/gu)?.length ?? 0;
}

// ---- Spellings and endings ------------------------------------------------------------------------------

/** The folded spellings one sound of a name may take in a text. */
type Sound = readonly string[];

const SPELLINGS: Readonly<Partial<Record<string, Sound>>> = {
  dj: ['dj', 'd', 'gj'],
  gj: ['gj', 'dj'],
  d: ['d', 'dj'],
  dz: ['dz', 'xh'],
  xh: ['xh', 'dz'],
  x: ['x', 'dz'],
  c: ['c', 'q', 'ch'],
  ch: ['ch', 'c'],
  q: ['q', 'c', 'ch'],
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
const DIGRAPHS: ReadonlySet<string> = new Set('ch dh dj dz gj lj ll nj rr sh th xh zh'.split(' '));

interface Endings {
  afterWhole: readonly string[];
  afterStem: readonly string[];
}

type FinalSound = 'a' | 'e' | 'i' | 'o' | 'u' | 'consonant';

/** Serbian possessive adjectives decline: Marijin, Marijina, Marijinog; Petrovićev, Petrovićeva, Petrovićevog. */
const ADJECTIVE = ['', 'a', 'o', 'e', 'u', 'i', 'om', 'og', 'oga', 'oj', 'im', 'ih', 'ima', 'omu', 'ome'];
const possessive = (suffix: string) => ADJECTIVE.map((ending) => suffix + ending);

/** Case endings and possessives (folded: ë is e) by the part's final sound; Albanian (sq) and Serbian (sr). */
const ENDINGS: Readonly<Record<FinalSound, Endings>> = {
  // sq Arta → Artës, Artën, Arte; en Artas; sr Jovana → Jovane, Jovanu, Jovanom, Jovani, Jovano; Marija → Marijin(a)
  a: { afterWhole: ['s'], afterStem: ['e', 'es', 'en', 'u', 'om', 'i', 'o', ...possessive('in')] },
  // sq Shpresë → Shpresës, Shpresën, Shpresa; Arbërie → Arbëria, Arbërisë, Arbërinë; sr Đorđe → Đorđa, Đorđev(a)
  e: {
    afterWhole: ['s', 'n'],
    afterStem: ['a', 'es', 'en', 'se', 'ne', 'u', 'em', 'om', ...possessive('ev')],
  },
  // sq Krasniqi → Krasniqit, Krasniqin, Krasniqët, Krasniqëve, Krasniqes; sr Krasnići → Krasnićija, Krasnićijem
  i: { afterWhole: ['t', 'n', 'ja', 'ju', 'je', 'jem', 's'], afterStem: ['et', 'eve', 'es', 'en'] },
  // sq Marko → Markos, Markon, Markoja; sr Marko → Marka, Marku, Markom, Marke, Marki, Markov(a)
  o: { afterWhole: ['s', 'n', 'ja'], afterStem: ['a', 'u', 'om', 'e', 'i', ...possessive('ov')] },
  // sq Marku → Markut, Markun, Markus
  u: { afterWhole: ['t', 'n', 's'], afterStem: [] },
  // sq Agim → Agimi, Agimit, Agimin; sr Jovan → Jovana, Jovanom; Petrović → Petrovića, Petrovićem, Petrovićev(og)
  consonant: {
    afterWhole: [
      ...['a', 'e', 'i', 'u', 'om', 'em', 'it', 'in', 'ut', 'un', 'ima', 's'],
      ...possessive('ov'),
      ...possessive('ev'),
    ],
    afterStem: [],
  },
};

export interface NamePart {
  /** The part folded ("krasniqi"). */
  folded: string;
  sounds: Sound[];
  /** The part without its final vowel, where Albanian and Serbian endings attach (Art-ës, Jovan-om). */
  stem: Sound[] | null;
  endings: Endings;
  /** Folded forms of this part's initial: "a" for Arta, "lj" and "l" for Ljiljana. */
  initials: ReadonlySet<string>;
  standsAlone: boolean;
}

export interface ProtectedName {
  /** Its position in the list given: the preview says which name a redaction is for. */
  index: number;
  parts: NamePart[];
}

function soundsOf(folded: string): string[] {
  const letters = Array.from(folded);
  const sounds: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const pair = letters[i] + (letters[i + 1] ?? '');
    if (DIGRAPHS.has(pair)) {
      sounds.push(pair);
      i++;
    } else sounds.push(letters[i]);
  }
  return sounds;
}

const finalSound = (sound: string): FinalSound =>
  sound === 'a' || sound === 'e' || sound === 'i' || sound === 'o' || sound === 'u' ? sound : 'consonant';

function compilePart(written: string): NamePart {
  const folded = foldText(written);
  const plainSounds = soundsOf(folded);
  const sounds = plainSounds.map((sound) => SPELLINGS[sound] ?? [sound]);
  const final = finalSound(plainSounds.at(-1) ?? '');
  const standsAlone = letterCount(written) >= MIN_STANDALONE_LETTERS;
  return {
    folded,
    sounds,
    // A stem of one letter plus an ending would hit too many words; short parts get no stem forms.
    stem: final !== 'consonant' && standsAlone ? sounds.slice(0, -1) : null,
    endings: ENDINGS[final],
    initials: new Set((sounds[0] ?? []).flatMap((spelling) => [spelling, spelling.charAt(0)])),
    standsAlone,
  };
}

/** The part's written forms: itself, with its endings, its stem with its endings (folded, one spelling each). */
function formsOf(part: NamePart): string[] {
  const stem = part.stem ? part.folded.slice(0, -1) : null;
  return [
    part.folded,
    ...part.endings.afterWhole.map((e) => part.folded + e),
    ...(stem === null ? [] : part.endings.afterStem.map((e) => stem + e)),
  ];
}

/** Where in a folded word the sounds can end when read from its start (a set per sound: no backtracking). */
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

/** Whether a folded word is the part, or the part with one of its endings, in any of its spellings. */
export function matchesPart(word: string, part: NamePart): boolean {
  const endsWith = (sounds: readonly Sound[], endings: readonly string[]) =>
    spellingEnds(word, sounds).some((end) => endings.includes(word.slice(end)));
  return (
    endsWith(part.sounds, ['', ...part.endings.afterWhole]) ||
    (part.stem !== null && endsWith(part.stem, part.endings.afterStem))
  );
}

// ---- Near spellings ---------------------------------------------------------------------------------------

/** One letter for the dj / gj / dž / xh family, which no folded word contains. */
const DJ = '\u011d';
const LOOSE_STEPS: readonly (readonly [RegExp, string])[] = [
  [/([a-z])\1+/g, '$1'],
  [/tsch|tch|ch|cz|kj|tj|q/g, 'c'],
  [/dzh|dz|xh|gj|dj|x/g, DJ],
  [/sch|sh/g, 's'],
  [/zh/g, 'z'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/lj|ly/g, 'l'],
  [/nj|ny/g, 'n'],
  [/ij(?=[aeiou])/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

/** A folded word reduced so that its usual transliterations read alike ("Petrovitch" = "Petrović" = "petrovic"). */
export function looseKey(folded: string): string {
  let key = folded;
  for (const [pattern, replacement] of LOOSE_STEPS) key = key.replace(pattern, replacement);
  return key;
}

/** Optimal string alignment distance (a transposition is one edit), or `max + 1` once it is certainly above max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2] + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Every string made by deleting up to `k` characters (the symmetric-delete index of near spellings). */
function deletions(s: string, k: number): Set<string> {
  const out = new Set([s]);
  let frontier = [s];
  for (let round = 0; round < k; round++) {
    const next: string[] = [];
    for (const t of frontier) {
      for (let i = 0; i < t.length; i++) {
        const d = t.slice(0, i) + t.slice(i + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    frontier = next;
  }
  return out;
}

interface Target {
  key: string;
  edits: number;
  name: ProtectedName;
  kind: 'NEAR_SPELLING' | 'JOINED';
}

/** The orders in which a name's parts may be written together: as given, reversed, and (3 parts or more) in pairs. */
function joinedOrders(parts: NamePart[]): NamePart[][] {
  if (parts.length < 2) return [];
  const orders = [parts, [...parts].reverse()];
  if (parts.length > 2) {
    for (let i = 0; i < parts.length; i++) {
      for (let j = 0; j < parts.length; j++) if (i !== j) orders.push([parts[i], parts[j]]);
    }
  }
  return orders;
}

/** What a word's folded reading was found to be: the names it belongs to, and how. */
export type WordNames = Map<ProtectedName, MatchKind>;

/** The protected names of one redaction, compiled once and asked about every word of the texts. */
export class NameMatcher {
  readonly names: ProtectedName[];
  private readonly index = new Map<string, Target[]>();
  /** Folded loose keys of whole names written together, looked for inside longer words. */
  private readonly contained: { key: string; name: ProtectedName }[] = [];
  private readonly cache = new Map<string, WordNames>();
  private readonly maxEdits: number;
  private readonly keyLengths = { min: Infinity, max: 0 };

  constructor(names: readonly string[]) {
    this.names = names.map((name, index) => ({
      index,
      parts: (name.match(WORD) ?? []).map(compilePart).filter((part) => part.sounds.length > 0),
    }));
    let maxEdits = 0;
    const add = (form: string, edits: number, name: ProtectedName, kind: Target['kind']) => {
      const target: Target = { key: looseKey(form), edits, name, kind };
      maxEdits = Math.max(maxEdits, edits);
      this.keyLengths.min = Math.min(this.keyLengths.min, target.key.length - edits);
      this.keyLengths.max = Math.max(this.keyLengths.max, target.key.length + edits);
      for (const d of deletions(target.key, edits)) {
        const list = this.index.get(d);
        if (list) list.push(target);
        else this.index.set(d, [target]);
      }
    };
    for (const name of this.names) {
      for (const part of name.parts.filter((p) => p.folded.length >= MIN_LOOSE_LETTERS)) {
        for (const form of formsOf(part)) add(form, nearEdits(part.folded.length), name, 'NEAR_SPELLING');
      }
      for (const order of joinedOrders(name.parts)) {
        const head = order
          .slice(0, -1)
          .map((p) => p.folded)
          .join('');
        const last = order[order.length - 1];
        const whole = head + last.folded;
        if (whole.length < MIN_JOINED_LETTERS) continue;
        for (const form of formsOf(last)) add(head + form, joinedEdits(whole.length), name, 'JOINED');
        // "akrasniqi" and "arditak": an initial for the first or the last part.
        const initial = (p: NamePart) => p.folded.charAt(0);
        const rest = order
          .slice(1)
          .map((p) => p.folded)
          .join('');
        add(initial(order[0]) + rest, joinedEdits(1 + rest.length), name, 'JOINED');
        if (order.length === 2) add(head + initial(last), joinedEdits(head.length + 1), name, 'JOINED');
        if (whole.length >= MIN_CONTAINED_LETTERS) this.contained.push({ key: looseKey(whole), name });
      }
    }
    this.maxEdits = Math.min(maxEdits, MAX_EDITS);
  }

  /** True when no name has a part: nothing can match. */
  get empty(): boolean {
    return this.names.every((name) => name.parts.length === 0);
  }

  /**
   * The names a folded word is a form of, and how: by its spelling, a near spelling, or as a name written together;
   * unless `wholeOnly`, also the names written together inside it.
   */
  namesOf(folded: string, wholeOnly = false): WordNames {
    const cacheKey = wholeOnly ? `=${folded}` : folded;
    let found = this.cache.get(cacheKey);
    if (found) return found;
    found = new Map();
    for (const name of this.names) {
      if (name.parts.some((p) => p.standsAlone && matchesPart(folded, p))) found.set(name, 'NAME');
    }
    const key = looseKey(folded);
    if (key.length >= this.keyLengths.min && key.length <= this.keyLengths.max) {
      for (const d of deletions(key, this.maxEdits)) {
        for (const target of this.index.get(d) ?? []) {
          if (found.has(target.name)) continue;
          if (editDistance(key, target.key, target.edits) <= target.edits)
            found.set(target.name, target.kind);
        }
      }
    }
    for (const { key: whole, name } of wholeOnly ? [] : this.contained) {
      if (!found.has(name) && key.length > whole.length && key.includes(whole)) found.set(name, 'JOINED');
    }
    this.cache.set(cacheKey, found);
    return found;
  }

  /** Whether a folded word is a short part (under 3 letters) of one of the names. */
  isShortPartOf(folded: string, names: Iterable<ProtectedName>): boolean {
    for (const name of names) {
      if (name.parts.some((p) => !p.standsAlone && matchesPart(folded, p))) return true;
    }
    return false;
  }

  /** The names, among `names`, of which a folded word (without its dot) is the initial of a part. */
  isInitialOf(folded: string, names: Iterable<ProtectedName>): boolean {
    for (const name of names) if (name.parts.some((p) => p.initials.has(folded))) return true;
    return false;
  }
}
