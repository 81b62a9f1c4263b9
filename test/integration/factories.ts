/**
 * Test data of a test's own. `uniqueTag` makes case numbers no other test uses, so tests share one database without
 * stepping on each other; `countRow` and `toCsv` write import rows for tests of the importer itself; `aCase` builds
 * a court → decision → defendant → count graph through the importer and returns its ids.
 */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AppealOutcome, DecisionType, Provenance, Verdict } from '../../src/cases/case.entity';
import { unitOfWork } from '../../src/db/unit-of-work';
import { CSV_HEADER, type OPTIONAL_COLUMNS } from '../../src/import/import.rows';
import { ImportService } from '../../src/import/import.service';
import type { Circumstance } from '../../src/law/law.model';

/** A token that makes a test's case numbers its own, so tests share one database without stepping on each other. */
export const uniqueTag = () => `T${randomBytes(4).toString('hex').toUpperCase()}`;

export type CsvRow = Partial<Record<(typeof CSV_HEADER)[number], string>>;
/** A row with the optional columns too (appeals, texts, notes), as a JSON import file holds it. */
export type ImportRecord = CsvRow & Partial<Record<(typeof OPTIONAL_COLUMNS)[number], string>>;

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

/**
 * One count. What is left out is `countRow`'s: charged under CCK Art. 171, offence 2015-09-01, convicted under it
 * to 42 months, not suspended. A count that is not a conviction has no convicted provision, term or fine unless
 * given one; a count without a term is not suspended either way.
 */
export interface CountSpec {
  /** Null leaves the verdict unrecorded. */
  verdict?: Verdict | null;
  offenceDate?: string | null;
  charged?: string | null;
  convicted?: string | null;
  /** Months of imprisonment; null for none (a fine only, or not recorded). */
  months?: number | null;
  suspended?: boolean | null;
  fineEur?: number | null;
  circumstances?: Circumstance[];
  mitigationCited?: boolean | null;
  note?: string;
}

/** A defendant by initials or code, with their counts (one default count if none are given). */
export interface DefendantSpec {
  label: string;
  counts?: CountSpec[];
}

/** A decision the case holds; what is left out is `countRow`'s (Basic Court of Pristina, 2016-06-15, final). */
export interface DecisionSpec {
  /** Its case number is `<tag>-<number>`; by default the number is its place in the case, from 1. */
  number?: string;
  /** By default the case's court. */
  court?: string;
  date?: string;
  type?: DecisionType;
  final?: boolean | null;
  provenance?: Provenance;
  sourceUrl?: string;
  summary?: string;
  text?: string;
  /** The decision of this case it reviews, by its court and number. */
  appealOf?: { court: string; number: string; outcome?: AppealOutcome };
  /** The decision of this case that annulled and sent the case back for this retrial. */
  retrialAfter?: { court: string; number: string };
  /** One defendant, A.B., with one default count, if none are given. */
  defendants?: DefendantSpec[];
}

export interface CaseSpec {
  /** Every case number starts with it: a fresh tag by default; the same tag adds decisions to a case. */
  tag?: string;
  /** The court of every decision that names none. */
  court?: string;
  /** One default decision if none are given. */
  decisions?: DecisionSpec[];
}

/** A case as written, with its ids: decisions, defendants and counts in the order the spec gave them. */
export interface WrittenCase {
  tag: string;
  decisions: {
    id: string;
    caseNumber: string;
    court: string;
    defendants: { id: string; label: string; counts: { id: string }[] }[];
  }[];
}

const text = (v: string | number | boolean | null) => (v === null ? '' : String(v));

/** The cells a count sets; those left undefined keep `countRow`'s. */
function countCells(c: CountSpec): CsvRow {
  const convicted = (c.verdict === undefined ? 'CONVICTED' : c.verdict) === 'CONVICTED';
  // Only a conviction has a convicted provision and a sentence by default; a term can be suspended, no term cannot.
  const months = c.months !== undefined ? c.months : convicted ? undefined : null;
  const given = <T extends string | number | boolean | null>(v: T | undefined, otherwise?: string) =>
    v !== undefined ? text(v) : otherwise;
  return {
    verdict: given(c.verdict),
    offence_date: given(c.offenceDate),
    charged_provision: given(c.charged),
    convicted_provision: given(c.convicted, convicted ? undefined : ''),
    imprisonment_months: given(months),
    suspended: given(c.suspended, months === null ? '' : undefined),
    fine_eur: given(c.fineEur),
    circumstances: c.circumstances?.join(';'),
    mitigation_cited: given(c.mitigationCited),
  };
}

