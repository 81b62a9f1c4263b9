import { refreshFindings } from '../compliance/compliance.service';
import { openDatabase } from '../app/database';
import { unitOfWork } from '../db/unit-of-work';
import { runCli } from './run';

/** `npm run findings:refresh`: recomputes every finding in one transaction (the repair path). */
async function main() {
  const database = await openDatabase();
  try {
    const started = Date.now();
    const count = await unitOfWork(database.dataSource).transaction((tx) => refreshFindings(tx, 'all'));
    process.stdout.write(
      `${count} findings recomputed in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
  } finally {
    await database.close();
  }
}

runCli('findings:refresh', main);
