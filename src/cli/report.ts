import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import type { FindingFilterInput } from '../compliance/compliance.service';
import { FiguresService } from '../compliance/figures.service';
import { toCsv, toMarkdown } from '../compliance/report.format';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { openDatabase } from '../db/database';
import { reportLanguage, reportTemplate, reportYears, writeReport } from '../reports/report-request';
import { runCli } from './run';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';

const USAGE = [
  'Usage: npm run report -- --year 2016 [--court NAME] [--provision CITATION] [--chain] [--final-only]',
  '                         [--include-synthetic] --format csv|md [--out FILE]',
  '       npm run report -- --template tip|bands|types --year 2016 [--court NAME] [--provision CITATION]',
  '                         [--lang en|sq|sr] [--final-only] [--include-synthetic] [--out FILE]',
].join('\n');

const YEAR = /^\d{4}$/;

/**
 * `npm run report`: the findings of a year (or years) for a monitor's report, as CSV or Markdown; or one of the
 * report templates (`--template`), in English, Albanian or Serbian.
 */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      year: { type: 'string' },
      'year-from': { type: 'string' },
      'year-to': { type: 'string' },
      court: { type: 'string' },
      provision: { type: 'string' },
      chain: { type: 'boolean', default: false },
      'final-only': { type: 'boolean', default: false },
      'include-synthetic': { type: 'boolean', default: false },
      // The default since synthetic records became opt-in; still accepted so existing scripts keep working.
      'exclude-synthetic': { type: 'boolean', default: false },
      format: { type: 'string' },
      template: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const years = [values.year, values['year-from'], values['year-to']];
  const format = values.format ?? 'md';
  if (
    years.some((y) => y !== undefined && !YEAR.test(y)) ||
    !['csv', 'md'].includes(format) ||
    (values.template !== undefined && format !== 'md') ||
    (values.template === undefined && values.lang !== undefined)
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const year = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const template = values.template === undefined ? null : reportTemplate(values.template);
  const language = reportLanguage(values.lang);
  const database = await openDatabase();
  try {
    const law = new LawService(new LawRepository(database.dataSource));
    const courts = new CourtService(new CourtRepository(database.dataSource));
    const figures = new FiguresService(database.dataSource, courts, law);
    let text: string;
    if (template) {
      const period = reportYears(year(values.year), year(values['year-from']), year(values['year-to']));
      text = (
        await writeReport(figures, template, language, {
          ...period,
          court: values.court,
          provision: values.provision,
          finalOnly: values['final-only']!,
          includeSynthetic: values['include-synthetic']!,
        })
      ).text;
    } else {
      const filter: FindingFilterInput = {
        yearFrom: year(values.year ?? values['year-from']),
        yearTo: year(values.year ?? values['year-to']),
        court: values.court,
        provision: values.provision,
        provenance: values['include-synthetic'] ? undefined : ['OFFICIAL', 'REPORTED'],
      };
      const { rows, summary, dataVersion } = await figures.findingsExport(filter, {
        chain: values.chain,
        finalOnly: values['final-only'],
      });
      const scope = [
        values.year ?? `${values['year-from'] ?? '…'}–${values['year-to'] ?? '…'}`,
        values.court,
        values.provision,
      ]
        .filter(Boolean)
        .join(', ');
      text =
        format === 'csv'
          ? toCsv(rows, dataVersion)
          : toMarkdown(`Sentencing compliance: ${scope}`, rows, summary, dataVersion);
    }
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    return 0;
  } finally {
    await database.close();
  }
}

runCli('report', () => main(process.argv.slice(2)));
