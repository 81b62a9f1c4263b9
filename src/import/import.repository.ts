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

/** Writes of the importer. Each method is one statement, whatever the number of rows. */
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

  async insertDecision(d: DecisionWrite, hash: string): Promise<string> {
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO decision (court_id, case_number, decision_date, decision_date_precision, decision_type, is_final,
                             language, presiding_judge, summary, redacted_text, source_url, source_note, provenance,
                             import_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING id`,
      [...decisionValues(d), hash],
    );
    return row.id;
  }

  /** Replaces the decision's fields; its defendants and counts are replaced by the caller. */
  async updateDecision(id: string, d: DecisionWrite, hash: string): Promise<void> {
    await this.db.query(
      `UPDATE decision SET court_id = $1, case_number = $2, decision_date = $3, decision_date_precision = $4,
              decision_type = $5, is_final = $6, language = $7, presiding_judge = $8, summary = $9,
              redacted_text = $10, source_url = $11, source_note = $12, provenance = $13, import_hash = $14,
              updated_at = now()
        WHERE id = $15`,
      [...decisionValues(d), hash, id],
    );
    await this.db.query(`DELETE FROM defendant WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_link WHERE decision_id = $1`, [id]);
  }

  /** Inserts the defendants and returns their ids by label. */
  async insertDefendants(decisionId: string, labels: string[]): Promise<Map<string, string>> {
    const rows: { id: string; label: string }[] = await this.db.query(
      `INSERT INTO defendant (decision_id, label) SELECT $1, unnest($2::text[]) RETURNING id, label`,
      [decisionId, labels],
    );
    return new Map(rows.map((r) => [r.label, r.id]));
  }

  async insertCounts(decisionId: string, counts: (CountWrite & { defendantId: string })[]): Promise<void> {
    if (counts.length === 0) return;
    const column = <T>(pick: (c: CountWrite & { defendantId: string }) => T) => counts.map(pick);
    await this.db.query(
      `INSERT INTO criminal_count (decision_id, defendant_id, seq, offence_date, charged_citation, charged_provision_id,
                                   convicted_citation, convicted_provision_id, verdict, imprisonment_months,
                                   suspended, fine_eur, circumstances, mitigation_cited, note)
       SELECT $1, t.defendant_id, t.seq, t.offence_date, t.charged_citation, t.charged_provision_id,
              t.convicted_citation, t.convicted_provision_id, t.verdict, t.imprisonment_months, t.suspended,
              t.fine_eur, string_to_array(t.circumstances, ';'), t.mitigation_cited, t.note
         FROM unnest($2::uuid[], $3::int[], $4::date[], $5::text[], $6::uuid[], $7::text[], $8::uuid[], $9::text[],
                     $10::numeric[], $11::boolean[], $12::numeric[], $13::text[], $14::boolean[], $15::text[])
           AS t(defendant_id, seq, offence_date, charged_citation, charged_provision_id, convicted_citation,
                convicted_provision_id, verdict, imprisonment_months, suspended, fine_eur, circumstances,
                mitigation_cited, note)`,
      [
        decisionId,
        column((c) => c.defendantId),
        column((c) => c.seq),
        column((c) => c.offenceDate),
        column((c) => c.chargedCitation),
        column((c) => c.chargedProvisionId),
        column((c) => c.convictedCitation),
        column((c) => c.convictedProvisionId),
        column((c) => c.verdict),
        column((c) => c.imprisonmentMonths),
        column((c) => c.suspended),
        column((c) => c.fineEur),
        column((c) => c.circumstances.join(';')),
        column((c) => c.mitigationCited),
        column((c) => c.note),
      ],
    );
  }

  async replaceProtectedNames(decisionId: string, names: string[]): Promise<void> {
    await this.db.query(`DELETE FROM decision_protected_name WHERE decision_id = $1`, [decisionId]);
    await this.db.query(
      `INSERT INTO decision_protected_name (decision_id, name) SELECT $1, unnest($2::text[])`,
      [decisionId, names],
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

const decisionValues = (d: DecisionWrite) => [
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
];
