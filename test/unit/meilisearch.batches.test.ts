// Unit tests of the write requests' sizing (meilisearch.batches.ts): pure, no server.
import fc from 'fast-check';

import { batchesByBytes, jsonBytes } from '../../src/search/meilisearch.batches';

describe('batchesByBytes (item 7)', () => {
  const document = fc.record({ id: fc.string({ maxLength: 5 }), body: fc.string({ maxLength: 400 }) });

  it('keeps every document once, in order, in requests within the budget, and sets aside those over the limit', () => {
    fc.assert(
      fc.property(
        fc.array(document, { maxLength: 40 }),
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 0, max: 2000 }),
        (documents, budget, extra) => {
          const limit = budget + extra;
          const { batches, oversized } = batchesByBytes(documents, budget, limit);
          for (const batch of batches) {
            expect(batch.length).toBeGreaterThan(0);
            if (batch.length > 1) expect(jsonBytes(batch)).toBeLessThanOrEqual(budget);
            expect(jsonBytes(batch)).toBeLessThanOrEqual(limit);
          }
          expect(oversized.map((o) => o.document)).toEqual(documents.filter((d) => jsonBytes([d]) > limit));
          expect(oversized.every((o) => o.bytes === jsonBytes(o.document))).toBe(true);
          expect(batches.flat()).toEqual(documents.filter((d) => jsonBytes([d]) <= limit));
        },
      ),
    );
  });

  it('counts bytes, not characters: Cyrillic text takes two bytes a letter', () => {
    const cyrillic = { id: 'a', body: 'ж'.repeat(100) };
    expect(jsonBytes(cyrillic)).toBe(JSON.stringify(cyrillic).length + 100);
    expect(batchesByBytes([cyrillic, cyrillic], 250, 1000).batches).toHaveLength(2);
  });
});
