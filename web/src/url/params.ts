/**
 * The state of each page, read from and written to its URL (the URL forms are a public contract: docs/design.md, "The web
 * application"). Pure functions over URLSearchParams, tested in test/unit/web-params.test.ts.
 */
import * as SchemaEnum from '../api/generated/schema-types';

export const PROVENANCES = Object.values(SchemaEnum.Provenance);
export type ProvenanceValue = (typeof PROVENANCES)[number];
export const PUBLISHABLE: ProvenanceValue[] = ['OFFICIAL', 'REPORTED'];

export const CIRCUMSTANCES = Object.values(SchemaEnum.Circumstance);
export type CircumstanceValue = (typeof CIRCUMSTANCES)[number];

export const SEARCH_KINDS = Object.values(SchemaEnum.SearchHitKind);
export const FINDING_STATUSES = Object.values(SchemaEnum.FindingStatus);

const text = (params: URLSearchParams, name: string): string => (params.get(name) ?? '').trim();

/** A comma-separated list (`A,B`), also accepted as repeated parameters (`x=A&x=B`); unknown values dropped. */
function list<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toUpperCase())
    .filter((v): v is T => (allowed as readonly string[]).includes(v));
  return [...new Set(values)];
}

/** A four-digit year, or null (an unreadable one is reported by the page, not silently dropped). */
export function year(params: URLSearchParams, name: string): { value: number | null; invalid: boolean } {
  const raw = text(params, name);
  if (raw === '') return { value: null, invalid: false };
  return /^\d{4}$/.test(raw) ? { value: Number(raw), invalid: false } : { value: null, invalid: true };
}

/** Builds a query string from the values that are set, in a stable order, with lists joined by commas. */
export function toQuery(
  values: Record<string, string | number | readonly string[] | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

// /search?q=…&kind=…&instrument=…&court=…&yearFrom=…&yearTo=…&status=…
export interface SearchState {
  q: string;
  kinds: (typeof SEARCH_KINDS)[number][];
  instruments: string[];
  courts: string[];
  yearFrom: number | null;
  yearTo: number | null;
  statuses: (typeof FINDING_STATUSES)[number][];
}

export function parseSearch(params: URLSearchParams): SearchState {
  const many = (name: string) =>
    params
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  return {
    q: text(params, 'q'),
    kinds: list(params, 'kind', SEARCH_KINDS),
    instruments: many('instrument'),
    courts: params
      .getAll('court')
      .map((c) => c.trim())
      .filter(Boolean),
    yearFrom: year(params, 'yearFrom').value,
    yearTo: year(params, 'yearTo').value,
    statuses: list(params, 'status', FINDING_STATUSES),
  };
}

export function searchQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.instruments.length) params.set('instrument', state.instruments.join(','));
  // Court names may hold commas: one parameter per court.
  for (const court of state.courts) params.append('court', court);
  if (state.yearFrom !== null) params.set('yearFrom', String(state.yearFrom));
  if (state.yearTo !== null) params.set('yearTo', String(state.yearTo));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  const query = params.toString();
  return query ? `?${query}` : '';
}

// /law?citation=…&asOf=YYYY-MM-DD
export interface LawState {
  citation: string;
  asOf: string;
}
export const parseLaw = (params: URLSearchParams): LawState => ({
  citation: text(params, 'citation'),
  asOf: text(params, 'asOf'),
});

// /penalty?citation=…&offenceDate=…&judgmentDate=…&finalDate=…&circumstances=A,B
export interface PenaltyState {
  citation: string;
  offenceDate: string;
  judgmentDate: string;
  finalDate: string;
  circumstances: CircumstanceValue[];
}
export const parsePenalty = (params: URLSearchParams): PenaltyState => ({
  citation: text(params, 'citation'),
  offenceDate: text(params, 'offenceDate'),
  judgmentDate: text(params, 'judgmentDate'),
  finalDate: text(params, 'finalDate'),
  circumstances: list(params, 'circumstances', CIRCUMSTANCES),
});

// /decision?court=…&caseNumber=…
export interface DecisionState {
  court: string;
  caseNumber: string;
}
export const parseDecision = (params: URLSearchParams): DecisionState => ({
  court: text(params, 'court'),
  caseNumber: text(params, 'caseNumber'),
});
export const decisionHref = (court: string, caseNumber: string) =>
  `/decision${toQuery({ court, caseNumber })}`;
export const lawHref = (citation: string, asOf?: string | null) => `/law${toQuery({ citation, asOf })}`;

// /dashboard?yearFrom=…&yearTo=…&court=…&provision=…&provenance=OFFICIAL,REPORTED
export interface DashboardState {
  yearFrom: number | null;
  yearTo: number | null;
  court: string;
  provision: string;
  /** Synthetic records are left out unless the URL asks for them. */
  provenance: ProvenanceValue[];
  invalid: ('yearFrom' | 'yearTo')[];
}

export function parseDashboard(params: URLSearchParams): DashboardState {
  const from = year(params, 'yearFrom');
  const to = year(params, 'yearTo');
  const provenance = list(params, 'provenance', PROVENANCES);
  return {
    yearFrom: from.value,
    yearTo: to.value,
    court: text(params, 'court'),
    provision: text(params, 'provision'),
    provenance: provenance.length ? provenance : PUBLISHABLE,
    invalid: [...(from.invalid ? ['yearFrom' as const] : []), ...(to.invalid ? ['yearTo' as const] : [])],
  };
}

export const dashboardQuery = (state: Omit<DashboardState, 'invalid'>) =>
  toQuery({
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
    court: state.court,
    provision: state.provision,
    provenance: state.provenance,
  });

/** The CSV export of the same records (`GET /reports/findings.csv`, MONITOR key). */
export const findingsCsvHref = (state: Omit<DashboardState, 'invalid'>) =>
  `/reports/findings.csv${toQuery({
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
    court: state.court,
    provision: state.provision,
    provenance: state.provenance,
  })}`;

// The comparable sentences panel on /law and /penalty, beside the page's own parameters:
// …&finalOnly=1&yearFrom=…&yearTo=…
export interface ComparableState {
  finalOnly: boolean;
  yearFrom: number | null;
  yearTo: number | null;
  invalid: ('yearFrom' | 'yearTo')[];
  /** Both years are given and the first is after the last: neither is applied. */
  reversed: boolean;
}

export function parseComparable(params: URLSearchParams): ComparableState {
  const from = year(params, 'yearFrom');
  const to = year(params, 'yearTo');
  return {
    finalOnly: ['1', 'true'].includes(text(params, 'finalOnly').toLowerCase()),
    yearFrom: from.value,
    yearTo: to.value,
    invalid: [...(from.invalid ? ['yearFrom' as const] : []), ...(to.invalid ? ['yearTo' as const] : [])],
    reversed: from.value !== null && to.value !== null && from.value > to.value,
  };
}

/** The page's query string with the panel's parameters set (or removed when unset); the page's own are kept. */
export function withComparable(search: string, state: Omit<ComparableState, 'invalid' | 'reversed'>): string {
  const params = new URLSearchParams(search);
  for (const name of ['finalOnly', 'yearFrom', 'yearTo']) params.delete(name);
  if (state.finalOnly) params.set('finalOnly', '1');
  if (state.yearFrom !== null) params.set('yearFrom', String(state.yearFrom));
  if (state.yearTo !== null) params.set('yearTo', String(state.yearTo));
  const query = params.toString();
  return query ? `?${query}` : '';
}
