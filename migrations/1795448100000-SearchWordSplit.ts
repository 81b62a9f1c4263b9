import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL engine now gives the index its folded texts split into the words a query is split into (case
 * numbers such as "Pml.Kzz 92/2016" and "SYN-P-2016-009" were one token for the server and several for the
 * query, so they never matched). The folding is the service's, not the server's: every document already indexed is
 * queued for the indexer, which writes it again the new way. Nothing to undo: a document written the new way is
 * read by the old code as before.
 */
export class SearchWordSplit1795448100000 implements MigrationInterface {
  name = 'SearchWordSplit1795448100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO search_outbox (target, document_id) SELECT 'postgres', id FROM search_document ORDER BY id`,
    );
  }

  public async down(): Promise<void> {
    // The documents stay as they were written; the old code reads them.
  }
}
