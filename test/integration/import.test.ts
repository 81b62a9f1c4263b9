import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportPreparation, legacyContentHash } from '../../src/import/import.prepare';
import { ImportRepository } from '../../src/import/import.repository';
import { ImportRejectedError, ImportService } from '../../src/import/import.service';
import { countRow, toCsv, uniqueTag } from './factories';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const countOf = async (tag: string) => {
  const [row] = await server.dataSource.query(
    `SELECT count(DISTINCT d.id)::int AS decisions, count(c.id)::int AS counts
       FROM decision d LEFT JOIN criminal_count c ON c.decision_id = d.id WHERE d.case_number LIKE $1`,
    [`${tag}%`],
  );
  return row as { decisions: number; counts: number };
};

// Every file is prepared in the importing thread or in a worker thread beside it (import.preparer.ts): both must
// import the same way.
describe.each(['inline', 'worker'] as const)('import, prepared %s', (preparation) => {
  let importer: ImportService;
  beforeAll(() => {
    importer = new ImportService(unitOfWork(server.dataSource), preparation);
  });

  it('rejects a CSV with one bad row among many whole, naming that row; the corrected file imports once', async () => {
    const tag = uniqueTag();
    const rows = Array.from({ length: 40 }, (_, i) =>
      countRow({ case_number: `${tag}-${Math.floor(i / 2)}`, defendant: i % 2 ? 'C.D.' : 'A.B.' }),
    );
    rows[27] = { ...rows[27], convicted_provision: 'CCK Art. 9999' };
    const error = await importer.importFile(toCsv(rows), 'csv').catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect(error.problems).toEqual([
      { line: 29, reason: expect.stringMatching(/convicted_provision "CCK Art. 9999"/) },
    ]);
    expect(await countOf(tag)).toEqual({ decisions: 0, counts: 0 });

    rows[27] = { ...rows[27], convicted_provision: 'CCK Art. 171' };
    const first = await importer.importFile(toCsv(rows), 'csv');
    expect(first.decisions).toEqual({ created: 20, updated: 0, unchanged: 0 });
    expect(await countOf(tag)).toEqual({ decisions: 20, counts: 40 });

    const again = await importer.importFile(toCsv(rows), 'csv');
    expect(again.decisions).toEqual({ created: 0, updated: 0, unchanged: 20 });
    expect(again.counts).toBe(0);
    expect(await countOf(tag)).toEqual({ decisions: 20, counts: 40 });
  });

  it('names every bad row: unknown court, unreadable citation, conflicting decision fields', async () => {
    const tag = uniqueTag();
    const rows = [
      countRow({ case_number: `${tag}-1` }),
      countRow({ case_number: `${tag}-2`, court: 'Court of Atlantis' }),
      countRow({ case_number: `${tag}-3`, charged_provision: 'the trafficking law' }),
      countRow({ case_number: `${tag}-1`, defendant: 'C.D.', decision_date: '2016-06-16' }),
    ];
    const error = await importer.importFile(toCsv(rows), 'csv').catch((e) => e);
    expect(error.problems.map((p: { line: number }) => p.line)).toEqual([3, 4, 5]);
    expect(error.problems[0].reason).toMatch(/Court of Atlantis/);
    expect(error.problems[2].reason).toMatch(/decisionDate differ from line 2/);
    expect(await countOf(tag)).toEqual({ decisions: 0, counts: 0 });
  });

  it("names a row's format errors and its unknown court and citation in one round", async () => {
    const tag = uniqueTag();
    const rows = [
      countRow({ case_number: `${tag}-1` }),
      countRow({
        case_number: `${tag}-2`,
        decision_date: '2016-13-40',
        imprisonment_months: 'three years',
        court: 'Court of Atlantis',
        convicted_provision: 'CCK Art. 9999',
      }),
    ];
    const error = await importer.importFile(toCsv(rows), 'csv').catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    const reasons = error.problems.map((p: { line: number; reason: string }) => `${p.line}: ${p.reason}`);
    expect(reasons).toEqual([
      expect.stringMatching(/^3: decision_date "2016-13-40" is not a date/),
      expect.stringMatching(/^3: imprisonment_months "three years" is not a number/),
      expect.stringMatching(/^3: court "Court of Atlantis" is not a known court/),
      expect.stringMatching(/^3: convicted_provision "CCK Art. 9999": no provision/),
    ]);
    expect(await countOf(tag)).toEqual({ decisions: 0, counts: 0 });
  });

  it('takes suspended = false on a fine-only sentence and an acquittal (false says nothing there)', async () => {
    const tag = uniqueTag();
    const rows = [
      countRow({ case_number: `${tag}-1`, imprisonment_months: '', suspended: 'false', fine_eur: '3000' }),
      countRow({
        case_number: `${tag}-1`,
        defendant: 'C.D.',
        verdict: 'ACQUITTED',
        convicted_provision: '',
        imprisonment_months: '',
        suspended: 'false',
        fine_eur: '',
      }),
    ];
    const summary = await importer.importFile(toCsv(rows), 'csv');
    expect(summary.decisions.created).toBe(1);
    const fine = await server.gql(
      `{ decision(caseNumber: "${tag}-1", court: "${rows[0].court}") { counts { verdict fineEur suspended } } }`,
    );
    expect(fine.body.data!.decision.counts).toEqual(
      expect.arrayContaining([
        { verdict: 'CONVICTED', fineEur: 3000, suspended: null },
        { verdict: 'ACQUITTED', fineEur: null, suspended: null },
      ]),
    );
    const suspendedWithoutTerm = [
      countRow({ case_number: `${tag}-2`, imprisonment_months: '', suspended: 'true', fine_eur: '500' }),
    ];
    const error = await importer.importFile(toCsv(suspendedWithoutTerm), 'csv').catch((e) => e);
    expect(error.problems).toEqual([
      { line: 2, reason: 'suspended is true without imprisonment_months (the term that was suspended)' },
    ]);
  });

  it('updates a decision whose rows changed, replacing its counts', async () => {
    const tag = uniqueTag();
    const rows = [
      countRow({ case_number: `${tag}-1` }),
      countRow({ case_number: `${tag}-1`, defendant: 'C.D.' }),
    ];
    await importer.importFile(toCsv(rows), 'csv');
    const changed = [rows[0], { ...rows[1], imprisonment_months: '66' }];
    const summary = await importer.importFile(toCsv(changed), 'csv');
    expect(summary.decisions).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const months = await server.dataSource.query(
      `SELECT c.imprisonment_months::float AS m FROM criminal_count c JOIN decision d ON d.id = c.decision_id
        WHERE d.case_number = $1 ORDER BY m`,
      [`${tag}-1`],
    );
    expect(months.map((r: { m: number }) => r.m)).toEqual([42, 66]);
  });

  it('takes the equivalent JSON, with appeal links to a decision in the same file', async () => {
    const tag = uniqueTag();
    const first = {
      ...countRow({ case_number: `${tag}-P` }),
      final: false,
      imprisonment_months: 42,
      suspended: false,
      fine_eur: null,
      mitigation_cited: false,
    };
    const appeal = {
      ...first,
      case_number: `${tag}-PAKR`,
      court: 'Court of Appeals',
      decision_type: 'APPEAL',
      decision_date: '2017-02-01',
      final: true,
      imprisonment_months: 60,
      appeal_of_court: 'Basic Court of Pristina',
      appeal_of_case_number: `${tag}-P`,
      appeal_outcome: 'MODIFIES',
    };
    await importer.importFile(JSON.stringify([first, appeal]), 'json');
    const { body } = await server.gql(
      `query($n: String!) { decision(caseNumber: $n) { reviewed { outcome decision { caseNumber court { code } } } } }`,
      { n: `${tag}-PAKR` },
    );
    expect(body.data!.decision.reviewed).toEqual([
      { outcome: 'MODIFIES', decision: { caseNumber: `${tag}-P`, court: { code: 'basic-pristina' } } },
    ]);
  });

  it('redacts protected names from the texts before they are stored, and keeps the names apart', async () => {
    const tag = uniqueTag();
    const row = {
      ...countRow({ case_number: `${tag}-1` }),
      summary: 'The defendant exploited Drita Berisha.',
      text: 'Dëshmitarja Drita Berishës i premtoi punë; Дрита Бериша later testified.',
      protected_names: 'Drita Berisha',
    };
    await importer.importFile(JSON.stringify([row]), 'json');
    const [stored] = await server.dataSource.query(
      `SELECT d.summary, d.redacted_text, array_agg(n.name) AS names FROM decision d
         JOIN decision_protected_name n ON n.decision_id = d.id WHERE d.case_number = $1 GROUP BY d.id`,
      [`${tag}-1`],
    );
    expect(stored.summary).toBe('The defendant exploited [REDACTED].');
    expect(stored.redacted_text).not.toMatch(/drit|beris|дрит|бериш/i);
    expect(stored.names).toEqual(['Drita Berisha']);
  });

  it('imports several files in order, each whole, and stops at the first rejected one', async () => {
    const tag = uniqueTag();
    const file = (name: string, rows: ReturnType<typeof countRow>[]) => ({
      name,
      format: 'csv' as const,
      read: () => Buffer.from(toCsv(rows)),
    });
    const imported: (string | undefined)[] = [];
    const error = await importer
      .importFiles(
        [
          file('a.csv', [countRow({ case_number: `${tag}-A1` }), countRow({ case_number: `${tag}-A2` })]),
          file('b.csv', [
            countRow({ case_number: `${tag}-B1` }),
            countRow({ case_number: `${tag}-B2`, court: 'Atlantis' }),
          ]),
          file('c.csv', [countRow({ case_number: `${tag}-C1` })]),
        ],
        { imported: (name) => imported.push(name) },
      )
      .catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect(error.file).toBe('b.csv');
    expect(error.problems).toEqual([{ line: 3, reason: expect.stringMatching(/court "Atlantis"/) }]);
    expect(imported).toEqual(['a.csv']);
    const cases = await server.dataSource.query(
      `SELECT case_number FROM decision WHERE case_number LIKE $1 ORDER BY 1`,
      [`${tag}-%`],
    );
    expect(cases.map((c: { case_number: string }) => c.case_number)).toEqual([`${tag}-A1`, `${tag}-A2`]);
  });

  it('sees in each file what the files before it wrote: an appeal of, and a change to, an earlier decision', async () => {
    const tag = uniqueTag();
    const first = countRow({ case_number: `${tag}-P` });
    const appeal = {
      ...countRow({ case_number: `${tag}-PAKR`, court: 'Court of Appeals', decision_type: 'APPEAL' }),
      appeal_of_court: 'Basic Court of Pristina',
      appeal_of_case_number: `${tag}-P`,
      appeal_outcome: 'AFFIRMS',
    };
    const json = (rows: object[]) => ({ format: 'json' as const, read: () => JSON.stringify(rows) });
    const summaries = await importer.importFiles([
      json([first]),
      json([appeal]),
      json([{ ...first, imprisonment_months: '66' }]),
    ]);
    expect(summaries.map((s) => s.decisions)).toEqual([
      { created: 1, updated: 0, unchanged: 0 },
      { created: 1, updated: 0, unchanged: 0 },
      { created: 0, updated: 1, unchanged: 0 },
    ]);
    const { body } = await server.gql(
      `query($n: String!) { decision(caseNumber: $n) { reviewed { outcome decision { caseNumber defendants { counts { imprisonmentMonths } } } } } }`,
      { n: `${tag}-PAKR` },
    );
    expect(body.data!.decision.reviewed).toEqual([
      {
        outcome: 'AFFIRMS',
        decision: { caseNumber: `${tag}-P`, defendants: [{ counts: [{ imprisonmentMonths: 66 }] }] },
      },
    ]);
  });

  it('knows decisions imported under the previous content hash: unchanged ones are skipped, changed ones updated', async () => {
    const tag = uniqueTag();
    const rows = [countRow({ case_number: `${tag}-1` }), countRow({ case_number: `${tag}-2` })];
    const csv = toCsv(rows);
    await importer.importFile(csv, 'csv');
    // As an import before the present hash stored it: the SHA-256 of the decision's whole write as JSON.
    const preparation = new ImportPreparation(await new ImportRepository(server.dataSource).catalogue());
    const { decisions } = await preparation.prepare(0, undefined, 'csv', csv, () => undefined);
    const writes = preparation.writes(
      0,
      decisions.map((d) => d.key),
    );
    for (const [i, d] of decisions.entries()) {
      await server.dataSource.query(`UPDATE decision SET import_hash = $1 WHERE case_number = $2`, [
        legacyContentHash(writes[i]),
        d.caseNumber,
      ]);
    }
    expect((await importer.importFile(csv, 'csv')).decisions).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    const changed = toCsv([rows[0], { ...rows[1], imprisonment_months: '50' }]);
    expect((await importer.importFile(changed, 'csv')).decisions).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    expect((await importer.importFile(changed, 'csv')).decisions).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
  });

  it('rejects a CSV of 1,000 rows with one bad row, importing nothing and naming that row', async () => {
    const tag = uniqueTag();
    const rows = Array.from({ length: 1000 }, (_, i) => countRow({ case_number: `${tag}-${i}` }));
    rows[613] = { ...rows[613], decision_date: '2016-13-01' };
    const error = await importer.importFile(toCsv(rows), 'csv').catch((e) => e);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect(error.problems).toEqual([
      { line: 615, reason: 'decision_date "2016-13-01" is not a date (YYYY-MM-DD)' },
    ]);
    expect(await countOf(tag)).toEqual({ decisions: 0, counts: 0 });
  });
});
