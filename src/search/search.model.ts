/**
 * The search port: what every search engine (PostgreSQL full text, Meilisearch) offers, and the documents they
 * hold. Documents are projections of committed rows, built by src/search/documents.ts from an allow-list of
 * public fields: redacted text only, defendants never named.
 */
import * as SchemaEnum from '../shared/generated/schema-types';
import type { FindingStatus } from '../compliance/engine';

export const DOCUMENT_KINDS = Object.values(SchemaEnum.SearchHitKind);
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One searchable document. `id` is stable: `provision-<uuid>` or `decision-<uuid>`. */
export interface SearchDocument {
  id: string;
  kind: DocumentKind;
  /** The provision's or decision's own id. */
  entityId: string;
  /** Display title: "CCK Art. 171 — Trafficking in persons" or "P 309/10 — Basic Court of Pristina". */
  title: string;
  /** Citation forms of a provision ("CCK Art. 171", "neni 171 KPRK", ...) or the case number of a decision. */
  citations: string[];
  /** Headings or summary, in whatever languages exist, joined. */
  summary: string;
  /** Public body text: provision text in force, or the decision's redacted text. */
  body: string;
  instrumentId: string | null;
  courtId: string | null;
  courtName: string | null;
  year: number | null;
  /** ISO date of the decision, or the provision's latest version start. */
  date: string | null;
  /** Statuses of the findings of a decision's counts. */
  findingStatuses: FindingStatus[];
  provenance: string | null;
  language: string | null;
}

export interface SearchFilter {
  kinds?: DocumentKind[];
  instrumentIds?: string[];
  courtIds?: string[];
  yearFrom?: number;
  yearTo?: number;
  findingStatuses?: FindingStatus[];
}

export interface SearchRequest {
  /** The user's text, as typed. Engines fold it (diacritics, Cyrillic) and expand synonyms themselves. */
  query: string;
  filter: SearchFilter;
  offset: number;
  limit: number;
  /** Documents to leave out (already ranked first by the service, e.g. a cited provision). */
  excludeIds?: string[];
}

export interface SearchHit {
  id: string;
  kind: DocumentKind;
  entityId: string;
  title: string;
  /** A fragment of the matching text with matches wrapped in <mark>…</mark>; HTML-escaped otherwise. */
  highlight: string | null;
  score: number | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  kind: FacetCount[];
  instrument: FacetCount[];
  court: FacetCount[];
  year: FacetCount[];
  findingStatus: FacetCount[];
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Estimated number of matching documents. */
  total: number;
  facets: SearchFacets;
  /** Whether `total` and the facet counts count every match (true) or are estimates (false). */
  countsExact: boolean;
}

/** The port both engines implement. Every method is idempotent. */
export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates the index and applies its settings; safe to call at every start. */
  prepare(): Promise<void>;
  /**
   * Writes the documents. One the index refuses for itself does not stop the others: they are written, then a
   * DocumentsRejectedError (search.errors.ts) lists the refused ones. Any other failure means nothing is known.
   */
  upsert(documents: SearchDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResponse>;
  /** Every document id in the index (for reindex and consistency checks). */
  allIds(): Promise<string[]>;
  /** Present when the engine can build a whole new index beside the live one and swap it in (reindex.ts). */
  readonly rebuilds?: IndexRebuilds;
  /**
   * Whether an error of this engine means it could not be reached (refused, timed out), rather than that it answered
   * with an error: only then may the service answer from its fallback engine. Absent: never.
   */
  unreachable?(error: unknown): boolean;
}

/** New indexes built beside the live one, each named by the caller. */
export interface IndexRebuilds {
  /** Creates the empty index `uid` with the live index's settings. */
  create(uid: string): Promise<void>;
  /** The same engine, writing into and reading from `uid`. */
  writer(uid: string): SearchEngine;
  /** Makes `uid`'s documents the live index's in one step; `uid` then holds the old ones. */
  swap(uid: string): Promise<void>;
  /** Deletes the index `uid`; deleting one that is gone is not an error. */
  drop(uid: string): Promise<void>;
  /** The name of the live index, from which build names are made. */
  readonly liveUid: string;
}
