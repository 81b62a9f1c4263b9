import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { finished } from 'node:stream/promises';
import { HEADER, TRAILER, type CopyTarget } from './copy-rows';
import type { Db } from './unit-of-work';

export * from './copy-rows';

/**
 * Loads rows (`copyRows`) into their table with `COPY … FROM STDIN (FORMAT binary)`, on the connection of the
 * caller's transaction: COPY writes like an INSERT (constraints, triggers and their transition tables, foreign
 * keys), so a failure rolls back with the rest of the transaction.
 */
export async function copyInto(db: Db, target: CopyTarget, rows: Buffer | readonly Buffer[]): Promise<void> {
  const chunks = (Array.isArray(rows) ? rows : [rows]).filter((chunk) => chunk.length > 0);
  if (chunks.length === 0) return;
  const runner = 'queryRunner' in db ? db.queryRunner : undefined;
  if (!runner?.isTransactionActive) throw new Error(`COPY into ${target.table} needs a transaction`);
  const client = (await runner.connect()) as PoolClient;
  const columns = target.columns.map(([column]) => column).join(', ');
  const stream = client.query(copyFrom(`COPY ${target.table} (${columns}) FROM STDIN (FORMAT binary)`));
  stream.write(HEADER);
  for (const chunk of chunks) stream.write(chunk);
  stream.end(TRAILER);
  await finished(stream);
}
