import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { copyInto, copyRows, type CopyTarget, type CopyValue } from '../../src/db/copy';
import { unitOfWork } from '../../src/db/unit-of-work';
import { openScratchDatabase } from './harness';

/** The binary COPY writer against the real server: what goes in is what PostgreSQL reads back. */
describe('COPY in binary', () => {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: DataSource;
  const target: CopyTarget = {
    table: 'copy_check',
    columns: [
      ['id', 'uuid'],
      ['t', 'text'],
      ['d', 'date'],
      ['b', 'bool'],
      ['i', 'int4'],
      ['n', 'numeric'],
      ['a', 'text[]'],
      ['j', 'json'],
    ],
  };
  /** Rows through COPY into a fresh table, read back as text (numbers at the column's two decimals). */
  const roundTrip = (rows: CopyValue[][], chunks = 1) =>
    unitOfWork(dataSource).transaction(async (tx) => {
      await tx.query(
        `CREATE TEMP TABLE copy_check (ord serial, id uuid, t text, d date, b boolean, i integer, n numeric(12, 2),
                                       a text[], j json) ON COMMIT DROP`,
      );
      const per = Math.ceil(rows.length / chunks) || 1;
      const buffers = Array.from({ length: chunks }, (_, k) =>
        copyRows(target, rows.slice(k * per, (k + 1) * per)),
      );
      await copyInto(tx, target, buffers);
      return tx.query(
        `SELECT id::text, t, to_char(d, 'YYYY-MM-DD') AS d, b, i, n::text, a, j::text FROM copy_check ORDER BY ord`,
      );
    });
  const expected = (row: CopyValue[]) => ({
    id: row[0],
    t: row[1],
    d: row[2],
    b: row[3],
    i: row[4],
    n: row[5] === null ? null : (row[5] as number).toFixed(2),
    a: row[6] === null ? null : [...(row[6] as string[])],
    j: row[7],
  });

  beforeAll(async () => {
    scratch = await openScratchDatabase('copy', { seeds: false });
    dataSource = scratch.dataSource;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it('carries each type as given: tabs, line breaks, backslashes, quotes, letters beyond Latin, nulls, arrays', async () => {
    const rows: CopyValue[][] = [
      [
        '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
        'tab\there, line\nbreak\r\n, \\N and \\ literally',
        '2016-02-29',
        true,
        -7,
        12.5,
        ['A "quoted", one', 'back\\slash', '{braces}', 'NULL', ''],
        '{"step":"SENTENCE","sentence":"18 months \\"as imposed\\""}',
      ],
      [
        'FFFFFFFF-0000-4000-8000-000000000001',
        'ë č ć ж 👩‍⚖️',
        '1999-12-31',
        false,
        2_147_483_647,
        -0.05,
        [],
        '[]',
      ],
      ['00000000-0000-0000-0000-000000000000', '', '0100-03-01', null, 0, 0, ['one'], 'null'],
      [
        'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
        `${'x'.repeat(60)}ë and on`, // ASCII, then a letter beyond it past the start
        '2024-12-31',
        true,
        1,
        999_999.99,
        ['y'.repeat(100), `${'z'.repeat(63)}č`],
        '"text"',
      ],
      [null, null, null, null, null, null, null, null],
    ];
    const read = await roundTrip(rows, 2);
    expect(read).toEqual(
      rows.map((row) => ({
        ...expected(row),
        id: row[0] === null ? null : (row[0] as string).toLowerCase(),
      })),
    );
  });

  it('reads back any text, day, number of two decimals and list it is given (property)', async () => {
    const day = fc
      .date({
        min: new Date('0100-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const row = fc.tuple(
      fc.uuid(),
      text,
      day,
      fc.boolean(),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      fc.integer({ min: -999_999_999_999, max: 999_999_999_999 }).map((cents) => cents / 100),
      fc.array(text, { maxLength: 5 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 20 }), async (rows) => {
        const read = await roundTrip(rows as CopyValue[][]);
        expect(read).toEqual(rows.map((r) => expected(r as CopyValue[])));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a value that is not of its column type, and a row of the wrong width', () => {
    const row = (at: number, value: CopyValue) =>
      Array.from({ length: 8 }, (_, i) => (i === at ? value : null)) as CopyValue[];
    expect(() => copyRows(target, [row(0, 'not-a-uuid')])).toThrow(/not a uuid for id/);
    for (const id of [
      '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8fg',
      '0b1c2d3e4-f50-4617-8293-a4b5c6d7e8f9',
      '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8é9',
      '0b1c2d3e-4f50-4617-8293+a4b5c6d7e8f9',
    ]) {
      expect(() => copyRows(target, [row(0, id)])).toThrow(/not a uuid for id/);
    }
    expect(() => copyRows(target, [row(2, '2016-2-1')])).toThrow(/not a date for d/);
    expect(() => copyRows(target, [row(4, 1.5)])).toThrow(/not a int4 for i/);
    expect(() => copyRows(target, [row(4, 2 ** 31)])).toThrow(/not a int4 for i/);
    expect(() => copyRows(target, [row(1, 7)])).toThrow(/not a text for t/);
    expect(() => copyRows(target, [row(5, Number.NaN)])).toThrow(/not a finite number/);
    expect(() => copyRows(target, [row(6, 'one')])).toThrow(/not a text\[\] for a/);
    expect(() => copyRows(target, [[null, null]])).toThrow(/a row of 2 values/);
  });

  it('refuses to run outside a transaction', async () => {
    await expect(copyInto(dataSource, target, Buffer.from([0]))).rejects.toThrow(/needs a transaction/);
  });
});
