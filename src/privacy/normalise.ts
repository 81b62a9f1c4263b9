/**
 * The text a protected name is looked for in, and where each of its characters came from. Pure.
 *
 * A name can be disguised, by accident or on purpose, in ways a reader never notices: a soft hyphen or a zero-width
 * space inside it, letters from another script that look the same (Cyrillic і and ѕ, Greek ο, dotless ı), fullwidth
 * or mathematical letters, percent-encoding in an address (`Ardit%C3%ABn`) or an HTML character reference. The
 * matcher reads the text after these steps, character by character:
 * 1. percent-encoded UTF-8 (`%C3%AB`) and numeric character references (`&#235;`, `&#xEB;`) are decoded;
 * 2. default-ignorable characters are dropped: zero-width spaces and joiners (U+200B–U+200D), the word joiner
 *    (U+2060), the byte order mark (U+FEFF), the soft hyphen (U+00AD), bidirectional controls, variation selectors;
 * 3. compatibility forms are unfolded (Unicode NFKD, as NFKC does first): fullwidth `Ａ`, mathematical `𝐀`, ligatures;
 *    diacritics are dropped (the matcher compares names without them anyway);
 * 4. a letter that is neither ASCII nor a letter of the Serbian Cyrillic alphabet is replaced by the Latin letter it
 *    looks like, from Unicode's confusables table (UTS #39, through the `unhomoglyph` package): Cyrillic і → i,
 *    ѕ → s, Greek α → a, dotless ı → i. Serbian Cyrillic stays, to be transliterated word by word (match.ts).
 * Every character of the result remembers the span of the original it came from, so that what is redacted is
 * exactly the original characters of the name, and everything else is kept as it was.
 */
import confusables from 'unhomoglyph/data.json';

export interface MatchText {
  /** The normalised text. */
  text: string;
  /** For each UTF-16 unit of `text`, where the original characters it came from start... */
  from: Int32Array;
  /** ...and end. */
  to: Int32Array;
}

/** Stands for a placeholder already in the text: not a letter, so no name is ever found in it. */
export const PLACEHOLDER_MARK = '\uE000';

/** The letters of Serbian Cyrillic (Vuk's alphabet), in both cases: transliterated by the matcher, not here. */
const SERBIAN_CYRILLIC = new Set(Array.from('абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ'));
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const MARKS = /\p{M}/gu;
const ASCII_LETTERS = /^[A-Za-z]+$/;
const CONFUSABLE: Readonly<Record<string, string | undefined>> = confusables;
/** Prototypes the table gives as letters that are not ASCII themselves. */
const PROTOTYPE_FIXES: Readonly<Record<string, string>> = { ĸ: 'k' };

/**
 * The Latin letters a character looks like, or null when the table has none. The table gives the lower-case `l` for
 * every glyph like an upper-case I (Cyrillic І, palochka Ӏ): an upper-case source reads as `I`.
 */
export function latinLookAlike(c: string): string | null {
  const prototype = CONFUSABLE[c];
  if (prototype === undefined) return null;
  const plain = Array.from(prototype.normalize('NFKD').replace(MARKS, ''))
    .map((p) => PROTOTYPE_FIXES[p] ?? p)
    .join('');
  if (!ASCII_LETTERS.test(plain)) return null;
  return plain === 'l' && c !== c.toLowerCase() ? 'I' : plain;
}

const normalisedChars = new Map<number, string>();

/** What one code point (not ASCII) becomes: see steps 2–4 above. */
function normaliseCodePoint(codePoint: number): string {
  let out = normalisedChars.get(codePoint);
  if (out !== undefined) return out;
  const c = String.fromCodePoint(codePoint);
  if (IGNORABLE.test(c)) out = '';
  else {
    out = '';
    for (const part of c.normalize('NFKD').replace(MARKS, '')) {
      if (part.charCodeAt(0) < 0x80 || SERBIAN_CYRILLIC.has(part) || part === 'đ' || part === 'Đ')
        out += part;
      else if (IGNORABLE.test(part)) continue;
      else out += latinLookAlike(part) ?? part;
    }
  }
  normalisedChars.set(codePoint, out);
  return out;
}

const HEX = /^[0-9A-Fa-f]{2}$/;

/** The code point a run of percent-encoded UTF-8 bytes at `at` spells, and its length in the text; or null. */
function percentDecoded(text: string, at: number): { codePoint: number; length: number } | null {
  const byte = (k: number) => {
    const hex = text.slice(at + 3 * k + 1, at + 3 * k + 3);
    return text.charAt(at + 3 * k) === '%' && HEX.test(hex) ? parseInt(hex, 16) : -1;
  };
  const lead = byte(0);
  if (lead < 0) return null;
  const size = lead < 0x80 ? 1 : lead >= 0xf0 && lead < 0xf5 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
  if (size === 0) return null;
  let codePoint = size === 1 ? lead : lead & (0xff >> (size + 1));
  for (let k = 1; k < size; k++) {
    const next = byte(k);
    if (next < 0x80 || next > 0xbf) return null;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null;
  return { codePoint, length: 3 * size };
}

const CHARACTER_REFERENCE = /^&#(?:([0-9]{1,7})|[xX]([0-9A-Fa-f]{1,6}));/;

function referenceDecoded(text: string, at: number): { codePoint: number; length: number } | null {
  const match = CHARACTER_REFERENCE.exec(text.slice(at, at + 12));
  if (!match) return null;
  const codePoint = match[1] !== undefined ? Number(match[1]) : parseInt(match[2], 16);
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return null;
  return { codePoint, length: match[0].length };
}

/**
 * The normalised text of `original`, with each of its units' origin. `placeholder`, where it already stands in the
 * text, becomes PLACEHOLDER_MARK, so that redaction never finds a name in its own output.
 */
export function normaliseForMatching(original: string, placeholder: string): MatchText {
  const units: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const emit = (s: string, start: number, end: number) => {
    for (let k = 0; k < s.length; k++) {
      units.push(s[k]);
      from.push(start);
      to.push(end);
    }
  };
  const emitCodePoint = (codePoint: number, start: number, end: number) =>
    emit(codePoint < 0x80 ? String.fromCharCode(codePoint) : normaliseCodePoint(codePoint), start, end);
  for (let i = 0; i < original.length;) {
    const unit = original.charCodeAt(i);
    if (unit === 0x5b && original.startsWith(placeholder, i)) {
      emit(PLACEHOLDER_MARK, i, i + placeholder.length);
      i += placeholder.length;
      continue;
    }
    const decoded =
      unit === 0x25 ? percentDecoded(original, i) : unit === 0x26 ? referenceDecoded(original, i) : null;
    if (decoded) {
      emitCodePoint(decoded.codePoint, i, i + decoded.length);
      i += decoded.length;
    } else if (unit < 0x80) {
      emit(original[i], i, i + 1);
      i++;
    } else {
      const codePoint = original.codePointAt(i)!;
      const length = codePoint > 0xffff ? 2 : 1;
      emitCodePoint(codePoint, i, i + length);
      i += length;
    }
  }
  return { text: units.join(''), from: Int32Array.from(from), to: Int32Array.from(to) };
}
