import type { MigrationInterface, QueryRunner } from 'typeorm';

const VECTORS = [
  ['search_document_match_idx', 'match_tsv'],
  ['search_document_title_tsv_idx', 'title_tsv'],
  ['search_document_head_tsv_idx', 'head_tsv'],
] as const;

/**
 * The matching and ranking vectors' GIN indexes also hold each document's date (btree_gin), so "the matches newer
 * than a day" is one index scan: the newest-first ranking of a broad query reads the matches newer than the newest
 * one its sample saw through the index, and walks the date index only from that day back (src/search/postgres.engine.ts).
 * A query whose matches are all years old ("Art. 171 CCK": the 2013 code, cited in 2013–2022) no longer walks
 * every newer document first.
 */
export class SearchDatedMatches1795442000000 implements MigrationInterface {
  name = 'SearchDatedMatches1795442000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    for (const [index, vector] of VECTORS) {
      await q.query(`DROP INDEX ${index}`);
      await q.query(`CREATE INDEX ${index} ON search_document USING gin (${vector}, date)`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [index, vector] of VECTORS) {
      await q.query(`DROP INDEX ${index}`);
      await q.query(`CREATE INDEX ${index} ON search_document USING gin (${vector})`);
    }
  }
}
