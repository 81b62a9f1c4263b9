import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finding's `decision_id` is its count's decision, copied so filters and the tally read one table. Its foreign key
 * to `decision` duplicated the one the finding already has to its count (which cascades from its defendant and
 * decision): every finding written paid a second lookup and a lock of its decision's row. On the embedded server, a
 * 20,000-decision import in three alternating pairs: the findings' COPY 2.22–2.38 → 1.97–2.04 s, the server's CPU
 * 6.0–6.5 → 5.8–6.0 s, the WAL written 533 → 481 MB. A deleted decision still takes its findings with it, through its
 * counts.
 */
export class FindingDecisionReference1795447000000 implements MigrationInterface {
  name = 'FindingDecisionReference1795447000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding DROP CONSTRAINT finding_decision_id_fkey`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE finding ADD CONSTRAINT finding_decision_id_fkey
         FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE`,
    );
  }
}
