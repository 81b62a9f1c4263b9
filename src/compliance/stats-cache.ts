import type { StatsRow } from './finding.repository';

/** Distinct statistics queries kept; the least recently used goes first. */
const DEFAULT_CAPACITY = 200;

/**
 * Statistics computed from the tally, kept per query with the tally version they were read at, and served again
 * while the version read before each use is still that one (a monitors' dashboard asks the same questions over and
 * over; the tally changes only when findings are written). Versions only move forward on commit, so a kept answer
 * is never served after a change is visible. Only for reads from the pool: inside a transaction the version and
 * the tally can hold changes that are later rolled back.
 */
export class StatsCache {
  private readonly entries = new Map<string, { version: string; rows: StatsRow[] }>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** The rows kept for this query at this version, if any. */
  get(key: string, version: string): StatsRow[] | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-inserted: a Map iterates in insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.rows;
  }

  set(key: string, version: string, rows: StatsRow[]): void {
    this.entries.delete(key);
    this.entries.set(key, { version, rows });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}
