import { COUNT_FIELDS, type CountValues } from '../cases/count-values';
import { DecisionRows } from '../cases/decision-rows';
import type { DecisionValues } from '../cases/decision-values';
import { assignmentsOf, columnListOf, placeholdersOf, selectListOf, valuesOf } from '../db/row-fields';
import { penaltyValues } from '../law/law-values';
import type { Db } from '../db/unit-of-work';
import type { DateBoundary, PenaltyData, SourceRef } from '../law/law.model';
import type { Viewer } from '../access/access.model';

/** A decision's row as an editor reads and writes it: its values and the final date only an editor sets. */
export type DecisionRecord = DecisionValues & { finalOn: string | null };

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

/** The editors' writes, one statement each; the service holds the transaction. */
export class EditingRepository {
  constructor(private readonly db: Db) {}

  decision(id: string): Promise<DecisionRecord | null> {
    return new DecisionRows(this.db).forUpdate(id);
  }

  async caseNumberTaken(courtId: string, caseNumber: string, exceptId: string | null): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM decision WHERE court_id = $1 AND case_number = $2 AND id IS DISTINCT FROM $3`,
      [courtId, caseNumber, exceptId],
    );
    return rows.length > 0;
  }

  insertDecision(d: DecisionRecord): Promise<string> {
    return new DecisionRows(this.db).insert(d, d.finalOn);
  }

  /** An editor's change: the next import of the same file rewrites the decision as its file says (no import hash). */
  updateDecision(id: string, d: DecisionRecord): Promise<void> {
    return new DecisionRows(this.db).update(id, d, { importHash: null, finalOn: d.finalOn });
  }

  deleteDecision(id: string): Promise<void> {
    return new DecisionRows(this.db).delete(id);
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
      `SELECT decision_id AS "decisionId", defendant_id AS "defendantId", ${selectListOf(COUNT_FIELDS)}
         FROM criminal_count WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insertCount(decisionId: string, defendantId: string, c: CountRecord): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO criminal_count (decision_id, defendant_id, seq, ${columnListOf(COUNT_FIELDS)})
       SELECT $1, $2, coalesce(max(seq), 0) + 1, ${placeholdersOf(COUNT_FIELDS, 3)}
         FROM criminal_count WHERE defendant_id = $2
       RETURNING id`,
      [decisionId, defendantId, ...valuesOf(COUNT_FIELDS, c)],
    );
    return row.id;
  }

  async updateCount(id: string, c: CountRecord): Promise<void> {
    await this.db.query(`UPDATE criminal_count SET ${assignmentsOf(COUNT_FIELDS, 2)} WHERE id = $1`, [
      id,
      ...valuesOf(COUNT_FIELDS, c),
    ]);
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
