import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/shared/project-root';
import { startTestServer, type TestServer } from './harness';

/**
 * Every GraphQL query shown to users (the README and docs/*.md), run against the seeded service: each must answer
 * without an error and with something in it. An example that comes back empty teaches a new user that the service
 * does not work. Mutations are left out (they need an editor's key and ids that differ from one database to the next).
 */
const documents = [
  'README.md',
  ...readdirSync(join(projectRoot(), 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];

const examples = documents.flatMap((file) => {
  const text = readFileSync(join(projectRoot(), file), 'utf8');
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)]
    .map((m, i) => ({ file, index: i + 1, query: m[1].trim() }))
    .filter((e) => !/^mutation\b/.test(e.query));
});

/** What a top-level answer lacks: null, an empty list, a connection without edges or a total of 0. */
function emptiness(value: unknown): string | null {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : null;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.edges) && v.edges.length === 0) return 'a connection without edges';
    if (v.totalCount === 0 || v.estimatedTotal === 0 || v.n === 0) return 'a total of 0';
  }
  return null;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the examples users are shown', () => {
  it('are there to run', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [`${e.file} #${e.index}`, e.query] as const))(
    '%s answers with data',
    async (_where, query) => {
      const { body } = await server.gql(query);
      expect(body.errors).toBeUndefined();
      const empty = Object.entries(body.data ?? {})
        .map(([field, value]) => [field, emptiness(value)] as const)
        .filter(([, why]) => why !== null);
      expect(empty).toEqual([]);
    },
  );
});
