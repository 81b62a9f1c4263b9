/**
 * An import's rows as COPY rows, made without a connection (the import's worker thread makes them): decisions, their
 * protected names, defendants and counts, each with the id it gets here, and the convicted counts to evaluate.
 * ImportRepository sends them.
 */
import { countValues } from '../cases/count-values';
import { copyRows, copyRowsInTurns, type CopyTarget, type CopyValue } from '../db/copy-rows';
import { newId } from '../db/ids';
import type { CountToEvaluate } from '../compliance/engine';
import type { IsoDate } from '../law/law.model';
import type { DecisionWrite } from './import.model';

export const DECISION_COPY: CopyTarget = {
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

export const NAME_COPY: CopyTarget = {
  table: 'decision_protected_name',
  columns: [
    ['decision_id', 'uuid'],
    ['name', 'text'],
  ],
};

export const DEFENDANT_COPY: CopyTarget = {
  table: 'defendant',
  columns: [
    ['id', 'uuid'],
    ['decision_id', 'uuid'],
    ['label', 'text'],
  ],
};

export const COUNT_COPY: CopyTarget = {
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
