import { SingleBar, Presets } from 'cli-progress';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { openDatabase } from '../app/database';
import { unitOfWork } from '../db/unit-of-work';
import { ImportRejectedError, ImportService, type ImportSource } from '../import/import.service';
import { runCli } from './run';

const USAGE = 'Usage: npm run import -- FILE.csv|FILE.json [FILE …]\n';

/**
 * `npm run import -- FILE [FILE …]`: CSV or JSON files of counts, in the order given, each imported whole or not at
 * all. Stops at the first file rejected; the files before it stay imported.
 */
async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const sources: ImportSource[] = [];
  for (const file of files) {
    const ext = extname(file).toLowerCase();
    if (ext !== '.csv' && ext !== '.json') {
      process.stderr.write(`${file}: the file must end in .csv or .json\n${USAGE}`);
      return 2;
    }
    try {
      accessSync(file, constants.R_OK);
    } catch {
      process.stderr.write(`${file}: no such file, or not readable\n`);
      return 2;
    }
    sources.push({ name: file, format: ext === '.csv' ? 'csv' : 'json', read: () => readFile(file) });
  }
  const database = await openDatabase();
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: '{file} {bar} {value}/{total} decisions' }, Presets.shades_classic)
    : null;
  let imported = 0;
  try {
    await new ImportService(unitOfWork(database.dataSource)).importFiles(sources, {
      decisions(done, total, file) {
        if (!bar?.isActive) bar?.start(total, 0, { file });
        bar?.update(done, { file });
      },
      imported(file, summary) {
        bar?.stop();
        imported++;
        const { created, updated, unchanged } = summary.decisions;
        process.stdout.write(
          `${file}: ${summary.rows} rows; decisions ${created} created, ${updated} updated, ${unchanged} unchanged; ` +
            `${summary.counts} counts written.\n`,
        );
      },
    });
    return 0;
  } catch (e) {
    bar?.stop();
    if (!(e instanceof ImportRejectedError)) throw e;
    process.stderr.write(`${e.file}: rejected, nothing of it was imported.\n`);
    for (const p of e.problems) process.stderr.write(`  line ${p.line}: ${p.reason}\n`);
    const after = files.length - imported - 1;
    if (imported || after) {
      process.stderr.write(
        `${imported} file(s) before it imported; ${after} after it not attempted (importing them all again skips ` +
          `what is already in).\n`,
      );
    }
    return 1;
  } finally {
    await database.close();
  }
}

runCli('import', () => main(process.argv.slice(2)));
