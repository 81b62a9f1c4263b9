/**
 * Reading an import file into typed rows: CSV (the header of the design) or JSON (an array of objects with the
 * same keys). Pure: no database. Every problem is collected with its line, so a rejected file names every bad row.
 */
import { parse } from 'csv-parse/sync';
import {
  APPEAL_OUTCOMES,
  DATE_PRECISIONS,
  DECISION_TYPES,
  PROVENANCES,
  VERDICTS,
  type AppealOutcome,
  type CountSentence,
  type DatePrecision,
  type DecisionType,
  type Provenance,
  type Verdict,
} from '../cases/case.model';
import { CIRCUMSTANCES, LANGUAGES, type Circumstance, type IsoDate, type Language } from '../law/law.model';
import { isIsoDate } from '../shared/dates';

export const CSV_HEADER = [
  'case_number',
  'court',
  'decision_date',
  'decision_type',
  'final',
  'defendant',
  'offence_date',
  'charged_provision',
  'convicted_provision',
  'verdict',
  'imprisonment_months',
  'suspended',
  'fine_eur',
  'circumstances',
  'mitigation_cited',
  'source_url',
  'provenance',
] as const;

/** Optional columns beyond the contract's header (decision-level ones: the first row that has them wins). */
export const OPTIONAL_COLUMNS = [
  'decision_date_precision',
  'language',
  'summary',
  'text',
  'presiding_judge',
  'source_note',
  'appeal_of_court',
  'appeal_of_case_number',
  'appeal_outcome',
  'retrial_after_court',
  'retrial_after_case_number',
  'count_note',
  'protected_names',
] as const;

const KNOWN_COLUMNS = new Set<string>([...CSV_HEADER, ...OPTIONAL_COLUMNS]);

/** A defendant is never named: initials such as `A.B.` or a code with a digit such as `D-017`. */
export const DEFENDANT_LABEL = /^([A-Z][A-Za-z]?\.){1,4}$|^(?=.*[0-9])[A-Z0-9][A-Z0-9-]{1,23}$/;
export const UNIDENTIFIED_DEFENDANT = 'UNIDENTIFIED-1';
/** A century: anything longer is a typo, not a sentence. */
const MAX_IMPRISONMENT_MONTHS = 1200;

/** A row of the file, checked: one count of one defendant in one decision. */
export interface ImportRow extends CountSentence {
  line: number;
  caseNumber: string;
  court: string;
  decisionDate: IsoDate;
  decisionType: DecisionType;
  final: boolean | null;
  defendant: string;
  offenceDate: IsoDate | null;
  chargedProvision: string | null;
  convictedProvision: string | null;
  verdict: Verdict | null;
  sourceUrl: string | null;
  provenance: Provenance;
  decisionDatePrecision: DatePrecision;
  language: Language | null;
  summary: string | null;
  text: string | null;
  presidingJudge: string | null;
  sourceNote: string | null;
  /**
   * The earlier decision this one follows in its case: the one it reviews on appeal, or, for a retrial (`retrial`),
   * the decision that annulled and sent the case back.
   */
  appealOf: { court: string; caseNumber: string; outcome: AppealOutcome | null; retrial?: true } | null;
  countNote: string | null;
  /** Names to redact from the decision's texts (`;`-separated in CSV); stored apart, never public. */
  protectedNames: string[];
}

export interface RowProblem {
  line: number;
  reason: string;
}

export interface ParsedFile {
  /** The rows without a problem of their own. */
  rows: ImportRow[];
  /**
   * The rows with a problem in some cell, read as far as they could be: their court and citations are still checked
   * against the catalogue, so a rejected file names every problem of every row in one round.
   */
  flawed: ImportRow[];
  problems: RowProblem[];
}

type RawRecord = { line: number; cells: Record<string, unknown> };

export function parseImportFile(content: string, format: 'csv' | 'json'): ParsedFile {
  const read = format === 'csv' ? readCsv(content) : readJson(content);
  if ('problems' in read) return { rows: [], flawed: [], problems: read.problems };
  const rows: ImportRow[] = [];
  const flawed: ImportRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of read.records) {
    const { row, reasons } = validateRecord(record);
    if (reasons.length === 0) rows.push(row);
    else {
      flawed.push(row);
      problems.push(...reasons.map((reason) => ({ line: record.line, reason })));
    }
  }
  if (read.records.length === 0) problems.push({ line: 1, reason: 'the file holds no rows' });
  return { rows, flawed, problems };
}

