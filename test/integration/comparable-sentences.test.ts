import { COMPARABLE_SQL } from '../../src/bench/figures.bench';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { openScratchDatabase, startTestServer, type TestServer } from './harness';

/**
 * Comparable sentences through GraphQL, on a database of its own: a hand-made set of 2025 decisions whose offences
 * (2024) fall under CC 06/L-074 Art. 165 (60 to 144 months, a fine added to imprisonment, not instead of it). The
 * expectations are worked out by hand from the rows below.
 */
const OFFENCE = '2024-05-01';
const ART_165 = 'CC 06/L-074 Art. 165';

const row = (over: Record<string, unknown>) => ({
  court: 'Basic Court of Pristina',
  decision_type: 'FIRST_INSTANCE',
  final: null,
  offence_date: OFFENCE,
  charged_provision: ART_165,
  convicted_provision: ART_165,
  verdict: 'CONVICTED',
  imprisonment_months: null,
  suspended: false,
  fine_eur: null,
  circumstances: [],
  mitigation_cited: false,
  source_url: 'https://example.org/figures-test',
  provenance: 'OFFICIAL',
  ...over,
});

const ROWS = [
  // Decision A: 72 months (compliant), 36 months (12 below), 24 months suspended (0 served), 48 months whose
  // suspension is not recorded (below the minimum on both readings; left out of n).
  ...[
    { defendant: 'A.A.', imprisonment_months: 72 },
    { defendant: 'B.B.', imprisonment_months: 36 },
    { defendant: 'C.C.', imprisonment_months: 24, suspended: true },
    { defendant: 'J.J.', imprisonment_months: 48, suspended: null },
  ].map((r) => row({ case_number: 'FIG-A/25', decision_date: '2025-03-10', ...r })),
  // Decision B (reported): a fine alone, 60 months and a fine, 120 months with a child victim.
  ...[
    { defendant: 'D.D.', fine_eur: 2000, suspended: null },
    { defendant: 'E.E.', imprisonment_months: 60, fine_eur: 1000 },
    { defendant: 'F.F.', imprisonment_months: 120, circumstances: ['VICTIM_CHILD'] },
  ].map((r) => row({ case_number: 'FIG-B/25', decision_date: '2025-06-20', provenance: 'REPORTED', ...r })),
  // Decision C (30 months), raised to 66 months on appeal by decision D: C is no longer the last word.
  row({ case_number: 'FIG-C/25', decision_date: '2025-02-01', defendant: 'G.G.', imprisonment_months: 30 }),
  row({
    case_number: 'FIG-D/25',
    court: 'Court of Appeals',
    decision_type: 'APPEAL',
    decision_date: '2025-09-01',
    defendant: 'G.G.',
    imprisonment_months: 66,
    appeal_of_court: 'Basic Court of Pristina',
    appeal_of_case_number: 'FIG-C/25',
    appeal_outcome: 'MODIFIES',
  }),
  // Left out by default: a synthetic example, and a count under a provision outside the chain.
  row({
    case_number: 'FIG-E/25',
    decision_date: '2025-04-04',
    defendant: 'H.H.',
    imprisonment_months: 12,
    provenance: 'SYNTHETIC',
    source_url: null,
  }),
  row({
    case_number: 'FIG-F/25',
    decision_date: '2025-05-05',
    defendant: 'I.I.',
    convicted_provision: 'CCK Art. 231',
    imprisonment_months: 6,
  }),
];

const DISTRIBUTION = `
  query Sentences($filter: ComparableSentencesFilter!, $first: Int, $after: String) {
    comparableSentences(filter: $filter) {
      provision { citation }
      chain { citation }
      n total sentenceUnknown unit suppressed note percentileMethod
      percentiles { p10 p25 p50 p75 p90 }
      histogram { fromMonths toMonths label count }
      shares {
        imprisonment { count of share denominator }
        suspended { count of share }
        fineOnly { count of share }
        noPenalty { count of share }
        belowMinimum { count of share denominator }
      }
      meanImprisonmentMonths meanSuspendedMonths meanFineOnlyEur
      undetermined unverified decisions countingRules
      ranges { citation variant minMonths maxMonths fineMode validFrom }
      appliedRanges { counts range { citation } }
      findings(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { decision { caseNumber } count { imprisonmentMonths } imposedMonths status } }
      }
    }
  }`;

