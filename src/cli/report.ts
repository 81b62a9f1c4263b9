import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { ComplianceService, type FindingFilterInput } from '../compliance/compliance.service';
import { toCsv, toMarkdown } from '../compliance/report.format';
import { CourtRepository } from '../courts/court.repository';
import { CourtService } from '../courts/court.service';
import { openDatabase } from '../db/database';
import { runCli } from './run';
import { LawRepository } from '../law/law.repository';
import { LawService } from '../law/law.service';

const USAGE =
  'Usage: npm run report -- --year 2016 [--court NAME] [--provision CITATION] [--include-synthetic] --format csv|md [--out FILE]';

/** `npm run report`: the findings of a year (or years) for a monitor's report, as CSV or Markdown. */
async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      year: { type: 'string' },
      'year-from': { type: 'string' },
      'year-to': { type: 'string' },
      court: { type: 'string' },
      provision: { type: 'string' },
      'include-synthetic': { type: 'boolean', default: false },
      // The default since synthetic records became opt-in; still accepted so existing scripts keep working.
      'exclude-synthetic': { type: 'boolean', default: false },
      format: { type: 'string', default: 'md' },
      out: { type: 'string' },
    },
  });
  const year = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const yearFrom = year(values.year ?? values['year-from']);
  const yearTo = year(values.year ?? values['year-to']);
  if (
    [yearFrom, yearTo].some((y) => y !== undefined && !Number.isInteger(y)) ||
    !['csv', 'md'].includes(values.format!)
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const filter: FindingFilterInput = {
    yearFrom,
    yearTo,
    court: values.court,
    provision: values.provision,
    provenance: values['include-synthetic'] ? undefined : ['OFFICIAL', 'REPORTED'],
  };
  const database = await openDatabase();
  try {
    const law = new LawService(new LawRepository(database.dataSource));
    const courts = new CourtService(new CourtRepository(database.dataSource));
    const { rows, summary } = await new ComplianceService(database.dataSource, courts, law).report(filter);
    const scope = [
      values.year ?? `${values['year-from'] ?? '…'}–${values['year-to'] ?? '…'}`,
      values.court,
      values.provision,
    ]
      .filter(Boolean)
      .join(', ');
    const text =
      values.format === 'csv' ? toCsv(rows) : toMarkdown(`Sentencing compliance: ${scope}`, rows, summary);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    return 0;
  } finally {
    await database.close();
  }
}

runCli('report', () => main(process.argv.slice(2)));
