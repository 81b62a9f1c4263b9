import type { StatsRow } from './finding.repository';

/**
 * Statistics rows kept in all (a court × year answer is about 300 rows of a few hundred bytes each; a grouping by
 * provision, court and year can be thousands): the least recently used answers go first beyond it.
 */
const DEFAULT_ROW_CAPACITY = 50_000;

/**
 * Statistics computed from the tally, kept per query with the tally version they were read at, and served again
 * while the version read before each use is still that one (a monitors' dashboard asks the same questions over and
 * over; the tally changes only when findings are written). Comparable sentences keep their figures the same way, under
 * the same number (the findings' version). Versions only move forward on commit, so a kept answer
 * is never served after a change is visible. Only for reads from the pool: inside a transaction the version and
 * the tally can hold changes that are later rolled back.
 */
export class StatsCache<Row = StatsRow> {
  private readonly entries = new Map<string, { version: string; rows: Row[] }>();
  private rowsKept = 0;

  constructor(private readonly rowCapacity = DEFAULT_ROW_CAPACITY) {}

  /** The rows kept for this query at this version, if any. */
  get(key: string, version: string): Row[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.remove(key);
    if (entry.version !== version) return undefined;
    // Put back last: a Map iterates in insertion order, so the first key is the least recently used.
    this.add(key, entry);
    return entry.rows;
  }

  set(key: string, version: string, rows: Row[]): void {
    this.remove(key);
    if (rows.length > this.rowCapacity) return;
    this.add(key, { version, rows });
    while (this.rowsKept > this.rowCapacity) this.remove(this.entries.keys().next().value!);
  }

  /** How many answers, and rows in all, are kept. */
  get size(): { answers: number; rows: number } {
    return { answers: this.entries.size, rows: this.rowsKept };
  }

  private add(key: string, entry: { version: string; rows: Row[] }): void {
    this.entries.set(key, entry);
    this.rowsKept += entry.rows.length;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.rowsKept -= entry.rows.length;
  }
}
