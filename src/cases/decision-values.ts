import type { RowFields } from '../db/row-fields';

/** What a decision row records, as the editors and the importer write it (the importer adds its content hash). */
export interface DecisionValues {
  courtId: string;
  caseNumber: string;
  decisionDate: string;
  decisionDatePrecision: string;
  decisionType: string;
  isFinal: boolean | null;
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

/**
 * A decision's columns, described once: the editors' statements (editing.repository.ts) and the importer's COPY and
 * update (import/) write and read them from this list.
 */
export const DECISION_FIELDS: RowFields<DecisionValues> = [
  ['courtId', 'court_id', 'uuid'],
  ['caseNumber', 'case_number', 'text'],
  ['decisionDate', 'decision_date', 'date'],
  ['decisionDatePrecision', 'decision_date_precision', 'text'],
  ['decisionType', 'decision_type', 'text'],
  ['isFinal', 'is_final', 'bool'],
  ['language', 'language', 'text'],
  ['presidingJudge', 'presiding_judge', 'text'],
  ['summary', 'summary', 'text'],
  ['redactedText', 'redacted_text', 'text'],
  ['sourceUrl', 'source_url', 'text'],
  ['sourceUrlWithheld', 'source_url_withheld', 'bool'],
  ['sourceNote', 'source_note', 'text'],
  ['provenance', 'provenance', 'text'],
];
