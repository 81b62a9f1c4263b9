/**
 * The one cursor codec of the service's lists: a cursor is the list's kind and the position's fields, as
 * base64url of `kind|field|…`; opaque to clients, and validated when it comes back (a cursor of another list, or
 * one made up, is BAD_USER_INPUT).
 */
import { BadUserInputError } from './errors';
import { isIsoDate } from './dates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const isUuid = (value: string): boolean => UUID.test(value);

const encode = (kind: string, fields: readonly string[]): string =>
  Buffer.from([kind, ...fields].join('|'), 'utf8').toString('base64url');

/** The fields of a cursor of `kind`, when it has as many as `valid` checks and each passes; else BAD_USER_INPUT. */
function decode(kind: string, cursor: string, valid: readonly ((field: string) => boolean)[]): string[] {
  const [k, ...fields] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (k !== kind || fields.length !== valid.length || !fields.every((field, i) => valid[i](field))) {
    throw new BadUserInputError('The cursor is not one this list gave out.', { cursor });
  }
  return fields;
}

/** A position in a list ordered by (date, id). */
export interface DateIdKey {
  date: string;
  id: string;
}

export const encodeCursor = (kind: string, key: DateIdKey): string => encode(kind, [key.date, key.id]);

export function decodeCursor(kind: string, cursor: string): DateIdKey {
  const [date, id] = decode(kind, cursor, [isIsoDate, isUuid]);
  return { date, id };
}

/** A position in a list ordered by a growing number (the audit log's entry ids). */
export const encodeSerialCursor = (kind: string, serial: string): string => encode(kind, [serial]);

export const decodeSerialCursor = (kind: string, cursor: string): string =>
  decode(kind, cursor, [(field) => /^\d{1,18}$/.test(field)])[0];

/** A position as an offset (search results, whose order the engine decides; at most 999,999). */
export const encodeOffsetCursor = (kind: string, offset: number): string => encode(kind, [String(offset)]);

export const decodeOffsetCursor = (kind: string, cursor: string): number =>
  Number(decode(kind, cursor, [(field) => /^\d{1,6}$/.test(field)])[0]);
