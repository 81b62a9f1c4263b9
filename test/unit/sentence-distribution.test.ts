import fc from 'fast-check';

import {
  bandOf,
  BAND_EDGES,
  countingRules,
  rangeBands,
  sentenceFigures,
  sentenceKind,
  servedMonths,
  weightedPercentile,
  type SentenceCell,
} from '../../src/compliance/sentence-distribution';

/** One cell of `counts` counts; the sums are those of `counts` counts of `term` months and `fine` euros each. */
function cell(over: Partial<SentenceCell> & Pick<SentenceCell, 'kind' | 'servedMonths'>): SentenceCell {
  const counts = over.counts ?? 1;
  return {
    status: 'COMPLIANT',
    provisionId: null,
    versionId: null,
    circumstances: [],
    counts,
    unverified: 0,
    termMonthsSum: (over.servedMonths ?? 0) * counts,
    termMinMonths: over.servedMonths ?? null,
    termMaxMonths: over.servedMonths ?? null,
    fines: 0,
    fineSumEur: 0,
    fineMinEur: null,
    fineMaxEur: null,
    firstInstance: counts,
    appeal: 0,
    supreme: 0,
    ...over,
  };
}

/**
 * A hand-made set of ten convicted counts: eight with a known sentence (months served 0, 0, 12, 24, 24, 36, 60, 120)
 * and two without.
 */
const HAND_MADE: SentenceCell[] = [
  cell({
    kind: 'SUSPENDED',
    servedMonths: 0,
    termMonthsSum: 18,
    termMinMonths: 18,
    termMaxMonths: 18,
    status: 'BELOW_MINIMUM',
  }),
  cell({
    kind: 'FINE_ONLY',
    servedMonths: 0,
    termMonthsSum: 0,
    termMinMonths: null,
    termMaxMonths: null,
    fines: 1,
    fineSumEur: 3000,
    fineMinEur: 3000,
    fineMaxEur: 3000,
    status: 'BELOW_MINIMUM',
    unverified: 1,
  }),
  cell({ kind: 'IMPRISONMENT', servedMonths: 12, status: 'BELOW_MINIMUM', appeal: 1, firstInstance: 0 }),
  cell({ kind: 'IMPRISONMENT', servedMonths: 24, counts: 2, unverified: 2 }),
  cell({ kind: 'IMPRISONMENT', servedMonths: 36 }),
  cell({
    kind: 'IMPRISONMENT',
    servedMonths: 60,
    fines: 1,
    fineSumEur: 500,
    fineMinEur: 500,
    fineMaxEur: 500,
  }),
  cell({ kind: 'IMPRISONMENT', servedMonths: 120, status: 'UNDETERMINED', supreme: 1, firstInstance: 0 }),
  cell({
    kind: 'SUSPENSION_UNKNOWN',
    servedMonths: null,
    termMonthsSum: 30,
    termMinMonths: 30,
    termMaxMonths: 30,
    status: 'UNDETERMINED',
  }),
  cell({
    kind: 'NO_SENTENCE',
    servedMonths: null,
    termMonthsSum: 0,
    termMinMonths: null,
    termMaxMonths: null,
    status: 'UNDETERMINED',
  }),
];

describe('weightedPercentile', () => {
  // Sorted: 0 0 12 24 24 36 60 120 (N = 8). Rank (N − 1)p: p10 0.7, p25 1.75, p50 3.5, p75 5.25, p90 6.3.
  const values = [0, 12, 24, 36, 60, 120];
  const weights = [2, 1, 2, 1, 1, 1];
  it.each([
    [0.1, 0], // between 0 and 0
    [0.25, 9], // 0 + 0.75 × (12 − 0)
    [0.5, 24], // between 24 and 24
    [0.75, 42], // 36 + 0.25 × (60 − 36)
    [0.9, 78], // 60 + 0.3 × (120 − 60)
    [0, 0],
    [1, 120],
  ])('p = %p of the hand-made set is %p months', (p, expected) => {
    expect(weightedPercentile(values, weights, p)).toBeCloseTo(expected, 9);
  });

  it('is null when nothing is held, and the value itself when one count is', () => {
    expect(weightedPercentile([], [], 0.5)).toBeNull();
    expect(weightedPercentile([42], [1], 0.9)).toBe(42);
  });

  it('agrees with percentile_cont over the written-out list, whatever the order of the values', () => {
    const cont = (list: number[], p: number) => {
      const sorted = [...list].sort((a, b) => a - b);
      const rank = (sorted.length - 1) * p;
      const low = Math.floor(rank);
      return sorted[low] + (rank - low) * (sorted[Math.ceil(rank)] - sorted[low]);
    };
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 480 }), { minLength: 1, maxLength: 25 }).chain((distinct) =>
          fc.tuple(
            fc.constant(distinct),
            fc.array(fc.integer({ min: 1, max: 6 }), {
              minLength: distinct.length,
              maxLength: distinct.length,
            }),
            fc.constantFrom(0.1, 0.25, 0.5, 0.75, 0.9),
          ),
        ),
        ([values, weights, p]) => {
          const list = values.flatMap((v, i) => Array<number>(weights[i]).fill(v));
          expect(weightedPercentile(values, weights, p)).toBeCloseTo(cont(list, p), 9);
        },
      ),
    );
  });
});

