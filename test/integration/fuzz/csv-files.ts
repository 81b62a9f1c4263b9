/**
 * CSV files for the importer: valid rows with random valid variations (court aliases in three languages, quoted
 * texts, optional columns, shuffled headers, a BOM, CRLF, empty lines), and corrupted ones (a certain defect by
 * column, a sentence out of range, a hostile or wrongly typed cell, too few or too many cells, a stray quote, a
 * defect in the header). `csvFileArb` draws a file; `renderCsv` writes it with its case numbers under a tag.
 */
import fc from 'fast-check';
import { CSV_HEADER } from '../../../src/import/import.rows';
import { CIRCUMSTANCES } from '../../../src/law/law.model';
import { countRow, type CsvRow } from '../factories';
import { dayArb, hostileStringArb, isoDay, rarely, weighted, wrongTypeArb, type Value } from './values';

/** Courts by some of their names and aliases, in the three languages (spelling and diacritics vary). */
const COURT_ALIASES = [
  [
    'Basic Court of Pristina',
    'basic court of pristina',
    'Gjykata Themelore në Prishtinë',
    'Osnovni sud u Prištini',
    'Основни суд у Приштини',
  ],
  ['Basic Court Prizren', 'Gjykata Themelore ne Prizren', 'Osnovni sud Prizren'],
  ['Basic Court Peja', 'Gjykata Themelore në Pejë', 'Osnovni sud u Peći'],
  ['Okruzni sud u Prizrenu', 'District Court Prizren', 'Gjykata e Qarkut në Prizren'],
  ['Court of Appeals of Kosovo', 'Gjykata e Apelit në Prishtinë', 'Apelacioni sud Kosova'],
  ['Supreme Court', 'Vrhovni sud', 'Gjykata Supreme e Kosovës'],
];
const VALID_CITATIONS = [
  'CCK Art. 171',
  'neni 139 KPPK',
  'PCCK Art. 139',
  'CC 06/L-074 Art. 165',
  'PCCK 139',
];
const LABELS = ['A.B.', 'C.D.', 'D-017', 'X.Y.Z.', 'K-9'];
/** Texts that need quoting: quotes, commas, newlines, other scripts. */
const TEXTS = [
  'He said "no", then left.',
  'line one\nline two',
  'Gjykata: "Po"; vendimi\r\nështë i formës së prerë',
  'Трговина људима, члан 171',
  ' padded ',
  'comma, separated, cells',
  '""',
  'ends with a quote"',
];
const textArb = weighted(
  [3, fc.constantFrom(...TEXTS)],
  [
    1,
    fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000') && !s.includes('\r')),
  ],
);
const amountArb = (max: number) =>
  weighted(
    [3, fc.integer({ min: 0, max }).map(String)],
    [
      1,
      fc
        .tuple(fc.integer({ min: 0, max: max - 1 }), fc.integer({ min: 0, max: 99 }))
        .map(([a, b]) => `${a}.${b}`),
    ],
  );
const minusDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) - n * 86_400_000));

/** The cells of one count, valid by construction; `court` is one of the decision's court's names. */
const countCellsArb = (decision: CsvRow, court: string[]) =>
  fc
    .record({
      court: fc.constantFrom(...court),
      defendant: fc.constantFrom(...LABELS),
      offenceDaysBefore: fc.option(fc.integer({ min: 0, max: 4_000 }), { nil: null }),
      charged: fc.constantFrom('', ...VALID_CITATIONS),
      verdict: fc.constantFrom('CONVICTED', 'CONVICTED', 'ACQUITTED', 'DISMISSED', ''),
      convicted: fc.constantFrom('', ...VALID_CITATIONS),
      months: fc.option(amountArb(1_200), { nil: '' }),
      suspended: fc.constantFrom('true', 'false', ''),
      fine: fc.option(amountArb(100_000), { nil: '' }),
      circumstances: fc
        .tuple(fc.subarray([...CIRCUMSTANCES]), fc.constantFrom(';', ' ; '))
        .map(([c, sep]) => c.join(sep)),
      mitigation: fc.constantFrom('true', 'false', ''),
      note: fc.option(textArb, { nil: '' }),
    })
    .map((c): CsvRow => {
      const convicted = c.verdict === 'CONVICTED';
      return countRow({
        ...decision,
        court: c.court,
        defendant: c.defendant,
        offence_date:
          c.offenceDaysBefore === null ? '' : minusDays(decision.decision_date!, c.offenceDaysBefore),
        charged_provision: c.charged,
        verdict: c.verdict,
        convicted_provision: convicted ? c.convicted : '',
        imprisonment_months: convicted ? c.months : '',
        suspended: convicted && c.months !== '' ? c.suspended : '',
        fine_eur: convicted ? c.fine : '',
        circumstances: c.circumstances,
        mitigation_cited: c.mitigation,
        count_note: c.note,
      } as CsvRow);
    });

