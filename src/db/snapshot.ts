import { DataSource } from 'typeorm';
import { inTransaction, type Db } from './unit-of-work';

/**
 * Runs `work` in one read-only REPEATABLE READ transaction, so everything it reads comes from the same committed
 * state: figures and the data version they cite, or an export's rows and its summary. Inside a transaction already,
 * `work` runs in it.
 */
export async function inSnapshot<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (inTransaction(db) || !(db instanceof DataSource)) return work(db);
  return db.transaction('REPEATABLE READ', async (tx) => {
    await tx.query('SET TRANSACTION READ ONLY');
    return work(tx);
  });
}
