import type { DataSource, EntityManager } from 'typeorm';
import { copyInto } from '../db/copy';
import type { IsoDate } from '../law/law.model';
import { CourtRepository } from '../courts/court.repository';
import { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from '../law/law.entity';
import type { AppealOutcome, DecisionLinkKind } from '../cases/case.model';
import type { DecisionWrite, ImportCatalogue } from './import.model';
import { DecisionRows } from '../cases/decision-rows';
import {
  COUNT_COPY,
  DECISION_COPY,
  DEFENDANT_COPY,
  NAME_COPY,
  decisionValuesOf,
  type ContentBatch,
} from './import.batches';

export interface ExistingDecision {
  id: string;
  courtId: string;
  caseNumber: string;
  importHash: string | null;
  /** Set by an editor (the import does not carry it); a finding's window of applicable law ends there. */
  finalOn: IsoDate | null;
}

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
    const rows: {
      id: string;
      court_id: string;
      case_number: string;
      import_hash: string | null;
      final_on: IsoDate | null;
    }[] = await this.db.query(
      `SELECT d.id, d.court_id, d.case_number, d.import_hash, to_char(d.final_on, 'YYYY-MM-DD') AS final_on
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
      finalOn: r.final_on,
    }));
  }

  /** Inserts new decisions (`decisionBatch`), with the ids the batch gave them, in one COPY. */
  async insertDecisions(rows: readonly Buffer[]): Promise<void> {
    await copyInto(this.db, DECISION_COPY, rows);
  }

  /**
   * Replaces a changed decision's fields and removes what the file restates (defendants, counts, links). Its protected
   * names stay: a file can add names, never remove one.
   */
  async updateDecision(id: string, d: DecisionWrite, hash: string): Promise<void> {
    await new DecisionRows(this.db).update(id, decisionValuesOf(d), { importHash: hash });
    await this.db.query(`DELETE FROM defendant WHERE decision_id = $1`, [id]);
    await this.db.query(`DELETE FROM decision_link WHERE decision_id = $1`, [id]);
  }

  /** Writes the protected names, defendants and counts of a `contentBatch`, a COPY each whatever their number. */
  async insertContents(batch: Pick<ContentBatch, 'names' | 'defendants' | 'contents'>): Promise<void> {
    await copyInto(this.db, NAME_COPY, batch.names);
    await copyInto(this.db, DEFENDANT_COPY, batch.defendants);
    await copyInto(this.db, COUNT_COPY, batch.contents);
  }

  async insertAppealLink(
    decisionId: string,
    lowerDecisionId: string,
    outcome: AppealOutcome | null,
    kind: DecisionLinkKind,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO decision_link (decision_id, lower_decision_id, outcome, kind) VALUES ($1, $2, $3, $4)
       ON CONFLICT (decision_id, lower_decision_id) DO UPDATE SET outcome = EXCLUDED.outcome, kind = EXCLUDED.kind`,
      [decisionId, lowerDecisionId, outcome, kind],
    );
  }
}