const decisionArb = fc
  .record({
    court: fc.constantFrom(...COURT_ALIASES),
    decision_date: dayArb('2001-01-01', '2025-12-31'),
    decision_type: fc.constantFrom('FIRST_INSTANCE', 'APPEAL', 'SUPREME'),
    final: fc.constantFrom('true', 'false', ''),
    provenance: fc.constantFrom('OFFICIAL', 'REPORTED', 'SYNTHETIC'),
    source_url: fc.constantFrom('', 'https://example.org/a?b=c,d', 'http://example.org/"q"'),
    summary: fc.option(textArb, { nil: '' }),
    language: fc.constantFrom('sq', 'sr', 'en', ''),
    decision_date_precision: fc.constantFrom('DAY', 'MONTH', 'YEAR', ''),
    counts: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ court, counts, ...decision }) =>
    fc.array(countCellsArb(decision as CsvRow, court), { minLength: counts, maxLength: counts }),
  );

/** A defect that makes the row invalid for certain, by column and value. */
const CERTAIN_DEFECTS: [string, string[]][] = [
  ['decision_date', ['2015-02-30', '2016-13-01', '16/06/2016', '', '2016-6-15']],
  ['court', ['Court of Atlantis', '']],
  ['verdict', ['GUILTY', 'convicted']],
  ['defendant', ['Arben Gashi', 'A.B', 'ab']],
  ['final', ['yes', 'TRUE', '1']],
  ['decision_type', ['TRIAL', '']],
  ['provenance', ['FAKE', '']],
  ['charged_provision', ['CCK Art. 9999', 'the trafficking law']],
  ['circumstances', ['VICTIM_ADULT', 'VICTIM_CHILD;SOMETHING']],
  ['source_url', ['ftp://example.org', 'example.org']],
  ['case_number', ['']],
];
const SENTENCE_DEFECTS: [string, string][] = [
  ['imprisonment_months', '-5'],
  ['imprisonment_months', '12.345'],
  ['imprisonment_months', '1201'],
  ['imprisonment_months', 'abc'],
  ['fine_eur', '-0.5'],
  ['fine_eur', '1e3'],
];

export type Defect = 'none' | 'certain' | 'maybe' | 'cells' | 'quote';
export interface CsvLine {
  cells: Record<string, string>;
  /** A case number of the file's own, `<tag>-<suffix>`; null leaves the cell as it is. */
  suffix: string;
  defect: Defect;
  /** For `cells`: cells to drop (negative) or add (positive). */
  cellDelta: number;
  /** Empty lines written before the row. */
  blanksBefore: number;
}
export interface CsvFile {
  lines: CsvLine[];
  extraColumns: string[];
  shuffle: number[] | null;
  headerDefect: 'none' | 'missing' | 'unknown' | 'repeated';
  shape: 'rows' | 'empty' | 'header only';
  bom: boolean;
  eol: '\n' | '\r\n';
  /** An empty line before each of these rows (as well as the rows' own). */
  blankBefore: number[];
  finalEol: boolean;
}

const corruptedLineArb: fc.Arbitrary<CsvLine> = fc
  .tuple(
    decisionArb.map((rows) => rows[0]),
    fc.nat(),
    weighted([5, fc.constant(0)], [1, fc.integer({ min: 1, max: 2 })]),
  )
  .chain(([row, n, blanksBefore]) =>
    weighted<Omit<CsvLine, 'blanksBefore'>>(
      [
        4,
        fc.constantFrom(...CERTAIN_DEFECTS).chain(([column, values]) =>
          fc.constantFrom(...values).map((value) => ({
            cells: { ...(row as Record<string, string>), [column]: value },
            suffix: `c${n}`,
            defect: 'certain' as const,
            cellDelta: 0,
          })),
        ),
      ],
      [
        2,
        fc.constantFrom(...SENTENCE_DEFECTS).map(([column, value]) => ({
          cells: {
            ...(row as Record<string, string>),
            verdict: 'CONVICTED',
            convicted_provision: '',
            [column]: value,
          },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        })),
      ],
      [
        1,
        fc.constant({
          cells: { ...(row as Record<string, string>), verdict: 'ACQUITTED', imprisonment_months: '12' },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        }),
      ],
      [
        1,
        fc.constant({
          cells: { ...(row as Record<string, string>), offence_date: minusDays(row.decision_date!, -30) },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        }),
      ],
      [
        3,
        fc
          .tuple(
            fc.constantFrom(...CSV_HEADER.filter((h) => h !== 'case_number')),
            weighted<Value>([1, hostileStringArb], [1, wrongTypeArb]),
          )
          .map(([column, value]) => ({
            cells: {
              ...(row as Record<string, string>),
              [column]: typeof value === 'string' ? value : JSON.stringify(value),
            },
            suffix: `m${n}`,
            defect: 'maybe' as const,
            cellDelta: 0,
          })),
      ],
      [
        2,
        fc.oneof(fc.integer({ min: -16, max: -1 }), fc.integer({ min: 1, max: 3 })).map((cellDelta) => ({
          cells: row as Record<string, string>,
          suffix: `s${n}`,
          defect: 'cells' as const,
          cellDelta,
        })),
      ],
      [
        1,
        fc.constant({
          cells: row as Record<string, string>,
          suffix: `q${n}`,
          defect: 'quote' as const,
          cellDelta: 0,
        }),
      ],
    ).map((l) => ({ ...l, blanksBefore })),
  );

