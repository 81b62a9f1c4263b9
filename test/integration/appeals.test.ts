import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { aCase, countRow, uniqueTag, type CsvRow } from './factories';
import { startTestServer, type TestServer } from './harness';

/**
 * Outcomes after appeal, through the real GraphQL server: a case imported stage by stage (first instance, appeal,
 * supreme court, retrial), each finding knowing its stage, whether it is the last word and which finding is; the
 * filters, the STAGE grouping and correctedOnAppeal, all hand-computed.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

type Row = CsvRow & Record<string, string>;
const importRows = (rows: Row[]) =>
  new ImportService(unitOfWork(server.dataSource)).importFile(JSON.stringify(rows), 'json');

const FINDINGS = `query($filter: FindingFilter) {
  sentencingFindings(filter: $filter, first: 50) {
    totalCount
    edges { node { status stage final finalNote
      decision { caseNumber } count { defendant { label } }
      finalFinding { status decision { caseNumber } } } }
  }
}`;

/** Every finding of these decisions, by "case number, defendant": read decision by decision (exact in a shared database). */
async function findingsOf(decisions: { caseNumber: string; court: string }[]) {
  const found: Record<string, any> = {};
  for (const { caseNumber, court } of decisions) {
    const { body } = await server.gql(
      `query($n: String!, $c: String!) { decision(caseNumber: $n, court: $c) { counts {
         defendant { label }
         finding { status stage final finalNote finalFinding { status decision { caseNumber } } } } } }`,
      { n: caseNumber, c: court },
    );
    for (const c of body.data!.decision?.counts ?? [])
      if (c.finding) found[`${caseNumber} ${c.defendant.label}`] = c.finding;
  }
  return found;
}

