import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { formatError } from '../../src/graphql/format-error';
import {
  decodeCursor,
  decodeOffsetCursor,
  decodeSerialCursor,
  encodeCursor,
  encodeOffsetCursor,
  encodeSerialCursor,
} from '../../src/shared/cursor';
import { isIsoDate } from '../../src/shared/dates';
import { BadUserInputError, NotFoundError } from '../../src/shared/errors';

describe('cursors', () => {
  const key = { date: '2016-05-10', id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' };

  it('round-trip', () => {
    expect(decodeCursor('decision', encodeCursor('decision', key))).toEqual(key);
  });

  it.each([
    '',
    'abc',
    encodeCursor('finding', key),
    Buffer.from('decision|2016-13-01|x').toString('base64url'),
  ])('refuses a cursor it did not give out: %p', (cursor) => {
    expect(() => decodeCursor('decision', cursor)).toThrow(BadUserInputError);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2016-02-29', true],
    ['2015-02-29', false],
    ['2016-2-1', false],
    ['20160201', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2016-04-31', false],
    ['2016-00-10', false],
    ['2016-12-00', false],
    ['0099-01-01', false],
  ])('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it('agrees with the calendar of Date for every day written YYYY-MM-DD', () => {
    const byDate = (value: string) => {
      const [y, m, d] = value.split('-').map(Number);
      const date = new Date(Date.UTC(2000, m - 1, d));
      date.setUTCFullYear(y);
      return y >= 100 && date.toISOString().slice(0, 10) === value;
    };
    const digits = (n: number, max: number) =>
      fc.integer({ min: 0, max }).map((v) => String(v).padStart(n, '0'));
    fc.assert(
      fc.property(digits(4, 9999), digits(2, 14), digits(2, 33), (y, m, d) => {
        const value = `${y}-${m}-${d}`;
        expect(isIsoDate(value)).toBe(byDate(value));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('formatError', () => {
  const wrap = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['x'] });

  it('keeps a domain error code and message', () => {
    const e = wrap(new NotFoundError('No decision X.'));
    expect(formatError({ message: e.message, path: ['x'] }, e)).toEqual({
      message: 'No decision X.',
      path: ['x'],
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('masks anything unexpected without leaking its message or stack', () => {
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const e = wrap(new Error('relation "secret_table" does not exist'));
    const out = formatError({ message: e.message, path: ['x'], extensions: { stacktrace: ['at x'] } }, e);
    spy.mockRestore();
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes request errors such as validation failures', () => {
    const formatted = {
      message: 'Cannot query field "x"',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatError(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });
});

describe('the one cursor codec', () => {
  it('gives back the position it was given, for each kind of list', () => {
    expect(decodeSerialCursor('audit', encodeSerialCursor('audit', '1234'))).toBe('1234');
    expect(decodeOffsetCursor('search', encodeOffsetCursor('search', 41))).toBe(41);
  });

  it("refuses another list's cursor, or a made-up one, as BAD_USER_INPUT", () => {
    const search = encodeOffsetCursor('search', 41);
    for (const [kind, cursor] of [
      ['audit', search],
      ['search', encodeSerialCursor('audit', '12')],
      ['search', encodeOffsetCursor('search', 1_000_000)],
      ['audit', Buffer.from('audit|12|13').toString('base64url')],
      ['audit', 'not base64 at all'],
    ] as const) {
      expect(() =>
        kind === 'audit' ? decodeSerialCursor(kind, cursor) : decodeOffsetCursor(kind, cursor),
      ).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
