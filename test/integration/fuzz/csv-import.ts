/**
 * What importing a generated CSV file must do: a file with a certain defect is rejected, naming every defective
 * row's line and no other, and writes nothing; a valid one is imported whole with the summary it should have, and
 * importing it again changes nothing. CSV bugs the fuzz found are listed with the same file written without their
 * trigger, which must then import as it should.
 */
import type { DataSource } from 'typeorm';
import type { ImportSummary } from '../../../src/import/import.model';
import { ImportRejectedError, type ImportService } from '../../../src/import/import.service';
import { uniqueTag } from '../factories';
import { recordKnownBug, type Stats } from './counts';
import { renderCsv, type CsvFile, type Defect } from './csv-files';
import { clip } from './send';

/** Where a file is imported, and what is counted and remembered of it. */
export interface ImportRun {
  importer: ImportService;
  db: DataSource;
  stats: Stats;
  /** Each file's case numbers start with a tag of its own, added here. */
  importTags: string[];
}

const tagCounts = async (db: DataSource, tag: string) => {
  const [row] = await db.query(
    `SELECT count(DISTINCT d.id)::int AS decisions, count(c.id)::int AS counts
       FROM decision d LEFT JOIN criminal_count c ON c.decision_id = d.id WHERE d.case_number LIKE $1`,
    [`${tag}-%`],
  );
  return row as { decisions: number; counts: number };
};

/** What importing one generated file must do; returns the problems with it (none when it behaved). */
async function importProblems(run: ImportRun, file: CsvFile): Promise<string[]> {
  const { importer, db, stats } = run;
  const tag = uniqueTag();
  run.importTags.push(tag);
  const csv = renderCsv(file, tag);
  const lines = file.shape === 'header only' ? [] : file.lines;
  const defects = new Set(lines.map((l) => l.defect));
  const mustReject =
    file.shape !== 'rows' ||
    file.headerDefect !== 'none' ||
    ['certain', 'cells', 'quote'].some((d) => defects.has(d as Defect));
  const mayReject = mustReject || defects.has('maybe');
  const problems: string[] = [];
  let summary: ImportSummary | null = null;
  try {
    summary = await importer.importFile(csv.content, 'csv');
  } catch (e) {
    if (!(e instanceof ImportRejectedError)) return [`threw ${(e as Error).stack ?? String(e)}`];
    stats.csv.rejected++;
    if (!mayReject) problems.push(`a valid file was rejected: ${JSON.stringify(e.problems)}`);
    if (e.problems.length === 0) problems.push('rejected without naming a problem');
    for (const p of e.problems) {
      if (!(p.line >= 1 && p.line <= Math.max(1, csv.lineCount))) {
        problems.push(`names line ${p.line}, the file has ${csv.lineCount}: ${p.reason}`);
      }
    }
    // Which lines must be named: the header's; else rows whose cells do not fit (those hide the others); else every
    // row with a defect. No other line may be named.
    const named = new Set(e.problems.map((p) => p.line));
    const rowsWith = (ds: Defect[]) =>
      lines.flatMap((l, i) => (ds.includes(l.defect) ? [csv.startLines[i]] : []));
    if (file.shape === 'rows' && file.headerDefect === 'none' && !defects.has('quote')) {
      const structural = rowsWith(['cells']);
      const expected = structural.length ? structural : rowsWith(['certain']);
      const allowed = new Set(structural.length ? structural : rowsWith(['certain', 'maybe']));
      const missing = expected.filter((l) => !named.has(l));
      const stray = [...named].filter((l) => !allowed.has(l));
      if (missing.length) problems.push(`rows with a defect at lines ${missing} are not named`);
      if (stray.length) problems.push(`lines ${stray} are named but hold no defect`);
    }
    if (file.headerDefect !== 'none' && !defects.has('quote') && [...named].some((l) => l !== 1)) {
      problems.push('a header defect not on line 1');
    }
    const left = await tagCounts(db, tag);
    if (left.decisions || left.counts) problems.push(`a rejected file left ${JSON.stringify(left)} behind`);
    return problems.map((p) => `${p}\n  problems: ${clip(JSON.stringify(e.problems), 600)}`);
  }
  stats.csv.accepted++;
  if (mustReject) problems.push('a file with a certain defect was accepted');
  const decisions = new Set(lines.map((l) => l.suffix)).size;
  const expected = {
    rows: csv.rows,
    decisions: { created: decisions, updated: 0, unchanged: 0 },
    counts: csv.rows,
  };
  if (JSON.stringify(summary) !== JSON.stringify(expected)) {
    problems.push(`summary ${JSON.stringify(summary)}, expected ${JSON.stringify(expected)}`);
  }
  const written = await tagCounts(db, tag);
  if (written.decisions !== decisions || written.counts !== csv.rows) {
    problems.push(`wrote ${JSON.stringify(written)} for ${decisions} decisions of ${csv.rows} rows`);
  }
  const again = await importer.importFile(csv.content, 'csv').catch((e: Error) => e);
  const unchanged = {
    rows: csv.rows,
    decisions: { created: 0, updated: 0, unchanged: decisions },
    counts: 0,
  };
  if (JSON.stringify(again) !== JSON.stringify(unchanged)) {
    problems.push(
      `importing it again gave ${again instanceof Error ? again.message : JSON.stringify(again)}`,
    );
  }
  if (JSON.stringify(await tagCounts(db, tag)) !== JSON.stringify(written))
    problems.push('importing it again wrote');
  return problems;
}

