import { refreshFindings } from '../../src/compliance/compliance.service';
import { corpusChunks } from '../../src/corpus/corpus';
import type { DataSource } from 'typeorm';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportRejectedError, ImportService } from '../../src/import/import.service';
import { countRow, toCsv, uniqueTag } from './factories';
import { openScratchDatabase } from './harness';

/**
 * The import writes findings itself, from what the file says, as it writes the counts (COPY): they must be the
 * findings a refresh computes from the stored counts. On a database of its own, so every finding is this test's.
 */
describe('findings written by the import', () => {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: DataSource;
  const refreshAll = () => unitOfWork(dataSource).transaction((tx) => refreshFindings(tx, 'all'));
  const findings = async () =>
    new Map(
      (
        await dataSource.query(
          `SELECT count_id, xmin::text AS version, status, trace::text AS trace FROM finding`,
        )
      ).map((r: { count_id: string }) => [r.count_id, r]),
    ) as Map<string, { version: string; status: string; trace: string }>;

  beforeAll(async () => {
    scratch = await openScratchDatabase('import_findings');
    dataSource = scratch.dataSource;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it.each([
    ['inline', 11],
    ['worker', 12],
  ] as const)(
    'are, for a varied synthetic corpus, the findings a refresh computes: the refresh rewrites none (prepared %s)',
    async (preparation, seed) => {
      const importer = new ImportService(unitOfWork(dataSource), preparation);
      // 600 decisions over every court and year, acquittals, suspended terms, fines, circumstances, decimals; in files
      // of 250 decisions, imported in one call.
      const files = [...corpusChunks({ decisions: 600, seed }, 250)].map((chunk) => ({
        format: 'json' as const,
        read: () => JSON.stringify(chunk),
      }));
      const summaries = await importer.importFiles(files);
      expect(summaries.map((s) => s.decisions.created)).toEqual([250, 250, 100]);
      const [{ convicted }] = await dataSource.query(
        `SELECT count(*)::int AS convicted FROM criminal_count WHERE verdict = 'CONVICTED'`,
      );
      const before = await findings();
      expect(before.size).toBe(convicted);
      expect(new Set([...before.values()].map((f) => f.status)).size).toBeGreaterThan(2);
      expect(await refreshAll()).toBe(convicted);
      const after = await findings();
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [id, f] of after) expect(f.version).toBe(before.get(id)!.version);
      // The tally the import kept is the one a rebuild from the findings gives.
      const tally = `SELECT decision_year, court_id, provision_id, status, sum(n)::int AS n FROM finding_tally
                    GROUP BY 1, 2, 3, 4 HAVING sum(n) > 0 ORDER BY 1, 2, 3, 4`;
      const kept = await dataSource.query(tally);
      await dataSource.query(`SELECT finding_tally_rebuild()`);
      expect(await dataSource.query(tally)).toEqual(kept);
    },
  );

  it.each(['inline', 'worker'] as const)(
    'reads the finality date an editor set when a re-import changes the decision (prepared %s)',
    async (preparation) => {
      const importer = new ImportService(unitOfWork(dataSource), preparation);
      const row = countRow({
        case_number: `${uniqueTag()}/20`,
        decision_date: '2020-03-01',
        offence_date: '2019-05-01',
      });
      await importer.importFile(toCsv([row]), 'csv');
      await dataSource.query(`UPDATE decision SET final_on = '2021-01-15' WHERE case_number = $1`, [
        row.case_number,
      ]);
      await importer.importFile(toCsv([{ ...row, imprisonment_months: '30' }]), 'csv');
      const [{ count_id, trace }] = await dataSource.query(
        `SELECT f.count_id, f.trace::text AS trace FROM finding f JOIN decision d ON d.id = f.decision_id
        WHERE d.case_number = $1`,
        [row.case_number],
      );
      expect(trace).toContain('"windowEndEvent":"FINALITY"');
      expect(trace).toContain('2021-01-15');
      await refreshAll();
      const [{ trace: refreshed }] = await dataSource.query(
        `SELECT trace::text AS trace FROM finding WHERE count_id = $1`,
        [count_id],
      );
      expect(refreshed).toBe(trace);
    },
  );

  it.each(['inline', 'worker'] as const)(
    'writes nothing of a file the server refuses halfway through its batches (prepared %s)',
    async (preparation) => {
      const importer = new ImportService(unitOfWork(dataSource), preparation);
      const tag = uniqueTag();
      // 1,300 decisions go in four batches; a rule only the database knows refuses the last decision.
      const rows = Array.from({ length: 1300 }, (_, i) => countRow({ case_number: `${tag}/${i}` }));
      const before = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM decision) AS decisions, (SELECT count(*)::int FROM finding) AS findings,
              (SELECT sum(n)::int FROM finding_tally) AS tallied`,
      );
      await dataSource.query(
        `ALTER TABLE decision ADD CONSTRAINT test_refuses CHECK (case_number <> '${tag}/1299')`,
      );
      try {
        await expect(importer.importFile(toCsv(rows), 'csv')).rejects.toThrow(ImportRejectedError);
      } finally {
        await dataSource.query(`ALTER TABLE decision DROP CONSTRAINT test_refuses`);
      }
      const after = await dataSource.query(
        `SELECT (SELECT count(*)::int FROM decision) AS decisions, (SELECT count(*)::int FROM finding) AS findings,
              (SELECT sum(n)::int FROM finding_tally) AS tallied`,
      );
      expect(after).toEqual(before);
      const [{ mine }] = await dataSource.query(
        `SELECT count(*)::int AS mine FROM decision WHERE case_number LIKE $1`,
        [`${tag}/%`],
      );
      expect(mine).toBe(0);
      // Without the rule, the same file imports whole.
      const summary = await importer.importFile(toCsv(rows), 'csv');
      expect(summary.decisions.created).toBe(1300);
    },
  );
});
