import type { StatsRow } from '../../src/compliance/finding.repository';
import { StatsCache } from '../../src/compliance/stats-cache';

const rows = (n: number): StatsRow[] =>
  Array.from({ length: n }, (_, i) => ({
    year: 2000 + i,
    courtId: null,
    provisionId: null,
    status: null,
    stage: null,
    judge: null,
    downgraded: null,
    total: i,
    compliant: i,
    belowMinimum: 0,
    aboveMaximum: 0,
    undetermined: 0,
    medianImposedMonths: null,
    medianMinimumMonths: null,
  }));

describe('StatsCache', () => {
  it('serves an answer only at the version it was read at, and forgets it at another', () => {
    const cache = new StatsCache();
    const answer = rows(3);
    cache.set('q', '7', answer);
    expect(cache.get('q', '7')).toBe(answer);
    expect(cache.get('q', '8')).toBeUndefined();
    expect(cache.get('q', '7')).toBeUndefined(); // dropped when found stale
    expect(cache.size).toEqual({ answers: 0, rows: 0 });
  });

  it('keeps at most its capacity in rows, dropping the least recently used answers first', () => {
    const cache = new StatsCache(10);
    cache.set('a', '1', rows(4));
    cache.set('b', '1', rows(4));
    expect(cache.get('a', '1')).toHaveLength(4); // a is now the most recently used
    cache.set('c', '1', rows(4)); // 12 rows: b goes
    expect(cache.get('b', '1')).toBeUndefined();
    expect(cache.get('a', '1')).toHaveLength(4);
    expect(cache.get('c', '1')).toHaveLength(4);
    expect(cache.size).toEqual({ answers: 2, rows: 8 });
    cache.set('a', '2', rows(1)); // replaced, not added
    expect(cache.size).toEqual({ answers: 2, rows: 5 });
  });

  it('does not keep an answer larger than its whole capacity', () => {
    const cache = new StatsCache(10);
    cache.set('small', '1', rows(2));
    cache.set('huge', '1', rows(11));
    expect(cache.get('huge', '1')).toBeUndefined();
    expect(cache.get('small', '1')).toHaveLength(2);
  });
});
