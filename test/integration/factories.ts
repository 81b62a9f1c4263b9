import { randomBytes } from 'node:crypto';
import { CSV_HEADER } from '../../src/import/import.rows';

/** A token that makes a test's case numbers its own, so tests share one database without stepping on each other. */
export const uniqueTag = () => `T${randomBytes(4).toString('hex').toUpperCase()}`;

export type CsvRow = Partial<Record<(typeof CSV_HEADER)[number], string>>;

/** One convicted count under CCK Art. 171 before the Basic Court of Pristina; override what the test needs. */
export const countRow = (overrides: CsvRow = {}): CsvRow => ({
  case_number: `${uniqueTag()}/16`,
  court: 'Basic Court of Pristina',
  decision_date: '2016-06-15',
  decision_type: 'FIRST_INSTANCE',
  final: 'true',
  defendant: 'A.B.',
  offence_date: '2015-09-01',
  charged_provision: 'CCK Art. 171',
  convicted_provision: 'CCK Art. 171',
  verdict: 'CONVICTED',
  imprisonment_months: '42',
  suspended: 'false',
  fine_eur: '',
  circumstances: '',
  mitigation_cited: 'false',
  source_url: '',
  provenance: 'SYNTHETIC',
  ...overrides,
});

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export const toCsv = (rows: CsvRow[]): string =>
  [CSV_HEADER.join(','), ...rows.map((r) => CSV_HEADER.map((h) => cell(r[h] ?? '')).join(','))].join('\n') +
  '\n';
