/**
 * The query language both engines share: how a user's text becomes words (folded as the index folds them), which
 * words are particles, typos and prefixes, synonyms across the three languages (a phrase of the query that is a
 * synonym is matched as one unit), and what the highlighter marks. Pure: no database, no engine.
 */
import { foldText } from '../shared/fold';
import type { HighlightGroup } from './highlight';
import { synonymPhrases, synonymsOf } from './synonyms';

/** As Meilisearch's typo tolerance: one typo from five letters, two from nine; shorter words are never corrected. */
export const TYPO_MIN_LENGTH = 5;
const TWO_TYPOS_MIN_LENGTH = 9;
export const typosAllowed = (word: string) =>
  word.length >= TWO_TYPOS_MIN_LENGTH ? 2 : word.length >= TYPO_MIN_LENGTH ? 1 : 0;

/**
 * A text as the index reads it: folded, and every character that is neither a letter nor a digit made a space, so
 * the index splits it into exactly the words a query is split into ("Pml.Kzz 92/2016" is pml, kzz, 92, 2016, not
 * PostgreSQL's host name "pml.kzz" and file path "92/2016"). One character for one, so positions in it stay close
 * to positions in the text (highlight windows are cut by them).
 */
export const indexText = (text: string): string => foldText(text).replace(/[^\p{L}\p{N}\s]/gu, ' ');

/** Folded words of a text: letters and digits only, so they are safe inside a tsquery. */
export const wordsOf = (text: string): string[] => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Damerau-Levenshtein distance (a transposition is one typo), capped at 3: we only compare it with 1 or 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return Math.min(d[a.length][b.length], 3);
}

/**
 * Whether the last word is matched as a prefix: not a number (the "2" of "Reg 2001/4 s 2" is a section, not every
 * year 2001–2024) and not a word of one or two letters, whose prefix would match most of the index.
 */
const prefixable = (word: string) => word.length >= 3 && !/^\d+$/.test(word);

/**
 * Words of one or two letters ("i", "e", "të", "u", "na", "of"): articles and particles found in nearly every text.
 * A query ignores them when it has other words, and so do the multi-word synonyms ("i dëmtuari" is "dëmtuari"):
 * they match almost every document and make every other occurrence a highlight. Numbers are kept.
 */
const isParticle = (word: string) => word.length <= 2 && !/^\d+$/.test(word);

/**
 * The query as AND-ed groups, one per word the user typed, each matched through the word itself, a synonym in
 * another language, a word within the typos allowed, and, for the last word, any word it begins (as-you-type).
 * Words that together form a multi-word synonym ("trafikim me qenie njerëzore", "trgovina ljudskim bićima") are one
 * group, matched through any term of their synonym group. Each alternative is one word, or the words of a
 * multi-word synonym, which must all occur.
 */
export function queryGroups(words: string[], corrections: Map<string, string[]>): QueryGroup[] | null {
  const groups: QueryGroup[] = [];
  const units = unitsOf(words);
  const meaningful = units.filter((u) => u.phrase !== null || !isParticle(u.word));
  const kept = meaningful.length ? meaningful : units;
  for (const [i, unit] of kept.entries()) {
    const last = i === kept.length - 1;
    const alternatives: QueryAlternative[] =
      unit.phrase !== null
        ? unit.phrase.map((term) => ({ words: wordsOfTerm(term), prefix: false }))
        : [
            { words: [unit.word], prefix: last && prefixable(unit.word) },
            ...(corrections.get(unit.word) ?? []).map((c) => ({ words: [c], prefix: false })),
            ...synonymsOf(unit.word).map((synonym) => ({ words: wordsOfTerm(synonym), prefix: false })),
          ];
    const seen = new Set<string>();
    groups.push(
      alternatives.filter((a) => {
        const key = tsAlternative(a);
        return a.words.length > 0 && !seen.has(key) && seen.add(key);
      }),
    );
  }
  return groups.length ? groups : null;
}

/** The words of a synonym term that must occur: its particles left out ("i dëmtuari" is "dëmtuari"). */
const wordsOfTerm = (term: string) => {
  const parts = term.split(' ');
  const meaningful = parts.filter((w) => !isParticle(w));
  return meaningful.length ? meaningful : parts;
};

/**
 * The query's words, with every run that spells a multi-word synonym (longest first, from the left) taken as one
 * unit standing for its whole synonym group.
 */
function unitsOf(words: string[]): { word: string; phrase: readonly string[] | null }[] {
  const units: { word: string; phrase: readonly string[] | null }[] = [];
  for (let i = 0; i < words.length;) {
    const match = synonymPhrases().find(
      ({ words: phrase }) => phrase.length <= words.length - i && phrase.every((w, k) => words[i + k] === w),
    );
    if (match) {
      units.push({ word: match.words.join(' '), phrase: match.group });
      i += match.words.length;
    } else {
      units.push({ word: words[i], phrase: null });
      i += 1;
    }
  }
  return units;
}

export interface QueryAlternative {
  words: string[];
  /** The word is matched as the beginning of a word. */
  prefix: boolean;
}
export type QueryGroup = QueryAlternative[];

// Words of a multi-word synonym must all occur, not as a phrase: a phrase makes PostgreSQL re-check every match
// against its stored vector, which is what made broad queries slow.
const tsAlternative = ({ words, prefix }: QueryAlternative) =>
  words.length > 1 ? `(${words.join(' & ')})` : `${words[0]}${prefix ? ':*' : ''}`;

/** The tsquery of the groups: every group must match, through any of its alternatives. */
export const tsQueryOf = (groups: QueryGroup[]): string =>
  groups.map((g) => `(${g.map(tsAlternative).join(' | ')})`).join(' & ');

/** A tsquery from the user's words (see queryGroups); null when they hold no word. */
export function buildTsQuery(words: string[], corrections: Map<string, string[]>): string | null {
  const groups = queryGroups(words, corrections);
  return groups && tsQueryOf(groups);
}

/** What the highlighter marks of each group: every word of its alternatives, the prefixes as prefixes. */
export const highlightGroupsOf = (groups: QueryGroup[]): HighlightGroup[] =>
  groups.map((g) => ({
    exact: g.flatMap((a) => (a.prefix ? [] : a.words)),
    prefixes: g.flatMap((a) => (a.prefix ? a.words : [])),
  }));

/** The query's words (folded, as the index holds them), to find where in a text the first match is. */
export const lexemesOf = (groups: QueryGroup[]): string[] =>
  [...new Set(groups.flat().flatMap((a) => a.words))].filter((w) => w.length >= 3);
