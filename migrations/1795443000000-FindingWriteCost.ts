import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The references a finding copies from its count's decision or takes from the law the engine read. */
const COPIED_REFERENCES = [
  ['finding_court_id_fkey', 'court_id', 'court'],
  ['finding_provision_id_fkey', 'provision_id', 'provision'],
  ['finding_applicable_provision_id_fkey', 'applicable_provision_id', 'provision'],
  ['finding_applicable_version_id_fkey', 'applicable_version_id', 'provision_version'],
] as const;

/**
 * What each stored finding costs to write, measured by COPYing the 56,220 findings of a 20,000-decision synthetic
 * corpus into a copy of the table (embedded PostgreSQL 18, best of two): 6.3 s with every foreign key, 4.5 s without
 * the four below; and 1.2–1.9 s less again (four alternating pairs) when the trace is stored as it is instead of
 * compressed.
 *
 * - Traces (2.7 KB of JSON on average, 3.7 KB at most) stay in the row uncompressed: pglz compression of each one
 *   was the largest single cost of a write, and reading a finding or comparing it during a refresh no longer
 *   decompresses it. A finding row takes about 3 KB instead of 2 KB.
 * - The foreign keys of the columns a finding copies (its decision's court) or computes (the provision, and the
 *   applicable provision and version, read from the law in the refresh's own transaction) are dropped: each was a
 *   lookup per row (about 8 µs) guarding against deleting a court or a piece of law, which nothing in the service
 *   does (the law is upserted, never deleted; courts are kept by their decisions). The finding's life stays tied to
 *   its count and decision, whose keys cascade.
 */
export class FindingWriteCost1795443000000 implements MigrationInterface {
  name = 'FindingWriteCost1795443000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE finding SET (toast_tuple_target = 8160)`);
    for (const [constraint] of COPIED_REFERENCES) {
      await q.query(`ALTER TABLE finding DROP CONSTRAINT ${constraint}`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [constraint, column, table] of COPIED_REFERENCES) {
      await q.query(
        `ALTER TABLE finding ADD CONSTRAINT ${constraint} FOREIGN KEY (${column}) REFERENCES ${table} (id)`,
      );
    }
    await q.query(`ALTER TABLE finding RESET (toast_tuple_target)`);
  }
}
