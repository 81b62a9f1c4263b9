import { Client } from 'pg';
import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { uniqueTag } from './factories';
import { startTestServer, type TestServer } from './harness';

// The law cache trusts its copy while it listens for law changes, and public law answers are served from memory:
// these tests hold both to "never stale after a committed change" and "never shared across roles".

let server: TestServer;
let other: Client;
let editorKey: string;

/** A code of its own with one article, one version and one penalty, so these tests can change it freely. */
async function createInstrument() {
  const tag = uniqueTag();
  const id = `test/${tag.toLowerCase()}`;
  await other.query(
    `INSERT INTO instrument (id, kind, short_name, title_en, in_force_from, dates_verification)
     VALUES ($1, 'CODE', $2, 'Test code', '2000-01-01', 'UNVERIFIED')`,
    [id, tag],
  );
  const [{ id: provisionId }] = (
    await other.query(
      `INSERT INTO provision (instrument_id, number, kind, heading_en) VALUES ($1, '7', 'ARTICLE', 'First heading')
       RETURNING id`,
      [id],
    )
  ).rows;
  const [{ id: versionId }] = (
    await other.query(
      `INSERT INTO provision_version (provision_id, valid_from, verification, valid_from_boundary)
       VALUES ($1, '2000-01-01', 'UNVERIFIED', $2) RETURNING id`,
      [
        provisionId,
        {
          verification: 'UNVERIFIED',
          earliest: null,
          latest: null,
          boundsVerification: 'UNVERIFIED',
          source: { url: null, document: null, verification: 'UNVERIFIED', note: null },
        },
      ],
    )
  ).rows;
  const [{ id: penaltyId }] = (
    await other.query(
      `INSERT INTO penalty (provision_version_id, variant, offence_class, imprisonment_min_months, fine_mode, verification)
       VALUES ($1, 'BASIC', 'CRIMINAL_OFFENCE', 24, 'NONE', 'UNVERIFIED') RETURNING id`,
      [versionId],
    )
  ).rows;
  const query = `{ provision(citation: "${tag} Art. 7", asOf: "2015-06-01") {
    heading { en } inForce { penalties { id imprisonmentMinMonths source { verification } } } } }`;
  return { provisionId, penaltyId, query };
}

/** The heading the service answers, or its error (a code it has not heard of yet is not found). */
const heading = async (query: string): Promise<string> => {
  const res = await server.gql(query);
  return res.body.errors ? res.body.errors[0].message : (res.body.data!.provision.heading.en as string);
};

/**
 * How many SQL statements a repeated request costs once its answer is kept. Tests in other files change the law
 * meanwhile (each change empties the cache once), and the listener may be reconnecting (after the test that cuts
 * it), so the request is repeated, for at most three seconds, until one goes by without a change.
 */
async function statementsOfRepeated(request: () => Promise<unknown>): Promise<number> {
  const until = Date.now() + 3_000;
  let fewest = Infinity;
  while (fewest > 0 && Date.now() < until) {
    await request();
    server.statements.count = 0;
    await request();
    fewest = Math.min(fewest, server.statements.count);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return fewest;
}

/** Asks until the answer changes, for at most two seconds (a notification is asynchronous). */
async function eventually(read: () => Promise<string>, expected: string): Promise<string> {
  const until = Date.now() + 2_000;
  let seen = await read();
  while (seen !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    seen = await read();
  }
  return seen;
}

beforeAll(async () => {
  server = await startTestServer();
  other = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await other.connect();
  const apiKeys = new ApiKeyService(unitOfWork(server.dataSource));
  editorKey = (await apiKeys.create(`law-cache-editor-${uniqueTag()}`, 'editor')).key;
});

afterAll(async () => {
  await other.end();
  await server.close();
});

describe('the law cache and the public law answers', () => {
  it('answers a repeated public lookup without SQL, and sees a change committed by another connection', async () => {
    const { provisionId, query } = await createInstrument();
    expect(await eventually(() => heading(query), 'First heading')).toBe('First heading');
    expect(await statementsOfRepeated(() => heading(query))).toBe(0);
    expect(await heading(query)).toBe('First heading');

    await other.query(`UPDATE provision SET heading_en = 'Second heading' WHERE id = $1`, [provisionId]);
    expect(await eventually(() => heading(query), 'Second heading')).toBe('Second heading');
    // Never back to the old answer.
    for (let i = 0; i < 5; i++) expect(await heading(query)).toBe('Second heading');
  });

  it('shows a change made through a mutation of this process to the very next request', async () => {
    const { penaltyId, query } = await createInstrument();
    const read = async () => {
      const res = await server.gql(query);
      return res.body.data!.provision.inForce.penalties[0].source.verification as string;
    };
    expect(await eventually(read, 'UNVERIFIED')).toBe('UNVERIFIED');
    await read();
    const changed = await server.gql(
      `mutation($id: ID!) { setPenaltyVerification(penaltyId: $id, source: { verification: VERIFIED_PRIMARY, url: "https://example.org/code" }) { ok } }`,
      { id: penaltyId },
      { authorization: `Bearer ${editorKey}` },
    );
    expect(changed.body.data!.setPenaltyVerification.ok).toBe(true);
    expect(await read()).toBe('VERIFIED_PRIMARY');
  });

  it('goes back to reading the revision while it is not listening', async () => {
    const { provisionId, query } = await createInstrument();
    expect(await eventually(() => heading(query), 'First heading')).toBe('First heading');
    await heading(query);
    await other.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'kosovo-law-listener' AND datname = current_database()`,
    );
    // The listener hears its connection end before a notification could have told it anything.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await other.query(`UPDATE provision SET heading_en = 'Heard without a listener' WHERE id = $1`, [
      provisionId,
    ]);
    expect(await heading(query)).toBe('Heard without a listener');
  });

  it('never answers a request with an API key from what the public was answered', async () => {
    const { query } = await createInstrument();
    expect(await eventually(() => heading(query), 'First heading')).toBe('First heading');
    expect(await statementsOfRepeated(() => heading(query))).toBe(0);
    const unknownKey = await server.gql(query, undefined, { authorization: 'Bearer klk_not-a-key' });
    expect(unknownKey.status).toBe(401);
    expect(unknownKey.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('keeps no answer that reads more than the law', async () => {
    const decisions = `{ decisions(first: 1) { edges { node { id } } } }`;
    expect((await server.gql(decisions)).body.errors).toBeUndefined();
    expect(await statementsOfRepeated(() => server.gql(decisions))).toBeGreaterThan(0);
  });

  it('counts answers from memory against the rate limit', async () => {
    const limited = await startTestServer(undefined, { rateLimitPerMinute: 5 });
    try {
      const { query } = await createInstrument();
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.gql(query)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const res = await limited.gql(query);
      expect(res.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
    } finally {
      await limited.close();
    }
  });
});