/** The fields that are set: an override left undefined keeps `countRow`'s default. */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const caseNumberOf = (tag: string, number: string) => `${tag}-${number}`;

/** The import rows of a case: one a count. Pure; `aCase` writes them. */
export function caseRows(spec: CaseSpec, tag: string): ImportRecord[] {
  const decisions = spec.decisions ?? [{}];
  const numbers = decisions.map((d, i) => d.number ?? String(i + 1));
  if (new Set(numbers).size < numbers.length) throw new Error(`a case number twice in one case: ${numbers}`);
  return decisions.flatMap((d, i) => {
    const decision: CsvRow = {
      case_number: caseNumberOf(tag, numbers[i]),
      court: d.court ?? spec.court,
      decision_date: d.date,
      decision_type: d.type,
      final: d.final === undefined ? undefined : text(d.final),
      provenance: d.provenance,
      source_url: d.sourceUrl,
    };
    const optional: ImportRecord = defined({
      summary: d.summary,
      text: d.text,
      appeal_of_court: d.appealOf?.court,
      appeal_of_case_number: d.appealOf && caseNumberOf(tag, d.appealOf.number),
      appeal_outcome: d.appealOf?.outcome,
      retrial_after_court: d.retrialAfter?.court,
      retrial_after_case_number: d.retrialAfter && caseNumberOf(tag, d.retrialAfter.number),
    });
    const defendants = d.defendants ?? [{ label: 'A.B.' }];
    const labels = defendants.map((x) => x.label);
    if (new Set(labels).size < labels.length) throw new Error(`a defendant twice in one decision: ${labels}`);
    return defendants.flatMap((defendant) =>
      (defendant.counts ?? [{}]).map((c): ImportRecord => ({
        ...countRow(defined({ ...decision, defendant: defendant.label, ...countCells(c) })),
        ...optional,
        ...(c.note === undefined ? {} : { count_note: c.note }),
      })),
    );
  });
}

/**
 * Writes a case through the importer (as one JSON file) and returns its ids. Its case numbers are its tag's, so
 * no other test's rows are touched; a case the importer refuses throws its `ImportRejectedError`.
 */
export async function aCase(db: DataSource, spec: CaseSpec = {}): Promise<WrittenCase> {
  const tag = spec.tag ?? uniqueTag();
  const rows = caseRows(spec, tag);
  await new ImportService(unitOfWork(db)).importFile(JSON.stringify(rows), 'json');
  const caseNumbers = [...new Set(rows.map((r) => r.case_number!))];
  const written: {
    decision: string;
    case_number: string;
    defendant: string;
    label: string;
    count: string;
  }[] = await db.query(
    `SELECT d.id AS decision, d.case_number, df.id AS defendant, df.label, c.id AS count
         FROM decision d JOIN defendant df ON df.decision_id = d.id
         JOIN criminal_count c ON c.defendant_id = df.id
        WHERE d.case_number = ANY($1) ORDER BY c.seq`,
    [caseNumbers],
  );
  return {
    tag,
    decisions: caseNumbers.map((caseNumber) => {
      const own = written.filter((w) => w.case_number === caseNumber);
      const labels = [...new Set(rows.filter((r) => r.case_number === caseNumber).map((r) => r.defendant!))];
      return {
        id: own[0].decision,
        caseNumber,
        court: rows.find((r) => r.case_number === caseNumber)!.court!,
        defendants: labels.map((label) => {
          const counts = own.filter((w) => w.label === label);
          return { id: counts[0].defendant, label, counts: counts.map((w) => ({ id: w.count })) };
        }),
      };
    }),
  };
}
