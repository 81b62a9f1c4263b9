/**
 * The words of the report templates, one module per language (messages.en.ts, messages.sq.ts, messages.sr.ts). Whole
 * sentences are functions of their figures, so each language can make its own agreement and plurals.
 */
import type { Provenance } from '../cases/case.entity';
import type { DataVersion } from '../compliance/data-version';

export const REPORT_LANGUAGES = ['en', 'sq', 'sr'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

/** A statutory range as the methods note names it. */
export interface RangeWords {
  citation: string;
  validFrom: string;
  /** The aggravating circumstances of the form; empty for the basic form. */
  circumstances: string[];
  minMonths: number | null;
  maxMonths: number | null;
  lifeImprisonment: boolean;
  counts: number;
}

export interface TipFigures {
  period: string;
  total: number;
  defendants: number;
  decisions: number;
  firstInstance: number;
  appeal: number;
  supreme: number;
  determined: number;
  belowMinimum: number;
  belowShare: string;
  undetermined: number;
  imprisonment: number;
  minServed: number | null;
  maxServed: number | null;
  /** Median months served over the counts with a known sentence; null when withheld (fewer than 5). */
  medianServed: number | null;
  n: number;
  suspended: number;
  fineOnly: number;
  fineMin: number | null;
  fineMax: number | null;
}

export interface ReportMessages {
  /** The locale numbers are written in (Intl). */
  locale: string;
  /** The name of the language, for the documentation. */
  name: string;
  // Units --------------------------------------------------------------------------------------------------------
  /** "42 months", "3 years 6 months": a duration a reader takes in at once. */
  duration(months: number): string;
  /** "12 convicted counts". */
  counts(n: number): string;
  euros(amount: string): string;
  period(yearFrom: number, yearTo: number): string;
  provenance(p: Provenance): string;
  court(names: { sq: string; sr: string; en: string }): string;
  // Headings -----------------------------------------------------------------------------------------------------
  tipTitle(period: string): string;
  bandsTitle(period: string): string;
  typesTitle(period: string): string;
  scope(court: string | null, chain: string[] | null): string;
  syntheticWarning: string;
  // The TIP-style paragraph ----------------------------------------------------------------------------------------
  tipNone(period: string): string;
  tipParagraph(f: TipFigures): string;
  // The bands table ----------------------------------------------------------------------------------------------
  bandsColumns: [string, string, string];
  bandRows: {
    belowMinimum: string;
    ofWhichSuspended: string;
    ofWhichFineOnly: string;
    minimumToFiveYears: string;
    overFiveYears: string;
    aboveMaximum: string;
    withinRangeWithoutImprisonment: string;
    withinRangeServedUnknown: string;
    undetermined: string;
    total: string;
  };
  bandsNote: string;
  // The kinds-of-sentence table ----------------------------------------------------------------------------------
  typesColumns: [string, string, string, string];
  typeRows: {
    imprisonment: string;
    suspended: string;
    fineOnly: string;
    noPenalty: string;
    known: string;
    unknown: string;
  };
  averageServed(duration: string): string;
  averageSuspended(duration: string): string;
  averageFine(euros: string): string;
  typesNote: string;
  finesBeside(count: number, meanEuros: string): string;
  median(duration: string, n: number): string;
  medianWithheld(n: number): string;
  // The methods note ---------------------------------------------------------------------------------------------
  methodsTitle: string;
  methodsScope(period: string, court: string | null, chain: string[] | null): string;
  unit: string;
  stageAll: string;
  stageFinal: string;
  monthsServed: string;
  lifeImprisonment: string;
  belowMinimum: string;
  provenanceRule(kinds: string[], synthetic: boolean): string;
  unverified(unverified: number, total: number): string;
  rangesApplied(ranges: string[]): string;
  noRanges: string;
  range(r: RangeWords): string;
  countsBehind(link: string): string;
  dataVersion(v: DataVersion): string;
}

/** Picks a plural form by the language's rules (Intl.PluralRules): `forms` by category, `other` the fallback. */
export function plural(
  locale: string,
  n: number,
  forms: { one?: string; few?: string; other: string },
): string {
  const category = new Intl.PluralRules(locale).select(n) as 'one' | 'few' | 'other';
  return forms[category] ?? forms.other;
}

export const formatNumber = (locale: string, value: number, fractionDigits = 1): string =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);

export const formatPercent = (locale: string, share: number | null): string =>
  share === null
    ? '—'
    : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