describe('the kind of a sentence, and its months served', () => {
  it.each([
    // imposed (the finding's months to serve), suspended, a term > 0, a fine > 0 → kind, months served
    [42, false, true, false, 'IMPRISONMENT', 42],
    [42, false, true, true, 'IMPRISONMENT', 42], // a fine beside a term changes nothing
    [0, true, true, false, 'SUSPENDED', 0],
    [0, true, true, true, 'SUSPENDED', 0], // a suspended term with a fine is a suspended sentence
    [0, null, false, true, 'FINE_ONLY', 0], // a fine alone: no term recorded
    [0, false, false, true, 'FINE_ONLY', 0],
    [0, false, false, false, 'NO_PENALTY', 0], // a term of 0 months, no fine
    [36, null, true, false, 'SUSPENSION_UNKNOWN', null], // served or not: unknown
    [null, null, false, false, 'NO_SENTENCE', null],
  ] as const)(
    '%p months, suspended %p, term %p, fine %p: %s, %p served',
    (imposed, suspended, hasTerm, fined, kind, served) => {
      const facts = { imposedMonths: imposed, suspended, hasTerm, fined };
      expect(sentenceKind(facts)).toBe(kind);
      expect(servedMonths(facts)).toBe(served);
    },
  );
});

describe('bands of months served', () => {
  it.each([
    [0, 'none served'],
    [0.5, 'under 1 year'],
    [11.99, 'under 1 year'],
    [12, '1 to under 2 years'],
    [24, '2 to under 3 years'],
    [59, '3 to under 5 years'],
    [60, '5 to under 8 years'],
    [143, '8 to under 12 years'],
    [144, '12 years or more'],
    [480, '12 years or more'],
  ])('%p months fall in "%s"', (months, label) => {
    expect(BAND_EDGES[bandOf(months)].label).toBe(label);
  });
});

