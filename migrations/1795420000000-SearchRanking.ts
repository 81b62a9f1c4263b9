import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking columns for the PostgreSQL search engine: a small tsvector of the title and one of the heading fields
 * (citations, title, summary). Ranking on them instead of the whole text keeps a broad query ("trafficking", which
 * matches most decisions) from detoasting every matching document's full-text vector.
 */
export class SearchRanking1795420000000 implements MigrationInterface {
  name = 'SearchRanking1795420000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE search_document
        ADD COLUMN title_tsv tsvector GENERATED ALWAYS AS (to_tsvector('kosovo_fold', title_folded)) STORED,
        ADD COLUMN head_tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('kosovo_fold', citations_folded), 'A') ||
          setweight(to_tsvector('kosovo_fold', title_folded), 'A') ||
          setweight(to_tsvector('kosovo_fold', summary_folded), 'B')
        ) STORED`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_document DROP COLUMN head_tsv, DROP COLUMN title_tsv`);
  }
}
