import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The columns a finding is tallied by: the groupings and filters of `complianceStats` (all but the reasons, whose
 * combinations would triple the tally), and the values of the two medians. The imposed term is a double: medians
 * (percentile_cont) are computed in double precision anyway, and doubles sort faster than numerics.
 */
export const KEY = `decision_year, court_id, provision_id, status, confidence, provenance, imposed_months, minimum_months`;

/**
 * Tally rows of a set of findings (`rows`, aliased f) with their decisions' provenance (`provenance`). The
 * provenance of a transition table's rows is looked up row by row (`PROVENANCE_OF_ROW`): the planner knows nothing
 * of a transition table's size and may choose to read the whole decision table for every batch written.
 */
export const tallyOf = (rows: string, provenance: string, where = '') => `
  SELECT f.decision_year, f.court_id, f.provision_id, f.status, f.confidence, f.provenance,
         f.imposed_months::float8 AS imposed_months, f.minimum_months, count(*)::int AS n
    FROM (SELECT f.*, ${provenance} AS provenance FROM ${rows} f ${where} OFFSET 0) f
   WHERE f.provenance IS NOT NULL
   GROUP BY f.decision_year, f.court_id, f.provision_id, f.status, f.confidence, f.provenance,
            f.imposed_months::float8, f.minimum_months`;

export const add = (tally: string) => `
  INSERT INTO finding_tally AS t (${KEY}, n) ${tally}
  ON CONFLICT (${KEY}) DO UPDATE SET n = t.n + EXCLUDED.n;`;

// NULLs compared through coalesce so the join can hash.
export const subtract = (tally: string) => `
  UPDATE finding_tally t SET n = t.n - g.n FROM (${tally}) g
   WHERE t.decision_year = g.decision_year AND t.court_id = g.court_id
     AND coalesce(t.provision_id, '00000000-0000-0000-0000-000000000000')
       = coalesce(g.provision_id, '00000000-0000-0000-0000-000000000000')
     AND t.status = g.status AND t.confidence = g.confidence AND t.provenance = g.provenance
     AND coalesce(t.imposed_months, -1) = coalesce(g.imposed_months, -1)
     AND coalesce(t.minimum_months, -1) = coalesce(g.minimum_months, -1);
  DELETE FROM finding_tally WHERE n = 0;`;

export const PROVENANCE_OF_ROW = '(SELECT d.provenance FROM decision d WHERE d.id = f.decision_id)';

/**
 * `finding_tally`: the findings counted by everything `complianceStats` filters and groups on, kept in step by
 * triggers in the writing transaction, so statistics read a few thousand tally rows instead of every finding.
 * Findings are counted with their decision's provenance: a decision deleted (its findings go by cascade, when the
 * decision can no longer be joined) is subtracted before it goes, and a change of provenance moves its findings.
 */
export class FindingTally1795437000000 implements MigrationInterface {
  name = 'FindingTally1795437000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE finding_tally (
        decision_year integer NOT NULL,
        court_id uuid NOT NULL,
        provision_id uuid,
        status text NOT NULL,
        confidence text NOT NULL,
        provenance text NOT NULL,
        imposed_months double precision,
        minimum_months integer,
        n integer NOT NULL CHECK (n >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX finding_tally_key ON finding_tally (${KEY}) NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX finding_tally_spent ON finding_tally (decision_year) WHERE n = 0`);
    await q.query(`INSERT INTO finding_tally (${KEY}, n) ${tallyOf('finding', PROVENANCE_OF_ROW)}`);

    await q.query(`
      CREATE FUNCTION finding_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${add(tallyOf('new_rows', PROVENANCE_OF_ROW))} RETURN NULL; END $$`);
    await q.query(`
      CREATE FUNCTION finding_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${subtract(tallyOf('old_rows', PROVENANCE_OF_ROW))} RETURN NULL; END $$`);
    await q.query(`
      CREATE FUNCTION finding_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${subtract(tallyOf('old_rows', PROVENANCE_OF_ROW))}
        ${add(tallyOf('new_rows', PROVENANCE_OF_ROW))}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION finding_tally_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM finding_tally; RETURN NULL; END $$`);
    await q.query(`
      CREATE TRIGGER finding_tally_insert AFTER INSERT ON finding REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION finding_tally_insert()`);
    await q.query(`
      CREATE TRIGGER finding_tally_delete AFTER DELETE ON finding REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION finding_tally_delete()`);
    await q.query(`
      CREATE TRIGGER finding_tally_update AFTER UPDATE ON finding REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION finding_tally_update()`);
    await q.query(`
      CREATE TRIGGER finding_tally_truncate AFTER TRUNCATE ON finding
        FOR EACH STATEMENT EXECUTE FUNCTION finding_tally_truncate()`);

    const ofDecision = (provenance: string, id: string) =>
      tallyOf('finding', provenance, `WHERE f.decision_id = ${id}`);
    await q.query(`
      CREATE FUNCTION decision_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${subtract(ofDecision('OLD.provenance', 'OLD.id'))} RETURN OLD; END $$`);
    await q.query(`
      CREATE FUNCTION decision_tally_provenance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${subtract(ofDecision('OLD.provenance', 'OLD.id'))}
        ${add(ofDecision('NEW.provenance', 'NEW.id'))}
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER decision_tally_delete BEFORE DELETE ON decision
        FOR EACH ROW EXECUTE FUNCTION decision_tally_delete()`);
    await q.query(`
      CREATE TRIGGER decision_tally_provenance AFTER UPDATE OF provenance ON decision
        FOR EACH ROW WHEN (OLD.provenance IS DISTINCT FROM NEW.provenance)
        EXECUTE FUNCTION decision_tally_provenance()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER decision_tally_provenance ON decision`);
    await q.query(`DROP TRIGGER decision_tally_delete ON decision`);
    await q.query(`DROP FUNCTION decision_tally_provenance(), decision_tally_delete()`);
    await q.query(`DROP TABLE finding_tally CASCADE`);
    for (const event of ['insert', 'delete', 'update', 'truncate']) {
      await q.query(`DROP TRIGGER IF EXISTS finding_tally_${event} ON finding`);
      await q.query(`DROP FUNCTION finding_tally_${event}()`);
    }
  }
}
