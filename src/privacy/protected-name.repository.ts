import type { Db } from '../db/unit-of-work';
import { foldText } from '../shared/fold';

/** One name a decision protects or protected: never deleted while the decision exists, only marked removed. */
export interface ProtectedNameEntry {
  name: string;
  addedAt: Date;
  removedAt: Date | null;
  removedBy: string | null;
  removalReason: string | null;
}

/** A decision's stored public fields, as redaction reads and rewrites them. */
export interface StoredDecisionTexts {
  id: string;
  summary: string | null;
  text: string | null;
  sourceNote: string | null;
  presidingJudge: string | null;
  sourceUrl: string | null;
  sourceUrlWithheld: boolean;
}

export interface StoredCountNote {
  id: string;
  decisionId: string;
  note: string;
}

/** Protected names and the public fields they are redacted from. */
export class ProtectedNameRepository {
  constructor(private readonly db: Db) {}

  /** The names a decision protects now, oldest first. */
  async active(decisionId: string): Promise<string[]> {
    return (await this.activeOf([decisionId])).get(decisionId) ?? [];
  }

  async activeOf(decisionIds: string[]): Promise<Map<string, string[]>> {
    const rows: { decisionId: string; name: string }[] = await this.db.query(
      `SELECT decision_id AS "decisionId", name FROM decision_protected_name
        WHERE decision_id = ANY($1::uuid[]) AND removed_at IS NULL ORDER BY added_at, name`,
      [decisionIds],
    );
    const byDecision = new Map<string, string[]>();
    for (const r of rows) byDecision.set(r.decisionId, [...(byDecision.get(r.decisionId) ?? []), r.name]);
    return byDecision;
  }

  /** Every decision that protects a name now. */
  async decisionsWithNames(): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT DISTINCT decision_id AS id FROM decision_protected_name WHERE removed_at IS NULL ORDER BY 1`,
    );
    return rows.map((r) => r.id);
  }

  history(decisionId: string): Promise<ProtectedNameEntry[]> {
    return this.db.query(
      `SELECT name, added_at AS "addedAt", removed_at AS "removedAt", removed_by AS "removedBy",
              removal_reason AS "removalReason"
         FROM decision_protected_name WHERE decision_id = $1 ORDER BY added_at, name`,
      [decisionId],
    );
  }

  /**
   * Protects more names (compared folded: "JOVANA PETROVIC" is "Jovana Petrović"): one never given is added, one
   * removed before is protected again, one protected already is left alone. Returns the names newly protected.
   */
  async add(decisionId: string, names: string[]): Promise<string[]> {
    const rows: { name: string; removed: boolean }[] = await this.db.query(
      `SELECT name, removed_at IS NOT NULL AS removed FROM decision_protected_name WHERE decision_id = $1
          FOR UPDATE`,
      [decisionId],
    );
    const known = new Map(rows.map((r) => [foldText(r.name), r]));
    const added: string[] = [];
    for (const name of names) {
      const before = known.get(foldText(name));
      if (before && !before.removed) continue;
      if (before) {
        await this.db.query(
          `UPDATE decision_protected_name
              SET removed_at = NULL, removed_by = NULL, removal_reason = NULL, added_at = now()
            WHERE decision_id = $1 AND name = $2`,
          [decisionId, before.name],
        );
      } else {
        await this.db.query(`INSERT INTO decision_protected_name (decision_id, name) VALUES ($1, $2)`, [
          decisionId,
          name,
        ]);
      }
      known.set(foldText(name), { name, removed: false });
      added.push(name);
    }
    return added;
  }

  /** Ends the protection of one name (given in any case or script); false when it is not protected now. */
  async remove(decisionId: string, name: string, removedBy: string, reason: string): Promise<boolean> {
    const rows: { name: string }[] = await this.db.query(
      `SELECT name FROM decision_protected_name WHERE decision_id = $1 AND removed_at IS NULL FOR UPDATE`,
      [decisionId],
    );
    const found = rows.find((r) => foldText(r.name) === foldText(name));
    if (!found) return false;
    await this.db.query(
      `UPDATE decision_protected_name SET removed_at = now(), removed_by = $3, removal_reason = $4
        WHERE decision_id = $1 AND name = $2`,
      [decisionId, found.name, removedBy, reason],
    );
    return true;
  }

  storedTexts(decisionIds: string[]): Promise<StoredDecisionTexts[]> {
    return this.db.query(
      `SELECT id, summary, redacted_text AS text, source_note AS "sourceNote", presiding_judge AS "presidingJudge",
              source_url AS "sourceUrl", source_url_withheld AS "sourceUrlWithheld"
         FROM decision WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [decisionIds],
    );
  }

  async writeTexts(t: StoredDecisionTexts): Promise<void> {
    await this.db.query(
      `UPDATE decision SET summary = $2, redacted_text = $3, source_note = $4, presiding_judge = $5, source_url = $6,
              source_url_withheld = $7, updated_at = now()
        WHERE id = $1`,
      [t.id, t.summary, t.text, t.sourceNote, t.presidingJudge, t.sourceUrl, t.sourceUrlWithheld],
    );
  }

  countNotes(decisionIds: string[]): Promise<StoredCountNote[]> {
    return this.db.query(
      `SELECT id, decision_id AS "decisionId", note FROM criminal_count
        WHERE decision_id = ANY($1::uuid[]) AND note IS NOT NULL ORDER BY id FOR UPDATE`,
      [decisionIds],
    );
  }

  async writeCountNote(countId: string, note: string): Promise<void> {
    await this.db.query(`UPDATE criminal_count SET note = $2 WHERE id = $1`, [countId, note]);
  }
}
