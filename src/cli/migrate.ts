import { openDatabase } from '../app/database';
import { unitOfWork } from '../db/unit-of-work';
import { loadSeeds } from '../seeds/seed.loader';
import { runCli } from './run';

/** `npm run migrate`: applies pending migrations and the seeds, then exits (for deployments with DATABASE_URL). */
async function main() {
  const database = await openDatabase();
  try {
    const report = await loadSeeds(unitOfWork(database.dataSource));
    process.stdout.write(`${database.description}: migrated; seeds ${JSON.stringify(report)}\n`);
  } finally {
    await database.close();
  }
}

runCli('migrate', main);
