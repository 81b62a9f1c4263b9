/**
 * Citation parsing: turns what judges, lawyers and monitors write ("CCK Art. 171(1)", "neni 171 paragrafi 1
 * KPRK", "čl. 171 st. 1 KZRK", "члан 171 КЗРК", "UNMIK Reg 2001/4 s 2.1", "PCCK 139") into the instruments
 * it may name and a normalised provision number ("171.1"). Pure: the catalogue of names is passed in, and
 * choosing between candidate instruments (by article existence and date) is left to the caller.
 */
import { foldText } from '../shared/fold';

export interface CitationCatalogue {
  instruments: { id: string; aliases: string[] }[];
}

export interface ParsedCitation {
  input: string;
  /** Every instrument the citation may name, in catalogue order; empty when it names none. */
  instrumentIds: string[];
  /** Numbering units joined by dots: `171.1`, `2.1`, `1.1.a`. */
  number: string;
  /** Readable canonical form without the instrument: `Art. 171(1)`, `s. 2.1`. */
  label: string;
}

/** How an instrument numbers its top-level provisions: codes by article, UNMIK regulations by section. */
export type CitationUnit = 'ARTICLE' | 'SECTION';

/** A citation the user can fix: it names no known instrument, has no provision number, or is ambiguous. */
export class CitationError extends Error {
  readonly code = 'BAD_USER_INPUT';

  constructor(message: string) {
    super(message);
    this.name = 'CitationError';
  }
}

/** Citations are short; anything longer is not a citation and would only cost matching time. */
const MAX_CITATION_LENGTH = 300;

/** The catalogue of the instruments held: each cited by its short name and its other names. */
export const catalogueOf = (
  instruments: readonly { id: string; shortName: string; citationAliases: string[] }[],
): CitationCatalogue => ({
  instruments: instruments.map((i) => ({ id: i.id, aliases: [i.shortName, ...i.citationAliases] })),
});

export function buildCitationCatalogue(aliases: Record<string, string[]>): CitationCatalogue {
  return { instruments: Object.entries(aliases).map(([id, names]) => ({ id, aliases: names })) };
}

export function parseCitation(input: string, catalogue: CitationCatalogue): ParsedCitation {
  const citation = input.trim();
  if (citation === '') throw new CitationError('The citation is empty; write it like "CCK Art. 171(1)"');
  if (citation.length > MAX_CITATION_LENGTH) {
    throw new CitationError(
      `The citation is too long (${citation.length} characters, at most ${MAX_CITATION_LENGTH})`,
    );
  }

  const tokens = tokenize(citation);
  const reading: Reading = { tokens, claimed: tokens.map(() => false) };
  const index = aliasIndexOf(catalogue);
  const instrumentIds = resolveInstrumentIds(citation, findInstrumentMentions(reading, index), index);
  const units = readProvisionUnits(reading);

  const unknown = firstUnknownRun(reading);
  if (unknown) {
    throw new CitationError(
      `"${citation.slice(unknown.start, unknown.end)}" does not name a known instrument`,
    );
  }

  const main = mainUnitOf(citation, units);
  const number = composeNumber(main, units).join('.');
  return { input, instrumentIds, number, label: formatCitation(null, number, main.unit) };
}

/**
 * `formatCitation('CCK', '171.1', 'ARTICLE')` → `CCK Art. 171(1)`; `formatCitation(null, '1.1.a', 'SECTION')` →
 * `s. 1.1(a)`. Sections keep their dotted subsection numbers, as UNMIK regulations print them.
 */
export function formatCitation(
  instrumentShortName: string | null,
  number: string,
  unit: CitationUnit,
): string {
  const label = unit === 'SECTION' ? formatSection(number) : formatArticle(number);
  return instrumentShortName ? `${instrumentShortName} ${label}` : label;
}

function formatArticle(number: string): string {
  const [article, ...subunits] = number.split('.');
  return `Art. ${article}${subunits.map(parenthesise).join('')}`;
}

