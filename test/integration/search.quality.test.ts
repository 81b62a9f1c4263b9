import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-root';
import { startTestServer, type TestServer } from './harness';

/**
 * The held set of realistic queries (test/fixtures/search-queries.json): what lawyers, judges and monitors type, in
 * the three languages and both scripts, misspelt, and case numbers. Each names the documents one of which must come
 * first on the seeded data. Run through GraphQL, so against the engine the deployment serves from (PostgreSQL here;
 * Meilisearch where MEILI_HOST is set and its index is filled).
 */
interface HeldQuery {
  query: string;
  first: string[];
  kind: string;
}
const { queries } = JSON.parse(
  readFileSync(join(projectRoot(), 'test', 'fixtures', 'search-queries.json'), 'utf8'),
) as { queries: HeldQuery[] };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const SEARCH = `query($q: String!) { search(query: $q, first: 3) { edges { node { title } } } }`;
const firstOf = async (query: string): Promise<string | null> => {
  const { body } = await server.gql(SEARCH, { q: query });
  expect(body.errors).toBeUndefined();
  const title: string | undefined = body.data!.search.edges[0]?.node.title;
  // A title is "<citation or case number> — <heading or court>".
  return title === undefined ? null : title.split(' — ')[0];
};

describe('the held search queries', () => {
  it.each(queries.map((q) => [q.query, q.kind, q.first] as const))(
    '"%s" (%s) puts one of the expected documents first',
    async (query, _kind, expected) => {
      expect(expected).toContain(await firstOf(query));
    },
  );

  it('holds enough queries of each sort to mean something', () => {
    const kinds = queries.map((q) => q.kind);
    expect(kinds.filter((k) => k.startsWith('citation')).length).toBeGreaterThanOrEqual(8);
    expect(kinds.filter((k) => k.startsWith('case number')).length).toBeGreaterThanOrEqual(5);
    expect(kinds.filter((k) => k.includes('Cyrillic')).length).toBeGreaterThanOrEqual(4);
    expect(kinds.filter((k) => k.startsWith('misspelling')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('what a cited provision brings to the page', () => {
  it('counts the provision a citation puts first in the facets, and highlights it', async () => {
    const { body } = await server.gql(
      `{ search(query: "neni 171", first: 20) { estimatedTotal edges { node { kind title highlight } }
          facets { kind { value count } instrument { value count } } } }`,
    );
    const search = body.data!.search;
    const first = search.edges[0].node;
    expect(first.title).toMatch(/^CCK Art\. 171 — /);
    expect(first.highlight).toMatch(/<mark>171<\/mark>/);
    const kinds = search.facets.kind.reduce((n: number, f: { count: number }) => n + f.count, 0);
    expect(kinds).toBe(search.estimatedTotal);
    expect(search.facets.kind).toContainEqual({ value: 'PROVISION', count: expect.any(Number) });
    expect(search.facets.instrument).toContainEqual({ value: 'ks-law/04-L-082', count: expect.any(Number) });
  });

  it('leaves cited provisions out when a filter only decisions have is set', async () => {
    const { body } = await server.gql(
      `{ search(query: "neni 171", filter: { yearFrom: 2016 }, first: 20) { edges { node { kind } } } }`,
    );
    expect(body.data!.search.edges.map((e: any) => e.node.kind)).not.toContain('PROVISION');
  });

  it('filters by `court` as every other filter does, and still takes the deprecated `courts`', async () => {
    const byCourt = await server.gql(
      `{ search(query: "trafficking", filter: { court: "Osnovni sud u Prizrenu" }, first: 50) {
          edges { node { decision { court { code } } } } } }`,
    );
    const codes = byCourt.body.data!.search.edges.map((e: any) => e.node.decision?.court.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['basic-prizren']));
    const byCourts = await server.gql(
      `{ search(query: "trafficking", filter: { courts: ["Osnovni sud u Prizrenu"] }, first: 50) {
          edges { node { decision { court { code } } } } } }`,
    );
    expect(byCourts.body.data!.search.edges.length).toBe(codes.length);
  });
});
