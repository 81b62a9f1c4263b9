import { DataSource } from 'typeorm';
import { inTransaction, type Db } from './unit-of-work';

/**
 * For one large aggregate (comparable sentences over a few hundred thousand findings): JIT compilation took longer
 * than the query itself; hash tables of that many rows spilled to
 * disk in the default 4 MB; and the planner, which cannot know that a few thousand groups come out of 275,000 rows,
 * sorted them all to group them where a hash table of the groups does (bench/ROUNDS.md, "Measurements behind the
 * code").
 */
const AGGREGATE_SETTINGS = `SET LOCAL jit = off; SET LOCAL work_mem = '32MB'; SET LOCAL enable_sort = off`;

/**
 * Runs `work` in one read-only REPEATABLE READ transaction, so everything it reads comes from the same committed
 * state: figures and the data version they cite, or an export's rows and its summary. Inside a transaction already,
 * `work` runs in it, as it is. `aggregate` sets what a large aggregate needs, for this transaction only.
 */
export async function inSnapshot<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  { aggregate = false } = {},
): Promise<T> {
  if (inTransaction(db) || !(db instanceof DataSource)) return work(db);
  return db.transaction('REPEATABLE READ', async (tx) => {
    // One round trip: a few hundred microseconds each, next to an aggregate of a few milliseconds on a small database.
    await tx.query(`SET TRANSACTION READ ONLY${aggregate ? `; ${AGGREGATE_SETTINGS}` : ''}`);
    return work(tx);
  });
}
