/**
 * An import's rows as COPY rows, made without a connection (the import's worker thread makes them): decisions, their
 * protected names, defendants and counts, each with the id it gets here, and the convicted counts to evaluate.
 * ImportRepository sends them.
 */
import { COUNT_FIELDS } from '../cases/count-values';
import { DECISION_FIELDS, type DecisionValues } from '../cases/decision-values';
import { copyColumnsOf, valuesOf } from '../db/row-fields';
import { copyRows, copyRowsInTurns, type CopyTarget, type CopyValue } from '../db/copy-rows';
import { newId } from '../db/ids';
import type { CountToEvaluate } from '../compliance/engine';
import type { IsoDate } from '../law/law.model';
import type { DecisionWrite } from './import.model';

export const DECISION_COPY: CopyTarget = {
  table: 'decision',
  columns: [['id', 'uuid'], ...copyColumnsOf(DECISION_FIELDS), ['import_hash', 'text']],
};

/** A decision's row values as the importer writes them (its write keeps its own names: they make its content hash). */
export const decisionValuesOf = (write: DecisionWrite): DecisionValues => ({
  ...write,
  isFinal: write.final,
  redactedText: write.text,
});

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
    ({ id, write, hash }) => [id, ...valuesOf(DECISION_FIELDS, decisionValuesOf(write)), hash],
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
    ...copyColumnsOf(COUNT_FIELDS),
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
        counts.push([countId, decisionId, defendantId, c.seq, ...valuesOf(COUNT_FIELDS, c)]);
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
