import type { RowFields } from '../db/row-fields';
import type { CountSentence } from './case.model';

/** What a count records, as the editors and the importer write it. */
export interface CountValues extends CountSentence {
  offenceDate: string | null;
  chargedCitation: string | null;
  chargedProvisionId: string | null;
  convictedCitation: string | null;
  convictedProvisionId: string | null;
  verdict: string | null;
  note: string | null;
}

/**
 * A count's sentence and charge, described once: the editors' statements (editing.repository.ts) and the importer's
 * COPY (import/import.batches.ts) write and read these columns from this list.
 */
export const COUNT_FIELDS: RowFields<CountValues> = [
  ['offenceDate', 'offence_date', 'date'],
  ['chargedCitation', 'charged_citation', 'text'],
  ['chargedProvisionId', 'charged_provision_id', 'uuid'],
  ['convictedCitation', 'convicted_citation', 'text'],
  ['convictedProvisionId', 'convicted_provision_id', 'uuid'],
  ['verdict', 'verdict', 'text'],
  ['imprisonmentMonths', 'imprisonment_months', 'numeric'],
  ['suspended', 'suspended', 'bool'],
  ['fineEur', 'fine_eur', 'numeric'],
  ['circumstances', 'circumstances', 'text[]'],
  ['mitigationCited', 'mitigation_cited', 'bool'],
  ['note', 'note', 'text'],
];
