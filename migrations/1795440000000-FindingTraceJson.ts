import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finding's trace is stored as `json`, not `jsonb`: it is only ever written whole and read whole, never queried
 * inside, and refreshes write hundreds of thousands of ~2.8 KB traces. `json` keeps the text as written (checked,
 * not rebuilt as a binary tree), which halves the server's work per trace; readers get the same value back.
 */
export class FindingTraceJson1795440000000 implements MigrationInterface {
  name = 'FindingTraceJson1795440000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding ALTER COLUMN trace TYPE json USING trace::json`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding ALTER COLUMN trace TYPE jsonb USING trace::jsonb`);
  }
}
