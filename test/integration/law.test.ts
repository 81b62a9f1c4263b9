import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PROVISION = `
  query Provision($citation: String!, $asOf: Date) {
    provision(citation: $citation, asOf: $asOf) {
      id citation number asOf inForceNote
      instrument { id shortName }
      heading { sq sr en }
      fullText(language: EN)
      inForce { validFrom validTo source { verification } penalties {
        variant imprisonmentMinMonths imprisonmentMaxMonths fineMode source { url document verification } } }
      predecessors { citation }
      successors { citation }
    }
  }`;

describe('provision(citation, asOf)', () => {
  it('answers UNMIK Reg 2001/4 s 1 with the definition of trafficking', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'UNMIK Reg 2001/4 s 1' });
    expect(body.errors).toBeUndefined();
    expect(body.data!.provision.instrument.id).toBe('unmik-reg/2001/4');
    expect(body.data!.provision.fullText).toMatch(
      /recruitment, transportation, transfer, harbouring or receipt of persons/,
    );
  });

  it('answers "neni 171 KPRK" on 2015-06-01 with the 2013 code, in force', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'neni 171 KPRK', asOf: '2015-06-01' });
    expect(body.errors).toBeUndefined();
    const p = body.data!.provision;
    expect(p.instrument.id).toBe('ks-law/04-L-082');
    expect(p.asOf).toBe('2015-06-01');
    expect(p.inForce.validFrom).toBe('2013-01-01');
    expect(p.predecessors.map((x: { citation: string }) => x.citation)).toContain('PCCK Art. 139');
  });

  it('says clearly when no version was in force on the day', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'CCK Art. 171', asOf: '2010-01-01' });
    expect(body.data!.provision.inForce).toBeNull();
    expect(body.data!.provision.inForceNote).toMatch(/not yet in force on 2010-01-01.*2013-01-01/);
  });

  it('resolves the same article from English, Albanian and Serbian citations', async () => {
    const ids = await Promise.all(
      ['PCCK Art. 139', 'PCCK 139', 'neni 139 KPPK'].map(async (citation) => {
        const { body } = await server.gql(PROVISION, { citation, asOf: '2008-01-01' });
        expect(body.errors).toBeUndefined();
        return body.data!.provision.id;
      }),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('carries a source and a verification status on every penalty, and null where no source gives a figure', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'CCK Art. 171', asOf: '2016-01-01' });
    const [basic] = body.data!.provision.inForce.penalties;
    expect(basic.imprisonmentMinMonths).toBe(60);
    expect(basic.imprisonmentMaxMonths).toBeNull();
    expect(basic.source.verification).toBe('VERIFIED_SECONDARY');
    expect(basic.source.url ?? basic.source.document).toBeTruthy();
  });

  it('is BAD_USER_INPUT for a citation it cannot read, naming what was not understood', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'XYZ Art. 5' });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0].message).toMatch(/XYZ/);
  });

  it('is NOT_FOUND for a well-formed citation of a provision not held', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'CCK Art. 999' });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('is BAD_USER_INPUT for an impossible date', async () => {
    const { body } = await server.gql(PROVISION, { citation: 'CCK Art. 171', asOf: '2015-02-30' });
    expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('instruments, provisions and courts', () => {
  it('lists every seeded instrument with dated, sourced metadata', async () => {
    const { body } = await server.gql(
      `{ instruments { id shortName datesSource { verification } provisions { number } } }`,
    );
    const ids = body.data!.instruments.map((i: { id: string }) => i.id);
    for (const id of [
      'sfry-cc/1976',
      'srs-cc/1977',
      'kos-lppo',
      'unmik-reg/2001/4',
      'unmik-reg/2003/25',
      'ks-law/04-L-082',
      'ks-law/06-L-074',
      'ks-law/04-L-218',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('follows the succession chain from the Regulation to the 2019 code', async () => {
    const { body } = await server.gql(`{ provision(citation: "PCCK Art. 139") {
      successors { citation successors { citation successors { citation } } }
      predecessors { citation } } }`);
    const p = body.data!.provision;
    expect(p.predecessors.map((x: { citation: string }) => x.citation)).toContain('UNMIK Reg 2001/4 s. 2');
    expect(p.successors[0].citation).toBe('CCK Art. 171');
    expect(p.successors[0].successors[0].citation).toMatch(/Art\. 165$/);
  });

  it('filters provisions in force on a day', async () => {
    const { body } = await server.gql(
      `{ provisions(filter: { inForceOn: "2016-01-01", topLevelOnly: true }) { citation instrument { id } } }`,
    );
    const instruments = new Set(
      body.data!.provisions.map((p: { instrument: { id: string } }) => p.instrument.id),
    );
    expect(instruments.has('ks-law/04-L-082')).toBe(true);
    expect(instruments.has('unmik-reg/2003/25')).toBe(false);
  });

  it('finds a court by any alias in three languages, with its successor', async () => {
    for (const name of [
      'Osnovni sud u Prištini',
      'Gjykata Themelore në Prishtinë',
      'basic court of pristina',
    ]) {
      const { body } = await server.gql(`query($n: String!) { court(name: $n) { code level } }`, { n: name });
      expect(body.data!.court).toEqual({ code: 'basic-pristina', level: 'BASIC' });
    }
    const { body } = await server.gql(`{ court(name: "District Court of Pec") { code successor { code } } }`);
    expect(body.data!.court).toEqual({ code: 'district-peja', successor: { code: 'basic-peja' } });
  });
});