const OPTIONAL_IN_FILES = ['summary', 'language', 'decision_date_precision', 'count_note'];

export const csvFileArb: fc.Arbitrary<CsvFile> = fc.record({
  lines: fc
    .tuple(
      fc.array(decisionArb, { minLength: 1, maxLength: 4 }),
      weighted(
        [3, fc.constant([] as CsvLine[])],
        [2, fc.array(corruptedLineArb, { minLength: 1, maxLength: 3 })],
      ),
      fc.boolean(),
    )
    .map(([decisions, corrupted, interleave]) => {
      const valid = decisions.flatMap((rows, d) =>
        rows.map((cells) => ({
          cells: cells as Record<string, string>,
          suffix: `v${d}`,
          defect: 'none' as const,
          cellDelta: 0,
          blanksBefore: 0,
        })),
      );
      // Each corrupted row is a decision of its own, so its defect cannot spill over to valid rows.
      const own = corrupted.map((l, i) => ({ ...l, suffix: `${l.suffix}x${i}` }));
      if (!interleave) return [...valid, ...own];
      const all: CsvLine[] = [...valid];
      own.forEach((l, i) => all.splice((i * 7) % (all.length + 1), 0, l));
      return all;
    }),
  extraColumns: fc.subarray(OPTIONAL_IN_FILES),
  shuffle: rarely(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), 3),
  headerDefect: weighted(
    [30, fc.constant('none' as const)],
    [1, fc.constantFrom('missing' as const, 'unknown' as const, 'repeated' as const)],
  ),
  shape: weighted(
    [30, fc.constant('rows' as const)],
    [1, fc.constant('empty' as const)],
    [1, fc.constant('header only' as const)],
  ),
  bom: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  blankBefore: weighted(
    [4, fc.constant([])],
    [1, fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 2 })],
  ),
  finalEol: fc.boolean(),
});

const quoteCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lineBreaks = (s: string) => (s.match(/\r\n|\n|\r/g) ?? []).length;

export interface RenderedCsv {
  content: string;
  /** The line each data row starts on, as an editor numbers lines (CRLF is one break). */
  startLines: number[];
  lineCount: number;
  rows: number;
}

export function renderCsv(file: CsvFile, tag: string): RenderedCsv {
  let header: string[] = [...CSV_HEADER, ...file.extraColumns];
  if (file.shuffle) {
    const keys = new Map(header.map((h, i) => [h, file.shuffle![i % 8] * 100 + i]));
    header = [...header].sort((a, b) => keys.get(a)! - keys.get(b)!);
  }
  const columns = [...header];
  if (file.headerDefect === 'missing') header = header.filter((h) => h !== 'verdict');
  if (file.headerDefect === 'unknown') header = [...header, 'judge_name'];
  if (file.headerDefect === 'repeated') header = [...header, 'court'];
  const out: string[] = [];
  const startLines: number[] = [];
  let line = 1;
  const push = (text: string) => {
    out.push(text);
    line += lineBreaks(text);
  };
  if (file.shape === 'empty')
    return { content: file.bom ? '\ufeff' : '', startLines: [], lineCount: 0, rows: 0 };
  push(header.join(',') + file.eol);
  const lines = file.shape === 'header only' ? [] : file.lines;
  lines.forEach((l, i) => {
    const cells: Record<string, string> = {
      ...l.cells,
      case_number: l.cells.case_number === '' ? '' : `${tag}-${l.suffix}`,
    };
    let values = columns.map((h) => cells[h] ?? '');
    if (l.cellDelta < 0) values = values.slice(0, Math.max(1, values.length + l.cellDelta));
    // A lone empty cell is an empty line, which the reader skips: keep the short row visible.
    if (values.length === 1 && values[0] === '') values = ['x'];
    if (l.cellDelta > 0) values = [...values, ...Array.from({ length: l.cellDelta }, () => 'extra')];
    for (let k = 0; k < l.blanksBefore + file.blankBefore.filter((b) => b === i).length; k++) push(file.eol);
    startLines.push(line);
    let text = values.map(quoteCell).join(',');
    if (l.defect === 'quote') text = `x"y,${text}`;
    push(text + (i < lines.length - 1 || file.finalEol ? file.eol : ''));
  });
  const content = (file.bom ? '\ufeff' : '') + out.join('');
  const lineCount = lineBreaks(content) + (content.length && !/(\r\n|\n|\r)$/.test(content) ? 1 : 0);
  return { content, startLines, lineCount, rows: lines.length };
}
