import { countValues } from '../cases/count-values';
import { newId } from '../db/ids';
import type { DataSource, EntityManager } from 'typeorm';
import { copyInto, copyRows, copyRowsInTurns, type CopyTarget, type CopyValue } from '../db/copy';
import type { CountToEvaluate } from '../compliance/finding.repository';
import type { IsoDate } from '../law/law.model';
import { CourtRepository } from '../courts/court.repository';
import { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from '../law/law.entity';
import type { AppealOutcome, DecisionLinkKind } from '../cases/case.entity';
import type { DecisionWrite } from './import.model';

export interface ExistingDecision {
  id: string;
  courtId: string;
  caseNumber: string;
  importHash: string | null;
  /** Set by an editor (the import does not carry it); a finding's window of applicable law ends there. */
  finalOn: IsoDate | null;
}

/** The reference data an import resolves names against, read once per import. */
export interface ImportCatalogue {
  courtsByFoldedAlias: Map<string, string>;
  instruments: InstrumentEntity[];
  provisions: ProvisionEntity[];
  versions: ProvisionVersionEntity[];
}

const DECISION_COPY: CopyTarget = {
  table: 'decision',
  columns: [
    ['id', 'uuid'],
    ['court_id', 'uuid'],
    ['case_number', 'text'],
    ['decision_date', 'date'],
    ['decision_date_precision', 'text'],
    ['decision_type', 'text'],
    ['is_final', 'bool'],
    ['language', 'text'],
    ['presiding_judge', 'text'],
    ['summary', 'text'],
    ['redacted_text', 'text'],
    ['source_url', 'text'],
    ['source_note', 'text'],
    ['provenance', 'text'],
    ['import_hash', 'text'],
    ['source_url_withheld', 'bool'],
  ],
};

/**
 * New decisions' COPY rows (as `ImportRepository.insertDecisions` sends them), built apart from the write so the
 * importer can build one batch while the server stores the previous one. Each decision carries the id the importer
 * gave it.
 */
export const decisionBatch = (
  items: { id: string; write: DecisionWrite; hash: string }[],
): Promise<Buffer[]> =>
  copyRowsInTurns(
    DECISION_COPY,
    items,
    ({ id, write, hash }) => [
      id,
      write.courtId,
      write.caseNumber,
      write.decisionDate,
      write.decisionDatePrecision,
      write.decisionType,
      write.final,
      write.language,
      write.presidingJudge,
      write.summary,
      write.text,
      write.sourceUrl,
      write.sourceNote,
      write.provenance,
      hash,
      write.sourceUrlWithheld,
    ],
    100,
  );

/** The defendants, counts and protected names of some decisions, as `ImportRepository.insertContents` sends them. */
export interface ContentBatch {
  counts: number;
  names: Buffer;
  defendants: Buffer;
  contents: Buffer;
  /** The convicted counts, with what the compliance engine needs of their decision, for their findings. */
  convicted: CountToEvaluate[];
}

const NAME_COPY: CopyTarget = {
  table: 'decision_protected_name',
  columns: [
    ['decision_id', 'uuid'],
    ['name', 'text'],
  ],
};

const DEFENDANT_COPY: CopyTarget = {
  table: 'defendant',
  columns: [
    ['id', 'uuid'],
    ['decision_id', 'uuid'],
    ['label', 'text'],
  ],
};

const COUNT_COPY: CopyTarget = {
  table: 'criminal_count',
  columns: [
    ['id', 'uuid'],
    ['decision_id', 'uuid'],
    ['defendant_id', 'uuid'],
    ['seq', 'int4'],
    ['offence_date', 'date'],
    ['charged_citation', 'text'],
    ['charged_provision_id', 'uuid'],
    ['convicted_citation', 'text'],
    ['convicted_provision_id', 'uuid'],
    ['verdict', 'text'],
    ['imprisonment_months', 'numeric'],
    ['suspended', 'bool'],
    ['fine_eur', 'numeric'],
    ['circumstances', 'text[]'],
    ['mitigation_cited', 'bool'],
    ['note', 'text'],
  ],
};

/**
 * Like `decisionBatch`; each defendant and count gets its id here, so a count can name its defendant, and a finding
 * its count, without a round trip.
 */
export function contentBatch(
  items: { decisionId: string; isNew: boolean; write: DecisionWrite; finalOn: IsoDate | null }[],
): ContentBatch {
  const names: CopyValue[][] = [];
  const defendants: CopyValue[][] = [];
  const counts: CopyValue[][] = [];
  const convicted: CountToEvaluate[] = [];
  for (const { decisionId, isNew, write, finalOn } of items) {
    // A decision held already keeps its names and gets the file's besides (ImportService adds them).
    if (isNew) for (const name of write.protectedNames) names.push([decisionId, name]);
    for (const defendant of write.defendants) {
      const defendantId = newId();
      defendants.push([defendantId, decisionId, defendant.label]);
      for (const c of defendant.counts) {
        const countId = newId();
        counts.push([countId, decisionId, defendantId, c.seq, ...countValues(c)]);
        if (c.verdict !== 'CONVICTED') continue;
        convicted.push({
          countId,
          decisionId,
          courtId: write.courtId,
          decisionDate: write.decisionDate,
          finalOn,
          // The appeals of this decision are linked after its contents are written; the import then refreshes the
          // findings of every decision it links an appeal to (ImportService.write).
          finalNoLaterThan: null,
          offenceDate: c.offenceDate,
          chargedProvisionId: c.chargedProvisionId,
          chargedCitation: c.chargedCitation,
          convictedProvisionId: c.convictedProvisionId,
          imprisonmentMonths: c.imprisonmentMonths,
          suspended: c.suspended,
          fineEur: c.fineEur,
          circumstances: c.circumstances,
          mitigationCited: c.mitigationCited,
        });
      }
    }
  }
  return {
    counts: counts.length,
    names: copyRows(NAME_COPY, names),
    defendants: copyRows(DEFENDANT_COPY, defendants),
    contents: copyRows(COUNT_COPY, counts),
    convicted,
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
    await this.db.query(
      `UPDATE decision SET court_id = $1, case_number = $2, decision_date = $3, decision_date_precision = $4,
              decision_type = $5, is_final = $6, language = $7, presiding_judge = $8, summary = $9,
              redacted_text = $10, source_url = $11, source_note = $12, provenance = $13, import_hash = $14,
              source_url_withheld = $16, updated_at = now()
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
        d.sourceUrlWithheld,
      ],
    );
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
