import fc from 'fast-check';

import { weightedMedian } from '../../src/compliance/finding-tally.repository';

/** percentile_cont(0.5) over the list with every value written out as many times as it is held. */
function medianOfExpanded(values: number[], weights: number[]): number | null {
  const list = values.flatMap((v, i) => Array<number>(weights[i]).fill(v)).sort((a, b) => a - b);
  if (list.length === 0) return null;
  return (list[Math.floor((list.length - 1) / 2)] + list[Math.ceil((list.length - 1) / 2)]) / 2;
}

describe('weightedMedian', () => {
  it.each([
    [[60], [1], 60],
    [[60, 24], [1, 1], 42],
    [[36, 12, 60], [1, 1, 1], 36],
    [[12, 60], [3, 1], 12],
    [[12, 60], [2, 2], 36],
    [[0.5, 96, 60], [1, 1, 2], 60],
    [[], [], null],
  ])('values %j held %j times: %p', (values, weights, expected) => {
    expect(weightedMedian(values, weights)).toBe(expected);
  });

  it('agrees with the median of the written-out list, whatever the order of the values', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { maxLength: 30 }).chain((distinct) =>
          fc.tuple(
            fc.constant(distinct.map((v) => v / 4)),
            fc.array(fc.integer({ min: 1, max: 9 }), {
              minLength: distinct.length,
              maxLength: distinct.length,
            }),
          ),
        ),
        ([values, weights]) => {
          expect(weightedMedian(values, weights)).toBe(medianOfExpanded(values, weights));
        },
      ),
    );
  });
});
