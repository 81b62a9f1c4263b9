/**
 * The search contract's query rules, translated for Meilisearch: which words are sent and how, the synonyms setting,
 * and the highlight of a hit, computed here (not by Meilisearch) as the PostgreSQL engine computes it. Pure: no I/O.
 * docs/search-engines.md says where Meilisearch documents (or its v1.50.0 source shows) each behaviour relied on.
 */
import { foldText } from '../shared/fold';
import { highlight, type HighlightGroup } from './highlight';
import { editDistance, queryGroups, typosAllowed, wordsOf, type QueryGroup } from './postgres.engine';
import { SYNONYM_GROUPS, synonymsOf } from './synonyms';

/**
 * Meilisearch takes the first ten words of a query into account and ignores the rest (a hard limit: "Known
 * limitations", and `words_limit: 10` in milli's search/mod.rs).
 */
export const MEILI_QUERY_WORD_LIMIT = 10;

export interface MeilisearchQuery {
  /**
   * The `q` sent: the query's meaningful words, folded, separated by spaces, so no `"` (phrase) or leading `-`
   * (negation) ever reaches Meilisearch. A trailing space when the last word must not be a prefix: Meilisearch
   * matches the last word as a prefix only when nothing follows it (milli's query_term/parse_query.rs).
   */
  q: string;
  /** The groups of the words sent (see queryGroups), for the highlight; null for an empty query. */
  groups: QueryGroup[] | null;
  /** Meaningful words past the tenth, which Meilisearch would ignore: they are not sent. */
  ignoredWords: string[];
}

/**
 * The words of the query as the contract reads them (postgres.engine.ts queryGroups: folded, particles left out when
 * there are other words, the last word a prefix only when it has three characters or more and is not a number).
 */
export function meilisearchQuery(text: string): MeilisearchQuery {
  const all = queryGroups(wordsOf(text), new Map());
  if (all === null) return { q: '', groups: null, ignoredWords: [] };
  const groups = all.slice(0, MEILI_QUERY_WORD_LIMIT);
  const words = groups.map((g) => g[0].words[0]);
  const ignoredWords = all.slice(MEILI_QUERY_WORD_LIMIT).map((g) => g[0].words[0]);
  // A query cut at ten words has no "last word" the user is typing: the tenth is whole, as in PostgreSQL.
  const lastIsPrefix = ignoredWords.length === 0 && groups[groups.length - 1][0].prefix;
  return { q: words.join(' ') + (lastIsPrefix ? '' : ' '), groups, ignoredWords };
}

const isSingleWord = (term: string) => !term.includes(' ');
/** As postgres.engine.ts reads a particle: one or two characters, not a number. */
const isParticle = (word: string) => word.length <= 2 && !/^\d+$/.test(word);
const withoutParticles = (term: string) => {
  const words = term.split(' ');
  const kept = words.filter((w) => !isParticle(w));
  return (kept.length ? kept : words).join(' ');
};

/**
 * The `synonyms` setting, as PostgreSQL expands a query: a word the user typed that is a one-word term of a group
 * stands for every other term of its group, multi-word terms without their particles ("i mitur" is "mitur"). Only
 * one-word keys: PostgreSQL expands words, not phrases the user typed, and Meilisearch looks a key up for each one-
 * to three-word run of the query. Meilisearch matches a multi-word synonym as a phrase, its words side by side
 * (milli's query_term/compute_derivations.rs makes each a Phrase); PostgreSQL asks only that they all occur.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const term of new Set(SYNONYM_GROUPS.flat())) {
    if (!isSingleWord(term)) continue;
    const equivalents = [...new Set(synonymsOf(term).map(withoutParticles))].filter((t) => t !== term);
    if (equivalents.length) out[term] = equivalents;
  }
  return out;
}

/**
 * Whether Meilisearch's typo tolerance matches `word` for the query word `queryWord`: one typo from five letters,
 * two from nine, none in a number (`disableOnNumbers`), a transposition counting as one, and a different first letter
 * counting as two (milli's query_term/compute_derivations.rs).
 */
export function typoMatches(queryWord: string, word: string): boolean {
  const allowed = /^\d+$/.test(queryWord) ? 0 : typosAllowed(queryWord);
  if (allowed === 0 || word === queryWord) return false;
  const distance = editDistance(queryWord, word);
  return word[0] === queryWord[0] ? distance <= allowed : allowed === 2 && distance === 1;
}

/**
 * What the highlighter marks for a hit: each group's words, its synonyms and the last word as a prefix, as the
 * PostgreSQL engine marks them, plus the words of `texts` that Meilisearch matched through a typo.
 */
export function highlightGroups(groups: QueryGroup[], texts: readonly string[]): HighlightGroup[] {
  const textWords = new Set(texts.flatMap((t) => foldText(t).match(/[\p{L}\p{N}]+/gu) ?? []));
  return groups.map((group) => {
    const typed = group[0].words[0];
    const corrected = [...textWords].filter((w) => typoMatches(typed, w));
    return {
      exact: [...group.flatMap((a) => (a.prefix ? [] : a.words)), ...corrected],
      prefixes: group.flatMap((a) => (a.prefix ? a.words : [])),
    };
  });
}

/** The highlight of one text of a hit (see highlightGroups); null when it holds no match. */
export const highlightText = (groups: QueryGroup[], text: string): string | null =>
  highlight(text, highlightGroups(groups, [text]));
