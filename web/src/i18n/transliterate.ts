/**
 * Serbian Latin to Cyrillic. The Latin alphabet maps one to one onto the Cyrillic one, with three digraphs (lj, nj,
 * dž) read as single letters. Pure, so it is tested on its own (test/unit/web-i18n.test.ts).
 */
const DIGRAPHS: Record<string, string> = {
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
  Lj: 'Љ',
  LJ: 'Љ',
  Nj: 'Њ',
  NJ: 'Њ',
  Dž: 'Џ',
  DŽ: 'Џ',
};
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

export function latinToCyrillic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    if (DIGRAPHS[pair]) {
      out += DIGRAPHS[pair];
      i++;
      continue;
    }
    const ch = text[i];
    const lower = ch.toLowerCase();
    const mapped = LETTERS[lower];
    out += mapped === undefined ? ch : ch === lower ? mapped : mapped.toUpperCase();
  }
  return out;
}

/**
 * Text that must stay in Latin script inside Serbian prose: citations and abbreviations of the law ("čl. 171 KZRK",
 * "CCK Art. 171", "UNMIK Reg 2001/4"), URLs, and the names of keys and formats (MONITOR, CSV, GraphQL).
 */
const KEEP_LATIN =
  /(https?:\/\/\S+|\b(?:MONITOR|CSV|GraphQL|UNMIK|PCCK|CCK|KPRK|CC|Reg|Art|lex mitior|neni \d+|s \d[\d.]*|n)\b)/g;

/** Serbian prose in Cyrillic, with citations, abbreviations and URLs left as they are written. */
export function serbianToCyrillic(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(KEEP_LATIN)) {
    out += latinToCyrillic(text.slice(last, match.index)) + match[0];
    last = match.index! + match[0].length;
  }
  return out + latinToCyrillic(text.slice(last));
}
