import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CourtRepository } from '../courts/court.repository';
import { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from '../law/law.entity';
import type { AppealOutcome } from '../cases/case.entity';
import type { DecisionWrite, CountWrite } from './import.model';

export interface ExistingDecision {
  id: string;
  courtId: string;
  caseNumber: string;
  importHash: string | null;
}

/** The reference data an import resolves names against, read once per import. */
export interface ImportCatalogue {
  courtsByFoldedAlias: Map<string, string>;
  instruments: InstrumentEntity[];
  provisions: ProvisionEntity[];
  versions: ProvisionVersionEntity[];
}

/** New decisions as `ImportRepository.insertDecisions` sends them: one JSON document. */
export interface DecisionBatch {
  size: number;
  decisions: string;
}

/**
 * Decisions' rows as JSON, built apart from the write so the importer can build one batch while the server stores
 * the previous one. Each decision carries the id the importer gave it.
 */
export const decisionBatch = (
  items: { id: string; write: DecisionWrite; hash: string }[],
): DecisionBatch => ({
  size: items.length,
  decisions: JSON.stringify(
    items.map(({ id, write, hash }) => ({
      id,
      courtId: write.courtId,
      caseNumber: write.caseNumber,
      decisionDate: write.decisionDate,
      decisionDatePrecision: write.decisionDatePrecision,
      decisionType: write.decisionType,
      final: write.final,
      language: write.language,
      presidingJudge: write.presidingJudge,
      summary: write.summary,
      text: write.text,
      sourceUrl: write.sourceUrl,
      sourceNote: write.sourceNote,
      provenance: write.provenance,
      hash,
    })),
  ),
});

/** The defendants, counts and protected names of some decisions, as `ImportRepository.insertContents` sends them. */
export interface ContentBatch {
  counts: number;
  names: string;
  defendants: string;
  contents: string;
}

/** Like `decisionBatch`; each defendant gets its id here, so its counts can name it without a round trip. */
export function contentBatch(items: { decisionId: string; write: DecisionWrite }[]): ContentBatch {
  const names: { decisionId: string; name: string }[] = [];
  const defendants: { id: string; decisionId: string; label: string }[] = [];
  const counts: (CountWrite & { decisionId: string; defendantId: string })[] = [];
  for (const { decisionId, write } of items) {
    for (const name of write.protectedNames) names.push({ decisionId, name });
    for (const defendant of write.defendants) {
      const defendantId = randomUUID();
      defendants.push({ id: defendantId, decisionId, label: defendant.label });
      for (const count of defendant.counts) counts.push({ ...count, decisionId, defendantId });
    }
  }
  return {
    counts: counts.length,
    names: JSON.stringify(names),
    defendants: JSON.stringify(defendants),
    contents: JSON.stringify(counts),
  };
}

/** Reads and writes of the importer: a few statements per call, whatever the number of rows. */
export class ImportRepository {
  constructor(private readonly db: DataSource | EntityManager) {}

  async catalogue(): Promise<ImportCatalogue> {
    return {
      courtsByFoldedAlias: await new CourtRepository(this.db).allFoldedAliases(),
      instruments: await this.db.getRepository(InstrumentEntity).find(),
      provisions: await this.db.getRepository(ProvisionEntity).find(),
      versions: await this.db.getRepository(ProvisionVersionEntity).find(),
    };
  }

  async existing(keys: { courtId: string; caseNumber: string }[]): Promise<ExistingDecision[]> {
    if (keys.length === 0) return [];
    const rows: { id: string; court_id: string; case_number: string; import_hash: string | null }[] =
      await this.db.query(
        `SELECT d.id, d.court_id, d.case_number, d.import_hash
         FROM decision d
         JOIN unnest($1::uuid[], $2::text[]) AS k(court_id, case_number)
           ON d.court_id = k.court_id AND d.case_number = k.case_number`,
        [keys.map((k) => k.courtId), keys.map((k) => k.caseNumber)],
      );
    return rows.map((r) => ({
      id: r.id,
      courtId: r.court_id,
      caseNumber: r.case_number,
      importHash: r.import_hash,
    }));
  }

  /** Inserts new decisions (`decisionBatch`), with the ids the batch gave them, in one statement. */
  async insertDecisions(batch: DecisionBatch): Promise<void> {
    if (batch.size === 0) return;
    await this.db.query(
      `INSERT INTO decision (id, court_id, case_number, decision_date, decision_date_precision, decision_type, is_final,
                             language, presiding_judge, summary, redacted_text, source_url, source_note, provenance,
                             import_hash)
       SELECT * FROM json_to_recordset($1::json)
         AS d(id uuid, "courtId" uuid, "caseNumber" text, "decisionDate" date, "decisionDatePrecision" text,
              "decisionType" text, final boolean, language text, "presidingJudge" text, summary text, text text,
              "sourceUrl" text, "sourceNote" text, provenance text, hash text)`,
      [batch.decisions],
    );
  }

  /** Replaces a changed decision's fields and removes what the file restates (defendants, counts, links, names). */
  async updateDecision(id: string, d: DecisionWrite, hash: string): Promise<void> {
    await this.db.query(
      `UPDATE decision SET court_id = $1, case_number = $2, decision_date = $3, decision_date_precision = $4,
              decision_type = $5, is_final = $6, language = $7, presiding_judge = $8, summary = $9,
              redacted_text = $10, source_url = $11, source_note = $12, provenance = $13, import_hash = $14,
              updated_at = now()
        WHERE id = $15`,
      [
        d.courtId,
        d.caseNumber,
        d.decisionDate,
        d.decisionDatePrecision,
        d.decisionType,
        d.final,
        d.language,
        d.presidingJudge,
        d.summary,
        d.text,
        d.sourceUrl,
        d.sourceNote,
        d.provenance,
        hash,
        id,
      ],
    );
    await this.db.query(`DELETE FROM defendant WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_link WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_protected_name WHERE decision_id = $1`, [id]);
  }

  /** Writes the defendants, counts and protected names of a `contentBatch`, in three statements whatever their number. */
  async insertContents(batch: ContentBatch): Promise<void> {
    if (batch.names !== '[]') {
      await this.db.query(
        `INSERT INTO decision_protected_name (decision_id, name)
         SELECT * FROM json_to_recordset($1::json) AS n("decisionId" uuid, name text)`,
        [batch.names],
      );
    }
    if (batch.counts === 0) return;
    await this.db.query(
      `INSERT INTO defendant (id, decision_id, label)
       SELECT * FROM json_to_recordset($1::json) AS d(id uuid, "decisionId" uuid, label text)`,
      [batch.defendants],
    );
    await this.db.query(
      `INSERT INTO criminal_count (decision_id, defendant_id, seq, offence_date, charged_citation, charged_provision_id,
                                   convicted_citation, convicted_provision_id, verdict, imprisonment_months,
                                   suspended, fine_eur, circumstances, mitigation_cited, note)
       SELECT * FROM json_to_recordset($1::json)
         AS c("decisionId" uuid, "defendantId" uuid, seq int, "offenceDate" date, "chargedCitation" text,
              "chargedProvisionId" uuid, "convictedCitation" text, "convictedProvisionId" uuid, verdict text,
              "imprisonmentMonths" numeric, suspended boolean, "fineEur" numeric, circumstances text[],
              "mitigationCited" boolean, note text)`,
      [batch.contents],
    );
  }

  async insertAppealLink(
    decisionId: string,
    lowerDecisionId: string,
    outcome: AppealOutcome | null,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO decision_link (decision_id, lower_decision_id, outcome) VALUES ($1, $2, $3)
       ON CONFLICT (decision_id, lower_decision_id) DO UPDATE SET outcome = EXCLUDED.outcome`,
      [decisionId, lowerDecisionId, outcome],
    );
  }
}
