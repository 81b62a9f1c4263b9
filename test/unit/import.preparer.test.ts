import { WorkerPreparer } from '../../src/import/import.preparer';
import type { ImportCatalogue } from '../../src/import/import.model';

/** No courts, no law: every row names an unknown court, which is all these tests need of a file. */
const catalogue: ImportCatalogue = {
  courtsByFoldedAlias: new Map(),
  instruments: [],
  provisions: [],
  versions: [],
};
const row = {
  case_number: 'K-1',
  court: 'Nowhere',
  decision_date: '2016-01-01',
  decision_type: 'FIRST_INSTANCE',
};

describe('the import worker thread', () => {
  let preparer: WorkerPreparer;
  beforeEach(() => {
    preparer = new WorkerPreparer(catalogue);
  });
  afterEach(() => preparer.close());

  it('prepares a file given as bytes, answering with its problems', async () => {
    const head = await preparer.prepare(
      7,
      'k.json',
      'json',
      Buffer.from(JSON.stringify([row, { ...row, court: '' }])),
    );
    expect(head).toMatchObject({ file: 7, name: 'k.json', decisions: [] });
    expect(head.problems.map((p) => p.line)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('turns an error in the worker into a rejection, and goes on answering', async () => {
    const batches = async () => {
      for await (const batch of preparer.batches(3, [], {} as never)) return batch;
    };
    await expect(batches()).rejects.toThrow('Import file 3 was not prepared, or was released.');
    await expect(preparer.prepare(1, undefined, 'json', '[]')).resolves.toMatchObject({ file: 1 });
  });

  it('fails what waits for an answer once it is closed, instead of waiting for ever', async () => {
    await preparer.close();
    await expect(preparer.prepare(1, undefined, 'json', '[]')).rejects.toThrow(/closed/);
  });
});