describe('sentenceFigures', () => {
  const figures = sentenceFigures(HAND_MADE);

  it('counts every convicted count, and draws the distribution from those with a known sentence', () => {
    expect(figures.total).toBe(10);
    expect(figures.n).toBe(8);
    expect(figures.sentenceUnknown).toBe(2);
    expect(figures.suppressed).toBe(false);
    expect(figures.percentiles!.p10).toBeCloseTo(0, 9);
    expect(figures.percentiles!.p25).toBeCloseTo(9, 9);
    expect(figures.percentiles!.p50).toBeCloseTo(24, 9);
    expect(figures.percentiles!.p75).toBeCloseTo(42, 9);
    expect(figures.percentiles!.p90).toBeCloseTo(78, 9);
    expect(figures.notes).toEqual([
      '2 of the 10 convicted counts are left out of n: no sentence recorded, or a term whose suspension is not recorded.',
    ]);
  });

  it('puts each known count in one band', () => {
    expect(figures.histogram.map((b) => [b.label, b.count])).toEqual([
      ['none served', 2],
      ['under 1 year', 0],
      ['1 to under 2 years', 1],
      ['2 to under 3 years', 2],
      ['3 to under 5 years', 1],
      ['5 to under 8 years', 1],
      ['8 to under 12 years', 1],
      ['12 years or more', 0],
    ]);
  });

  it('gives the shares of kinds of n, and the share below the minimum of the findings determined', () => {
    expect(figures.shares.imprisonment).toMatchObject({ count: 6, of: 8, share: 0.75 });
    expect(figures.shares.suspended).toMatchObject({ count: 1, of: 8, share: 0.125 });
    expect(figures.shares.fineOnly).toMatchObject({ count: 1, of: 8, share: 0.125 });
    expect(figures.shares.noPenalty).toMatchObject({ count: 0, of: 8, share: 0 });
    // Determined: 10 counts less 3 undetermined; below the minimum: the suspended, the fine and the 12 months.
    expect(figures.shares.belowMinimum).toMatchObject({ count: 3, of: 7 });
    expect(figures.shares.belowMinimum.share).toBeCloseTo(3 / 7, 12);
    expect(figures.byStatus).toEqual({ COMPLIANT: 4, BELOW_MINIMUM: 3, ABOVE_MAXIMUM: 0, UNDETERMINED: 3 });
  });

  it('averages each kind over its own counts', () => {
    // (12 + 24 + 24 + 36 + 60 + 120) / 6
    expect(figures.kinds.IMPRISONMENT).toMatchObject({
      count: 6,
      meanMonths: 46,
      minMonths: 12,
      maxMonths: 120,
      fines: 1,
      meanFineEur: 500,
    });
    expect(figures.kinds.SUSPENDED).toMatchObject({ count: 1, meanMonths: 18, minMonths: 18 });
    expect(figures.kinds.FINE_ONLY).toMatchObject({ count: 1, meanMonths: null, meanFineEur: 3000 });
    expect(figures.kinds.NO_PENALTY).toMatchObject({ count: 0, meanMonths: null, meanFineEur: null });
  });

  it('counts the findings on unverified law and the stages', () => {
    expect(figures.unverified).toBe(3);
    expect(figures.byStage).toEqual({ firstInstance: 8, appeal: 1, supreme: 1 });
  });

  it('withholds the percentiles below five known sentences, and says so', () => {
    const four = sentenceFigures(HAND_MADE.slice(2, 5)); // 12, 24 (×2), 36
    expect(four.n).toBe(4);
    expect(four.suppressed).toBe(true);
    expect(four.percentiles).toBeNull();
    expect(four.notes).toEqual([
      'Percentiles withheld: only 4 counts have a known sentence, fewer than 5. The bands, the shares and the counts themselves are given.',
    ]);
    // The bands and the shares stay: they are counts, and the counts themselves are listed.
    expect(four.histogram.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    expect(four.shares.imprisonment).toMatchObject({ count: 4, of: 4, share: 1 });

    const five = sentenceFigures(HAND_MADE.slice(2, 6)); // 12, 24 (×2), 36, 60
    expect(five.suppressed).toBe(false);
    expect(five.percentiles!.p50).toBe(24);
  });

  it('says when nothing matched, or nothing matched has a known sentence', () => {
    expect(sentenceFigures([])).toMatchObject({
      total: 0,
      n: 0,
      suppressed: true,
      percentiles: null,
      notes: ['No convicted count matches the filter.'],
    });
    expect(sentenceFigures(HAND_MADE.slice(7)).notes).toEqual([
      'None of the 2 convicted counts matched has a known number of months to serve.',
    ]);
    expect(sentenceFigures([]).shares.belowMinimum.share).toBeNull();
  });
});

describe('rangeBands', () => {
  it('places every count once against the range that applied to it', () => {
    const bands = rangeBands([
      ...HAND_MADE,
      cell({ kind: 'IMPRISONMENT', servedMonths: 150, status: 'ABOVE_MAXIMUM' }),
      cell({ kind: 'FINE_ONLY', servedMonths: 0, status: 'COMPLIANT' }),
    ]);
    expect(bands).toEqual({
      total: 12,
      belowMinimum: 3,
      belowMinimumSuspended: 1,
      belowMinimumFineOnly: 1,
      // 24 (×2), 36 and 60: five years exactly is "the minimum to five years".
      minimumToFiveYears: 4,
      overFiveYears: 0,
      aboveMaximum: 1,
      withinRangeWithoutImprisonment: 1,
      withinRangeServedUnknown: 0,
      undetermined: 3,
    });
  });
});

describe('countingRules', () => {
  it('say how stages and provenance were counted', () => {
    const published = countingRules({ finalOnly: false, provenance: ['OFFICIAL', 'REPORTED'] });
    expect(published).toContain(
      'Decisions of provenance OFFICIAL and REPORTED; SYNTHETIC examples are left out.',
    );
    expect(published.join(' ')).toMatch(/Every stage/);
    const all = countingRules({ finalOnly: true, provenance: ['OFFICIAL', 'REPORTED', 'SYNTHETIC'] });
    expect(all.join(' ')).toMatch(/SYNTHETIC examples are included, so these figures are not evidence/);
    expect(all.join(' ')).toMatch(/Final findings only/);
  });
});