function readCsv(content: string): { records: RawRecord[] } | { problems: RowProblem[] } {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // Windows line ends become \n first: csv-parse counts the CR and the LF of a quoted cell as two lines.
    // Empty lines are kept (and skipped below) so every record's first line is the previous one's last plus one.
    parsed = parse(content.replace(/\r\n/g, '\n'), {
      bom: true,
      info: true,
      relax_column_count: true,
    }) as unknown as typeof parsed;
  } catch (e) {
    const err = e as { message: string; lines?: number };
    return { problems: [{ line: err.lines ?? 1, reason: `not readable as CSV: ${err.message}` }] };
  }
  const isBlank = (record: string[]) => record.length === 1 && record[0].trim() === '';
  const headerIndex = parsed.findIndex((p) => !isBlank(p.record));
  if (headerIndex === -1) return { problems: [{ line: 1, reason: 'the file is empty' }] };
  const header = parsed[headerIndex].record.map((h) => h.trim());
  const headerProblems = checkHeader(header);
  const headerLine = parsed[headerIndex].info.lines;
  if (headerProblems.length)
    return { problems: headerProblems.map((reason) => ({ line: headerLine, reason })) };
  const records: RawRecord[] = [];
  const problems: RowProblem[] = [];
  let previousLine = headerLine;
  for (const { record, info } of parsed.slice(headerIndex + 1)) {
    const line = previousLine + 1;
    previousLine = info.lines;
    if (isBlank(record)) continue;
    if (record.length !== header.length) {
      problems.push({ line, reason: `has ${record.length} cells; the header has ${header.length}` });
      continue;
    }
    records.push({ line, cells: Object.fromEntries(header.map((h, i) => [h, record[i]])) });
  }
  return problems.length ? { problems } : { records };
}

function checkHeader(header: string[]): string[] {
  const missing = CSV_HEADER.filter((h) => !header.includes(h));
  const unknown = header.filter((h) => !KNOWN_COLUMNS.has(h));
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  return [
    ...(missing.length ? [`the header lacks ${missing.join(', ')}`] : []),
    ...(unknown.length ? [`the header has unknown columns: ${unknown.join(', ')}`] : []),
    ...(repeated.length ? [`the header repeats ${repeated.join(', ')}`] : []),
  ];
}

/** JSON rows are numbered as "lines" by their position in the array, starting at 1. */
function readJson(content: string): { records: RawRecord[] } | { problems: RowProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problems: [{ line: 1, reason: `not readable as JSON: ${(e as Error).message}` }] };
  }
  if (!Array.isArray(data)) return { problems: [{ line: 1, reason: 'the JSON must be an array of rows' }] };
  const problems: RowProblem[] = [];
  const records: RawRecord[] = [];
  data.forEach((item, index) => {
    const line = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.push({ line, reason: 'is not an object' });
      return;
    }
    const unknown = Object.keys(item).filter((k) => !KNOWN_COLUMNS.has(k));
    if (unknown.length) problems.push({ line, reason: `has unknown keys: ${unknown.join(', ')}` });
    else records.push({ line, cells: item as Record<string, unknown> });
  });
  return problems.length ? { problems } : { records };
}

/** Reads one cell; an empty cell (or null, or absent) means unknown. */
class CellReader {
  readonly reasons: string[] = [];

  constructor(private readonly cells: Record<string, unknown>) {}

  private raw(key: string): string | null {
    const value = this.cells[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && (key === 'circumstances' || key === 'protected_names'))
      return value.join(';');
    if (typeof value !== 'string') {
      this.reasons.push(`${key} must be text, a number or a boolean`);
      return null;
    }
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }

  text(key: string): string | null {
    return this.raw(key);
  }

  required(key: string): string {
    const value = this.raw(key);
    if (value === null) this.reasons.push(`${key} is required`);
    return value ?? '';
  }

  date(key: string): IsoDate | null {
    const value = this.raw(key);
    if (value !== null && !isIsoDate(value))
      this.reasons.push(`${key} "${value}" is not a date (YYYY-MM-DD)`);
    return value !== null && isIsoDate(value) ? value : null;
  }

  bool(key: string): boolean | null {
    const value = this.raw(key);
    if (value === null) return null;
    if (value === 'true' || value === 'false') return value === 'true';
    this.reasons.push(`${key} must be true or false, not "${value}"`);
    return null;
  }

