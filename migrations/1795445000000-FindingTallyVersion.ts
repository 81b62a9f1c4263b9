import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `finding_tally_version`: one number that moves, in the writing transaction, with every statement that changes
 * `finding_tally`, so a process can keep the statistics it computed and serve them again for as long as the number
 * it reads is the one they were computed at (see StatsCache). The number is a row, not a sequence: a sequence moves
 * before its transaction commits, and a reader could keep old figures under the new number.
 *
 * The same pattern as `law_revision` (LawRevision). Every transaction that writes findings now updates this one
 * row, and holds it until it ends. Findings refreshes already run one at a time (lockWrites); a decision deleted
 * outside one waits for the refresh in progress, or deadlocks with it and is retried by the unit of work.
 */
export class FindingTallyVersion1795445000000 implements MigrationInterface {
  name = 'FindingTallyVersion1795445000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finding_tally_version (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version bigint NOT NULL
      )`);
    await q.query(`INSERT INTO finding_tally_version (version) VALUES (0)`);
    await q.query(`
      CREATE FUNCTION finding_tally_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN UPDATE finding_tally_version SET version = version + 1; RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER finding_tally_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON finding_tally
        FOR EACH STATEMENT EXECUTE FUNCTION finding_tally_changed()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER finding_tally_changed ON finding_tally`);
    await q.query(`DROP FUNCTION finding_tally_changed()`);
    await q.query(`DROP TABLE finding_tally_version`);
  }
}
