import { ComplianceService, refreshFindings } from '../../src/compliance/compliance.service';
import { FindingTallyRepository } from '../../src/compliance/finding-tally.repository';
import type { FindingQuery, StatsRow, TalliedDimension } from '../../src/compliance/finding.repository';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { CourtRepository } from '../../src/courts/court.repository';
import { CourtService } from '../../src/courts/court.service';
import { ImportService } from '../../src/import/import.service';
import { LawRepository } from '../../src/law/law.repository';
import { LawService } from '../../src/law/law.service';
import { countRow, toCsv, uniqueTag } from './factories';
import { openScratchDatabase } from './harness';

/**
 * `finding_tally` against the findings themselves, on a database of its own: after every kind of write (import,
 * refresh, a decision deleted, a provenance changed, a finding updated, a truncate) the tally equals the findings
 * counted afresh, and the statistics read from it equal percentile_cont and count over the findings.
 */
describe('finding tally', () => {
  let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
  let dataSource: ReturnType<typeof createDataSource>;

  beforeAll(async () => {
    scratch = await openScratchDatabase('finding_tally');
    dataSource = scratch.dataSource;
    const courts = ['Basic Court of Pristina', 'Basic Court of Prizren', 'Basic Court of Peja'];
    const rows = Array.from({ length: 60 }, (_, i) =>
      countRow({
        case_number: `${uniqueTag()}/${i}`,
        court: courts[i % 3],
        decision_date: `${2014 + (i % 4)}-0${1 + (i % 9)}-15`,
        offence_date: `2013-0${1 + (i % 9)}-01`,
        defendant: i % 7 === 0 ? 'C.D.' : 'A.B.',
        imprisonment_months: String([12, 24, 42, 60, 61, 96, 30][i % 7] + (i % 5)),
        suspended: i % 11 === 0 ? 'true' : 'false',
        verdict: i % 13 === 0 ? 'ACQUITTED' : 'CONVICTED',
        provenance: i % 4 === 0 ? 'REPORTED' : 'SYNTHETIC',
        source_url: i % 4 === 0 ? 'https://example.org/reported' : '',
        ...(i % 13 === 0
          ? { imprisonment_months: '', convicted_provision: '', suspended: '', mitigation_cited: '' }
          : {}),
      }),
    );
    await new ImportService(unitOfWork(dataSource)).importFile(toCsv(rows), 'csv');
  });
  afterAll(async () => {
    await scratch?.close();
  });

  /** Tally rows that differ from the findings counted afresh (none when in step), in one snapshot. */
  const drift = (): Promise<unknown[]> =>
    dataSource.query(`
      WITH truth AS (
        SELECT f.decision_year, f.court_id, f.provision_id, f.status, f.confidence, d.provenance,
               f.imposed_months::float8, f.minimum_months, count(*)::int AS n
          FROM finding f JOIN decision d ON d.id = f.decision_id
         GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)
      (SELECT * FROM truth EXCEPT ALL SELECT * FROM finding_tally)
      UNION ALL
      (SELECT * FROM finding_tally EXCEPT ALL SELECT * FROM truth)`);

  const findings = async () => Number((await dataSource.query(`SELECT count(*) AS n FROM finding`))[0].n);

  it('is in step after an import', async () => {
    expect(await findings()).toBeGreaterThan(40);
    expect(await drift()).toEqual([]);
    await serviceInStep();
  });

  const COLUMNS: Record<TalliedDimension, string> = {
    YEAR: 'f.decision_year',
    COURT: 'f.court_id',
    PROVISION: 'f.provision_id',
    STATUS: 'f.status',
  };

  /** The same statistics straight from the findings: what complianceStats read before the tally. */
  async function fromFindings(groupBy: TalliedDimension[], where = 'true', params: unknown[] = []) {
    const dims = groupBy.map((d) => COLUMNS[d]);
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${dims.map((d, i) => `${d} AS k${i}, `).join('')} count(*)::int AS total,
              count(*) FILTER (WHERE f.status = 'BELOW_MINIMUM')::int AS below,
              count(*) FILTER (WHERE f.status = 'COMPLIANT')::int AS compliant,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY f.imposed_months) AS imposed,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY f.minimum_months) AS minimum
         FROM finding f JOIN decision d ON d.id = f.decision_id WHERE ${where}
        ${dims.length ? `GROUP BY ${dims.join(', ')} ORDER BY ${dims.join(', ')}` : ''}`,
      params,
    );
    return rows.map((r) => ({
      total: r.total,
      belowMinimum: r.below,
      compliant: r.compliant,
      medianImposedMonths: r.imposed === null ? null : Number(r.imposed),
      medianMinimumMonths: r.minimum === null ? null : Number(r.minimum),
    }));
  }

  const figures = (rows: StatsRow[]) =>
    rows.map((r) => ({
      total: r.total,
      belowMinimum: r.belowMinimum,
      compliant: r.compliant,
      medianImposedMonths: r.medianImposedMonths,
      medianMinimumMonths: r.medianMinimumMonths,
    }));
  const fromTally = async (groupBy: TalliedDimension[], query: FindingQuery = {}) =>
    figures(await new FindingTallyRepository(dataSource).stats(groupBy, query));

  /**
   * complianceStats as the server computes it, through one service for the whole file (so through its cache of
   * statistics), reading the pool through `statements`, which records what it runs.
   */
  const statements: string[] = [];
  let service: ComplianceService;
  beforeAll(() => {
    const recorded = new Proxy(dataSource, {
      get: (target, name, receiver) =>
        name === 'query'
          ? (sql: string, params?: unknown[]) => {
              statements.push(sql);
              return target.query(sql, params);
            }
          : Reflect.get(target, name, receiver),
    });
    service = new ComplianceService(
      recorded,
      new CourtService(new CourtRepository(dataSource)),
      new LawService(new LawRepository(dataSource)),
    );
  });
  const fromService = async (groupBy: TalliedDimension[]) => figures(await service.stats(groupBy, {}));
  /** After a write: the service's statistics are the findings' own, not the ones it kept from before. */
  const serviceInStep = async () => {
    for (const groupBy of [['COURT', 'YEAR'], []] as TalliedDimension[][])
      expect(await fromService(groupBy)).toEqual(await fromFindings(groupBy));
  };

  it('serves the same statistics again from the service’s cache while the tally has not changed', async () => {
    await serviceInStep();
    statements.length = 0;
    const again = await service.stats(['COURT', 'YEAR'], {});
    expect(statements).toEqual([expect.stringMatching(/^SELECT version::text FROM finding_tally_version$/)]);
    expect(figures(again)).toEqual(await fromFindings(['COURT', 'YEAR']));
    // A different question is computed, not served from another one's answer.
    expect(await fromService(['STATUS'])).toEqual(await fromFindings(['STATUS']));
  });

  it('moves the tally version with every change to the tally, and not with a read', async () => {
    const version = async () => new FindingTallyRepository(dataSource).version();
    const start = await version();
    await fromTally(['YEAR']);
    expect(await version()).toBe(start);
    const [{ id }] = await dataSource.query(`SELECT decision_id AS id FROM finding LIMIT 1`);
    await dataSource.query(
      `UPDATE finding SET imposed_months = imposed_months + 0.5 WHERE decision_id = $1`,
      [id],
    );
    expect(BigInt(await version())).toBeGreaterThan(BigInt(start));
    await serviceInStep();
  });

  it.each<[TalliedDimension[]]>([
    [[]],
    [['YEAR']],
    [['COURT', 'YEAR']],
    [['PROVISION', 'STATUS']],
    [['STATUS']],
  ])('gives the findings’ own statistics grouped by %j', async (groupBy) => {
    const expected = await fromFindings(groupBy);
    expect(expected.length).toBeGreaterThan(0);
    expect(await fromTally(groupBy)).toEqual(expected);
  });

  it('filters as the findings would', async () => {
    expect(await fromTally(['YEAR'], { provenance: ['REPORTED'] })).toEqual(
      await fromFindings(['YEAR'], `d.provenance = 'REPORTED'`),
    );
    expect(await fromTally(['COURT'], { yearFrom: 2015, yearTo: 2016, status: 'BELOW_MINIMUM' })).toEqual(
      await fromFindings(['COURT'], `f.decision_year BETWEEN 2015 AND 2016 AND f.status = 'BELOW_MINIMUM'`),
    );
    // The reasons, the stage, finality, the judge and downgrading are not tallied: such a query is answered from the
    // findings (test/integration/compliance.test.ts, appeals.test.ts).
    expect(FindingTallyRepository.covers({ reasons: ['SUSPENDED'] })).toBe(false);
    expect(FindingTallyRepository.covers({ finalOnly: true })).toBe(false);
    expect(FindingTallyRepository.covers({}, ['COURT', 'STAGE'])).toBe(false);
    expect(FindingTallyRepository.covers({}, ['COURT', 'YEAR'])).toBe(true);
    await expect(fromTally([], { reasons: ['SUSPENDED'] })).rejects.toThrow(/does not hold what this query/);
    expect(await fromTally([], { courtId: '00000000-0000-0000-0000-000000000000' })).toEqual([
      { total: 0, belowMinimum: 0, compliant: 0, medianImposedMonths: null, medianMinimumMonths: null },
    ]);
  });

  it('stays in step when a decision is deleted, its provenance changes, or a finding is updated', async () => {
    const [gone, moved] = await dataSource.query(
      `SELECT DISTINCT decision_id AS id FROM finding ORDER BY decision_id LIMIT 2`,
    );
    const before = await findings();
    await serviceInStep();
    await dataSource.query(`DELETE FROM decision WHERE id = $1`, [gone.id]);
    expect(await findings()).toBeLessThan(before);
    expect(await drift()).toEqual([]);
    await serviceInStep();

    await dataSource.query(
      `UPDATE decision SET provenance = CASE provenance WHEN 'REPORTED' THEN 'SYNTHETIC' ELSE 'REPORTED' END,
              source_url = 'https://example.org/moved' WHERE id = $1`,
      [moved.id],
    );
    expect(await drift()).toEqual([]);

    await serviceInStep();
    await dataSource.query(`UPDATE finding SET imposed_months = imposed_months + 1 WHERE decision_id = $1`, [
      moved.id,
    ]);
    expect(await drift()).toEqual([]);
    await serviceInStep();
  });

  it('is kept by a refresh of some decisions, and by the triggers again after it in the same transaction', async () => {
    const [{ id }] = await dataSource.query(
      `SELECT decision_id AS id FROM finding WHERE imposed_months > 0 ORDER BY decision_id DESC LIMIT 1`,
    );
    const imposed = () =>
      dataSource.query(`SELECT imposed_months FROM finding WHERE decision_id = $1 ORDER BY count_id`, [id]);
    const before = await imposed();
    await unitOfWork(dataSource).transaction(async (tx) => {
      // The sentences move, so the refresh rewrites the decision's findings while the triggers step aside.
      await tx.query(
        `UPDATE criminal_count SET imprisonment_months = imprisonment_months + 7 WHERE decision_id = $1`,
        [id],
      );
      await refreshFindings(tx, [id]);
      await tx.query(`UPDATE finding SET minimum_months = minimum_months + 1 WHERE decision_id <> $1`, [id]);
    });
    expect(await imposed()).not.toEqual(before);
    expect(await drift()).toEqual([]);
    await serviceInStep();
  });

  it('stays in step through a full refresh and a truncate', async () => {
    await serviceInStep();
    await unitOfWork(dataSource).transaction((tx) => refreshFindings(tx, 'all'));
    expect(await drift()).toEqual([]);
    await serviceInStep();
    await dataSource.query(`TRUNCATE finding`);
    expect(await dataSource.query(`SELECT * FROM finding_tally`)).toEqual([]);
    expect(await fromService([])).toEqual([
      { total: 0, belowMinimum: 0, compliant: 0, medianImposedMonths: null, medianMinimumMonths: null },
    ]);
    await unitOfWork(dataSource).transaction((tx) => refreshFindings(tx, 'all'));
    expect(await findings()).toBeGreaterThan(40);
    expect(await drift()).toEqual([]);
    await serviceInStep();
  });
});
