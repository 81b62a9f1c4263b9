import type { Db } from '../db/unit-of-work';
import type { DecisionSource, ProvisionSource } from './documents';

export type SearchTarget = 'postgres' | 'meilisearch';

interface ProvisionRow {
  id: string;
  number: string;
  heading_sq: string | null;
  heading_sr: string | null;
  heading_en: string | null;
  instrument_id: string;
  kind: ProvisionSource['instrument']['kind'];
  short_name: string;
  citation_aliases: string[];
  valid_from: string | null;
  text_sq: string | null;
  text_sr: string | null;
  text_en: string | null;
}

interface DecisionRow {
  id: string;
  case_number: string;
  decision_date: string;
  summary: string | null;
  redacted_text: string | null;
  provenance: string;
  language: string | null;
  court_id: string;
  name_en: string;
  name_sq: string;
  name_sr: string;
  citations: string[];
  statuses: DecisionSource['findingStatuses'];
}

/** Reads what search documents are built from, records changes in the outbox, and reports its lag
 *  (outbox.repository.ts delivers it). */
export class SearchRepository {
  constructor(private readonly db: Db) {}

  /** Records, in the caller's transaction, that these documents must be (re)indexed or removed. */
  async enqueue(documentIds: string[], targets: SearchTarget[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.query(
      `INSERT INTO search_outbox (target, document_id)
       SELECT t, d FROM unnest($1::text[]) AS t CROSS JOIN unnest($2::text[]) AS d`,
      [targets, [...new Set(documentIds)]],
    );
  }

  /**
   * Every document's id, what a full rebuild covers: the provisions, then the decisions newest first, so that an index rebuilt from them lays
   * its rows out in the order a search reads them (the ranking walks the date index from the newest).
   */
  async allDocumentIds(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM (SELECT 'provision-' || id AS id, 0 AS part, NULL::date AS day FROM provision
                       UNION ALL
                       SELECT 'decision-' || id, 1, decision_date FROM decision) documents
        ORDER BY part, day DESC, id`,
    );
    return rows.map((r) => r.id);
  }

  async lag(): Promise<
    { target: SearchTarget; pending: number; failing: number; oldestSeconds: number | null }[]
  > {
    const rows: { target: SearchTarget; pending: number; failing: number; oldest: number | null }[] =
      await this.db.query(
        `SELECT target, count(*)::int AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
              extract(epoch FROM now() - min(enqueued_at))::float AS oldest
         FROM search_outbox GROUP BY target`,
      );
    return rows.map((r) => ({
      target: r.target,
      pending: r.pending,
      failing: r.failing,
      oldestSeconds: r.oldest,
    }));
  }

  async provisions(ids: string[]): Promise<ProvisionSource[]> {
    if (ids.length === 0) return [];
    const rows: ProvisionRow[] = await this.db.query(
      `SELECT p.id, p.number, p.heading_sq, p.heading_sr, p.heading_en,
              i.id AS instrument_id, i.kind, i.short_name, i.citation_aliases,
              to_char(v.valid_from, 'YYYY-MM-DD') AS valid_from, v.text_sq, v.text_sr, v.text_en
         FROM provision p JOIN instrument i ON i.id = p.instrument_id
         LEFT JOIN LATERAL (SELECT * FROM provision_version v WHERE v.provision_id = p.id
                            ORDER BY v.valid_from DESC LIMIT 1) v ON true
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      instrument: {
        id: r.instrument_id,
        kind: r.kind,
        shortName: r.short_name,
        citationAliases: r.citation_aliases,
      },
      heading: { sq: r.heading_sq, sr: r.heading_sr, en: r.heading_en },
      latest: r.valid_from ? { validFrom: r.valid_from, sq: r.text_sq, sr: r.text_sr, en: r.text_en } : null,
    }));
  }

  async decisions(ids: string[]): Promise<DecisionSource[]> {
    if (ids.length === 0) return [];
    const rows: DecisionRow[] = await this.db.query(
      `SELECT d.id, d.case_number, to_char(d.decision_date, 'YYYY-MM-DD') AS decision_date, d.summary,
              d.redacted_text, d.provenance, d.language,
              c.id AS court_id, c.name_en, c.name_sq, c.name_sr,
              coalesce((SELECT array_agg(DISTINCT x) FROM criminal_count cc,
                        LATERAL unnest(ARRAY[cc.charged_citation, cc.convicted_citation]) x
                        WHERE cc.decision_id = d.id AND x IS NOT NULL), '{}') AS citations,
              coalesce((SELECT array_agg(DISTINCT f.status) FROM finding f WHERE f.decision_id = d.id), '{}') AS statuses
         FROM decision d JOIN court c ON c.id = d.court_id
        WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      court: { id: r.court_id, nameEn: r.name_en, nameSq: r.name_sq, nameSr: r.name_sr },
      decisionDate: r.decision_date,
      summary: r.summary,
      redactedText: r.redacted_text,
      provenance: r.provenance,
      language: r.language,
      citations: r.citations,
      findingStatuses: r.statuses,
    }));
  }
}
