import type { DataSource, EntityManager } from 'typeorm';

/** Where repositories read and write: the pool, or one transaction. */
export type Db = DataSource | EntityManager;

/** Lets a service own a transaction without knowing the ORM: repositories built on `tx` share it. */
export interface UnitOfWork {
  db: Db;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
}

export const unitOfWork = (dataSource: DataSource): UnitOfWork => ({
  db: dataSource,
  transaction: (work) => dataSource.transaction('READ COMMITTED', work),
});