describe('comparableSentences (own database)', () => {
  let server: TestServer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await openScratchDatabase('kosovo_law_figures');
    close = scratch.close;
    await new ImportService(unitOfWork(scratch.dataSource)).importFile(JSON.stringify(ROWS), 'json');
    server = await startTestServer(scratch.url);
  }, 180_000); // migrations and seeds on a database of its own: slow on a busy machine

  afterAll(async () => {
    await server?.close();
    await close?.();
  });

  const sentences = async (filter: Record<string, unknown>, first = 20, after?: string) => {
    const { body } = await server.gql(DISTRIBUTION, {
      filter: { yearFrom: 2025, yearTo: 2025, ...filter },
      first,
      after,
    });
    expect(body.errors).toBeUndefined();
    return body.data!.comparableSentences;
  };

  it('counts every provision of the chain, each count against the law that applied, with hand-computed percentiles', async () => {
    // Cited by a predecessor: the chain includes CC Art. 165, under which every count here was convicted.
    const d = await sentences({ provision: 'CCK Art. 171' });
    expect(d.provision.citation).toBe('CCK Art. 171');
    expect(d.chain.map((p: { citation: string }) => p.citation)).toEqual([
      'SFRY CC Art. 155',
      'KZ SRS Art. 251',
      'UNMIK Reg 2001/4 s. 2',
      'PCCK Art. 139',
      'CCK Art. 171',
      ART_165,
    ]);
    // Nine convicted counts of OFFICIAL and REPORTED decisions; J.J.'s unrecorded suspension leaves eight known.
    expect([d.total, d.n, d.sentenceUnknown, d.suppressed]).toEqual([9, 8, 1, false]);
    // Served, sorted: 0 0 30 36 60 66 72 120. Ranks (n − 1)p: 0.7, 1.75, 3.5, 5.25, 6.3.
    expect(d.percentiles.p10).toBeCloseTo(0, 9);
    expect(d.percentiles.p25).toBeCloseTo(22.5, 9); // 0 + 0.75 × 30
    expect(d.percentiles.p50).toBeCloseTo(48, 9); // (36 + 60) / 2
    expect(d.percentiles.p75).toBeCloseTo(67.5, 9); // 66 + 0.25 × 6
    expect(d.percentiles.p90).toBeCloseTo(86.4, 9); // 72 + 0.3 × 48
    expect(d.percentileMethod).toMatch(/percentile_cont/);
    expect(d.unit).toMatch(/suspended term counts as 0 months/);
    expect(d.histogram.map((b: { count: number }) => b.count)).toEqual([2, 0, 0, 1, 1, 3, 1, 0]);
    expect(d.histogram[5]).toEqual({ fromMonths: 60, toMonths: 96, label: '5 to under 8 years', count: 3 });
    expect(d.histogram[7]).toMatchObject({ fromMonths: 144, toMonths: null });
  });

  it('gives the shares with their denominators and the averages of each kind', async () => {
    const d = await sentences({ provision: ART_165 });
    expect(d.shares.imprisonment).toMatchObject({ count: 6, of: 8, share: 0.75 });
    expect(d.shares.imprisonment.denominator).toMatch(/months to serve are known/);
    expect(d.shares.suspended).toEqual({ count: 1, of: 8, share: 0.125 });
    expect(d.shares.fineOnly).toEqual({ count: 1, of: 8, share: 0.125 });
    expect(d.shares.noPenalty).toEqual({ count: 0, of: 8, share: 0 });
    // Below the minimum: 36, the suspended 24, the fine alone, 30 and J.J.'s 48; compliant: 72, 60, 120, 66.
    expect(d.shares.belowMinimum).toMatchObject({ count: 5, of: 9 });
    expect(d.shares.belowMinimum.share).toBeCloseTo(5 / 9, 12);
    expect(d.undetermined).toBe(0);
    expect(d.meanImprisonmentMonths).toBeCloseTo((72 + 36 + 60 + 120 + 30 + 66) / 6, 9);
    expect(d.meanSuspendedMonths).toBe(24);
    expect(d.meanFineOnlyEur).toBe(2000);
    expect(d.decisions).toBe(4);
    expect(d.note).toBe(
      '1 of the 9 convicted counts is left out of n: no sentence recorded, or a term whose suspension is not recorded.',
    );
    expect(d.countingRules.join(' ')).toMatch(/Life imprisonment/);
  });

  it('lists the statutory ranges that applied, with how many counts each', async () => {
    const d = await sentences({ provision: ART_165 });
    expect(d.ranges).toEqual([
      {
        citation: ART_165,
        variant: 'BASIC',
        minMonths: 60,
        maxMonths: 144,
        fineMode: 'CUMULATIVE',
        validFrom: '2019-01-14',
      },
    ]);
    expect(d.appliedRanges).toEqual([{ counts: 9, range: { citation: ART_165 } }]);
  });

  it('counts only the last word when finalOnly is set', async () => {
    // C (30 months) is reviewed by D: left are 0 0 36 60 66 72 120, and J.J.
    const d = await sentences({ provision: ART_165, finalOnly: true });
    expect([d.total, d.n]).toEqual([8, 7]);
    expect(d.percentiles.p50).toBe(60);
    expect(d.shares.belowMinimum).toMatchObject({ count: 4, of: 8 });
    expect(d.decisions).toBe(3);
  });

  it('leaves synthetic examples out unless asked for, and withholds percentiles below five counts', async () => {
    const synthetic = await sentences({ provision: ART_165, provenance: ['SYNTHETIC'] });
    expect([synthetic.total, synthetic.n, synthetic.suppressed, synthetic.percentiles]).toEqual([
      1,
      1,
      true,
      null,
    ]);
    expect(synthetic.note).toMatch(
      /^Percentiles withheld: only 1 count has a known sentence, fewer than 5\./,
    );
    expect(synthetic.histogram[2].count).toBe(1); // 12 months: "1 to under 2 years"
    expect(synthetic.countingRules.join(' ')).toMatch(/not evidence/);
    const all = await sentences({ provision: ART_165, provenance: ['OFFICIAL', 'REPORTED', 'SYNTHETIC'] });
    expect(all.total).toBe(10);
  });

  it('narrows to counts with every circumstance asked for', async () => {
    const child = await sentences({ provision: ART_165, circumstances: ['VICTIM_CHILD'] });
    expect([child.total, child.n, child.suppressed]).toEqual([1, 1, true]);
    expect(child.meanImprisonmentMonths).toBe(120);
    const both = await sentences({ provision: ART_165, circumstances: ['VICTIM_CHILD', 'ORGANISED_GROUP'] });
    expect(both.total).toBe(0);
    expect(both.note).toBe('No convicted count matches the filter.');
    expect(both.shares.belowMinimum.share).toBeNull();
  });

  it('pages through the counts behind the figures, and counts those on unverified law as the findings say', async () => {
    const first = await sentences({ provision: ART_165 }, 4);
    expect(first.findings.totalCount).toBe(9);
    expect(first.findings.edges.map((e: any) => e.node.decision.caseNumber)).toEqual([
      'FIG-D/25',
      'FIG-B/25',
      'FIG-B/25',
      'FIG-B/25',
    ]);
    const rest = await sentences({ provision: ART_165 }, 20, first.findings.pageInfo.endCursor);
    expect(rest.findings.edges.map((e: any) => e.node.decision.caseNumber)).toEqual([
      'FIG-A/25',
      'FIG-A/25',
      'FIG-A/25',
      'FIG-A/25',
      'FIG-C/25',
    ]);
    const { body } = await server.gql(
      `{ sentencingFindings(first: 100, filter: { yearFrom: 2025, yearTo: 2025, confidence: UNVERIFIED,
           provenance: [OFFICIAL, REPORTED], provision: "${ART_165}" }) { totalCount } }`,
    );
    expect(first.unverified).toBe(body.data!.sentencingFindings.totalCount);
  });

  it('gives over all years what the same aggregate gives in SQL, percentile_cont in the database', async () => {
    const { body } = await server.gql(
      `{ comparableSentences(filter: { provision: "CCK Art. 171" }) {
           chain { id } n total percentiles { p10 p25 p50 p75 p90 } histogram { count }
           shares { imprisonment { count } suspended { count } fineOnly { count } belowMinimum { count of } }
           meanImprisonmentMonths unverified } }`,
    );
    expect(body.errors).toBeUndefined();
    const d = body.data!.comparableSentences;
    const [sql] = await server.dataSource.query(COMPARABLE_SQL, [
      d.chain.map((p: { id: string }) => p.id),
      ['OFFICIAL', 'REPORTED'],
    ]);
    // The seeds' reported convictions join the hand-made set here: more than the nine of 2025.
    expect(d.total).toBeGreaterThan(9);
    expect([d.total, d.n]).toEqual([sql.total, sql.n]);
    const percentiles = [
      d.percentiles.p10,
      d.percentiles.p25,
      d.percentiles.p50,
      d.percentiles.p75,
      d.percentiles.p90,
    ];
    percentiles.forEach((p, i) => expect(p).toBeCloseTo(sql.percentiles[i], 9));
    expect(d.histogram.map((b: { count: number }) => b.count)).toEqual(sql.histogram);
    expect([d.shares.imprisonment.count, d.shares.suspended.count, d.shares.fineOnly.count]).toEqual([
      sql.imprisonment,
      sql.suspended,
      sql.fineOnly,
    ]);
    expect([d.shares.belowMinimum.count, d.shares.belowMinimum.of]).toEqual([
      sql.belowMinimum,
      sql.determined,
    ]);
    expect(d.meanImprisonmentMonths).toBeCloseTo(sql.meanImprisonmentMonths, 9);
    expect(d.unverified).toBe(sql.unverified);
  });

  it('reads its citation as of a day as provision(citation, asOf) reads it', async () => {
    // The seeded law gives each number to one provision only, so the day never changes the answer here: this checks
    // that the filter takes the day and that both lookups agree on it.
    for (const [citation, asOf] of [
      ['neni 171 KPRK', '2015-06-01'],
      ['KPRK 165', '2020-06-01'],
      ['Art. 139', '2005-01-01'],
    ]) {
      const { body } = await server.gql(
        `query ($citation: String!, $asOf: Date) {
           comparableSentences(filter: { provision: $citation, asOf: $asOf }) { provision { citation } }
           provision(citation: $citation, asOf: $asOf) { citation } }`,
        { citation, asOf },
      );
      expect(body.errors).toBeUndefined();
      expect(body.data!.comparableSentences.provision.citation).toBe(body.data!.provision.citation);
    }
    const { body } = await server.gql(
      `{ comparableSentences(filter: { provision: "CCK Art. 171", asOf: "2015-02-30" }) { n } }`,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).toMatch(/2015-02-30/);
  });

  it('refuses bad input with a code, and names what is wrong', async () => {
    const ask = (filter: Record<string, unknown>) => server.gql(DISTRIBUTION, { filter, first: 1 });
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ provision: 'Art. nonsense of nothing' }, 'BAD_USER_INPUT', /./],
      [{ provision: ' ' }, 'BAD_USER_INPUT', /provision must name a provision/],
      [{ provision: ART_165, yearFrom: 2026, yearTo: 2025 }, 'BAD_USER_INPUT', /yearFrom \(2026\) is after/],
      [{ provision: ART_165, provenance: [] }, 'BAD_USER_INPUT', /provenance must name at least one/],
      [{ provision: 'CCK Art. 9999' }, 'NOT_FOUND', /./],
    ];
    for (const [filter, code, message] of cases) {
      const { body } = await ask(filter);
      expect([filter, body.errors?.[0]?.extensions?.code]).toEqual([filter, code]);
      expect(body.errors![0].message).toMatch(message);
      expect(body.errors![0].message).not.toMatch(/undefined/);
    }
    const { body } = await server.gql(DISTRIBUTION, {
      filter: { provision: ART_165 },
      first: 1,
      after: 'not-a-cursor',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Last: it adds a count to the set the tests above count.
  it('answers a question asked again from what it kept, and afresh once findings are written', async () => {
    const before = await sentences({ provision: ART_165 });
    const again = await sentences({ provision: ART_165 });
    expect(again).toEqual(before);
    await new ImportService(unitOfWork(server.dataSource)).importFile(
      JSON.stringify([
        row({
          case_number: 'FIG-G/25',
          decision_date: '2025-10-10',
          defendant: 'K.K.',
          imprisonment_months: 96,
        }),
      ]),
      'json',
    );
    const after = await sentences({ provision: ART_165 });
    expect([after.total, after.n, after.histogram[6].count]).toEqual([before.total + 1, before.n + 1, 2]);
  });
});

