import type { MigrationInterface, QueryRunner } from 'typeorm';

const LAW_TABLES = [
  'instrument',
  'provision',
  'provision_version',
  'penalty',
  'provision_succession',
  'mitigation_rule',
];

/**
 * A counter that every change to the law tables moves, so API processes can keep the (small) body of law in memory
 * and know, with one cheap read, when their copy is out of date.
 */
export class LawRevision1795410000000 implements MigrationInterface {
  name = 'LawRevision1795410000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE law_revision (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        revision bigint NOT NULL
      )`);
    await q.query(`INSERT INTO law_revision (revision) VALUES (1)`);
    await q.query(`
      CREATE FUNCTION bump_law_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE law_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    for (const table of LAW_TABLES) {
      await q.query(
        `CREATE TRIGGER ${table}_law_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
         FOR EACH STATEMENT EXECUTE FUNCTION bump_law_revision()`,
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of LAW_TABLES) await q.query(`DROP TRIGGER ${table}_law_revision ON ${table}`);
    await q.query(`DROP FUNCTION bump_law_revision()`);
    await q.query(`DROP TABLE law_revision`);
  }
}
