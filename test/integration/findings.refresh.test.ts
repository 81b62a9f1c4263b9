import { refreshFindings } from '../../src/compliance/compliance.service';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { countRow, toCsv, uniqueTag } from './factories';
import { openScratchDatabase } from './harness';

/**
 * `refreshFindings` writes only what moved: a refresh that changes nothing rewrites no finding, a changed count
 * rewrites its own finding and no other, a count that is no longer a conviction loses its finding, and findings
 * rebuilt from nothing equal the ones kept in place. On a database of its own, so every finding is this test's.
 */
describe('findings refresh', () => {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: ReturnType<typeof createDataSource>;
  /** Findings after the import: the seeds' example decisions' and this test's twelve. */
  let total: number;
  const refresh = (scope: string[] | 'all') =>
    unitOfWork(dataSource).transaction((tx) => refreshFindings(tx, scope));

  /** Every finding with its row version (xmin changes when the row is rewritten) and its trace as stored. */
  const findings = async () =>
    new Map(
      (
        await dataSource.query(
          `SELECT count_id, xmin::text AS version, status, reasons, shortfall_months, imposed_months,
                  minimum_months, applicable_citation, trace::text AS trace
             FROM finding`,
        )
      ).map((r: { count_id: string }) => [r.count_id, r]),
    ) as Map<string, { version: string; status: string; trace: string; imposed_months: string }>;

  beforeAll(async () => {
    scratch = await openScratchDatabase('findings_refresh');
    dataSource = scratch.dataSource;
    const rows = Array.from({ length: 12 }, (_, i) =>
      countRow({
        case_number: `${uniqueTag()}/${i}`,
        imprisonment_months: String(36 + 6 * i),
        suspended: i % 5 === 0 ? 'true' : 'false',
      }),
    );
    await new ImportService(unitOfWork(dataSource)).importFile(toCsv(rows), 'csv');
    total = (await findings()).size;
  });
  afterAll(async () => {
    await scratch?.close();
  });

  it('stores each trace as the JSON the engine wrote, readable step by step', async () => {
    const all = [...(await findings()).values()];
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const f of all) {
      const steps = JSON.parse(f.trace) as { step: string; sentence: string; data: unknown }[];
      expect(steps.length).toBeGreaterThan(3);
      for (const s of steps) expect(s.sentence.length).toBeGreaterThan(10);
      // Written by JSON.stringify and kept as written: no line break, the step first.
      expect(f.trace).not.toContain('\n');
      expect(f.trace.startsWith('[{"step":')).toBe(true);
    }
  });

  it('rewrites no finding when nothing changed', async () => {
    const before = await findings();
    expect(await refresh('all')).toBe(total);
    const after = await findings();
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [id, f] of after) expect(f.version).toBe(before.get(id)!.version);
  });

  it('rewrites the finding of a changed count, and only that one', async () => {
    const before = await findings();
    const [changed] = [...before.entries()].find(([, f]) => f.status === 'COMPLIANT')!;
    await dataSource.query(
      `UPDATE criminal_count SET imprisonment_months = 6, suspended = false WHERE id = $1`,
      [changed],
    );
    await refresh('all');
    const after = await findings();
    expect(after.get(changed)!.status).toBe('BELOW_MINIMUM');
    expect(Number(after.get(changed)!.imposed_months)).toBe(6);
    expect(after.get(changed)!.trace).toContain('6 months');
    for (const [id, f] of after) {
      if (id !== changed) expect(f.version).toBe(before.get(id)!.version);
    }
  });

  it('deletes the finding of a count that is no longer a conviction', async () => {
    const [countId, decisionId] = (
      await dataSource.query(`SELECT id, decision_id FROM criminal_count LIMIT 1`)
    ).map((r: { id: string; decision_id: string }) => [r.id, r.decision_id])[0] as string[];
    await dataSource.query(
      `UPDATE criminal_count SET verdict = 'ACQUITTED', convicted_provision_id = NULL, imprisonment_months = NULL,
              suspended = NULL, fine_eur = NULL
        WHERE id = $1`,
      [countId],
    );
    expect(await refresh([decisionId])).toBe(0);
    const after = await findings();
    expect(after.has(countId)).toBe(false);
    expect(after.size).toBe(total - 1);
  });

  it('builds from nothing the same findings it keeps in place', async () => {
    const kept = await findings();
    await dataSource.query(`DELETE FROM finding`);
    expect(await refresh('all')).toBe(total - 1);
    const rebuilt = await findings();
    const content = (f: { version: string }) => ({ ...f, version: undefined });
    expect([...rebuilt.keys()].sort()).toEqual([...kept.keys()].sort());
    for (const [id, f] of rebuilt) expect(content(f)).toEqual(content(kept.get(id)!));
  });
});
