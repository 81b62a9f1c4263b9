import type { Db } from '../db/unit-of-work';
import { assignmentsOf, columnListOf, placeholdersOf, selectListOf, valuesOf } from '../db/row-fields';
import { DECISION_FIELDS, type DecisionValues } from './decision-values';

const N = DECISION_FIELDS.length;

/**
 * The one path that writes a decision's row: the editors and the importer (and the seeds, which go through the
 * importer) insert, update and read it here. The importer's new decisions go by COPY in batches (import.batches.ts)
 * with the same columns, from the same list.
 */
export class DecisionRows {
  constructor(private readonly db: Db) {}

  /** The row's values and its final date, locked for the transaction's update. */
  async forUpdate(id: string): Promise<(DecisionValues & { finalOn: string | null }) | null> {
    const rows = await this.db.query(
      `SELECT ${selectListOf(DECISION_FIELDS)}, to_char(final_on, 'YYYY-MM-DD') AS "finalOn"
         FROM decision WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  async insert(d: DecisionValues, finalOn: string | null): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO decision (${columnListOf(DECISION_FIELDS)}, final_on)
       VALUES (${placeholdersOf(DECISION_FIELDS, 1)}, $${N + 1}) RETURNING id`,
      [...valuesOf(DECISION_FIELDS, d), finalOn],
    );
    return row.id;
  }

  /**
   * Replaces the row's values. `importHash` is the importer's content hash, null after an editor's change (the next
   * import of the same file then rewrites the decision as its file says). The final date is an editor's: the
   * importer does not carry it and leaves it as it is (`finalOn` undefined).
   */
  async update(
    id: string,
    d: DecisionValues,
    written: { importHash: string | null; finalOn?: string | null },
  ): Promise<void> {
    const finalOn = written.finalOn === undefined ? '' : `, final_on = $${N + 3}`;
    await this.db.query(
      `UPDATE decision SET ${assignmentsOf(DECISION_FIELDS, 1)}, import_hash = $${N + 2}${finalOn}, updated_at = now()
        WHERE id = $${N + 1}`,
      [
        ...valuesOf(DECISION_FIELDS, d),
        id,
        written.importHash,
        ...(written.finalOn === undefined ? [] : [written.finalOn]),
      ],
    );
  }

  async delete(id: string): Promise<void> {
    await this.db.query(`DELETE FROM decision WHERE id = $1`, [id]);
  }
}
