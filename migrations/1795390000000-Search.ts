import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search: the outbox that keeps every index in step with committed rows, and the PostgreSQL engine's index.
 * Documents arrive folded (lower case, Cyrillic transliterated, diacritics removed, in src/shared/fold.ts); the
 * `kosovo_fold` configuration passes words through unaccent as well, so anything folding missed is caught.
 */
export class Search1795390000000 implements MigrationInterface {
  name = 'Search1795390000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE TEXT SEARCH CONFIGURATION kosovo_fold (COPY = simple)`);
    await q.query(
      `ALTER TEXT SEARCH CONFIGURATION kosovo_fold ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`,
    );

    // One row per document and index to update; a row leaves only when that index has it.
    await q.query(`
      CREATE TABLE search_outbox (
        id bigserial PRIMARY KEY,
        target text NOT NULL CHECK (target IN ('postgres', 'meilisearch')),
        document_id text NOT NULL CHECK (document_id ~ '^(provision|decision)-[0-9a-f-]{36}$'),
        enqueued_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`CREATE INDEX search_outbox_ready_idx ON search_outbox (target, available_at, id)`);

    await q.query(`
      CREATE TABLE search_document (
        id text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('PROVISION', 'DECISION')),
        entity_id uuid NOT NULL,
        title text NOT NULL,
        citations text[] NOT NULL,
        summary text NOT NULL,
        body text NOT NULL,
        instrument_id text,
        court_id uuid,
        court_name text,
        year integer,
        date date,
        finding_statuses text[] NOT NULL,
        provenance text,
        language text,
        citations_folded text NOT NULL,
        title_folded text NOT NULL,
        summary_folded text NOT NULL,
        body_folded text NOT NULL,
        tsv tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('kosovo_fold', citations_folded), 'A') ||
          setweight(to_tsvector('kosovo_fold', title_folded), 'A') ||
          setweight(to_tsvector('kosovo_fold', summary_folded), 'B') ||
          setweight(to_tsvector('kosovo_fold', body_folded), 'C')
        ) STORED,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX search_document_tsv_idx ON search_document USING gin (tsv)`);
    await q.query(`CREATE INDEX search_document_filter_idx ON search_document (kind, year)`);

    // The words of the index, for forgiving typos: a query word not found here is matched to its neighbours.
    await q.query(`CREATE TABLE search_word (word text PRIMARY KEY)`);
    await q.query(`CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE search_word`);
    await q.query(`DROP TABLE search_document`);
    await q.query(`DROP TABLE search_outbox`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION kosovo_fold`);
  }
}
