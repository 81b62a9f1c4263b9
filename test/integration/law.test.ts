import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-root';
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

describe('citations read as a user writes them, and what the answer does not hold', () => {
  const READ = `
    query($citation: String!, $asOf: Date) {
      provision(citation: $citation, asOf: $asOf) {
        citation citationNote inForceNote
        fullText(language: EN) fullTextNote(language: EN)
      }
    }`;

  it.each([
    [
      'CCK Art. 171(1)',
      'CCK Art. 171',
      /CCK Art\. 171\(1\) is not held separately in this service: the whole of CCK Art\. 171 is given\./,
    ],
    [
      'UNMIK Reg 2001/4 s 2.1',
      'UNMIK Reg 2001/4 s. 2',
      /s\. 2\.1 is not held separately in this service: the whole of UNMIK Reg 2001\/4 s\. 2 is given\./,
    ],
  ])(
    'leads %s, a paragraph not held on its own, to its article, saying so',
    async (citation, article, note) => {
      const { body } = await server.gql(READ, { citation, asOf: '2015-06-01' });
      expect(body.errors).toBeUndefined();
      expect(body.data!.provision.citation).toBe(article);
      expect(body.data!.provision.citationNote).toMatch(note);
    },
  );

  it('says which instrument it took for a bare article number', async () => {
    const { body } = await server.gql(READ, { citation: '171', asOf: '2015-06-01' });
    expect(body.data!.provision.citation).toBe('CCK Art. 171');
    expect(body.data!.provision.citationNote).toBe(
      'No instrument was named: CCK Art. 171 is the only provision numbered Art. 171 held in this service.',
    );
  });

  it('reads "neni 171 KPRK" of 2020 as the 2012 code, saying so, and names the article that replaced it', async () => {
    const { body } = await server.gql(READ, { citation: 'neni 171 KPRK', asOf: '2020-06-01' });
    const p = body.data!.provision;
    expect(p.citation).toBe('CCK Art. 171');
    expect(p.citationNote).toMatch(
      /^The title cited names CCK \(04\/L-082\) and CC 06\/L-074; Art\. 171 is held only in CCK\.$/,
    );
    expect(p.inForceNote).toMatch(
      /no longer in force on 2020-06-01: it ceased to apply on 2019-01-14\. It was replaced by CC 06\/L-074 Art\. 165\./,
    );
  });

  it('leaves the note out when the citation was read as written', async () => {
    const { body } = await server.gql(READ, { citation: 'PCCK Art. 139', asOf: '2008-01-01' });
    expect(body.data!.provision.citationNote).toBeNull();
  });

  it('names the instrument, not an internal id, when a provision is not held', async () => {
    const { body } = await server.gql(READ, { citation: 'CCK Art. 9999' });
    expect(body.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(body.errors![0].message).toBe('No provision Art. 9999 of CCK is held in this service.');
  });

  it('says why a text is null: not held in this service', async () => {
    const { body } = await server.gql(READ, { citation: 'CCK Art. 171', asOf: '2015-06-01' });
    expect(body.data!.provision.fullText).toBeNull();
    expect(body.data!.provision.fullTextNote).toBe(
      'The text of CCK Art. 171 is not held in this service in any language: the sources read do not give it.',
    );
    const held = await server.gql(READ, { citation: 'UNMIK Reg 2001/4 s 1' });
    expect(held.body.data!.provision.fullText).toMatch(/recruitment/);
    expect(held.body.data!.provision.fullTextNote).toBeNull();
  });
});

describe('sources a user can open', () => {
  it('serves every document a figure cites, and links it from the source', async () => {
    const { body } = await server.gql(
      `{ provision(citation: "CCK Art. 171", asOf: "2015-06-01") { inForce { penalties { source { url document documentUrl } } } } }`,
    );
    const source = body.data!.provision.inForce.penalties[0].source;
    expect(source).toEqual({
      url: null,
      document: 'k2-2017-human-trafficking-continues.txt',
      documentUrl: '/sources/k2-2017-human-trafficking-continues.txt',
    });
    const document = await fetch(server.url.replace('/graphql', source.documentUrl));
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(await document.text()).toMatch(/minimum penalty of five years/);
    const missing = await fetch(server.url.replace('/graphql', '/sources/..%2Fcourts.json'));
    expect(missing.status).toBe(404);
  });

  it('has a URL or a held document behind every source of the seeded law', async () => {
    // Other tests add instruments of their own to the shared database; the seeds are what is shipped.
    const seeded = new Set(
      (
        JSON.parse(readFileSync(join(projectRoot(), 'seeds', 'law', 'instruments.json'), 'utf8')) as {
          id: string;
        }[]
      ).map((i) => i.id),
    );
    const { body } = await server.gql(`{ instruments { id datesSource { url documentUrl }
      provisions { versions { source { url documentUrl } penalties { source { url documentUrl } } } } } }`);
    const sources = body
      .data!.instruments.filter((i: any) => seeded.has(i.id))
      .flatMap((i: any) => [
        i.datesSource,
        ...i.provisions.flatMap((p: any) =>
          p.versions.flatMap((v: any) => [v.source, ...v.penalties.map((x: any) => x.source)]),
        ),
      ]);
    expect(sources.length).toBeGreaterThan(20);
    const unopenable = sources.filter((s: any) => s.url === null && s.documentUrl === null);
    expect(unopenable).toEqual([]);
  });
});
