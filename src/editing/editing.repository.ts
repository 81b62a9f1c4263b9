import { countValues, type CountValues } from '../cases/count-values';
import { penaltyValues } from '../db/law-values';
import type { Db } from '../db/unit-of-work';
import type { DateBoundary, PenaltyData, SourceRef } from '../law/law.model';
import type { Viewer } from '../access/access.model';

export interface DecisionRecord {
  courtId: string;
  caseNumber: string;
  decisionDate: string;
  decisionDatePrecision: string;
  decisionType: string;
  isFinal: boolean | null;
  finalOn: string | null;
  language: string | null;
  presidingJudge: string | null;
  summary: string | null;
  redactedText: string | null;
  sourceUrl: string | null;
  /** The source address named a protected person: only its site (or nothing) is kept. */
  sourceUrlWithheld: boolean;
  sourceNote: string | null;
  provenance: string;
}

export type CountRecord = CountValues;

export interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  role: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

const DECISION_COLUMNS = `court_id AS "courtId", case_number AS "caseNumber",
  to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", decision_date_precision AS "decisionDatePrecision",
  decision_type AS "decisionType", is_final AS "isFinal", to_char(final_on, 'YYYY-MM-DD') AS "finalOn", language,
  presiding_judge AS "presidingJudge", summary, redacted_text AS "redactedText", source_url AS "sourceUrl",
  source_url_withheld AS "sourceUrlWithheld", source_note AS "sourceNote", provenance`;

const COUNT_COLUMNS = `to_char(offence_date, 'YYYY-MM-DD') AS "offenceDate", charged_citation AS "chargedCitation",
  charged_provision_id AS "chargedProvisionId", convicted_citation AS "convictedCitation",
  convicted_provision_id AS "convictedProvisionId", verdict, imprisonment_months::float AS "imprisonmentMonths",
  suspended, fine_eur::float AS "fineEur", circumstances, mitigation_cited AS "mitigationCited", note`;

const decisionValues = (d: DecisionRecord) => [
  d.courtId,
  d.caseNumber,
  d.decisionDate,
  d.decisionDatePrecision,
  d.decisionType,
  d.isFinal,
  d.finalOn,
  d.language,
  d.presidingJudge,
  d.summary,
  d.redactedText,
  d.sourceUrl,
  d.sourceNote,
  d.provenance,
  d.sourceUrlWithheld,
];

/** The editors' writes, one statement each; the service holds the transaction. */
export class EditingRepository {
  constructor(private readonly db: Db) {}

  async decision(id: string): Promise<DecisionRecord | null> {
    const rows: DecisionRecord[] = await this.db.query(
      `SELECT ${DECISION_COLUMNS} FROM decision WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async caseNumberTaken(courtId: string, caseNumber: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM decision WHERE court_id = $1 AND case_number = $2 AND id IS DISTINCT FROM $3`,
      [courtId, caseNumber, exceptId],
    );
    return rows.length > 0;
  }

