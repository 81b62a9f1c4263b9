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
