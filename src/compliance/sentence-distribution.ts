/**
 * The distribution of sentences over a set of convicted counts, as comparableSentences and the report templates give
 * it: months of imprisonment to serve (percentiles, bands), the kinds of sentence (imprisonment, suspended, fine
 * only) and how many fell below the statutory minimum. Pure: computed from the cells one SQL aggregate returns
 * (`FiguresRepository.cells`), so each rule here is tested on small hand-made sets.
 */
import type { Circumstance } from '../law/law.model';
import type { FindingStatus } from './compliance.model';

/**
 * What a convicted count's sentence was, for counting. A count falls in exactly one kind: imprisonment to serve
 * first, then a suspended term, then a fine alone. The last two kinds are counts whose months to serve are not known.
 */
export const SENTENCE_KINDS = [
  /** A term of imprisonment to serve (more than 0 months, not suspended); a fine may come with it. */
  'IMPRISONMENT',
  /** A suspended term (0 months to serve); a fine may come with it. */
  'SUSPENDED',
  /** A fine and no imprisonment. */
  'FINE_ONLY',
  /** Neither imprisonment to serve, nor a suspended term, nor a fine (a term of 0 months, say). */
  'NO_PENALTY',
  /** A term whose suspension is not recorded: it may be 0 months to serve or all of it. */
  'SUSPENSION_UNKNOWN',
  /** No sentence recorded at all. */
  'NO_SENTENCE',
] as const;
export type SentenceKind = (typeof SENTENCE_KINDS)[number];

/** The kinds whose months to serve are known: the counts a distribution is drawn from (its n). */
export const KNOWN_SENTENCE_KINDS: readonly SentenceKind[] = [
  'IMPRISONMENT',
  'SUSPENDED',
  'FINE_ONLY',
  'NO_PENALTY',
];

/** Below this many counts the percentiles are withheld: they would describe a handful of cases, not a practice. */
export const SUPPRESSION_THRESHOLD = 5;

export const DISTRIBUTION_UNIT =
  'convicted counts; months of imprisonment to serve: a suspended term counts as 0 months, a fine alone as 0';

export const PERCENTILE_METHOD =
  "PostgreSQL's percentile_cont: linear interpolation between the two nearest counts, at rank (n − 1) × p " +
  '(Hyndman and Fan type 7, the same as Excel PERCENTILE.INC and R quantile type 7)';

/** What a count's sentence is made of, as the findings and counts store it. */
export interface SentenceFacts {
  /** The finding's imprisonment to serve: 0 when suspended or a fine alone, null when no sentence is recorded. */
  imposedMonths: number | null;
  suspended: boolean | null;
  /** Whether a term of more than 0 months was imposed (suspended or not). */
  hasTerm: boolean;
  /** Whether a fine of more than 0 euros was imposed. */
  fined: boolean;
}

/**
 * The kind of a count's sentence: imprisonment to serve first, then a suspended term, then a fine alone. A term whose
 * suspension is not recorded is its own kind, since it may be served or not.
 */
export function sentenceKind(s: SentenceFacts): SentenceKind {
  if (s.suspended === null && s.hasTerm) return 'SUSPENSION_UNKNOWN';
  if (s.imposedMonths === null) return 'NO_SENTENCE';
  if (s.imposedMonths > 0) return 'IMPRISONMENT';
  if (s.suspended === true) return 'SUSPENDED';
  return s.fined ? 'FINE_ONLY' : 'NO_PENALTY';
}

/** Months to serve when known: null for a term whose suspension is not recorded, and with no sentence. */
export function servedMonths(s: SentenceFacts): number | null {
  return s.suspended === null && s.hasTerm ? null : s.imposedMonths;
}

/** Counts of one kind of sentence, one number of months served and one finding status, with their sums. */
export interface SentenceCell {
  kind: SentenceKind;
  /** Months of imprisonment to serve; null when not known (SUSPENSION_UNKNOWN, NO_SENTENCE). */
  servedMonths: number | null;
  status: FindingStatus;
  /** The law the counts applied: their provision (the chain's anchor), the version and the circumstances found. */
  provisionId: string | null;
  versionId: string | null;
  circumstances: Circumstance[];
  counts: number;
  /** Of these counts, those whose finding rests on unverified law (confidence UNVERIFIED). */
  unverified: number;
  /** Sum, smallest and largest of the terms imposed, suspended or not (months); min and max null when none. */
  termMonthsSum: number;
  termMinMonths: number | null;
  termMaxMonths: number | null;
  /** Counts with a fine, the sum of their fines and the smallest and largest fine (euros). */
  fines: number;
  fineSumEur: number;
  fineMinEur: number | null;
  fineMaxEur: number | null;
  /** The counts by the stage of their decision. */
  firstInstance: number;
  appeal: number;
  supreme: number;
}