  async insertDecision(d: DecisionRecord): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO decision (court_id, case_number, decision_date, decision_date_precision, decision_type, is_final,
                             final_on, language, presiding_judge, summary, redacted_text, source_url, source_note,
                             provenance, source_url_withheld)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      decisionValues(d),
    );
    return row.id;
  }

  async updateDecision(id: string, d: DecisionRecord): Promise<void> {
    await this.db.query(
      `UPDATE decision SET court_id = $1, case_number = $2, decision_date = $3, decision_date_precision = $4,
              decision_type = $5, is_final = $6, final_on = $7, language = $8, presiding_judge = $9, summary = $10,
              redacted_text = $11, source_url = $12, source_note = $13, provenance = $14, source_url_withheld = $15,
              import_hash = NULL, updated_at = now()
        WHERE id = $16`,
      [...decisionValues(d), id],
    );
  }

  async deleteDecision(id: string): Promise<void> {
    await this.db.query(`DELETE FROM decision WHERE id = $1`, [id]);
  }

  /** The latest offence date among the decision's counts (an edit may not move the decision before it). */
  async latestOffenceDate(decisionId: string): Promise<string | null> {
    const [row] = await this.db.query(
      `SELECT to_char(max(offence_date), 'YYYY-MM-DD') AS d FROM criminal_count WHERE decision_id = $1`,
      [decisionId],
    );
    return row.d;
  }

  async defendant(id: string): Promise<{ decisionId: string; label: string } | null> {
    const rows = await this.db.query(
      `SELECT decision_id AS "decisionId", label FROM defendant WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async labelTaken(decisionId: string, label: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM defendant WHERE decision_id = $1 AND label = $2 AND id IS DISTINCT FROM $3`,
      [decisionId, label, exceptId],
    );
    return rows.length > 0;
  }

  async insertDefendant(decisionId: string, label: string): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO defendant (decision_id, label) VALUES ($1, $2) RETURNING id`,
      [decisionId, label],
    );
    return row.id;
  }

  async updateDefendant(id: string, label: string): Promise<void> {
    await this.db.query(`UPDATE defendant SET label = $2 WHERE id = $1`, [id, label]);
  }

  async deleteDefendant(id: string): Promise<void> {
    await this.db.query(`DELETE FROM defendant WHERE id = $1`, [id]);
  }

  async count(id: string): Promise<(CountRecord & { decisionId: string; defendantId: string }) | null> {
    const rows = await this.db.query(
      `SELECT decision_id AS "decisionId", defendant_id AS "defendantId", ${COUNT_COLUMNS}
         FROM criminal_count WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertCount(decisionId: string, defendantId: string, c: CountRecord): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO criminal_count (decision_id, defendant_id, seq, offence_date, charged_citation, charged_provision_id,
                                   convicted_citation, convicted_provision_id, verdict, imprisonment_months,
                                   suspended, fine_eur, circumstances, mitigation_cited, note)
       SELECT $1, $2, coalesce(max(seq), 0) + 1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14
         FROM criminal_count WHERE defendant_id = $2
       RETURNING id`,
      [decisionId, defendantId, ...countValues(c)],
    );
    return row.id;
  }

  async updateCount(id: string, c: CountRecord): Promise<void> {
    await this.db.query(
      `UPDATE criminal_count SET offence_date = $2, charged_citation = $3, charged_provision_id = $4,
              convicted_citation = $5, convicted_provision_id = $6, verdict = $7, imprisonment_months = $8,
              suspended = $9, fine_eur = $10, circumstances = $11, mitigation_cited = $12, note = $13
        WHERE id = $1`,
      [id, ...countValues(c)],
    );
  }

  async deleteCount(id: string): Promise<void> {
    await this.db.query(`DELETE FROM criminal_count WHERE id = $1`, [id]);
  }

  /** The decisions this one reviewed on appeal. */
  async decisionsReviewedBy(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT lower_decision_id AS id FROM decision_link WHERE decision_id = $1 AND kind = 'APPEAL'`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async touchDecision(id: string): Promise<void> {
    await this.db.query(`UPDATE decision SET import_hash = NULL, updated_at = now() WHERE id = $1`, [id]);
  }

  /** The version of a provision in force from the latest date, locked while a new one is added. */
  async latestVersion(
    provisionId: string,
  ): Promise<{ id: string; validFrom: string; validTo: string | null } | null> {
    const rows = await this.db.query(
      `SELECT id, to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo"
         FROM provision_version WHERE provision_id = $1 ORDER BY valid_from DESC LIMIT 1 FOR UPDATE`,
      [provisionId],
    );
    return rows[0] ?? null;
  }

  /** Closes a version on the day the next one enters into force, as sure of that day as the next one's source. */
  async closeVersion(versionId: string, validTo: string, boundary: DateBoundary): Promise<void> {
    await this.db.query(`UPDATE provision_version SET valid_to = $2, valid_to_boundary = $3 WHERE id = $1`, [
      versionId,
      validTo,
      JSON.stringify(boundary),
    ]);
  }

  async insertVersion(
    provisionId: string,
    v: {
      validFrom: string;
      textSq: string | null;
      textSr: string | null;
      textEn: string | null;
      source: SourceRef;
      validFromBoundary: DateBoundary;
    },
  ): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO provision_version (provision_id, valid_from, text_sq, text_sr, text_en, source_url, source_document,
                                      verification, source_note, valid_from_boundary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        provisionId,
        v.validFrom,
        v.textSq,
        v.textSr,
        v.textEn,
        v.source.url,
        v.source.document,
        v.source.verification,
        v.source.note,
        JSON.stringify(v.validFromBoundary),
      ],
    );
    return row.id;
  }

  async insertPenalty(versionId: string, p: PenaltyData): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO penalty (provision_version_id, variant, circumstances, offence_class, imprisonment_min_months,
                            imprisonment_max_months, life_imprisonment, fine_min_eur, fine_max_eur, fine_mode,
                            source_url, source_document, verification, source_note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [versionId, ...penaltyValues(p)],
    );
    return row.id;
  }

  async penaltySource(id: string): Promise<SourceRef | null> {
    const rows = await this.db.query(
      `SELECT source_url AS url, source_document AS document, verification, source_note AS note
         FROM penalty WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async setPenaltySource(id: string, s: SourceRef): Promise<void> {
    await this.db.query(
      `UPDATE penalty SET source_url = $2, source_document = $3, verification = $4, source_note = $5 WHERE id = $1`,
      [id, s.url, s.document, s.verification, s.note],
    );
  }

  async audit(
    viewer: Viewer,
    entry: { action: string; entityType: string; entityId: string; before: unknown; after: unknown },
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO audit_log (actor_key_id, actor_name, actor_role, action, entity_type, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        viewer.keyId,
        viewer.name,
        viewer.role,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }

  auditPage(
    filter: { entityType?: string; entityId?: string },
    limit: number,
    beforeId: string | null,
  ): Promise<AuditRow[]> {
    return this.db.query(
      `SELECT id::text, at, actor_name AS actor, actor_role AS role, action, entity_type AS "entityType",
              entity_id AS "entityId", before, after
         FROM audit_log
        WHERE ($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)
          AND ($3::bigint IS NULL OR id < $3)
        ORDER BY id DESC LIMIT $4`,
      [filter.entityType ?? null, filter.entityId ?? null, beforeId, limit + 1],
    );
  }
}
