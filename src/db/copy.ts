import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { finished } from 'node:stream/promises';
import type { Db } from './unit-of-work';

/** A column value as `copyText` writes it: text arrays for `text[]` columns. */
export type CopyValue = string | number | boolean | null | readonly string[];

const SPECIAL = /[\\\n\r\t]/;
const SPECIALS = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const escapeText = (s: string) => (SPECIAL.test(s) ? s.replace(SPECIALS, (c) => ESCAPES[c]) : s);

/** An array literal (`{"a","b"}`), each element quoted. */
const arrayLiteral = (items: readonly string[]) =>
  `{${items.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`COPY: ${value} is not a finite number`);
    return String(value);
  }
  return escapeText(arrayLiteral(value));
}

/**
 * Rows in the text format of PostgreSQL's COPY: tab-separated, `\N` for null, backslash escapes for the characters
 * the format reserves. Cheaper for the server to read than a JSON document of the same rows (no JSON lexing, no
 * copy of each value out of the document).
 */
export function copyText(rows: Iterable<readonly CopyValue[]>): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map(field).join('\t'));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * Loads rows (`copyText`) into a table with `COPY … FROM STDIN`, on the connection of the caller's transaction:
 * COPY writes like an INSERT (constraints, triggers and their transition tables, foreign keys), so a failure rolls
 * back with the rest of the transaction.
 */
export async function copyInto(
  db: Db,
  table: string,
  columns: readonly string[],
  text: string,
): Promise<void> {
  if (!text) return;
  const runner = 'queryRunner' in db ? db.queryRunner : undefined;
  if (!runner?.isTransactionActive) throw new Error(`COPY into ${table} needs a transaction`);
  const client = (await runner.connect()) as PoolClient;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  stream.end(Buffer.from(text));
  await finished(stream);
}
