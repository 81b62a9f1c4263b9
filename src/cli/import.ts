import { SingleBar, Presets } from 'cli-progress';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { openDatabase } from '../db/database';
import { unitOfWork } from '../db/unit-of-work';
import { ImportRejectedError, ImportService } from '../import/import.service';

/** `npm run import -- FILE`: a CSV or JSON file of counts, imported whole or not at all. */
async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('Usage: npm run import -- FILE.csv|FILE.json\n');
    return 2;
  }
  const ext = extname(file).toLowerCase();
  if (ext !== '.csv' && ext !== '.json') {
    process.stderr.write(`${file}: the file must end in .csv or .json\n`);
    return 2;
  }
  const content = readFileSync(file, 'utf8');
  const database = await openDatabase();
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: 'Importing {bar} {value}/{total} decisions' }, Presets.shades_classic)
    : null;
  try {
    const summary = await new ImportService(unitOfWork(database.dataSource)).importFile(
      content,
      ext === '.csv' ? 'csv' : 'json',
      (done, total) => {
        if (!bar?.isActive) bar?.start(total, 0);
        bar?.update(done);
      },
    );
    bar?.stop();
    const { created, updated, unchanged } = summary.decisions;
    process.stdout.write(
      `${file}: ${summary.rows} rows; decisions ${created} created, ${updated} updated, ${unchanged} unchanged; ` +
        `${summary.counts} counts written.\n`,
    );
    return 0;
  } catch (e) {
    bar?.stop();
    if (!(e instanceof ImportRejectedError)) throw e;
    process.stderr.write(`${file}: rejected, nothing was imported.\n`);
    for (const p of e.problems) process.stderr.write(`  line ${p.line}: ${p.reason}\n`);
    return 1;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`Import failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
