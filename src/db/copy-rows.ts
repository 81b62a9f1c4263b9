/**
 * Rows in the binary format of PostgreSQL's COPY, made without a connection (the import's worker thread makes them):
 * the format's header and trailer, and each value in its type's binary form. `copy.ts` sends them.
 */
import { nextTurn } from '../shared/next-turn';

/** The column types `copyRows` writes, in PostgreSQL's binary format. `json` is written as its text. */
export type CopyType = 'uuid' | 'text' | 'json' | 'date' | 'bool' | 'int4' | 'numeric' | 'text[]';

/** A column value as `copyRows` takes it: ISO days for dates, numbers for int4 and numeric, arrays for text[]. */
export type CopyValue = string | number | boolean | null | readonly string[];

/** A table's columns as a COPY writes them, in order. */
export interface CopyTarget {
  table: string;
  columns: readonly (readonly [column: string, type: CopyType])[];
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** The signature, then no flags and no header extension. */
export const HEADER = Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
/** A field count of -1 ends the data. */
export const TRAILER = Buffer.from([0xff, 0xff]);
const TEXT_OID = 25;
/** Each ASCII code's value as a hex digit, -1 where it is none. */
const HEX_DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_DIGIT['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_DIGIT['0123456789ABCDEF'.charCodeAt(i)] = i;
}
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days from 1970-01-01 (the civil calendar's day 0 below) to 2000-01-01, PostgreSQL's day 0. */
const POSTGRES_EPOCH_DAY = 10_957;

/** Days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil): no Date, no two-digit years. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * A decimal as numeric's binary form: base-10,000 digits around the decimal point, with the weight of the first and
 * the count of decimals (the column's typmod then rounds it, as it would the text).
 */
function numericDigits(value: number): {
  digits: number[];
  weight: number;
  negative: boolean;
  scale: number;
} {
  if (!Number.isFinite(value)) throw new RangeError(`COPY: ${value} is not a finite number`);
  const text = String(Math.abs(value));
  if (!/^\d+(\.\d+)?$/.test(text)) throw new RangeError(`COPY: ${value} has no plain decimal form`);
  const [whole, fraction = ''] = text.split('.');
  const wholeDigits = whole.replace(/^0+/, '');
  const wholeGroups: number[] = [];
  for (let end = wholeDigits.length; end > 0; end -= 4) {
    wholeGroups.unshift(Number(wholeDigits.slice(Math.max(0, end - 4), end)));
  }
  const fractionGroups: number[] = [];
  for (let start = 0; start < fraction.length; start += 4) {
    fractionGroups.push(Number(fraction.slice(start, start + 4).padEnd(4, '0')));
  }
  let digits = [...wholeGroups, ...fractionGroups];
  let weight = wholeGroups.length - 1;
  while (digits.length && digits[0] === 0) {
    digits = digits.slice(1);
    weight--;
  }
  while (digits.length && digits[digits.length - 1] === 0) digits = digits.slice(0, -1);
  if (digits.length === 0) weight = 0;
  return { digits, weight, negative: value < 0, scale: fraction.length };
}

const VALID: Record<CopyType, (value: NonNullable<CopyValue>) => boolean> = {
  uuid: (v) => typeof v === 'string' && v.length === 36, // its digits are read (and checked) as it is written
  text: (v) => typeof v === 'string',
  json: (v) => typeof v === 'string',
  date: (v) => typeof v === 'string' && ISO_DAY.test(v),
  bool: (v) => typeof v === 'boolean',
  int4: (v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31,
  numeric: (v) => typeof v === 'number',
  'text[]': (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
};

/** The most bytes a value can take, its length word included; throws on a value that is not of its column type. */
function bound(type: CopyType, value: CopyValue, column: string): number {
  if (value === null) return 4;
  if (!VALID[type](value))
    throw new TypeError(`COPY: ${JSON.stringify(value)} is not a ${type} for ${column}`);
  switch (type) {
    case 'uuid':
      return 20;
    case 'date':
    case 'int4':
      return 8;
    case 'bool':
      return 5;
    case 'numeric':
      return 12 + 2 * (String(value).length + 4);
    case 'text[]':
      return 24 + (value as readonly string[]).reduce((sum, item) => sum + 4 + 3 * item.length, 0);
    default:
      return 4 + 3 * (value as string).length; // a UTF-16 unit is at most 3 bytes of UTF-8
  }
}

/**
 * A uuid's 16 bytes from its 36 characters, each digit checked. Read by hand: Buffer's hex decoding costs about four
 * times as much for so short a string (bench/ROUNDS.md, "Measurements behind the code"), and a batch holds
 * thousands.
 */
function writeUuid(buffer: Buffer, at: number, value: string, column: string): number {
  let next = at;
  for (let i = 0; i < 36; i++) {
    const code = value.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (code === 0x2d) continue;
    } else {
      const high = code < 128 ? HEX_DIGIT[code] : -1;
      const second = value.charCodeAt(++i);
      const low = second < 128 ? HEX_DIGIT[second] : -1;
      if (high >= 0 && low >= 0) {
        buffer[next++] = (high << 4) | low;
        continue;
      }
    }
    throw new TypeError(`COPY: ${JSON.stringify(value)} is not a uuid for ${column}`);
  }
  return next;
}

/** A text's UTF-8 bytes at `at`; returns where they end. Short ASCII texts byte by byte (Buffer.write's own cost is
 * most of the work for a status or a citation), the rest by Buffer.write. */
function writeText(buffer: Buffer, at: number, value: string): number {
  const length = value.length;
  if (length > 64) return at + buffer.write(value, at);
  for (let i = 0; i < length; i++) {
    const code = value.charCodeAt(i);
    if (code > 0x7f) return at + buffer.write(value, at);
    buffer[at + i] = code;
  }
  return at + length;
}

/** Writes one field (its length word, then its bytes) at `at`, checked by `bound`; returns where the next starts. */
function writeField(buffer: Buffer, at: number, type: CopyType, value: CopyValue, column: string): number {
  if (value === null) return buffer.writeInt32BE(-1, at);
  switch (type) {
    case 'uuid':
      buffer.writeInt32BE(16, at);
      return writeUuid(buffer, at + 4, value as string, column);
    case 'date': {
      const [, year, month, day] = ISO_DAY.exec(value as string)!;
      buffer.writeInt32BE(4, at);
      const days = daysFromCivil(Number(year), Number(month), Number(day)) - POSTGRES_EPOCH_DAY;
      return buffer.writeInt32BE(days, at + 4);
    }
    case 'bool':
      buffer.writeInt32BE(1, at);
      return buffer.writeUInt8(value ? 1 : 0, at + 4);
    case 'int4':
      buffer.writeInt32BE(4, at);
      return buffer.writeInt32BE(value as number, at + 4);
    case 'numeric': {
      const { digits, weight, negative, scale } = numericDigits(value as number);
      let next = buffer.writeInt32BE(8 + 2 * digits.length, at);
      next = buffer.writeInt16BE(digits.length, next);
      next = buffer.writeInt16BE(weight, next);
      next = buffer.writeUInt16BE(negative && digits.length ? 0x4000 : 0, next);
      next = buffer.writeInt16BE(scale, next);
      for (const digit of digits) next = buffer.writeInt16BE(digit, next);
      return next;
    }
    case 'text[]': {
      const items = value as readonly string[];
      let next = at + 4;
      next = buffer.writeInt32BE(items.length ? 1 : 0, next); // dimensions
      next = buffer.writeInt32BE(0, next); // no null element
      next = buffer.writeInt32BE(TEXT_OID, next);
      if (items.length) {
        next = buffer.writeInt32BE(items.length, next);
        next = buffer.writeInt32BE(1, next); // lower bound
      }
      for (const item of items) {
        const end = writeText(buffer, next + 4, item);
        buffer.writeInt32BE(end - next - 4, next);
        next = end;
      }
      buffer.writeInt32BE(next - at - 4, at);
      return next;
    }
    default: {
      const end = writeText(buffer, at + 4, value as string);
      buffer.writeInt32BE(end - at - 4, at);
      return end;
    }
  }
}

/**
 * Rows in the binary format of PostgreSQL's COPY (without its header and trailer, which `copyInto` adds): each
 * value length-prefixed in its type's binary form. The server copies a text's bytes as they come, where the text
 * format has it scan every byte for line ends and escapes, which costs about a third more (bench/ROUNDS.md,
 * "Measurements behind the code").
 */
export function copyRows(target: CopyTarget, list: readonly (readonly CopyValue[])[]): Buffer {
  const width = target.columns.length;
  let size = 0;
  for (const row of list) {
    if (row.length !== width)
      throw new RangeError(`COPY into ${target.table}: a row of ${row.length} values`);
    size += 2;
    for (let i = 0; i < width; i++) size += bound(target.columns[i][1], row[i], target.columns[i][0]);
  }
  const buffer = Buffer.allocUnsafe(size);
  let at = 0;
  for (const row of list) {
    at = buffer.writeInt16BE(width, at);
    for (let i = 0; i < width; i++)
      at = writeField(buffer, at, target.columns[i][1], row[i], target.columns[i][0]);
  }
  return buffer.subarray(0, at);
}

/**
 * `copyRows` of some items a slice at a time, the event loop getting a turn between slices: while a batch is
 * serialised, the statement in flight on the same connection (the previous batch's) is answered and the next one
 * sent as soon as the server asks, instead of after the whole batch.
 */
export async function copyRowsInTurns<T>(
  target: CopyTarget,
  items: readonly T[],
  rowOf: (item: T) => readonly CopyValue[],
  perTurn: number,
): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < items.length; i += perTurn) {
    if (i > 0) await nextTurn();
    chunks.push(copyRows(target, items.slice(i, i + perTurn).map(rowOf)));
  }
  return chunks;
}