function formatSection(number: string): string {
  const segments = number.split('.');
  const firstNonNumeric = segments.findIndex((segment) => !/^\d+$/.test(segment));
  const dottedLength = firstNonNumeric === -1 ? segments.length : firstNonNumeric;
  const dotted = segments.slice(0, dottedLength).join('.');
  return `s. ${dotted}${segments.slice(dottedLength).map(parenthesise).join('')}`;
}

function parenthesise(segment: string): string {
  return `(${segment})`;
}

// ---------------------------------------------------------------------------------------------------------
// Tokens

interface Token {
  kind: 'NUMBER' | 'WORD' | 'MARK';
  /** Folded text (lowercase, Latin, no diacritics); a number keeps its dots. */
  text: string;
  /** Offsets in the trimmed citation, for quoting it back in messages. */
  start: number;
  end: number;
}

/** Dotted numbers ("171.1") stay whole; words keep their diacritics' combining marks until folded. */
const TOKEN_PATTERN = /(\d+(?:\.\d+)*)|([\p{L}\p{M}]+)|(\S)/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN_PATTERN)].map((match) => {
    const [raw, number, word] = match;
    const start = match.index;
    const end = start + raw.length;
    if (number !== undefined) return { kind: 'NUMBER', text: number, start, end };
    const folded = word === undefined ? raw : foldText(word);
    // A stray combining mark folds to nothing: treat it as punctuation.
    return { kind: word !== undefined && folded !== '' ? 'WORD' : 'MARK', text: folded, start, end };
  });
}

/** "0171" and "171" are the same number; "2001/04" names Regulation 2001/4. */
function withoutLeadingZeros(segment: string): string {
  return segment.replace(/^0+(?=\d)/, '');
}

function numberSegments(token: Token): string[] {
  return token.text.split('.').map(withoutLeadingZeros);
}

/** The citation's tokens, and which of them have already been read as an instrument name or a number. */
interface Reading {
  tokens: Token[];
  claimed: boolean[];
}

/** The token at a position, unless it is past the end or already read as part of something else. */
function freeToken({ tokens, claimed }: Reading, position: number): Token | undefined {
  return claimed[position] ? undefined : tokens[position];
}

// ---------------------------------------------------------------------------------------------------------
// Instruments

/** "No.", "Nr.", "br." between a title and its number add nothing: "Criminal Code No. 04/L-082". */
const NUMBER_SIGNS = new Set(['no', 'nr', 'br', 'broj', 'number']);

/**
 * The key a token contributes to alias matching, or null when it does not count. Punctuation does not count,
 * so "UNMIK/REG/2001/4" = "UNMIK Reg. 2001/4" and "04/L-082" = "04/L–082".
 */
function matchKey(token: Token): string | null {
  if (token.kind === 'MARK' || NUMBER_SIGNS.has(token.text)) return null;
  return token.kind === 'NUMBER' ? numberSegments(token).join('.') : token.text;
}

interface AliasIndex {
  aliases: { keys: string[]; ids: string[] }[];
  catalogueOrder: Map<string, number>;
}

/** Building the index folds every alias; the catalogue is usually built once, so the index is kept with it. */
const aliasIndexes = new WeakMap<CitationCatalogue, AliasIndex>();

function aliasIndexOf(catalogue: CitationCatalogue): AliasIndex {
  let index = aliasIndexes.get(catalogue);
  if (!index) {
    index = buildAliasIndex(catalogue);
    aliasIndexes.set(catalogue, index);
  }
  return index;
}

/** One entry per distinct folded alias, with every instrument it names ("KPRK" names two codes). */
function buildAliasIndex(catalogue: CitationCatalogue): AliasIndex {
  const idsByKey = new Map<string, { keys: string[]; ids: string[] }>();
  for (const { id, aliases } of catalogue.instruments) {
    for (const alias of aliases) {
      const keys = significantKeys(tokenize(alias));
      if (keys.length === 0) continue;
      const entry = idsByKey.get(keys.join(' ')) ?? { keys, ids: [] };
      if (!entry.ids.includes(id)) entry.ids.push(id);
      idsByKey.set(keys.join(' '), entry);
    }
  }
  const catalogueOrder = new Map(catalogue.instruments.map(({ id }, position) => [id, position]));
  return { aliases: [...idsByKey.values()], catalogueOrder };
}

