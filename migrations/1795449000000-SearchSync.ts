import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Index sync that cannot lose or resurrect a document (src/search/outbox.repository.ts):
 * - `search_outbox.set_aside_at`: a row whose document the index refused for itself (too large, malformed) is set
 *   aside with its reason in `last_error` instead of being retried forever; the next change of that document
 *   enqueues a new row, and delivering it clears the old one.
 * - `search_index_build`: the indexes a running reindex is building beside a live one. Indexers deliver every change
 *   to these as well, so the changes made during a rebuild reach the new index before it is swapped in.
 */
export class SearchSync1795449000000 implements MigrationInterface {
  name = 'SearchSync1795449000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_outbox ADD COLUMN set_aside_at timestamptz`);
    await q.query(`
      CREATE TABLE search_index_build (
        target text NOT NULL CHECK (target IN ('postgres', 'meilisearch')),
        index_uid text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target, index_uid)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_index_build`);
    // Set-aside rows become ordinary failing rows again: the indexer will retry them, which is what it did before.
    await q.query(`ALTER TABLE search_outbox DROP COLUMN set_aside_at`);
  }
}
