import { aCase, type WrittenCase } from './factories';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let written: WrittenCase;
const courts = ['Basic Court of Pristina', 'Basic Court of Prizren', 'Basic Court of Peja'];

beforeAll(async () => {
  server = await startTestServer();
  // 60 decisions of 2031 (a year no seed uses), each with two defendants and three counts.
  written = await aCase(server.dataSource, {
    decisions: Array.from({ length: 60 }, (_, i) => ({
      court: courts[i % 3],
      date: `2031-0${1 + (i % 9)}-1${i % 10}`,
      defendants: [
        { label: 'A.B.', counts: [{}, { charged: 'CCK Art. 171', convicted: 'CCK Art. 231' }] },
        { label: 'C.D.', counts: [{ verdict: 'ACQUITTED' }] },
      ],
    })),
  });
});
afterAll(() => server.close());

const PAGE = `
  query Page($first: Int, $after: String, $filter: DecisionFilter) {
    decisions(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { cursor node {
        id caseNumber date synthetic
        court { code name { en } }
        defendants { label }
        counts {
          verdict imprisonmentMonths
          defendant { label }
          convictedProvision { citation instrument { shortName } }
          chargedProvision { citation }
        }
      } }
    }
  }`;

describe('decisions', () => {
  it('costs the same small, fixed number of SQL statements for 5 decisions as for 50', async () => {
    const filter = { yearFrom: 2031, yearTo: 2031 };
    await server.gql(PAGE, { first: 1, filter }); // the first request loads the process's law cache
    server.statements.count = 0;
    const small = await server.gql(PAGE, { first: 5, filter });
    const smallStatements = server.statements.count;
    server.statements.count = 0;
    const page = await server.gql(PAGE, { first: 50, filter });
    const pageStatements = server.statements.count;

    expect(page.body.errors).toBeUndefined();
    expect(small.body.data!.decisions.edges).toHaveLength(5);
    const edges = page.body.data!.decisions.edges;
    expect(edges).toHaveLength(50);
    expect(edges.flatMap((e: any) => e.node.counts)).toHaveLength(150);
    expect(edges[0].node.counts[0].convictedProvision.instrument.shortName).toBe('CCK');
    // page, courts, defendants, counts, defendants by id, and the law revision check (provisions and
    // instruments come from the law cache)
    expect(pageStatements).toBeLessThanOrEqual(6);
    expect(pageStatements).toBe(smallStatements);
  });

  it('pages newest first with opaque cursors, with no gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: any = await server.gql(PAGE, { first: 25, after, filter: { yearFrom: 2031 } });
      seen.push(...body.data.decisions.edges.map((e: any) => e.node.caseNumber));
      const dates = body.data.decisions.edges.map((e: any) => e.node.date);
      expect([...dates].sort().reverse()).toEqual(dates);
      if (!body.data.decisions.pageInfo.hasNextPage) break;
      after = body.data.decisions.pageInfo.endCursor;
    }
    expect(seen.filter((c) => c.startsWith(written.tag))).toHaveLength(60);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by court alias, provision citation and verdict', async () => {
    const { body } = await server.gql(
      `query($f: DecisionFilter) { decisions(first: 100, filter: $f) { totalCount edges { node { court { code } } } } }`,
      { f: { yearFrom: 2031, yearTo: 2031, court: 'Osnovni sud u Prizrenu', provision: 'neni 231 KPRK' } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.decisions.totalCount).toBe(20);
    expect(new Set(body.data!.decisions.edges.map((e: any) => e.node.court.code))).toEqual(
      new Set(['basic-prizren']),
    );
  });

  it('refuses a malformed cursor and a page larger than 100', async () => {
    const bad = await server.gql(PAGE, { first: 5, after: 'not-a-cursor' });
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const big = await server.gql(PAGE, { first: 10000 });
    expect(big.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('finds a decision by case number and court, with its defendants and counts', async () => {
    const { caseNumber } = written.decisions[4]; // before the Basic Court of Prizren
    const { body } = await server.gql(
      `query($n: String!, $c: String!) { decision(caseNumber: $n, court: $c) { caseNumber provenance synthetic
         defendants { label counts { sequence verdict convictedCitation } } } }`,
      { n: caseNumber, c: 'Gjykata Themelore në Prizren' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.decision).toEqual({
      caseNumber,
      provenance: 'SYNTHETIC',
      synthetic: true,
      defendants: [
        {
          label: 'A.B.',
          counts: [
            { sequence: 1, verdict: 'CONVICTED', convictedCitation: 'CCK Art. 171' },
            { sequence: 2, verdict: 'CONVICTED', convictedCitation: 'CCK Art. 231' },
          ],
        },
        { label: 'C.D.', counts: [{ sequence: 1, verdict: 'ACQUITTED', convictedCitation: null }] },
      ],
    });
  });

  it('serves the seeded reported decisions with provenance and source', async () => {
    const { body } = await server.gql(
      `{ decisions(first: 100, filter: { provenance: REPORTED }) { totalCount edges { node { sourceUrl sourceNote synthetic } } } }`,
    );
    expect(body.data!.decisions.totalCount).toBeGreaterThanOrEqual(5);
    for (const e of body.data!.decisions.edges) {
      expect(e.node.synthetic).toBe(false);
      // A URL, or a note naming the document held with the project's sources.
      expect(e.node.sourceUrl ?? e.node.sourceNote).toMatch(/^https?:\/\/|shared\/sources\//);
    }
  });
});