/** CSV bugs the fuzz found, with the same file written without the trigger. */
export interface KnownCsvBug {
  id: string;
  description: string;
  applies(file: CsvFile): boolean;
  without(file: CsvFile): CsvFile;
}
const withoutCrlfInCells = (file: CsvFile): CsvFile => ({
  ...file,
  lines: file.lines.map((l) => ({
    ...l,
    cells: Object.fromEntries(Object.entries(l.cells).map(([k, v]) => [k, v.replaceAll('\r\n', '\n')])),
  })),
});
export const KNOWN_CSV_BUGS: KnownCsvBug[] = [
  {
    id: 'csv-blank-line-numbers',
    description:
      'A problem on the row right after one or more empty lines was reported on the first empty line, not on ' +
      "the row (a row's line was taken as the previous record's last line plus one, while csv-parse skipped " +
      'empty lines), e.g. header, a valid row, an empty line, then a row with decision_date 2016-02-30 on ' +
      'line 4: the problem named line 3.',
    applies: (file) => file.blankBefore.length > 0 || file.lines.some((l) => l.blanksBefore > 0),
    without: (file) => ({
      ...file,
      blankBefore: [],
      lines: file.lines.map((l) => ({ ...l, blanksBefore: 0 })),
    }),
  },
  {
    id: 'csv-crlf-in-quoted-cell',
    description:
      'A quoted CSV cell holding a CR LF line break (as spreadsheets on Windows write a multi-line cell) ' +
      'counted as two lines: every problem on a later row named the line after the right one, and a problem on ' +
      'the last row named a line the file does not have (csv-parse counts CR and LF apart inside quotes).',
    applies: (file) => file.lines.some((l) => Object.values(l.cells).some((v) => v.includes('\r\n'))),
    without: withoutCrlfInCells,
  },
];

/** Imports a file and returns its problems; a failure that known CSV bugs explain is counted and cleared. */
export async function checkImport(run: ImportRun, file: CsvFile): Promise<string[]> {
  run.stats.csv.files++;
  run.stats.csv.rows += file.shape === 'rows' ? file.lines.length : 0;
  const problems = await importProblems(run, file);
  if (problems.length === 0) return [];
  // The same file without the known bugs' triggers must then import as it should.
  const bugs = KNOWN_CSV_BUGS.filter((b) => b.applies(file));
  if (bugs.length) {
    run.stats.csv.resent++;
    const again = await importProblems(
      run,
      bugs.reduce((f, b) => b.without(f), file),
    );
    if (again.length === 0) {
      for (const b of bugs) recordKnownBug(run.stats, b.id, problems.join('\n'));
      return [];
    }
  }
  return problems;
}
