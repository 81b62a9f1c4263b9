import { serverAudits } from 'graphql-http';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GraphQL over HTTP audits (graphql-http serverAudits)', () => {
  // Built lazily: the audits need the server's URL, known only once it listens.
  const audits = serverAudits({ url: () => server.url, fetchFn: fetch });
  for (const audit of audits) {
    it(`${audit.name}`, async () => {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) {
        expect({
          name: audit.name,
          status: result.status,
          reason: 'reason' in result ? result.reason : undefined,
        }).toEqual({
          name: audit.name,
          status: 'ok',
          reason: undefined,
        });
      }
    });
  }
});

describe('GET from a standard client (no cookies here, so no cross-site request can borrow a credential)', () => {
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/graphql-response+json, application/json', ...headers },
    });

  it('answers a query sent with nothing but an Accept header, as graphql-request and curl send it', async () => {
    const response = await get('{ health { ok } }');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { health: { ok: true } } });
  });

  it('still refuses a mutation over GET', async () => {
    const response = await get('mutation { deleteDecision(id: "x") { ok } }');
    expect(response.status).toBe(405);
  });
});