/**
 * A band of months served: counts with fromMonths ≤ months < toMonths (no upper bound when toMonths is null). The
 * first band, "none served", is 0 months exactly (fromMonths = toMonths = 0).
 */
export interface SentenceBand {
  fromMonths: number;
  toMonths: number | null;
  label: string;
  count: number;
}

/**
 * The bands a judge reads: nothing served, under a year, then whole years. Their edges fall on the figures that recur
 * in the trafficking ranges (2 years: the Regulation's and PCCK Art. 139's minimum; 5 years: the minimum of CCK
 * Art. 171 and CC Art. 165, and the line ASTRA draws; 12 years: PCCK Art. 139's maximum), so a band never straddles
 * a statutory minimum of the succession chain. The same bands for every provision keep figures comparable.
 */
export const BAND_EDGES: readonly { fromMonths: number; toMonths: number | null; label: string }[] = [
  { fromMonths: 0, toMonths: 0, label: 'none served' },
  { fromMonths: 0, toMonths: 12, label: 'under 1 year' },
  { fromMonths: 12, toMonths: 24, label: '1 to under 2 years' },
  { fromMonths: 24, toMonths: 36, label: '2 to under 3 years' },
  { fromMonths: 36, toMonths: 60, label: '3 to under 5 years' },
  { fromMonths: 60, toMonths: 96, label: '5 to under 8 years' },
  { fromMonths: 96, toMonths: 144, label: '8 to under 12 years' },
  { fromMonths: 144, toMonths: null, label: '12 years or more' },
];

export function bandOf(months: number): number {
  if (months === 0) return 0;
  return BAND_EDGES.findIndex(
    (band, i) => i > 0 && months >= band.fromMonths && (band.toMonths === null || months < band.toMonths),
  );
}