  amount(key: string, max = Number.MAX_SAFE_INTEGER): number | null {
    const value = this.raw(key);
    if (value === null) return null;
    const n = Number(value);
    if (!/^\d+(\.\d{1,2})?$/.test(value) || n > max) {
      this.reasons.push(`${key} "${value}" is not a number between 0 and ${max} with at most 2 decimals`);
      return null;
    }
    return n;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T | null {
    const value = this.raw(key);
    if (value === null) return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.reasons.push(`${key} "${value}" is not one of ${allowed.join(', ')}`);
    return null;
  }

  url(key: string): string | null {
    const value = this.raw(key);
    if (value !== null && !/^https?:\/\/\S+$/.test(value))
      this.reasons.push(`${key} "${value}" is not an http(s) URL`);
    return value;
  }

  list(key: string): string[] {
    const value = this.raw(key);
    return value === null
      ? []
      : value
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
  }

  circumstances(key: string): Circumstance[] {
    const value = this.raw(key);
    if (value === null) return [];
    const codes = value
      .split(';')
      .map((c) => c.trim())
      .filter(Boolean);
    const unknown = codes.filter((c) => !(CIRCUMSTANCES as readonly string[]).includes(c));
    if (unknown.length)
      this.reasons.push(
        `${key} has unknown codes: ${unknown.join(', ')} (known: ${CIRCUMSTANCES.join(', ')})`,
      );
    return [...new Set(codes.filter((c): c is Circumstance => !unknown.includes(c)))];
  }
}

/** The row as far as its cells could be read (unreadable cells as unknown), and what is wrong with it. */
function validateRecord({ line, cells }: RawRecord): { row: ImportRow; reasons: string[] } {
  const r = new CellReader(cells);
  const decisionType = r.oneOf('decision_type', DECISION_TYPES);
  const provenance = r.oneOf('provenance', PROVENANCES);
  const appealCourt = r.text('appeal_of_court');
  const appealCase = r.text('appeal_of_case_number');
  const retrialCourt = r.text('retrial_after_court');
  const retrialCase = r.text('retrial_after_case_number');
  const row: ImportRow = {
    line,
    caseNumber: r.required('case_number'),
    court: r.required('court'),
    decisionDate: r.date('decision_date') ?? '',
    decisionType: decisionType ?? 'FIRST_INSTANCE',
    final: r.bool('final'),
    defendant: r.text('defendant') ?? UNIDENTIFIED_DEFENDANT,
    offenceDate: r.date('offence_date'),
    chargedProvision: r.text('charged_provision'),
    convictedProvision: r.text('convicted_provision'),
    verdict: r.oneOf('verdict', VERDICTS),
    imprisonmentMonths: r.amount('imprisonment_months', MAX_IMPRISONMENT_MONTHS),
    suspended: r.bool('suspended'),
    fineEur: r.amount('fine_eur'),
    circumstances: r.circumstances('circumstances'),
    mitigationCited: r.bool('mitigation_cited'),
    sourceUrl: r.url('source_url'),
    provenance: provenance ?? 'SYNTHETIC',
    decisionDatePrecision: r.oneOf('decision_date_precision', DATE_PRECISIONS) ?? 'DAY',
    language: r.oneOf('language', LANGUAGES),
    summary: r.text('summary'),
    text: r.text('text'),
    presidingJudge: r.text('presiding_judge'),
    sourceNote: r.text('source_note'),
    appealOf:
      appealCourt && appealCase
        ? { court: appealCourt, caseNumber: appealCase, outcome: r.oneOf('appeal_outcome', APPEAL_OUTCOMES) }
        : retrialCourt && retrialCase
          ? { court: retrialCourt, caseNumber: retrialCase, outcome: null, retrial: true }
          : null,
    countNote: r.text('count_note'),
    protectedNames: r.list('protected_names'),
  };
  const reasons = r.reasons;
  // `false` says nothing when no term is given (a spreadsheet fills the column on every row, fines and acquittals
  // included); `true` without a term is an error, below.
  if (row.suspended === false && r.text('imprisonment_months') === null) row.suspended = null;
  if (r.text('decision_date') === null) reasons.push('decision_date is required');
  if (decisionType === null && r.text('decision_type') === null) reasons.push('decision_type is required');
  if (provenance === null && r.text('provenance') === null) reasons.push('provenance is required');
  if (!DEFENDANT_LABEL.test(row.defendant)) {
    reasons.push(
      `defendant "${row.defendant}" must be initials (A.B.) or a code with a digit (D-017), never a name`,
    );
  }
  if (row.offenceDate && row.decisionDate && row.offenceDate > row.decisionDate) {
    reasons.push(`offence_date ${row.offenceDate} is after decision_date ${row.decisionDate}`);
  }
  const hasSentence = row.imprisonmentMonths !== null || row.fineEur !== null || row.suspended !== null;
  if (row.verdict !== 'CONVICTED' && hasSentence) {
    reasons.push(`a sentence is given but the verdict is ${row.verdict ?? 'unknown'}, not CONVICTED`);
  }
  if (row.verdict !== 'CONVICTED' && row.convictedProvision) {
    reasons.push(
      `convicted_provision is given but the verdict is ${row.verdict ?? 'unknown'}, not CONVICTED`,
    );
  }
  if (row.suspended === true && r.text('imprisonment_months') === null) {
    reasons.push('suspended is true without imprisonment_months (the term that was suspended)');
  }

  if ((appealCourt === null) !== (appealCase === null)) {
    reasons.push('appeal_of_court and appeal_of_case_number go together');
  }
  if ((retrialCourt === null) !== (retrialCase === null)) {
    reasons.push('retrial_after_court and retrial_after_case_number go together');
  }
  if (appealCourt !== null && retrialCourt !== null) {
    reasons.push('a decision is either an appeal (appeal_of_…) or a retrial (retrial_after_…), not both');
  }
  if (retrialCourt !== null && r.text('appeal_outcome') !== null) {
    reasons.push('appeal_outcome is the outcome of an appeal; a retrial (retrial_after_…) has none');
  }
  return { row, reasons };
}