describe('dataVersion (own database)', () => {
  let server: TestServer;
  let close: () => Promise<void>;
  let importer: ImportService;

  beforeAll(async () => {
    const scratch = await openScratchDatabase('kosovo_law_data_version');
    close = scratch.close;
    importer = new ImportService(unitOfWork(scratch.dataSource));
    server = await startTestServer(scratch.url);
  }, 180_000); // migrations and seeds on a database of its own: slow on a busy machine

  afterAll(async () => {
    await server?.close();
    await close?.();
  });

  const version = async () => {
    const { body } = await server.gql('{ dataVersion { lawRevision findingsVersion readAt citation } }');
    expect(body.errors).toBeUndefined();
    return body.data!.dataVersion;
  };

  it('gives the law revision, the findings version and the time in a line to cite', async () => {
    const v = await version();
    expect(v.lawRevision).toMatch(/^\d+$/);
    expect(v.findingsVersion).toMatch(/^\d+$/);
    expect(v.readAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Math.abs(Date.parse(v.readAt) - Date.now())).toBeLessThan(10 * 60_000);
    expect(v.citation).toBe(
      `Data: law revision ${v.lawRevision}, findings version ${v.findingsVersion}, read ${v.readAt}`,
    );
  });

  it('moves the findings version with an import, also one that changes no finding, and not with a read', async () => {
    const before = await version();
    expect((await version()).findingsVersion).toBe(before.findingsVersion);
    const first = row({
      case_number: 'FIG-V/25',
      decision_date: '2025-03-10',
      defendant: 'A.A.',
      imprisonment_months: 72,
    });
    await importer.importFile(JSON.stringify([first]), 'json');
    const imported = await version();
    expect(BigInt(imported.findingsVersion)).toBeGreaterThan(BigInt(before.findingsVersion));
    expect(imported.lawRevision).toBe(before.lawRevision);
    // The same decision again with its summary changed: a decision rewritten, its finding the same as before.
    await importer.importFile(JSON.stringify([{ ...first, summary: 'Summary corrected.' }]), 'json');
    expect(BigInt((await version()).findingsVersion)).toBeGreaterThan(BigInt(imported.findingsVersion));
  });

  it('moves the findings version when an appeal link alone is written', async () => {
    const before = await version();
    await server.dataSource.query(
      `INSERT INTO decision_link (decision_id, lower_decision_id, outcome)
       SELECT a.id, b.id, 'AFFIRMS' FROM decision a, decision b
        WHERE a.case_number = 'SYN-PAKR-2016-412' AND b.case_number = 'SYN-P-2016-009'`,
    );
    expect(BigInt((await version()).findingsVersion)).toBeGreaterThan(BigInt(before.findingsVersion));
  });
});
