/**
 * The ids an operation's `Ref`s resolve to: a few recent and random decisions, defendants, counts and penalties
 * read from the database (refreshed every few batches), and the cursors the service has answered with. The test
 * owns one `Pools` and hands it to whatever renders operations.
 */
import type { DataSource } from 'typeorm';
import { idSet } from './database';
import { NIL_UUID, Ref, type PoolName, type Value } from './values';

export class Pools {
  private readonly ids: Record<PoolName, string[]> = {
    decision: [],
    defendant: [],
    count: [],
    penalty: [],
    cursor: [],
  };

  /** The id a reference picks, or a nil UUID while its pool is empty. */
  resolve(ref: Ref): string {
    const pool = this.ids[ref.pool];
    return pool.length ? pool[ref.pick % pool.length] : NIL_UUID;
  }

  /** A value with every reference in it resolved, as a variable is sent. */
  resolveDeep(v: Value): unknown {
    return v instanceof Ref
      ? this.resolve(v)
      : Array.isArray(v)
        ? v.map((x) => this.resolveDeep(x))
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.resolveDeep(x)]))
          : v;
  }

  async refresh(db: DataSource) {
    const pick = async (sql: string) => [...(await idSet(db, sql))];
    this.ids.decision = await pick(
      `(SELECT id FROM decision ORDER BY created_at DESC LIMIT 20) UNION (SELECT id FROM decision ORDER BY random() LIMIT 20)`,
    );
    this.ids.defendant = await pick(`SELECT id FROM defendant ORDER BY random() LIMIT 40`);
    this.ids.count = await pick(`SELECT id FROM criminal_count ORDER BY random() LIMIT 40`);
    this.ids.penalty = await pick(`SELECT id FROM penalty ORDER BY random() LIMIT 20`);
  }

  /** Keeps the last 60 cursors found anywhere in an answer's data. */
  harvestCursors(value: unknown) {
    if (Array.isArray(value)) value.forEach((v) => this.harvestCursors(v));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (typeof v === 'string' && ['cursor', 'endCursor', 'startCursor'].includes(k)) {
          this.ids.cursor.push(v);
          if (this.ids.cursor.length > 60) this.ids.cursor.shift();
        } else this.harvestCursors(v);
      }
    }
  }
}