function significantKeys(tokens: Token[]): string[] {
  return tokens.map(matchKey).filter((key): key is string => key !== null);
}

interface InstrumentMention {
  /** Offsets of the mention in the citation. */
  start: number;
  end: number;
  ids: string[];
}

/**
 * Finds the instrument names in the citation, longest first, so "CC 06/L-074" wins over a shorter name inside
 * it and "CCRK 2012" over "CCRK". Matching is on whole tokens, so "CCK" never matches inside "PCCK". Claims
 * the tokens of every mention kept.
 */
function findInstrumentMentions({ tokens, claimed }: Reading, index: AliasIndex): InstrumentMention[] {
  const significant = tokens.flatMap((token, position) => {
    const key = matchKey(token);
    return key === null ? [] : [{ key, position }];
  });
  const candidates = significant.flatMap(({ position }, from) =>
    index.aliases
      .filter(({ keys }) => keys.every((key, offset) => significant[from + offset]?.key === key))
      .map(({ keys, ids }) => ({
        first: position,
        last: significant[from + keys.length - 1].position,
        length: keys.length,
        ids,
      })),
  );
  candidates.sort((a, b) => b.length - a.length || a.first - b.first);

  const mentions: InstrumentMention[] = [];
  for (const { first, last, ids } of candidates) {
    if (claimed.slice(first, last + 1).some(Boolean)) continue;
    claimed.fill(true, first, last + 1);
    mentions.push({ start: tokens[first].start, end: tokens[last].end, ids });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * Several mentions narrow each other down: "KPRK" names both 2012 and 2019 codes, "KPRK 04/L-082" only the
 * first. Mentions that share no instrument make the citation ambiguous.
 */
function resolveInstrumentIds(citation: string, mentions: InstrumentMention[], index: AliasIndex): string[] {
  if (mentions.length === 0) return [];
  const [firstMention, ...others] = mentions;
  const ids = firstMention.ids.filter((id) => others.every((mention) => mention.ids.includes(id)));
  if (ids.length === 0) {
    const names = mentions.map((mention) => `"${citation.slice(mention.start, mention.end)}"`);
    throw new CitationError(`"${citation}" names more than one instrument (${names.join(', ')})`);
  }
  return ids.sort((a, b) => (index.catalogueOrder.get(a) ?? 0) - (index.catalogueOrder.get(b) ?? 0));
}

// ---------------------------------------------------------------------------------------------------------
// Provision numbers

type UnitLevel = 'MAIN' | 'PARAGRAPH' | 'ITEM';

interface ProvisionUnit {
  level: UnitLevel;
  /** Null when the number stood alone ("PCCK 139"): the word that would say article or section is missing. */
  unit: CitationUnit | null;
  segments: string[];
}

// Folded forms, English, Albanian, then Serbian: "član" → "clan", "tačka" → "tacka", "pikës" → "pikes".
const ARTICLE_WORDS = [
  ...['article', 'articles', 'art', 'arts'],
  ...['neni', 'nenit', 'nenin', 'nenet', 'neneve'],
  ...['cl', 'clan', 'clana', 'clanu', 'clanom', 'clanak', 'clanka', 'clanovi', 'clanova'],
];
const SECTION_WORDS = [
  ...['section', 'sections', 'sec', 'sect', 's', 'ss', '§'],
  ...['seksioni'],
  ...['odeljak'],
];
const PARAGRAPH_WORDS = [
  ...['paragraph', 'paragraphs', 'para', 'paras', 'par', 'subsection', '¶'],
  ...['paragrafi', 'paragrafit', 'paragrafin', 'paragrafet', 'paragraf'],
  ...['st', 'stav', 'stava', 'stavu', 'stavom'],
];
const ITEM_WORDS = [
  ...['item', 'point', 'pt', 'subparagraph', 'subpara'],
  ...['pika', 'pikes', 'piken', 'nenparagrafi'],
  ...['tacka', 'tacke', 'tacki', 'tac', 'alineja', 'lit', 'litera'],
];

/** Folded provision words of the three languages, with the level and kind of unit they introduce. */
const UNIT_WORDS = new Map<string, { level: UnitLevel; unit: CitationUnit | null }>([
  ...ARTICLE_WORDS.map((word) => [word, { level: 'MAIN', unit: 'ARTICLE' }] as const),
  ...SECTION_WORDS.map((word) => [word, { level: 'MAIN', unit: 'SECTION' }] as const),
  ...PARAGRAPH_WORDS.map((word) => [word, { level: 'PARAGRAPH', unit: null }] as const),
  ...ITEM_WORDS.map((word) => [word, { level: 'ITEM', unit: null }] as const),
]);

/** Small words around a citation: "Article 171 of the ...", "paragrafi 1 i nenit 171 të KPRK-së", "po članu". */
const FILLER_WORDS = new Set([
  ...NUMBER_SIGNS,
  ...['of', 'the', 'and', 'under', 'in', 'to', 'pursuant', 'according', 'see'],
  ...['i', 'e', 'te', 'se', 'ne', 'dhe', 'sipas'],
  ...['u', 'iz', 'po', 'prema'],
]);

/** Punctuation allowed between a provision word and its number: "Art. 171", "čl.: 171", "§§ 2". */
const SEPARATORS = new Set(['.', ',', ':', '§']);

/** A lettered or roman-numbered subunit: "(a)", "(iv)". */
const SUBUNIT_LETTERS = /^(?:[a-z]|[ivx]{1,5})$/;

/** Paragraph numbers in parentheses are small; "(2012)" is a year, not paragraph 2012. */
const PARENTHESISED_NUMBER = /^\d{1,3}$/;

/**
 * Reads every provision unit: first those introduced by a word ("Art. 171(1)", "st. 1", "pika a"), then bare
 * numbers ("PCCK 139"). A number beside a slash is part of an instrument's number ("2001/5"), never an article.
 */
function readProvisionUnits(reading: Reading): ProvisionUnit[] {
  const units: ProvisionUnit[] = [];
  reading.tokens.forEach((token, position) => {
    const word = token.kind === 'NUMBER' ? undefined : UNIT_WORDS.get(token.text);
    if (!word || !freeToken(reading, position)) return;
    reading.claimed[position] = true;
    const segments = readUnitValue(reading, position + 1, word.level);
    if (segments) units.push({ ...word, segments });
  });
  reading.tokens.forEach((token, position) => {
    if (token.kind !== 'NUMBER' || !freeToken(reading, position) || besideSlash(reading, position)) return;
    reading.claimed[position] = true;
    const segments = [...numberSegments(token), ...readSubunits(reading, position + 1)];
    units.push({ level: 'MAIN', unit: null, segments });
  });
  return units;
}

function besideSlash({ tokens }: Reading, position: number): boolean {
  return tokens[position - 1]?.text === '/' || tokens[position + 1]?.text === '/';
}

/** The number or letter after a provision word, with its subunits; claims what it reads. */
function readUnitValue(reading: Reading, from: number, level: UnitLevel): string[] | null {
  let position = from;
  while (isSeparator(freeToken(reading, position))) position++;
  const segments = unitValueSegments(freeToken(reading, position), level);
  if (segments) {
    reading.claimed.fill(true, from, position + 1);
    return [...segments, ...readSubunits(reading, position + 1)];
  }
  // "para (1)": the value itself is in parentheses.
  const subunits = level === 'MAIN' ? [] : readSubunits(reading, position);
  return subunits.length > 0 ? subunits : null;
}

/** Articles and sections are numbered; paragraphs and items may be lettered ("pika a", "tačka b"). */
function unitValueSegments(token: Token | undefined, level: UnitLevel): string[] | null {
  if (token?.kind === 'NUMBER') return numberSegments(token);
  const letter = subunitLetter(token);
  return letter !== null && level !== 'MAIN' ? [letter] : null;
}

function isSeparator(token: Token | undefined): boolean {
  return token?.kind === 'MARK' && SEPARATORS.has(token.text);
}

function subunitLetter(token: Token | undefined): string | null {
  return token?.kind === 'WORD' && SUBUNIT_LETTERS.test(token.text) ? token.text : null;
}

interface Subunit {
  value: string;
  /** Position of the first token after the subunit. */
  next: number;
}

/** "(1)(a)", "( 1 )", and ".a" written tight against the number ("1.1.a"); claims what it reads. */
function readSubunits(reading: Reading, from: number): string[] {
  const subunits: string[] = [];
  let position = from;
  for (;;) {
    const subunit = parenthesisedSubunit(reading, position) ?? dottedLetter(reading, position);
    if (!subunit) return subunits;
    reading.claimed.fill(true, position, subunit.next);
    subunits.push(subunit.value);
    position = subunit.next;
  }
}

/** "(1)" or "(a)"; a missing closing parenthesis is forgiven. */
function parenthesisedSubunit(reading: Reading, position: number): Subunit | null {
  if (freeToken(reading, position)?.text !== '(') return null;
  const token = freeToken(reading, position + 1);
  const value =
    token?.kind === 'NUMBER' && PARENTHESISED_NUMBER.test(token.text)
      ? withoutLeadingZeros(token.text)
      : subunitLetter(token);
  if (value === null) return null;
  const closed = freeToken(reading, position + 2)?.text === ')';
  return { value, next: position + (closed ? 3 : 2) };
}

/** ".a" only when written tight against the number before it, so "171. e KPRK" stays an article. */
function dottedLetter(reading: Reading, position: number): Subunit | null {
  const before = reading.tokens[position - 1];
  const dot = freeToken(reading, position);
  const letter = freeToken(reading, position + 1);
  const value = subunitLetter(letter);
  const tight = before !== undefined && before.end === dot?.start && dot.end === letter?.start;
  return dot?.text === '.' && value !== null && tight ? { value, next: position + 2 } : null;
}

/** Exactly one article or section per citation; paragraphs and items hang below it. */
function mainUnitOf(citation: string, units: ProvisionUnit[]): { segments: string[]; unit: CitationUnit } {
  const mains = units.filter((unit) => unit.level === 'MAIN');
  if (mains.length === 0) {
    throw new CitationError(`Could not find an article or section number in "${citation}"`);
  }
  if (mains.length > 1) {
    const numbers = mains.map((main) => `"${main.segments.join('.')}"`).join(', ');
    throw new CitationError(`"${citation}" cites more than one provision (${numbers}); cite one at a time`);
  }
  // A bare number is read as an article: all the codes cite by article, and regulations are cited with "s".
  return { segments: mains[0].segments, unit: mains[0].unit ?? 'ARTICLE' };
}

/** "neni 171 paragrafi 1" and "paragrafi 1 i nenit 171" both give 171.1: paragraphs, then items, follow. */
function composeNumber(main: { segments: string[] }, units: ProvisionUnit[]): string[] {
  const below = (level: UnitLevel) =>
    units.filter((unit) => unit.level === level).flatMap((unit) => unit.segments);
  return [...main.segments, ...below('PARAGRAPH'), ...below('ITEM')];
}

// ---------------------------------------------------------------------------------------------------------
// Leftovers

/**
 * The first run of words nothing recognised ("XYZ", "Kodi Penal i Shqipërisë", "2001/5"): an instrument the
 * catalogue does not know. Filler words and punctuation inside a run stay in the quote.
 */
function firstUnknownRun(reading: Reading): { start: number; end: number } | null {
  const isUnknown = (token: Token | undefined) =>
    token !== undefined && token.kind !== 'MARK' && !FILLER_WORDS.has(token.text);
  const { tokens } = reading;
  const first = tokens.findIndex((_, position) => isUnknown(freeToken(reading, position)));
  if (first === -1) return null;
  let last = first;
  for (let position = first + 1; freeToken(reading, position); position++) {
    if (isUnknown(freeToken(reading, position))) last = position;
  }
  return { start: tokens[first].start, end: tokens[last].end };
}
