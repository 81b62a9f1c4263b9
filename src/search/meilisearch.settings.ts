/**
 * The Meilisearch index in code: its settings, the stored shape of a document, and the pure translations between
 * the search port and Meilisearch's request and response shapes. No I/O here; the engine sends what this builds.
 */
import type { FacetDistribution, Locale, SearchParams, Settings } from 'meilisearch';

import { foldText } from '../shared/fold';
import type { FacetCount, SearchDocument, SearchFacets, SearchFilter } from './search.model';
import { meilisearchSynonyms } from './synonyms';

export const MEILI_INDEX_UID = 'documents';
export const MEILI_PRIMARY_KEY = 'id';

/** A document as stored: the port's fields (displayed) plus folded copies of its text (searched). */
export interface MeilisearchDocument extends SearchDocument {
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

/** Every field of the port, so a stored document reads back as a SearchDocument; the folded copies stay hidden. */
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
] as const satisfies readonly (keyof SearchDocument)[];

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

export function meilisearchSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    // `id` is filterable only so that a search can leave out the documents the service already ranked first.
    filterableAttributes: ['id', ...FACET_ATTRIBUTES],
    sortableAttributes: ['year', 'date'],
    displayedAttributes: [...DISPLAYED_ATTRIBUTES],
    synonyms: meilisearchSynonyms(),
    // One typo from five letters ("trafiking"), two from nine; article numbers and short words must match exactly.
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    localizedAttributes: [
      { attributePatterns: [...SEARCHABLE_ATTRIBUTES, 'title', 'summary', 'body'], locales: TEXT_LOCALES },
    ],
    // By count, so that when a facet has more than 100 values the most frequent ones are the ones kept.
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 10000 },
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
    citationsFolded: doc.citations.map(foldText),
    titleFolded: foldText(doc.title),
    summaryFolded: foldText(doc.summary),
    bodyFolded: foldText(doc.body),
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

/**
 * Meilisearch inserts its highlight tags into raw text, so `<mark>` cannot be asked for directly without letting a
 * document's own markup through. It gets these sentinels instead; the text is escaped, then they become tags.
 * They contain NUL, which a PostgreSQL text column (where every document comes from) can never hold.
 */
const HIGHLIGHT_START = '\u0000mark-start\u0000';
const HIGHLIGHT_END = '\u0000mark-end\u0000';

/** Fields that may carry the fragment, best first: a passage of the body says most about why a document matched. */
const HIGHLIGHT_SOURCES = ['body', 'summary', 'title'] as const;
type HighlightSource = (typeof HIGHLIGHT_SOURCES)[number];

/** The search parameters that shape `_formatted` for highlightOf. */
export const HIGHLIGHT_PARAMS = {
  attributesToHighlight: [...HIGHLIGHT_SOURCES],
  attributesToCrop: ['body', 'summary'],
  cropLength: 30,
  highlightPreTag: HIGHLIGHT_START,
  highlightPostTag: HIGHLIGHT_END,
} satisfies SearchParams;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The hit's best highlighted fragment, HTML-escaped with matches in <mark>…</mark>; null when nothing matched. */
export function highlightOf(hit: { _formatted?: Partial<Record<HighlightSource, unknown>> }): string | null {
  for (const field of HIGHLIGHT_SOURCES) {
    const text = hit._formatted?.[field];
    if (typeof text === 'string' && text.includes(HIGHLIGHT_START)) {
      return escapeHtml(text).split(HIGHLIGHT_START).join('<mark>').split(HIGHLIGHT_END).join('</mark>');
    }
  }
  return null;
}
