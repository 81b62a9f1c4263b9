import { BadUserInputError } from './errors';
import { isIsoDate } from './dates';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A position in a list ordered by (date, id): opaque to clients, validated when it comes back. */
export interface DateIdKey {
  date: string;
  id: string;
}

export function encodeCursor(kind: string, key: DateIdKey): string {
  return Buffer.from(`${kind}|${key.date}|${key.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(kind: string, cursor: string): DateIdKey {
  const [k, date, id, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (k !== kind || rest.length > 0 || !date || !isIsoDate(date) || !id || !UUID.test(id)) {
    throw new BadUserInputError('The cursor is not one this list gave out.', { cursor });
  }
  return { date, id };
}

export const isUuid = (value: string): boolean => UUID.test(value);
