import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether the server was built with lz4 (PostgreSQL 14+ with --with-lz4, as Debian's packages are). */
export async function serverHasLz4(q: { query(sql: string): Promise<{ lz4: boolean }[]> }): Promise<boolean> {
  const [{ lz4 }] = await q.query(
    `SELECT coalesce('lz4' = ANY(enumvals), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  return lz4;
}

/**
 * A decision's redacted text (2–20 KB) is stored without pglz, PostgreSQL's default compression, which was the
 * largest single cost of writing a decision: lz4 where the server has it, uncompressed (STORAGE EXTERNAL, still out of
 * line) where it has not (the embedded PostgreSQL 18 is built without lz4). Measured by COPYing the texts of 20,000
 * synthetic decisions (226 MB) into a one-column table on the PostgreSQL 15 of the project's machines, two runs each:
 * pglz 2.30–2.39 s (43 MB stored), lz4 1.02 s (53 MB), uncompressed 1.39–1.45 s (235 MB). On the embedded server, a
 * whole 20,000-decision import, two alternating pairs: the server's CPU 7.2–7.4 s with pglz, 6.2–6.3 s uncompressed.
 * Uncompressed texts take more disk (synthetic texts compress five to one, real ones about two or three to one) and
 * are read without decompressing. Rows already stored keep their compression until they are rewritten.
 */
export class DecisionTextStorage1795446000000 implements MigrationInterface {
  name = 'DecisionTextStorage1795446000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      (await serverHasLz4(q))
        ? `ALTER TABLE decision ALTER COLUMN redacted_text SET COMPRESSION lz4`
        : `ALTER TABLE decision ALTER COLUMN redacted_text SET STORAGE EXTERNAL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE decision ALTER COLUMN redacted_text SET STORAGE EXTENDED, ALTER COLUMN redacted_text SET COMPRESSION DEFAULT`,
    );
  }
}
