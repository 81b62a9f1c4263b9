import type { MigrationInterface, QueryRunner } from 'typeorm';
import { KEY, PROVENANCE_OF_ROW, add, subtract, tallyOf } from './1795437000000-FindingTally';

/** Set (transaction-local) by a findings refresh, which brings the tally up to date once at its end. */
const DEFERRED = `current_setting('app.finding_tally', true) = 'deferred'`;

const ofDecisions = tallyOf('finding', PROVENANCE_OF_ROW, 'WHERE f.decision_id = ANY(decision_ids)');

/** Every finding with its decision's provenance, joined once (a rebuild reads them all). */
const EVERY_FINDING = `(SELECT f.*, d.provenance AS decision_provenance
                         FROM finding f JOIN decision d ON d.id = f.decision_id)`;

/**
 * A findings refresh may keep the tally itself: the triggers step aside while `app.finding_tally` is 'deferred' in
 * the writing transaction, and the refresh subtracts its decisions' findings before writing and adds them back
 * after (`finding_tally_subtract_decisions`, `finding_tally_add_decisions`), or rebuilds the whole tally after a
 * full refresh (`finding_tally_rebuild`). Kept by the triggers, a full refresh updated each tally row once per
 * batch of findings, all in one transaction, so none of the superseded row versions could be reclaimed: at 100,000
 * decisions the tally grew to ten times its live size, and every statistics query read all of it.
 */
export class FindingTallyDeferred1795441000000 implements MigrationInterface {
  name = 'FindingTallyDeferred1795441000000';

  public async up(q: QueryRunner): Promise<void> {
    await this.triggerFunctions(q, `IF ${DEFERRED} THEN RETURN NULL; END IF;`);
    await q.query(`
      CREATE FUNCTION finding_tally_subtract_decisions(decision_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN ${subtract(ofDecisions)} END $$`);
    await q.query(`
      CREATE FUNCTION finding_tally_add_decisions(decision_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN ${add(ofDecisions)} END $$`);
    // TRUNCATE, not DELETE: the rebuilt tally starts in a file of its own, as compact as it can be.
    await q.query(`
      CREATE FUNCTION finding_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        TRUNCATE finding_tally;
        INSERT INTO finding_tally (${KEY}, n) ${tallyOf(EVERY_FINDING, 'f.decision_provenance')};
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION finding_tally_rebuild(), finding_tally_add_decisions(uuid[]), finding_tally_subtract_decisions(uuid[])`,
    );
    await this.triggerFunctions(q, '');
  }

  /** The finding triggers' functions as FindingTally made them, preceded by `guard`. */
  private async triggerFunctions(q: QueryRunner, guard: string): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION finding_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${guard} ${add(tallyOf('new_rows', PROVENANCE_OF_ROW))} RETURN NULL; END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION finding_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN ${guard} ${subtract(tallyOf('old_rows', PROVENANCE_OF_ROW))} RETURN NULL; END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION finding_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${guard}
        ${subtract(tallyOf('old_rows', PROVENANCE_OF_ROW))}
        ${add(tallyOf('new_rows', PROVENANCE_OF_ROW))}
        RETURN NULL;
      END $$`);
  }
}
