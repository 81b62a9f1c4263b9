import { parse } from 'csv-parse/sync';
import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { startTestServer, type TestServer } from './harness';

/** What the API gained for the web application's pages: the succession chain in one field, the finality date. */
describe('API additions for the web application', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('gives the whole succession chain of a provision, oldest first, from any link of it', async () => {
    const CHAIN = `query($c: String!) { provision(citation: $c, asOf: "2015-06-01") { citation successionChain { citation } } }`;
    const chainOf = async (citation: string) => {
      const { body } = await server.gql(CHAIN, { c: citation });
      expect(body.errors).toBeUndefined();
      return body.data!.provision.successionChain.map((p: { citation: string }) => p.citation);
    };
    const chain = await chainOf('neni 171 KPRK');
    const order = ['UNMIK Reg 2001/4 s. 2', 'PCCK Art. 139', 'CCK Art. 171', 'CC 06/L-074 Art. 165'].map(
      (c) => chain.indexOf(c),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The same chain whichever link is cited.
    expect(await chainOf('PCCK 139')).toEqual(chain);
    expect(await chainOf('Article 165 of Criminal Code No. 06/L-074')).toEqual(chain);
  });

  it('lists the decisions that applied a provision, as the decisions filter does', async () => {
    const { body } = await server.gql(`{
      provision(citation: "PCCK 139", asOf: "2010-01-01") { decisions(first: 5) { totalCount edges { node { id } } } }
      decisions(filter: { provision: "PCCK 139" }, first: 5) { totalCount edges { node { id } } }
    }`);
    expect(body.errors).toBeUndefined();
    const { provision, decisions } = body.data!;
    expect(provision.decisions.totalCount).toBeGreaterThan(0);
    expect(provision.decisions).toEqual(decisions);
    const tooMany = await server.gql(
      `{ provision(citation: "PCCK 139") { decisions(first: 101) { totalCount } } }`,
    );
    expect(tooMany.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  const APPLICABLE = `query($final: Date) {
    applicablePenalty(citation: "UNMIK Reg 2001/4 s 2", offenceDate: "2003-06-01", judgmentDate: "2004-01-15", finalDate: $final) {
      range { citation minMonths maxMonths } lexMitiorApplied
    }
  }`;

  it('applies a more lenient law that came into force before the decision became final', async () => {
    const judged = await server.gql(APPLICABLE, { final: null });
    expect(judged.body.errors).toBeUndefined();
    expect(judged.body.data!.applicablePenalty).toMatchObject({
      range: { citation: 'UNMIK Reg 2001/4 s. 2' },
      lexMitiorApplied: false,
    });
    const final = await server.gql(APPLICABLE, { final: '2004-09-01' });
    expect(final.body.errors).toBeUndefined();
    expect(final.body.data!.applicablePenalty).toMatchObject({
      range: { citation: 'PCCK Art. 139' },
      lexMitiorApplied: true,
    });
  });

  it('refuses a finality date before the judgment', async () => {
    const { body } = await server.gql(APPLICABLE, { final: '2003-12-31' });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/finalDate 2003-12-31 is before the judgment date 2004-01-15/);
  });

  it('exports the findings of the provenances the dashboard lists, and refuses an unknown one', async () => {
    const { key } = await new ApiKeyService(unitOfWork(server.dataSource)).create(
      `web-monitor-${Date.now()}`,
      'monitor',
    );
    const csv = async (query: string) => {
      const res = await fetch(server.url.replace('/graphql', `/reports/findings.csv?${query}`), {
        headers: { authorization: `Bearer ${key}` },
      });
      return { status: res.status, text: await res.text() };
    };
    const column = (text: string) =>
      (parse(text, { columns: true, bom: true }) as Record<string, string>[]).map((r) => r.provenance);
    const synthetic = await csv('provenance=SYNTHETIC');
    expect(synthetic.status).toBe(200);
    const values = column(synthetic.text);
    expect(values.length).toBeGreaterThan(0);
    expect(new Set(values)).toEqual(new Set(['SYNTHETIC']));
    const publishable = await csv('provenance=OFFICIAL,REPORTED');
    expect(publishable.status).toBe(200);
    expect(column(publishable.text)).not.toContain('SYNTHETIC');
    const bad = await csv('provenance=OFFICIAL,INVENTED');
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/not INVENTED/);
  });
});
