/**
 * The Meilisearch index in code: its settings, the stored shape of a document, and the pure translations between
 * the search port and Meilisearch's request and response shapes. No I/O here; the engine sends what this builds.
 */
import type { FacetDistribution, Locale, Settings } from 'meilisearch';

import type { FacetCount, SearchDocument, SearchFacets, SearchFilter } from './search.model';
import { meilisearchSynonyms } from './meilisearch.query';
import { indexText } from './query-language';

export const MEILI_INDEX_UID = 'documents';
export const MEILI_PRIMARY_KEY = 'id';

/** A document as stored: the port's fields (displayed) plus folded copies of its text (searched). */
export interface MeilisearchDocument extends SearchDocument {
  /** The body's length in characters, so a search knows whether the window it got of the body is all of it. */
  bodyLength: number;
  citationsFolded: string[];
  titleFolded: string;
  summaryFolded: string;
  bodyFolded: string;
}

/** Searched in this order, which the `attribute` ranking rule follows: a citation match outranks a body match. */
export const SEARCHABLE_ATTRIBUTES = [
  'citationsFolded',
  'titleFolded',
  'summaryFolded',
  'bodyFolded',
] as const;

/** Every field of the port (a stored document reads back as a SearchDocument) and the body's length; the folded
 *  copies stay hidden. */
export const DISPLAYED_ATTRIBUTES = [
  'id',
  'kind',
  'entityId',
  'title',
  'citations',
  'summary',
  'body',
  'instrumentId',
  'courtId',
  'courtName',
  'year',
  'date',
  'findingStatuses',
  'provenance',
  'language',
  'bodyLength',
] as const satisfies readonly (keyof MeilisearchDocument)[];

/** The port's facets, by the attribute Meilisearch counts them on. */
const FACET_OF_ATTRIBUTE = {
  kind: 'kind',
  instrumentId: 'instrument',
  courtId: 'court',
  year: 'year',
  findingStatuses: 'findingStatus',
} as const satisfies Record<string, keyof SearchFacets>;

export const FACET_ATTRIBUTES = Object.keys(FACET_OF_ATTRIBUTE) as (keyof typeof FACET_OF_ATTRIBUTE)[];

/**
 * Meilisearch has no Albanian locale (its list has `sr`/`srp` and `en`/`eng`, no `sq`/`sqi`; an unknown one fails
 * the whole settings task). Pinning the text to Serbian and English, which both take the plain Latin pipeline, stops
 * Meilisearch from guessing a language per document and tokenising Albanian text the way it would German or
 * Turkish; the folded fields are Latin script only.
 */
export const TEXT_LOCALES: Locale[] = ['srp', 'eng'];

/**
 * Totals and pages reach this far. Meilisearch counts matches (`estimatedTotalHits`) and serves pages only up to the
 * index's `pagination.maxTotalHits` (docs: "Pagination settings"; search/mod.rs clamps offset and limit to it). The
 * service's cursors name offsets of six digits at most (999,999), and a page holds at most 100 hits and one more to
 * see whether another page follows: every page a cursor can name is served (a unit test checks the arithmetic), and
 * a total of this many or more is reported as an estimate (countsExact false). Deep pages cost Meilisearch more to
 * rank (it ranks every document before the page); the counts cost the same at any depth.
 */
export const MAX_TOTAL_HITS = 1_000_200;

/** Values counted per facet. There are far fewer courts, instruments, years and statuses than this. */
export const MAX_VALUES_PER_FACET = 500;

/** Sent with every search: newest first wherever the ranking rules before `sort` leave documents tied. */
export const SORT = ['date:desc', 'id:asc'];

