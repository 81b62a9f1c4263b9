import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose every write moves the findings' version. */
const TABLES = ['finding', 'decision_link'];

/**
 * `finding_tally_version` becomes the findings' version that exports and `dataVersion` cite: it moves, in the
 * writing transaction, with every statement that writes findings or appeal links. Until now it moved only through the
 * tally's own statements, which happen to run whenever findings are written; these triggers say it outright, and add
 * the appeal links, which decide which findings are final. Decisions and counts are covered through their findings:
 * every change to them is followed by a findings refresh in the same transaction, which writes findings (DELETE of
 * the stale ones included), so the version moves even when no finding's content changed. A kept statistics answer
 * (StatsCache) is dropped a little more often, never kept too long. The row is the one FindingTallyVersion made, so
 * a writer still takes one row lock, as before.
 */
export class FindingsVersion1795450000000 implements MigrationInterface {
  name = 'FindingsVersion1795450000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION findings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE finding_tally_version SET version = version + 1; RETURN NULL; END $$`);
    for (const table of TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_findings_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION findings_changed()`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of TABLES) await q.query(`DROP TRIGGER ${table}_findings_version ON ${table}`);
    await q.query(`DROP FUNCTION findings_changed()`);
  }
}
