import fc from 'fast-check';
import { rampedBatches } from '../../src/shared/batches';

describe('rampedBatches', () => {
  it('starts short and doubles up to the batch size', () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    expect([...rampedBatches(items, 2, 10)].map((b) => b.length)).toEqual([2, 4, 8, 10, 10, 6]);
    expect([...rampedBatches([], 2, 3)]).toEqual([]);
  });

  it('for any items and sizes, gives back every item once, in order, each batch at most twice the one before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 200 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        (items, first, size) => {
          const lengths = [...rampedBatches(items, first, size)].map((b) => b.length);
          expect([...rampedBatches(items, first, size)].flat()).toEqual(items);
          expect(lengths.every((n) => n > 0 && n <= size)).toBe(true);
          if (lengths.length) expect(lengths[0]).toBeLessThanOrEqual(first);
          expect(lengths.every((n, i) => i === 0 || n <= 2 * lengths[i - 1])).toBe(true);
          // Only the last batch may fall short of its due length.
          const due = (i: number) => Math.min(Math.min(first, size) * 2 ** i, size);
          expect(lengths.slice(0, -1).every((n, i) => n === due(i))).toBe(true);
        },
      ),
    );
  });
});
