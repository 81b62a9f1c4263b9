import type { Db } from '../db/unit-of-work';
import type { SearchDocument } from './search.model';
import { indexText, TYPO_MIN_LENGTH, wordsOf } from './query-language';

/**
 * What the PostgreSQL engine writes: documents into search_document, their texts folded as queries are (the vectors
 * are made from them), and the typo dictionary (search_word) kept to the words the documents hold.
 */
export class PostgresIndex {
  constructor(private readonly db: Db) {}

  async upsert(documents: SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const replaced = await this.indexedWords(documents.map((d) => d.id));
    const col = <T>(pick: (d: SearchDocument) => T) => documents.map(pick);
    await this.db.query(
      `INSERT INTO search_document (id, kind, entity_id, title, citations, summary, body, instrument_id, court_id,
                                    court_name, year, date, finding_statuses, provenance, language,
                                    citations_folded, title_folded, summary_folded, body_folded, indexed_at)
       SELECT t.id, t.kind, t.entity_id, t.title, string_to_array(t.citations, E'\\x1f'), t.summary, t.body,
              t.instrument_id, t.court_id, t.court_name, t.year, t.date, string_to_array(t.statuses, ';'),
              t.provenance, t.language, t.citations_folded, t.title_folded, t.summary_folded, t.body_folded, now()
         FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                     $9::uuid[], $10::text[], $11::int[], $12::date[], $13::text[], $14::text[], $15::text[],
                     $16::text[], $17::text[], $18::text[], $19::text[])
           AS t(id, kind, entity_id, title, citations, summary, body, instrument_id, court_id, court_name, year, date,
                statuses, provenance, language, citations_folded, title_folded, summary_folded, body_folded)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, entity_id = EXCLUDED.entity_id, title = EXCLUDED.title,
         citations = EXCLUDED.citations, summary = EXCLUDED.summary, body = EXCLUDED.body,
         instrument_id = EXCLUDED.instrument_id, court_id = EXCLUDED.court_id, court_name = EXCLUDED.court_name,
         year = EXCLUDED.year, date = EXCLUDED.date, finding_statuses = EXCLUDED.finding_statuses,
         provenance = EXCLUDED.provenance, language = EXCLUDED.language,
         citations_folded = EXCLUDED.citations_folded, title_folded = EXCLUDED.title_folded,
         summary_folded = EXCLUDED.summary_folded, body_folded = EXCLUDED.body_folded, indexed_at = now()`,
      [
        col((d) => d.id),
        col((d) => d.kind),
        col((d) => d.entityId),
        col((d) => d.title),
        col((d) => d.citations.join('\x1f')),
        col((d) => d.summary),
        col((d) => d.body),
        col((d) => d.instrumentId),
        col((d) => d.courtId),
        col((d) => d.courtName),
        col((d) => d.year),
        col((d) => d.date),
        col((d) => d.findingStatuses.join(';')),
        col((d) => d.provenance),
        col((d) => d.language),
        col((d) => indexText(d.citations.join(' \n '))),
        col((d) => indexText(d.title)),
        col((d) => indexText(d.summary)),
        col((d) => indexText(d.body)),
      ],
    );
    const words = [...new Set(documents.flatMap((d) => wordsOf(`${d.title} ${d.summary} ${d.body}`)))].filter(
      (w) => w.length >= TYPO_MIN_LENGTH - 1 && !/^\d+$/.test(w),
    );
    await this.db.query(`INSERT INTO search_word (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [
      words,
    ]);
    const kept = new Set(words);
    await this.forgetWords(replaced.filter((w) => !kept.has(w)));
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const removed = await this.indexedWords(ids);
    await this.db.query(`DELETE FROM search_document WHERE id = ANY($1::text[])`, [ids]);
    await this.forgetWords(removed);
  }

  /** The words the index holds for these documents (their vectors' lexemes), before they are replaced or deleted. */
  private async indexedWords(ids: string[]): Promise<string[]> {
    const rows: { word: string }[] = await this.db.query(
      `SELECT DISTINCT w AS word FROM search_document, unnest(tsvector_to_array(match_tsv)) AS w
        WHERE id = ANY($1::text[]) AND length(w) >= $2`,
      [ids, TYPO_MIN_LENGTH - 1],
    );
    return rows.map((r) => r.word);
  }

  /**
   * Drops from the typo dictionary the words no document holds any more: nothing derived from a deleted or redacted
   * text stays (a name left there would come back as the correction of a misspelled query).
   */
  private async forgetWords(candidates: string[]): Promise<void> {
    if (candidates.length === 0) return;
    await this.db.query(
      `DELETE FROM search_word w WHERE w.word = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM search_document d WHERE d.match_tsv @@ plainto_tsquery('kosovo_fold', w.word))`,
      [candidates],
    );
  }

  async allIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(`SELECT id FROM search_document`);
    return rows.map((r) => r.id);
  }
}
