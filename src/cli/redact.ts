import { openDatabase } from '../db/database';
import { unitOfWork } from '../db/unit-of-work';
import { redactEveryDecision } from '../privacy/protection.service';

/**
 * `npm run redact`: redacts the stored public fields of every decision that protects a name again, with the present
 * redaction (run it after an upgrade that improves the redaction; `npm run indexer`, or the service, then brings
 * the search indexes up to date through the outbox). Idempotent.
 */
async function main() {
  const database = await openDatabase();
  try {
    const { read, changed } = await redactEveryDecision(unitOfWork(database.dataSource), (done, total) => {
      if (process.stdout.isTTY) process.stdout.write(`\r${done}/${total} decisions`);
    });
    process.stdout.write(`\n${read} decisions with protected names read, ${changed} redacted further.\n`);
  } finally {
    await database.close();
  }
}

main().catch((e) => {
  process.stderr.write(`Redaction failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
