/** The monitors' export as CSV or Markdown: one row per finding, then a summary. Pure formatting. */
import { dataVersionCitation, dataVersionText, type DataVersion } from './data-version';
import type { ReportRow, StatsRow } from './finding.repository';

export const REPORT_COLUMNS = [
  'case_number',
  'court',
  'decision_date',
  'provision',
  'defendant',
  'imposed',
  'served_months',
  'applicable_provision',
  'applicable_minimum_months',
  'status',
  'reasons',
  'shortfall_months',
  'confidence',
  'provenance',
  'source_url',
  'data_version',
] as const;

/** "42 months", "18 months suspended", "fine 1,050 €", "24 months and fine 500 €"; empty when unknown. */
export function describeSentence(r: Pick<ReportRow, 'imprisonmentMonths' | 'suspended' | 'fineEur'>): string {
  const parts: string[] = [];
  if (r.imprisonmentMonths !== null && r.imprisonmentMonths > 0) {
    parts.push(`${r.imprisonmentMonths} months${r.suspended ? ' suspended' : ''}`);
  }
  if (r.fineEur !== null && r.fineEur > 0) parts.push(`fine ${r.fineEur.toLocaleString('en-GB')} €`);
  return parts.join(' and ');
}

const cells = (r: ReportRow, version: DataVersion): Record<(typeof REPORT_COLUMNS)[number], string> => ({
  case_number: r.caseNumber,
  court: r.court,
  decision_date: r.decisionDate,
  provision: r.convictedCitation ?? '',
  defendant: r.defendant,
  imposed: describeSentence(r),
  served_months: r.imposedMonths === null ? '' : String(r.imposedMonths),
  applicable_provision: r.applicableCitation ?? '',
  applicable_minimum_months: r.minimumMonths === null ? '' : String(r.minimumMonths),
  status: r.status,
  reasons: r.reasons.join(';'),
  shortfall_months: r.shortfallMonths === null ? '' : String(r.shortfallMonths),
  confidence: r.confidence,
  provenance: r.provenance,
  source_url: r.sourceUrl ?? '',
  data_version: dataVersionText(version),
});

/**
 * A cell a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+1`, `-1`, `@SUM(…)`, or one starting with a tab
 * or carriage return) gets a leading apostrophe and quotes, as OWASP recommends against CSV injection: it is shown
 * as the text it is, never run.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}
const percent = (part: number, total: number) =>
  total === 0 ? '0%' : `${((100 * part) / total).toFixed(1)}%`;

/** A byte-order mark first: without it Excel on Windows reads the UTF-8 as a legacy code page (€ and ë garbled). */
const BOM = '\uFEFF';

/**
 * One row per finding. The version of the data is a column of every row (`data_version`), not a line above the
 * header: the file stays a plain table that Excel, LibreOffice and CSV readers open as it is.
 */
export function toCsv(rows: ReportRow[], version: DataVersion): string {
  const lines = [BOM + REPORT_COLUMNS.join(',')];
  for (const r of rows) {
    const c = cells(r, version);
    lines.push(REPORT_COLUMNS.map((k) => csvCell(c[k])).join(','));
  }
  return lines.join('\n') + '\n';
}

export function summaryLines(s: StatsRow | undefined): string[][] {
  const total = s?.total ?? 0;
  return [
    ['Findings (convicted counts)', String(total)],
    ['Compliant', String(s?.compliant ?? 0)],
    ['Below the minimum', `${s?.belowMinimum ?? 0} (${percent(s?.belowMinimum ?? 0, total)})`],
    ['Above the maximum', String(s?.aboveMaximum ?? 0)],
    ['Undetermined', String(s?.undetermined ?? 0)],
    [
      'Median imprisonment served (months)',
      s?.medianImposedMonths == null ? '—' : String(s.medianImposedMonths),
    ],
    [
      'Median applicable minimum (months)',
      s?.medianMinimumMonths == null ? '—' : String(s.medianMinimumMonths),
    ],
  ];
}

const mdCell = (v: string) => v.replace(/\|/g, '\\|');

/** How the served months of the export are counted, said under every Markdown report. */
export const REPORT_COUNTING_RULES = [
  'One row per convicted count (a defendant convicted on two counts has two rows), of decisions at every stage: a count reviewed on appeal appears once for each decision.',
  'Months served: the term of imprisonment to serve. A suspended term counts as 0 months; a fine alone as 0 months; a fine beside a term changes neither. A term whose suspension is not recorded is read both ways, and the status stands only if both agree.',
  'Life imprisonment: a count cannot hold a life sentence in this service (terms are recorded in months); no decision held has one.',
  'Below the minimum: the months served (or a fine, where the law allows one instead of imprisonment) against the statutory range that applied to the count: the law of the offence date, or a later and more lenient law.',
];

export function toMarkdown(
  title: string,
  rows: ReportRow[],
  summary: StatsRow | undefined,
  version: DataVersion,
): string {
  const out = [
    `# ${title}`,
    '',
    '| Summary | |',
    '|---|---|',
    ...summaryLines(summary).map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
  const synthetic = rows.filter((r) => r.provenance === 'SYNTHETIC').length;
  if (synthetic > 0)
    out.push(`**${synthetic} of these rows come from SYNTHETIC example decisions: not evidence.**`, '');
  const unverified = rows.filter((r) => r.confidence === 'UNVERIFIED').length;
  if (unverified > 0) {
    out.push(
      `${unverified} finding(s) rest on an unverified range or date (confidence UNVERIFIED): check before citing.`,
      '',
    );
  }
  out.push(
    '| Case | Court | Date | Defendant | Provision | Imposed | Applicable minimum | Status | Reasons | Source |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    const c = cells(r, version);
    const minimum = c.applicable_minimum_months
      ? `${c.applicable_minimum_months} months (${c.applicable_provision})`
      : '—';
    out.push(
      `| ${[
        c.case_number,
        c.court,
        c.decision_date,
        c.defendant,
        c.provision || '—',
        c.imposed || '—',
        minimum,
        c.status,
        c.reasons.replace(/;/g, ', '),
        c.source_url || c.provenance,
      ]
        .map(mdCell)
        .join(' | ')} |`,
    );
  }
  out.push('', '## How these figures are counted', '', ...REPORT_COUNTING_RULES.map((rule) => `- ${rule}`));
  out.push('', `${dataVersionCitation(version)}.`);
  return out.join('\n') + '\n';
}