export function meilisearchSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    // `id` is filterable so that a search can leave out the documents the service already ranked first, and a
    // search can fetch whole bodies by id for highlights.
    filterableAttributes: ['id', ...FACET_ATTRIBUTES],
    sortableAttributes: ['date', 'id'],
    displayedAttributes: [...DISPLAYED_ATTRIBUTES],
    synonyms: meilisearchSynonyms(),
    // One typo from five letters ("trafiking"), two from nine; none in numbers (article numbers, case numbers, years
    // must match exactly: "2013" is not "2012"), as the PostgreSQL engine corrects no number.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnNumbers: true,
    },
    // As the PostgreSQL engine ranks: every word must match (matchingStrategy "all" at search time, so `words` is one
    // tier), then by where the words are (citations and title before summary before body: `attributeRank`, not the
    // position within the attribute), newest first within that tier (`sort`), then the finer rules.
    rankingRules: ['words', 'attributeRank', 'sort', 'typo', 'proximity', 'wordPosition', 'exactness'],
    localizedAttributes: [
      { attributePatterns: [...SEARCHABLE_ATTRIBUTES, 'title', 'summary', 'body'], locales: TEXT_LOCALES },
    ],
    // By count, so that if a facet ever has more values than this the most frequent are kept (countsExact false).
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}

/** The stored shape: an allow-list of the port's fields, so nothing else a caller attached reaches the index. */
export function toMeilisearchDocument(doc: SearchDocument): MeilisearchDocument {
  return {
    id: doc.id,
    kind: doc.kind,
    entityId: doc.entityId,
    title: doc.title,
    citations: doc.citations,
    summary: doc.summary,
    body: doc.body,
    instrumentId: doc.instrumentId,
    courtId: doc.courtId,
    courtName: doc.courtName,
    year: doc.year,
    date: doc.date,
    findingStatuses: doc.findingStatuses,
    provenance: doc.provenance,
    language: doc.language,
    bodyLength: doc.body.length,
    // Split as the query is split (query-language.ts), so "Pml.Kzz 92/2016" is the words a query for it sends.
    citationsFolded: doc.citations.map(indexText),
    titleFolded: indexText(doc.title),
    summaryFolded: indexText(doc.summary),
    bodyFolded: indexText(doc.body),
  };
}

/** A filter string literal: backslashes and double quotes escaped, since values are free text (court ids, ...). */
export const quoteFilterValue = (value: string): string => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

const inList = (attribute: string, values: readonly string[]) =>
  `${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`;

function yearBound(operator: '>=' | '<=', year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`A year bound must be a whole number; it was ${year}.`);
  return `year ${operator} ${year}`;
}

/** Meilisearch's filter syntax for the port's filter; an empty list means "no constraint", as in PostgreSQL. */
export function filterExpression(filter: SearchFilter, excludeIds?: string[]): string | undefined {
  const conditions: string[] = [];
  if (filter.kinds?.length) conditions.push(inList('kind', filter.kinds));
  if (filter.instrumentIds?.length) conditions.push(inList('instrumentId', filter.instrumentIds));
  if (filter.courtIds?.length) conditions.push(inList('courtId', filter.courtIds));
  if (filter.yearFrom !== undefined) conditions.push(yearBound('>=', filter.yearFrom));
  if (filter.yearTo !== undefined) conditions.push(yearBound('<=', filter.yearTo));
  if (filter.findingStatuses?.length) conditions.push(inList('findingStatuses', filter.findingStatuses));
  if (excludeIds?.length) conditions.push(`NOT ${inList('id', excludeIds)}`);
  return conditions.length ? conditions.join(' AND ') : undefined;
}

const byCountThenValue = (a: FacetCount, b: FacetCount) =>
  b.count - a.count || a.value.localeCompare(b.value);

/** The port's facets from Meilisearch's counts, most frequent first. */
export function facetsOf(distribution: FacetDistribution | undefined): SearchFacets {
  const facets: SearchFacets = { kind: [], instrument: [], court: [], year: [], findingStatus: [] };
  for (const attribute of FACET_ATTRIBUTES) {
    facets[FACET_OF_ATTRIBUTE[attribute]] = Object.entries(distribution?.[attribute] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort(byCountThenValue);
  }
  return facets;
}
