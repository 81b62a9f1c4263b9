/**
 * Findings as rows of the finding table, made without a connection (the import's worker thread makes them): COPY
 * rows for new findings, and the JSON the refresh sends. The repository writes them.
 */
import { copyRowsInTurns, type CopyTarget, type CopyType, type CopyValue } from '../db/copy-rows';
import type { FindingRecord } from './engine';

/**
 * Each column of a finding, as `findingCopy` writes it: the field it comes from, the column and its type. Written as
 * a record so a field added to FindingRecord and forgotten here fails to compile.
 */
const FINDING_COPY_COLUMNS = {
  countId: ['count_id', 'uuid'],
  decisionId: ['decision_id', 'uuid'],
  courtId: ['court_id', 'uuid'],
  decisionDate: ['decision_date', 'date'],
  decisionYear: ['decision_year', 'int4'],
  provisionId: ['provision_id', 'uuid'],
  applicableProvisionId: ['applicable_provision_id', 'uuid'],
  applicableVersionId: ['applicable_version_id', 'uuid'],
  applicableCitation: ['applicable_citation', 'text'],
  status: ['status', 'text'],
  reasons: ['reasons', 'text[]'],
  shortfallMonths: ['shortfall_months', 'numeric'],
  confidence: ['confidence', 'text'],
  imposedMonths: ['imposed_months', 'numeric'],
  minimumMonths: ['minimum_months', 'int4'],
  maximumMonths: ['maximum_months', 'int4'],
  trace: ['trace', 'json'],
} as const satisfies Record<keyof FindingRecord, readonly [string, CopyType]>;
const FINDING_COPY_KEYS = Object.keys(FINDING_COPY_COLUMNS) as (keyof FindingRecord)[];
/** Every key of a FindingRecord but its trace: the columns `FindingRepository.write` reads from JSON. */
const FINDING_COLUMNS = FINDING_COPY_KEYS.filter((key) => key !== 'trace');
export const FINDING_COPY: CopyTarget = { table: 'finding', columns: Object.values(FINDING_COPY_COLUMNS) };

/** Findings as `FindingRepository.write` sends them. */
export interface FindingBatch {
  size: number;
  /** Every column but the trace, as one JSON array. */
  columns: string;
  /** The traces, one JSON document per line, in the same order. */
  traces: string;
}

/**
 * The columns travel as one JSON document and the traces, the bulk of it, as newline-delimited JSON beside it
 * (JSON.stringify never writes a line break): the server then checks each trace once, instead of walking it inside
 * the document and parsing it again as a column value. Built apart from the write, so a refresh can serialise one
 * batch while the server stores the previous one.
 */
export const findingBatch = (findings: FindingRecord[]): FindingBatch => ({
  size: findings.length,
  // The key list keeps every column but the trace, without copying each finding into a new object first.
  columns: JSON.stringify(findings, FINDING_COLUMNS),
  traces: findings.map((f) => JSON.stringify(f.trace)).join('\n'),
});

/**
 * New findings as `FindingRepository.insertNew` sends them: COPY rows, serialised a few hundred at a time
 * (`copyRowsInTurns`).
 */
export const findingCopy = (findings: FindingRecord[]): Promise<Buffer[]> =>
  copyRowsInTurns(
    FINDING_COPY,
    findings,
    (f) => FINDING_COPY_KEYS.map((k) => (k === 'trace' ? JSON.stringify(f.trace) : (f[k] as CopyValue))),
    250,
  );
