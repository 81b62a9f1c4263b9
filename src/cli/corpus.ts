import { Presets, SingleBar } from 'cli-progress';
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { corpusChunks } from '../corpus/corpus';
import { openDatabase } from '../app/database';
import { unitOfWork } from '../db/unit-of-work';
import { ImportService } from '../import/import.service';
import { runCli } from './run';

/**
 * `npm run corpus -- --decisions N --seed S [--chunk 2000] [--out FILE.json]`: a deterministic synthetic corpus,
 * imported chunk by chunk (each chunk one transaction), or written as an import file.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      decisions: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      chunk: { type: 'string', default: '2000' },
      out: { type: 'string' },
    },
  });
  const options = { decisions: Number(values.decisions), seed: Number(values.seed) };
  const chunk = Number(values.chunk);
  if (![options.decisions, options.seed, chunk].every((n) => Number.isInteger(n) && n > 0)) {
    process.stderr.write(
      'Usage: npm run corpus -- --decisions N --seed S [--chunk 2000] [--out FILE.json]\n',
    );
    process.exit(2);
  }
  const bar = process.stdout.isTTY
    ? new SingleBar({ format: 'Corpus {bar} {value}/{total} decisions' }, Presets.shades_classic)
    : null;
  bar?.start(options.decisions, 0);
  const started = Date.now();
  let decisions = 0;
  let counts = 0;
  if (values.out) {
    const out = createWriteStream(values.out);
    out.write('[\n');
    let first = true;
    for (const rows of corpusChunks(options, chunk)) {
      for (const row of rows) {
        out.write(`${first ? '' : ',\n'}${JSON.stringify(row)}`);
        first = false;
      }
      counts += rows.length;
      decisions = Math.min(options.decisions, decisions + chunk);
      bar?.update(decisions);
    }
    await new Promise<void>((resolve) => out.end('\n]\n', resolve));
  } else {
    const database = await openDatabase();
    try {
      // The import reads its files in order, one when the previous is being written: each read makes the next chunk.
      const chunks = corpusChunks(options, chunk);
      const files = Array.from({ length: Math.ceil(options.decisions / chunk) }, () => ({
        format: 'json' as const,
        read: () => JSON.stringify(chunks.next().value),
      }));
      await new ImportService(unitOfWork(database.dataSource)).importFiles(files, {
        imported(_file, summary) {
          counts += summary.counts;
          decisions = Math.min(options.decisions, decisions + chunk);
          bar?.update(decisions);
        },
      });
    } finally {
      await database.close();
    }
  }
  bar?.stop();
  const seconds = (Date.now() - started) / 1000;
  process.stdout.write(
    `${options.decisions} decisions, ${counts} counts ${values.out ? `written to ${values.out}` : 'imported'} in ` +
      `${seconds.toFixed(1)} s (${Math.round(counts / seconds)} counts/s).\n`,
  );
}

runCli('corpus', main);
