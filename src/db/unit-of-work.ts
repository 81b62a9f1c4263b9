import type { DataSource, EntityManager } from 'typeorm';

/** Where repositories read and write: the pool, or one transaction. */
export type Db = DataSource | EntityManager;

/** Whether `db` is a transaction's (an EntityManager bound to a query runner in a transaction), not the pool. */
export const inTransaction = (db: Db): boolean =>
  'queryRunner' in db && db.queryRunner?.isTransactionActive === true;

/** Lets a service own a transaction without knowing the ORM: repositories built on `tx` share it. */
export interface UnitOfWork {
  db: Db;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

/** PostgreSQL errors that mean "two transactions collided; run it again": the work itself was sound. */
const RETRYABLE = new Set(['40P01', '40001']);
const RACE_CONSTRAINTS = new Set(['finding_pkey', 'finding_count_id_fkey']);
const MAX_ATTEMPTS = 4;

function isCollision(e: unknown): boolean {
  const error = (e as { driverError?: { code?: string; constraint?: string } }).driverError;
  return !!error && (RETRYABLE.has(error.code ?? '') || RACE_CONSTRAINTS.has(error.constraint ?? ''));
}

export const unitOfWork = (dataSource: DataSource): UnitOfWork => ({
  db: dataSource,
  // Writers side by side can collide (a deadlock, a finding for a count another writer just deleted): the whole
  // transaction is rolled back and run again, a few times, after a short random pause.
  transaction: async (work) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await dataSource.transaction('READ COMMITTED', work);
      } catch (e) {
        if (attempt >= MAX_ATTEMPTS || !isCollision(e)) throw e;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
      }
    }
  },
});