describe('a case followed through appeal, annulment and retrial', () => {
  const tag = uniqueTag();
  // A court and years no other test writes to, so the filters below see this case alone beside the seeds.
  const court = 'Basic Court of Gjakova';
  const first = `${tag}-P`;
  const appeal = `${tag}-PAKR`;
  const supreme = `${tag}-KZZ`;
  const retrial = `${tag}-RE`;
  const filter = { yearFrom: 2016, yearTo: 2018, provenance: ['SYNTHETIC'], court };
  const decisions = () => [
    { caseNumber: first, court },
    { caseNumber: appeal, court: 'Court of Appeals' },
    { caseNumber: supreme, court: 'Supreme Court' },
    { caseNumber: retrial, court },
  ];

  beforeAll(async () => {
    await aCase(server.dataSource, {
      tag,
      court,
      decisions: [
        // First instance: A.B. 24 months and C.D. 48 months, both below the 60-month minimum; E.F. 66 months.
        {
          number: 'P',
          date: '2016-03-01',
          defendants: [
            { label: 'A.B.', counts: [{ months: 24 }] },
            { label: 'C.D.', counts: [{ months: 48 }] },
            { label: 'E.F.', counts: [{ months: 66 }] },
          ],
        },
        // The appeal raises A.B. to the minimum, acquits C.D. and does not restate E.F. (partly granted: unknown).
        {
          number: 'PAKR',
          court: 'Court of Appeals',
          date: '2017-02-01',
          type: 'APPEAL',
          appealOf: { court, number: 'P', outcome: 'PARTIALLY_GRANTS' },
          defendants: [
            { label: 'A.B.', counts: [{ months: 60 }] },
            { label: 'C.D.', counts: [{ verdict: 'ACQUITTED' }] },
          ],
        },
      ],
    });
  });

  it("knows each finding's stage and last word after the appeal", async () => {
    const found = await findingsOf(decisions());
    expect(found[`${first} A.B.`]).toMatchObject({
      status: 'BELOW_MINIMUM',
      stage: 'FIRST_INSTANCE',
      final: false,
      finalFinding: { status: 'COMPLIANT', decision: { caseNumber: appeal } },
    });
    expect(found[`${first} C.D.`]).toMatchObject({ final: false, finalFinding: null });
    expect(found[`${first} C.D.`].finalNote).toMatch(
      /restates the count of C\.D\. .*: the count ends in acquitted/,
    );
    expect(found[`${first} E.F.`]).toMatchObject({ final: false, finalFinding: null });
    expect(found[`${first} E.F.`].finalNote).toMatch(
      /partly granted the appeal against .* without restating the count of E\.F\..*not held/,
    );
    expect(found[`${appeal} A.B.`]).toMatchObject({
      stage: 'APPEAL',
      final: true,
      finalFinding: { decision: { caseNumber: appeal } },
    });
  });

  it('counts a sentence below the minimum corrected on appeal, by hand, and groups by stage', async () => {
    // At this court in 2016–2018 the synthetic findings are this case's alone: A.B. 24 months (corrected to 60 on
    // appeal), C.D. 48 months (acquitted on appeal: not a correction), E.F. 66 months (compliant).
    const { body } = await server.gql(
      `query($filter: FindingFilter) { complianceStats(groupBy: [STAGE], filter: $filter) {
         stage total belowMinimum correctedOnAppeal unit } }`,
      { filter },
    );
    expect(body.data!.complianceStats).toEqual([
      {
        stage: 'FIRST_INSTANCE',
        total: 3,
        belowMinimum: 2,
        correctedOnAppeal: 1,
        unit: expect.stringMatching(/^convicted counts/),
      },
    ]);
  });

  it('counts the corrections in each bucket of every grouping as that bucket asked alone would', async () => {
    // correctedOnAppeal is read once for all the buckets of an answer: each bucket must still get its own.
    const stats = async (groupBy: string, f: Record<string, unknown>) =>
      (
        await server.gql(
          `query($filter: FindingFilter) { complianceStats(groupBy: ${groupBy}, filter: $filter) {
             year stage status total correctedOnAppeal } }`,
          { filter: f },
        )
      ).body.data!.complianceStats as {
        year: number | null;
        stage: string | null;
        status: string | null;
        total: number;
        correctedOnAppeal: number;
      }[];
    expect((await stats('[]', filter))[0].correctedOnAppeal).toBe(1);
    for (const groupBy of ['[YEAR]', '[STAGE]', '[STATUS]', '[YEAR, STAGE]', '[YEAR, STATUS]']) {
      const buckets = await stats(groupBy, filter);
      expect(buckets.reduce((n, b) => n + b.correctedOnAppeal, 0)).toBe(1);
      for (const b of buckets) {
        const alone = {
          ...filter,
          ...(b.year !== null && { yearFrom: b.year, yearTo: b.year }),
          ...(b.stage !== null && { stage: [b.stage] }),
          ...(b.status !== null && { status: b.status }),
        };
        expect([groupBy, b, (await stats('[]', alone))[0].correctedOnAppeal]).toEqual([
          groupBy,
          b,
          b.correctedOnAppeal,
        ]);
      }
    }
    // One request, statistics with two filters: each counts its own (a request reads the corrections once per filter).
    const both = await server.gql(
      `query($filter: FindingFilter, $compliant: FindingFilter) {
         all: complianceStats(groupBy: [STAGE], filter: $filter) { correctedOnAppeal }
         compliant: complianceStats(groupBy: [STAGE], filter: $compliant) { correctedOnAppeal }
         byYear: complianceStats(groupBy: [YEAR], filter: $filter) { correctedOnAppeal } }`,
      { filter, compliant: { ...filter, status: 'COMPLIANT' } },
    );
    expect(both.body.data).toEqual({
      all: [{ correctedOnAppeal: 1 }],
      compliant: [{ correctedOnAppeal: 0 }],
      byYear: expect.arrayContaining([{ correctedOnAppeal: 1 }]),
    });
    // Groupings no filter narrows to: the corrections are shared out, none lost or counted twice.
    for (const groupBy of ['[COURT]', '[PROVISION]', '[JUDGE]', '[DOWNGRADED]', '[STAGE, JUDGE]']) {
      const buckets = await stats(groupBy, filter);
      expect([groupBy, buckets.reduce((n, b) => n + b.correctedOnAppeal, 0)]).toEqual([groupBy, 1]);
    }
  });

  it('leaves out findings a later decision reviews under finalOnly', async () => {
    const all = await server.gql(FINDINGS, { filter });
    expect(all.body.data!.sentencingFindings.totalCount).toBe(3);
    const final = await server.gql(FINDINGS, { filter: { ...filter, finalOnly: true } });
    expect(final.body.data!.sentencingFindings.totalCount).toBe(0);
  });

  it('follows an annulment to the retrial, and the retrial is the last word', async () => {
    await aCase(server.dataSource, {
      tag,
      decisions: [
        // The Supreme Court annuls the appeal without a verdict of its own…
        {
          number: 'KZZ',
          court: 'Supreme Court',
          date: '2017-10-01',
          type: 'SUPREME',
          appealOf: { court: 'Court of Appeals', number: 'PAKR', outcome: 'ANNULS' },
          defendants: [{ label: 'A.B.', counts: [{ verdict: null }] }],
        },
        // …and the retrial convicts A.B. to 36 months.
        {
          number: 'RE',
          court,
          date: '2018-05-24',
          retrialAfter: { court: 'Supreme Court', number: 'KZZ' },
          defendants: [{ label: 'A.B.', counts: [{ months: 36 }] }],
        },
      ],
    });
    const found = await findingsOf(decisions());
    expect(found[`${first} A.B.`].finalFinding).toEqual({
      status: 'BELOW_MINIMUM',
      decision: { caseNumber: retrial },
    });
    expect(found[`${first} A.B.`].finalNote).toMatch(
      /annulled .*: the conviction no longer stands\. The retrial .* restates the count of A\.B\./,
    );
    expect(found[`${appeal} A.B.`]).toMatchObject({
      final: false,
      finalFinding: { decision: { caseNumber: retrial } },
    });
    expect(found[`${retrial} A.B.`]).toMatchObject({ stage: 'FIRST_INSTANCE', final: true });
    const final = await server.gql(FINDINGS, { filter: { ...filter, finalOnly: true } });
    expect(final.body.data!.sentencingFindings.edges.map((e: any) => e.node.decision.caseNumber)).toEqual([
      retrial,
    ]);
    const decision = await server.gql(
      `query($n: String!) { decision(caseNumber: $n, court: "Supreme Court") { reviewed { outcome decision { caseNumber } } retrials { caseNumber } } }`,
      { n: supreme },
    );
    expect(decision.body.data!.decision).toEqual({
      reviewed: [{ outcome: 'ANNULS', decision: { caseNumber: appeal } }],
      retrials: [{ caseNumber: retrial }],
    });
  });

  it('refuses a retrial row that also names an appeal, in words', async () => {
    const error = await importRows([
      {
        ...countRow({ case_number: `${tag}-BAD` }),
        appeal_of_court: court,
        appeal_of_case_number: first,
        retrial_after_court: 'Supreme Court',
        retrial_after_case_number: supreme,
      },
    ]).catch((e) => e);
    expect(error.problems.map((p: any) => p.reason)).toContain(
      'a decision is either an appeal (appeal_of_…) or a retrial (retrial_after_…), not both',
    );
  });
});

