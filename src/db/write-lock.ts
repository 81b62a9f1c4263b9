import type { Db } from './unit-of-work';

/** One key for every transaction that changes counts, decisions or the law (and so findings). */
const WRITE_LOCK_KEY = 7_214_001;

/**
 * Serialises findings refreshes: each recomputes findings from counts and law as its transaction sees them, so
 * two side by side would insert the same findings. Taken just before the refresh, whose work needs no other
 * connection, and held until the transaction ends; taking it twice is fine. What remains of a race with another
 * writer (a count deleted meanwhile) ends in a deadlock or a constraint error that the unit of work retries.
 */
export async function lockWrites(tx: Db): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1)`, [WRITE_LOCK_KEY]);
}