export interface Percentiles {
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

/**
 * The p-th percentile (0 ≤ p ≤ 1) of values held `weights` times each, as percentile_cont computes it over the list
 * with every value written out: the value at rank h = (N − 1)p, interpolated between the values at the ranks either
 * side of h. Null when nothing is held.
 */
export function weightedPercentile(
  values: readonly number[],
  weights: readonly number[],
  p: number,
): number | null {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return null;
  const rank = (total - 1) * p;
  const [low, high] = [Math.floor(rank), Math.ceil(rank)];
  let through = 0;
  let lowValue: number | null = null;
  for (const i of order) {
    through += weights[i];
    if (lowValue === null && through > low) lowValue = values[i];
    if (through > high) return lowValue! + (rank - low) * (values[i] - lowValue!);
  }
  return null;
}

/** A part of a whole: `count` out of `of`, with the share (null when `of` is 0) and what `of` counts. */
export interface Share {
  count: number;
  of: number;
  share: number | null;
  denominator: string;
}

const shareOf = (count: number, of: number, denominator: string): Share => ({
  count,
  of,
  share: of === 0 ? null : count / of,
  denominator,
});

/** A kind of sentence with its averages: months served, months of the suspended term, and euros of fines. */
export interface KindFigures {
  count: number;
  /** Mean months to serve (IMPRISONMENT) or mean suspended term (SUSPENDED); null for the others or when none. */
  meanMonths: number | null;
  /** Counts of this kind with a fine, and their mean fine. */
  fines: number;
  meanFineEur: number | null;
  fineMinEur: number | null;
  fineMaxEur: number | null;
  /** The shortest and longest term of this kind (months to serve, or suspended); null when none. */
  minMonths: number | null;
  maxMonths: number | null;
}

export interface SentenceFigures {
  /** Convicted counts matched, whatever is known of their sentence. */
  total: number;
  /** Counts whose months to serve are known: the base of the percentiles, the bands and the kinds' shares. */
  n: number;
  /** Counts left out of n: a term whose suspension is not recorded, or no sentence recorded. */
  sentenceUnknown: number;
  suppressed: boolean;
  percentiles: Percentiles | null;
  histogram: SentenceBand[];
  kinds: Record<SentenceKind, KindFigures>;
  shares: {
    imprisonment: Share;
    suspended: Share;
    fineOnly: Share;
    noPenalty: Share;
    belowMinimum: Share;
  };
  byStatus: Record<FindingStatus, number>;
  /** Findings resting on unverified law (confidence UNVERIFIED). */
  unverified: number;
  byStage: { firstInstance: number; appeal: number; supreme: number };
  /** Why figures are withheld or need care; empty when there is nothing to say. */
  notes: string[];
}

const KNOWN_DENOMINATOR = 'convicted counts whose months to serve are known (n)';
const DETERMINED_DENOMINATOR =
  'findings determined: compliant, below the minimum or above the maximum (undetermined findings are left out)';

const sum = (cells: SentenceCell[], pick: (c: SentenceCell) => number) =>
  cells.reduce((total, c) => total + pick(c), 0);
const smallest = (values: (number | null)[]) => {
  const held = values.filter((v): v is number => v !== null);
  return held.length ? Math.min(...held) : null;
};
const largest = (values: (number | null)[]) => {
  const held = values.filter((v): v is number => v !== null);
  return held.length ? Math.max(...held) : null;
};

function kindFigures(kind: SentenceKind, cells: SentenceCell[]): KindFigures {
  const count = sum(cells, (c) => c.counts);
  const fines = sum(cells, (c) => c.fines);
  const withTerm = kind === 'IMPRISONMENT' || kind === 'SUSPENDED';
  return {
    count,
    meanMonths: withTerm && count > 0 ? sum(cells, (c) => c.termMonthsSum) / count : null,
    fines,
    meanFineEur: fines > 0 ? sum(cells, (c) => c.fineSumEur) / fines : null,
    fineMinEur: smallest(cells.map((c) => c.fineMinEur)),
    fineMaxEur: largest(cells.map((c) => c.fineMaxEur)),
    minMonths: withTerm ? smallest(cells.map((c) => c.termMinMonths)) : null,
    maxMonths: withTerm ? largest(cells.map((c) => c.termMaxMonths)) : null,
  };
}

/** The figures of a set of convicted counts, from its cells. */
export function sentenceFigures(cells: SentenceCell[]): SentenceFigures {
  const known = cells.filter((c) => KNOWN_SENTENCE_KINDS.includes(c.kind));
  const total = sum(cells, (c) => c.counts);
  const n = sum(known, (c) => c.counts);
  const suppressed = n < SUPPRESSION_THRESHOLD;
  const values = known.map((c) => c.servedMonths!);
  const weights = known.map((c) => c.counts);
  const at = (p: number) => weightedPercentile(values, weights, p)!;
  const percentiles = suppressed
    ? null
    : { p10: at(0.1), p25: at(0.25), p50: at(0.5), p75: at(0.75), p90: at(0.9) };

  const histogram = BAND_EDGES.map((band) => ({ ...band, count: 0 }));
  for (const c of known) histogram[bandOf(c.servedMonths!)].count += c.counts;

  const kinds = Object.fromEntries(
    SENTENCE_KINDS.map((kind) => [
      kind,
      kindFigures(
        kind,
        cells.filter((c) => c.kind === kind),
      ),
    ]),
  ) as Record<SentenceKind, KindFigures>;

  const byStatus: Record<FindingStatus, number> = {
    COMPLIANT: 0,
    BELOW_MINIMUM: 0,
    ABOVE_MAXIMUM: 0,
    UNDETERMINED: 0,
  };
  for (const c of cells) byStatus[c.status] += c.counts;
  const determined = total - byStatus.UNDETERMINED;

  return {
    total,
    n,
    sentenceUnknown: total - n,
    suppressed,
    percentiles,
    histogram,
    kinds,
    shares: {
      imprisonment: shareOf(kinds.IMPRISONMENT.count, n, KNOWN_DENOMINATOR),
      suspended: shareOf(kinds.SUSPENDED.count, n, KNOWN_DENOMINATOR),
      fineOnly: shareOf(kinds.FINE_ONLY.count, n, KNOWN_DENOMINATOR),
      noPenalty: shareOf(kinds.NO_PENALTY.count, n, KNOWN_DENOMINATOR),
      belowMinimum: shareOf(byStatus.BELOW_MINIMUM, determined, DETERMINED_DENOMINATOR),
    },
    byStatus,
    unverified: sum(cells, (c) => c.unverified),
    byStage: {
      firstInstance: sum(cells, (c) => c.firstInstance),
      appeal: sum(cells, (c) => c.appeal),
      supreme: sum(cells, (c) => c.supreme),
    },
    notes: notesOf(total, n, suppressed),
  };
}

function notesOf(total: number, n: number, suppressed: boolean): string[] {
  const notes: string[] = [];
  if (n === 0) {
    notes.push(
      total === 0
        ? 'No convicted count matches the filter.'
        : `None of the ${total} convicted counts matched has a known number of months to serve.`,
    );
  } else if (suppressed) {
    notes.push(
      `Percentiles withheld: only ${n} ${n === 1 ? 'count has' : 'counts have'} a known sentence, fewer than ${SUPPRESSION_THRESHOLD}. The bands, the shares and the counts themselves are given.`,
    );
  }
  if (total > n && n > 0) {
    const left = total - n;
    notes.push(
      `${left} of the ${total} convicted counts ${left === 1 ? 'is' : 'are'} left out of n: no sentence recorded, or a term whose suspension is not recorded.`,
    );
  }
  return notes;
}

/** Five years: the line ASTRA draws between its two upper bands. */
export const FIVE_YEARS_MONTHS = 60;

/**
 * Where each convicted count's sentence stands against the statutory range that applied to it, in the bands the
 * Serbian NGO ASTRA publishes (below the minimum, from the minimum to five years, above five years), with the rows
 * needed for every count to be counted once: above the maximum, within the range without imprisonment (a fine the
 * law allows instead), within the range with the months served not known, and undetermined.
 */
export interface RangeBands {
  total: number;
  belowMinimum: number;
  /** Of those below the minimum: suspended terms, and fines alone. */
  belowMinimumSuspended: number;
  belowMinimumFineOnly: number;
  minimumToFiveYears: number;
  overFiveYears: number;
  aboveMaximum: number;
  withinRangeWithoutImprisonment: number;
  withinRangeServedUnknown: number;
  undetermined: number;
}

export function rangeBands(cells: SentenceCell[]): RangeBands {
  const bands: RangeBands = {
    total: 0,
    belowMinimum: 0,
    belowMinimumSuspended: 0,
    belowMinimumFineOnly: 0,
    minimumToFiveYears: 0,
    overFiveYears: 0,
    aboveMaximum: 0,
    withinRangeWithoutImprisonment: 0,
    withinRangeServedUnknown: 0,
    undetermined: 0,
  };
  for (const c of cells) {
    bands.total += c.counts;
    if (c.status === 'UNDETERMINED') bands.undetermined += c.counts;
    else if (c.status === 'ABOVE_MAXIMUM') bands.aboveMaximum += c.counts;
    else if (c.status === 'BELOW_MINIMUM') {
      bands.belowMinimum += c.counts;
      if (c.kind === 'SUSPENDED') bands.belowMinimumSuspended += c.counts;
      if (c.kind === 'FINE_ONLY') bands.belowMinimumFineOnly += c.counts;
    } else if (c.servedMonths === null) bands.withinRangeServedUnknown += c.counts;
    else if (c.servedMonths === 0) bands.withinRangeWithoutImprisonment += c.counts;
    else if (c.servedMonths <= FIVE_YEARS_MONTHS) bands.minimumToFiveYears += c.counts;
    else bands.overFiveYears += c.counts;
  }
  return bands;
}

/** How the figures were counted, in sentences a monitor can quote beside them. */
export function countingRules(scope: { finalOnly: boolean; provenance: readonly string[] }): string[] {
  const provenance = scope.provenance.includes('SYNTHETIC')
    ? `Decisions of provenance ${scope.provenance.join(', ')}: SYNTHETIC examples are included, so these figures are not evidence.`
    : `Decisions of provenance ${scope.provenance.join(' and ')}; SYNTHETIC examples are left out.`;
  return [
    'Unit: one convicted count (one defendant convicted of one offence in one decision); a defendant convicted on two counts is counted twice.',
    'Months served: the term of imprisonment to serve. A suspended term counts as 0 months and is counted among suspended sentences; a fine alone counts as 0 months and is counted among fine-only sentences; a fine beside a term changes neither.',
    'A term whose suspension is not recorded, and a count with no sentence recorded, are left out of n, the percentiles, the bands and the shares of sentence kinds.',
    'Life imprisonment: a count cannot hold a life sentence in this service (terms are recorded in months), and no decision held has one; the statutory ranges that allow it say so.',
    scope.finalOnly
      ? 'Final findings only: the counts of decisions that no later decision held here reviews.'
      : 'Every stage: the counts of first-instance, appeal and Supreme Court decisions, so a count reviewed on appeal is counted once in each decision.',
    provenance,
    'Below the minimum: the finding holds the months served (or a fine where the law allows one instead) against the statutory range that applied to that count, the law of the offence date or a later, more lenient law; the share is of the findings determined.',
  ];
}
