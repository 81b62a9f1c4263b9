import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Comparable sentences and the report templates aggregate every finding of a succession chain (most findings), with
 * its count and its decision. Read from the finding table itself, that is the whole table, traces and all (about
 * 1 GB at 100,000 decisions, which no buffer cache of a small server holds); this index holds the columns those
 * aggregates read from a finding (40 MB there), so they are answered by an index-only scan.
 */
export class FindingSentenceIndex1795450100000 implements MigrationInterface {
  name = 'FindingSentenceIndex1795450100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX finding_sentence_idx ON finding (provision_id, decision_year)
        INCLUDE (court_id, decision_id, count_id, imposed_months, status, confidence, applicable_version_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX finding_sentence_idx`);
  }
}
