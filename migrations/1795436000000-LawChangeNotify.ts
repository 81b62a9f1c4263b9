import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to the law tables also sends a notification on `law_changed` when it commits, so API processes can
 * trust their in-memory law until told otherwise instead of reading the revision on every request.
 */
export class LawChangeNotify1795436000000 implements MigrationInterface {
  name = 'LawChangeNotify1795436000000';

  public async up(q: QueryRunner): Promise<void> {
    // One constant payload: PostgreSQL folds identical notifications of a transaction into one.
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_law_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE law_revision SET revision = revision + 1;
        PERFORM pg_notify('law_changed', '');
        RETURN NULL;
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION bump_law_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE law_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
  }
}
