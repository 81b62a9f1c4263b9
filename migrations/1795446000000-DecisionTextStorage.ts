import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether the server was built with lz4 (PostgreSQL 14+ with --with-lz4, as Debian's packages are). */
export async function serverHasLz4(q: { query(sql: string): Promise<{ lz4: boolean }[]> }): Promise<boolean> {
  const [{ lz4 }] = await q.query(
    `SELECT coalesce('lz4' = ANY(enumvals), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  return lz4;
}

/**
 * A decision's redacted text (2–20 KB) is compressed with lz4 where the server has it, instead of pglz, PostgreSQL's
 * default: COPYing the texts of 20,000 synthetic decisions (226 MB) into a one-column table on the PostgreSQL 15 of
 * the project's machines, two runs each, took 2.30–2.39 s with pglz (43 MB stored) and 1.02 s with lz4 (53 MB).
 * Where the server has no lz4 (the embedded PostgreSQL 18) pglz stays: storing the texts uncompressed was tried and
 * was slower there (a 100,000-decision import, two alternating pairs: 44.7–46.0 s with pglz, 48.2–49.1 s
 * uncompressed, which wrote 2.75 GB of WAL where pglz wrote 1.72 GB). Rows already stored keep their compression
 * until they are rewritten.
 */
export class DecisionTextStorage1795446000000 implements MigrationInterface {
  name = 'DecisionTextStorage1795446000000';

  public async up(q: QueryRunner): Promise<void> {
    if (await serverHasLz4(q))
      await q.query(`ALTER TABLE decision ALTER COLUMN redacted_text SET COMPRESSION lz4`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision ALTER COLUMN redacted_text SET COMPRESSION DEFAULT`);
  }
}
