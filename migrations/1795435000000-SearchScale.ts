import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What keeps a broad query's cost from growing with the corpus (src/search/postgres.engine.ts):
 * - `match_tsv` replaces `tsv` for matching: the same lexemes without positions or weights (matching never used
 *   them; ranking uses the heading vectors), about a third of the size, so checking it row by row is cheap;
 * - `sample_bucket`, a fixed hash of the document id into 1,024 buckets: the first b buckets are a uniform sample
 *   of b/1024 of the documents, so the counts of a query matching much of the corpus are estimated from a sample;
 * - an index on the date, newest first, which the ranking of a broad query walks until it has a page;
 * - GIN indexes on the title and heading vectors, so the same ranking finds rare title and heading matches without
 *   walking.
 */
export class SearchScale1795435000000 implements MigrationInterface {
  name = 'SearchScale1795435000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_document_tsv_idx`);
    await q.query(`
      ALTER TABLE search_document
        DROP COLUMN tsv,
        ADD COLUMN match_tsv tsvector GENERATED ALWAYS AS (strip(
          to_tsvector('kosovo_fold', citations_folded) || to_tsvector('kosovo_fold', title_folded) ||
          to_tsvector('kosovo_fold', summary_folded) || to_tsvector('kosovo_fold', body_folded))) STORED,
        ADD COLUMN sample_bucket smallint GENERATED ALWAYS AS ((hashtext(id) & 1023)::smallint) STORED`);
    // Kept in the row (compressed) where it fits, not moved out first: checked row by row when a query is sampled.
    await q.query(`ALTER TABLE search_document ALTER COLUMN match_tsv SET STORAGE MAIN`);
    await q.query(`CREATE INDEX search_document_match_idx ON search_document USING gin (match_tsv)`);
    await q.query(`CREATE INDEX search_document_sample_idx ON search_document (sample_bucket)`);
    await q.query(`CREATE INDEX search_document_recent_idx ON search_document (date DESC NULLS LAST, id)`);
    await q.query(`CREATE INDEX search_document_title_tsv_idx ON search_document USING gin (title_tsv)`);
    await q.query(`CREATE INDEX search_document_head_tsv_idx ON search_document USING gin (head_tsv)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX search_document_head_tsv_idx`);
    await q.query(`DROP INDEX search_document_title_tsv_idx`);
    await q.query(`DROP INDEX search_document_recent_idx`);
    await q.query(`ALTER TABLE search_document DROP COLUMN sample_bucket, DROP COLUMN match_tsv`);
    await q.query(`
      ALTER TABLE search_document ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('kosovo_fold', citations_folded), 'A') ||
        setweight(to_tsvector('kosovo_fold', title_folded), 'A') ||
        setweight(to_tsvector('kosovo_fold', summary_folded), 'B') ||
        setweight(to_tsvector('kosovo_fold', body_folded), 'C')) STORED`);
    await q.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
  }
}
