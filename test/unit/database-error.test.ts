import { QueryFailedError } from 'typeorm';
import { isDatabaseError } from '../../src/db/database-error';

describe('isDatabaseError', () => {
  it("knows the database's refusals by their SQLSTATE, as pg and TypeORM report them", () => {
    const refused = Object.assign(new Error('new row violates check constraint'), { code: '23514' });
    expect(isDatabaseError(refused)).toBe(true);
    expect(isDatabaseError(new QueryFailedError('INSERT …', [], refused))).toBe(true);
  });

  it('does not take a lost connection, a failure of ours or a domain error for one', () => {
    expect(isDatabaseError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isDatabaseError(new Error("The import's worker thread exited (code 1)."))).toBe(false);
    expect(isDatabaseError(Object.assign(new Error('bad'), { code: 'BAD_USER_INPUT' }))).toBe(false);
    expect(isDatabaseError(null)).toBe(false);
  });
});
