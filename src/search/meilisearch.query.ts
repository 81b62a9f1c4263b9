/**
 * The search contract's query rules, translated for Meilisearch: which words are sent and how, the synonyms setting,
 * and the highlight of a hit, computed here (not by Meilisearch) as the PostgreSQL engine computes it. Pure: no I/O.
 * docs/search-engines.md says where Meilisearch documents (or its v1.50.0 source shows) each behaviour relied on.
 */
import { foldText } from '../shared/fold';
import { highlight, type HighlightGroup } from './highlight';
import { editDistance, queryGroups, typosAllowed, wordsOf, type QueryGroup } from './query-language';
import { SYNONYM_GROUPS } from './synonyms';

/**
 * Meilisearch takes the first ten words of a query into account and ignores the rest (a hard limit: "Known
 * limitations", and `words_limit: 10` in milli's search/mod.rs).
 */
export const MEILI_QUERY_WORD_LIMIT = 10;

export interface MeilisearchQuery {
  /**
   * The `q` sent: each unit of the query as words, folded, separated by spaces, so no `"` (phrase) or leading `-`
   * (negation) ever reaches Meilisearch. A trailing space when the last word must not be a prefix: Meilisearch
   * matches the last word as a prefix only when nothing follows it (milli's query_term/parse_query.rs).
   */
  q: string;
  /** The groups of the units sent (see queryGroups), for the highlight; null for an empty query. */
  groups: QueryGroup[] | null;
  /** Units past the tenth word, which Meilisearch would ignore: they are not sent. */
  ignoredWords: string[];
}

/** The words sent for a unit of the query: the word typed, or for a phrase that is a multi-word synonym, the head
 *  term of its group (a key of the synonyms setting, standing for every term of the group, the typed one included). */
const sentWords = (group: QueryGroup) => group[0].words;

/**
 * The query as the contract reads it (query-language.ts queryGroups: folded, particles left out when there are other
 * words, a run spelling a multi-word synonym taken as one unit, the last word a prefix only when it has three
 * characters or more and is not a number), as at most ten words.
 */
export function meilisearchQuery(text: string): MeilisearchQuery {
  const all = queryGroups(wordsOf(text), new Map());
  if (all === null) return { q: '', groups: null, ignoredWords: [] };
  const words: string[] = [];
  let sent = 0;
  while (sent < all.length && words.length + sentWords(all[sent]).length <= MEILI_QUERY_WORD_LIMIT)
    words.push(...sentWords(all[sent++]));
  const groups = all.slice(0, sent);
  const ignoredWords = all.slice(sent).flatMap(sentWords);
  // A query cut at ten words has no "last word" the user is typing: the tenth is whole, as in PostgreSQL.
  const lastIsPrefix = ignoredWords.length === 0 && groups[groups.length - 1][0].prefix;
  return { q: words.join(' ') + (lastIsPrefix ? '' : ' '), groups, ignoredWords };
}

/** As query-language.ts reads a particle: one or two characters, not a number. */
const isParticle = (word: string) => word.length <= 2 && !/^\d+$/.test(word);
/** A synonym term as the query language matches it: without its particles ("i mitur" is "mitur"). */
const withoutParticles = (term: string) => {
  const words = term.split(' ');
  const kept = words.filter((w) => !isParticle(w));
  return (kept.length ? kept : words).join(' ');
};

/**
 * The `synonyms` setting, as the query language expands a query. A word typed that is a one-word term stands for
 * every other term of its groups; a phrase typed that is a multi-word term is sent as its group's head term (see
 * sentWords), which stands for every other term of its group. So the keys are the one-word terms and the heads, and
 * every term is written without its particles. No other multi-word key: Meilisearch looks keys up for every run of
 * two or three words of the query (milli's query_graph.rs and make_ngram), and the query language does not expand
 * runs that are not terms. Meilisearch matches a multi-word synonym as a phrase, its words side by side (each is a
 * Phrase in query_term/compute_derivations.rs); the query language asks only that they all occur.
 */
export function meilisearchSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of SYNONYM_GROUPS) {
    const forms = [...new Set(group.map(withoutParticles))];
    const keys = new Set([withoutParticles(group[0]), ...group.filter((t) => !t.includes(' '))]);
    for (const key of keys) out[key] = [...new Set([...(out[key] ?? []), ...forms.filter((f) => f !== key)])];
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
    const corrected = [...textWords].filter((w) => sentWords(group).some((sent) => typoMatches(sent, w)));
    return {
      exact: [...group.flatMap((a) => (a.prefix ? [] : a.words)), ...corrected],
      prefixes: group.flatMap((a) => (a.prefix ? a.words : [])),
    };
  });
}

/** The highlight of one text of a hit (see highlightGroups); null when it holds no match. */
export const highlightText = (groups: QueryGroup[], text: string): string | null =>
  highlight(text, highlightGroups(groups, [text]));