describe('the seeded Medicus case (reported), stage by stage', () => {
  it("follows L.D.'s first-instance conviction through appeal and annulment to the 2018 retrial", async () => {
    const { body } = await server.gql(
      `{ decision(caseNumber: "P 309/10", court: "Basic Court of Pristina") { counts { defendant { label }
           finding { stage final finalNote finalFinding { stage final decision { caseNumber date } } } } } }`,
    );
    const ld = body.data!.decision.counts.find((c: any) => c.defendant.label === 'L.D.').finding;
    expect(ld).toMatchObject({
      stage: 'FIRST_INSTANCE',
      final: false,
      finalFinding: {
        stage: 'FIRST_INSTANCE',
        final: true,
        decision: { caseNumber: 'UNNUMBERED-2018-05-24-basic-pristina', date: '2018-05-24' },
      },
    });
    expect(ld.finalNote).toMatch(
      /^PAKR 52\/14 \(Court of Appeals, 2015-11-06\) restates the count of L\.D\.: the conviction stands\. Pml\.Kzz 92\/2016 .* annulled PAKR 52\/14 .*: the conviction no longer stands\. The retrial UNNUMBERED-2018-05-24-basic-pristina/,
    );
    const ib = body.data!.decision.counts.find((c: any) => c.defendant.label === 'I.B.').finding;
    expect(ib).toMatchObject({ final: false, finalFinding: null });
    expect(ib.finalNote).toMatch(/restates the count of I\.B\.: the count ends in acquitted/);
  });
});
