import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case's decisions as a chain a finding can follow to its last word: a higher court may annul a decision and send
 * the case back (outcome ANNULS), and the retrial that follows is linked to the decision that ordered it (kind
 * RETRIAL, no outcome). Appeals stay links of kind APPEAL.
 */
export class AppealChain1795449300000 implements MigrationInterface {
  name = 'AppealChain1795449300000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE decision_link DROP CONSTRAINT decision_link_outcome_check`);
    await q.query(
      `ALTER TABLE decision_link
         ADD COLUMN kind text NOT NULL DEFAULT 'APPEAL' CHECK (kind IN ('APPEAL', 'RETRIAL')),
         ADD CONSTRAINT decision_link_outcome_check
           CHECK (outcome IN ('AFFIRMS', 'MODIFIES', 'REVERSES', 'PARTIALLY_GRANTS', 'REJECTS', 'ANNULS')),
         ADD CONSTRAINT decision_link_retrial_outcome_check CHECK (kind = 'APPEAL' OR outcome IS NULL)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM decision_link WHERE kind = 'RETRIAL'`);
    await q.query(`UPDATE decision_link SET outcome = NULL WHERE outcome = 'ANNULS'`);
    await q.query(
      `ALTER TABLE decision_link
         DROP CONSTRAINT decision_link_retrial_outcome_check,
         DROP CONSTRAINT decision_link_outcome_check,
         DROP COLUMN kind,
         ADD CONSTRAINT decision_link_outcome_check
           CHECK (outcome IN ('AFFIRMS', 'MODIFIES', 'REVERSES', 'PARTIALLY_GRANTS', 'REJECTS'))`,
    );
  }
}
