import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { uniqueTag } from './factories';
import { startTestServer, type TestServer } from './harness';
import { fillPostgresIndex } from '../../src/app/app';

let server: TestServer;
const keys: Record<'monitor' | 'editor' | 'admin', string> = { monitor: '', editor: '', admin: '' };
const as = (role: keyof typeof keys) => ({ authorization: `Bearer ${keys[role]}` });

beforeAll(async () => {
  server = await startTestServer();
  const apiKeys = new ApiKeyService(unitOfWork(server.dataSource));
  const tag = uniqueTag();
  for (const role of ['monitor', 'editor', 'admin'] as const) {
    keys[role] = (await apiKeys.create(`${role}-${tag}`, role)).key;
  }
});
afterAll(() => server.close());

const CREATE = `
  mutation($input: DecisionInput!) {
    createDecision(input: $input) { ok error { message inputErrors { field message } } decision { id caseNumber summary text } }
  }`;

const decisionInput = (over: Record<string, unknown> = {}) => ({
  caseNumber: `${uniqueTag()}/24`,
  court: 'Basic Court of Prizren',
  date: '2024-03-01',
  decisionType: 'FIRST_INSTANCE',
  provenance: 'SYNTHETIC',
  language: 'en',
  ...over,
});

describe('roles and keys', () => {
  it('refuses an anonymous mutation, and a monitor one, with FORBIDDEN', async () => {
    const anonymous = await server.gql(CREATE, { input: decisionInput() });
    expect(anonymous.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const monitor = await server.gql(CREATE, { input: decisionInput() }, as('monitor'));
    expect(monitor.body.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an unknown or revoked key with UNAUTHENTICATED and status 401', async () => {
    const unknown = await server.gql(`{ health { ok } }`, {}, { authorization: 'Bearer klk_not-a-key' });
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const apiKeys = new ApiKeyService(unitOfWork(server.dataSource));
    const name = `revoked-${uniqueTag()}`;
    const { key } = await apiKeys.create(name, 'editor');
    expect((await server.gql(`{ health { ok } }`, {}, { authorization: `Bearer ${key}` })).status).toBe(200);
    expect(await apiKeys.revoke(name)).toBe(true);
    expect(await apiKeys.revoke(name)).toBe(false); // already revoked
    expect(await apiKeys.revoke(`no-such-key-${uniqueTag()}`)).toBe(false);
    const revoked = await server.gql(`{ health { ok } }`, {}, { authorization: `Bearer ${key}` });
    expect(revoked.body.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('stores keys hashed, never in clear', async () => {
    const rows = await server.dataSource.query(`SELECT key_hash FROM api_key`);
    for (const { key_hash } of rows) expect(Object.values(keys)).not.toContain(key_hash);
    const clear = await server.dataSource.query(
      `SELECT count(*)::int AS n FROM api_key WHERE key_hash = ANY($1)`,
      [Object.values(keys)],
    );
    expect(clear[0].n).toBe(0);
  });

  it('keeps the CSV export for monitors', async () => {
    const url = server.url.replace('/graphql', '/reports/findings.csv?year=2016');
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: as('monitor') })).status).toBe(200);
  });

  it('shows the audit log to admins only', async () => {
    const query = `{ auditLog(first: 5) { edges { node { action } } } }`;
    expect((await server.gql(query, {}, as('editor'))).body.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await server.gql(query, {}, as('admin'))).body.errors).toBeUndefined();
  });
});

describe('editors write; every write is validated, atomic and audited', () => {
  it("records an editor's change in the audit log with before and after", async () => {
    const created = await server.gql(
      CREATE,
      { input: decisionInput({ summary: 'First summary.' }) },
      as('editor'),
    );
    expect(created.body.data!.createDecision.ok).toBe(true);
    const decision = created.body.data!.createDecision.decision;
    const updated = await server.gql(
      `mutation($id: ID!, $input: DecisionInput!) { updateDecision(id: $id, input: $input) { ok decision { summary } } }`,
      {
        id: decision.id,
        input: decisionInput({ caseNumber: decision.caseNumber, summary: 'Corrected summary.' }),
      },
      as('editor'),
    );
    expect(updated.body.data!.updateDecision).toEqual({
      ok: true,
      decision: { summary: 'Corrected summary.' },
    });
    const log = await server.gql(
      `query($id: String!) { auditLog(entityType: "Decision", entityId: $id) { edges { node { actor role action before after } } } }`,
      { id: decision.id },
      as('admin'),
    );
    const [update, create] = log.body.data!.auditLog.edges.map((e: any) => e.node);
    expect(create).toMatchObject({
      action: 'createDecision',
      role: 'EDITOR',
      before: null,
      after: { summary: 'First summary.' },
    });
    expect(update).toMatchObject({
      action: 'updateDecision',
      actor: expect.stringMatching(/^editor-/),
      before: { summary: 'First summary.' },
      after: { summary: 'Corrected summary.' },
    });
  });

  it('answers input a user can fix as data, naming the fields, and changes nothing', async () => {
    const before = await server.dataSource.query(`SELECT count(*)::int AS n FROM decision`);
    const { body } = await server.gql(
      CREATE,
      { input: decisionInput({ court: 'Court of Atlantis', sourceUrl: 'ftp://x', finalOn: '2020-01-01' }) },
      as('editor'),
    );
    expect(body.errors).toBeUndefined();
    const result = body.data!.createDecision;
    expect(result.ok).toBe(false);
    expect(result.error.inputErrors.map((e: any) => e.field).sort()).toEqual([
      'court',
      'finalOn',
      'sourceUrl',
    ]);
    expect(await server.dataSource.query(`SELECT count(*)::int AS n FROM decision`)).toEqual(before);
  });

  it('adds a defendant and a count; the finding follows in the same transaction', async () => {
    const created = await server.gql(CREATE, { input: decisionInput() }, as('editor'));
    const decisionId = created.body.data!.createDecision.decision.id;
    const named = await server.gql(
      `mutation($d: ID!) { addDefendant(decisionId: $d, label: "Arben Gashi") { ok error { inputErrors { field message } } } }`,
      { d: decisionId },
      as('editor'),
    );
    expect(named.body.data!.addDefendant.error.inputErrors[0]).toMatchObject({
      field: 'label',
      message: expect.stringMatching(/never a name/),
    });
    const defendant = await server.gql(
      `mutation($d: ID!) { addDefendant(decisionId: $d, label: "A.G.") { ok defendant { id label } } }`,
      { d: decisionId },
      as('editor'),
    );
    const defendantId = defendant.body.data!.addDefendant.defendant.id;
    const count = await server.gql(
      `mutation($id: ID!, $input: CountInput!) { addCount(defendantId: $id, input: $input) {
         ok error { inputErrors { field message } } count { sequence finding { status shortfallMonths applicableCitation } } } }`,
      {
        id: defendantId,
        input: {
          offenceDate: '2022-05-01',
          convictedProvision: 'neni 165 KPRK',
          verdict: 'CONVICTED',
          imprisonmentMonths: 48,
          suspended: false,
        },
      },
      as('editor'),
    );
    expect(count.body.data!.addCount).toMatchObject({
      ok: true,
      count: {
        sequence: 1,
        finding: { status: 'BELOW_MINIMUM', shortfallMonths: 12, applicableCitation: 'CC 06/L-074 Art. 165' },
      },
    });
    const bad = await server.gql(
      `mutation($id: ID!, $input: CountInput!) { addCount(defendantId: $id, input: $input) { ok error { inputErrors { field } } } }`,
      {
        id: defendantId,
        input: {
          verdict: 'ACQUITTED',
          imprisonmentMonths: 12,
          offenceDate: '2030-01-01',
          chargedProvision: 'XYZ 1',
        },
      },
      as('editor'),
    );
    expect(bad.body.data!.addCount.error.inputErrors.map((e: any) => e.field).sort()).toEqual([
      'chargedProvision',
      'offenceDate',
      'verdict',
    ]);
    // Amounts with two decimals that floating point cannot hold exactly (0.29 * 100 = 28.999…) are accepted.
    const decimals = await server.gql(
      `mutation($id: ID!, $input: CountInput!) { addCount(defendantId: $id, input: $input) { ok } }`,
      { id: defendantId, input: { verdict: 'CONVICTED', imprisonmentMonths: 0.29, fineEur: 1.15 } },
      as('editor'),
    );
    expect(decimals.body.data!.addCount).toEqual({ ok: true });
  });

  it('adds a provision version without overwriting history, and findings move with it', async () => {
    const source = {
      url: 'https://example.org/synthetic-test-amendment',
      verification: 'UNVERIFIED',
      note: 'Test amendment: synthetic.',
    };
    const result = await server.gql(
      `mutation($input: ProvisionVersionInput!) { addProvisionVersion(citation: "LPPO Art. 18(8)", input: $input) {
         ok error { message inputErrors { field message } } version { validFrom validTo penalties { variant imprisonmentMaxMonths } } } }`,
      {
        input: {
          validFrom: '2090-01-01',
          source,
          penalties: [
            {
              variant: 'BASIC',
              offenceClass: 'MINOR_OFFENCE',
              imprisonmentMaxMonths: 2,
              fineMode: 'UNKNOWN',
              source,
            },
          ],
        },
      },
      as('editor'),
    );
    expect(result.body.data!.addProvisionVersion).toMatchObject({
      ok: true,
      version: {
        validFrom: '2090-01-01',
        validTo: null,
        penalties: [{ variant: 'BASIC', imprisonmentMaxMonths: 2 }],
      },
    });
    const history = await server.gql(
      `{ provision(citation: "LPPO Art. 18(8)") { versions { validFrom validTo } } }`,
    );
    const versions = history.body.data!.provision.versions;
    expect(versions).toEqual([
      { validFrom: '2000-01-01', validTo: '2090-01-01' },
      { validFrom: '2090-01-01', validTo: null },
    ]);
    const earlier = await server.gql(
      `mutation($input: ProvisionVersionInput!) { addProvisionVersion(citation: "LPPO Art. 18(8)", input: $input) { ok error { inputErrors { field } } } }`,
      { input: { validFrom: '2050-01-01', source, penalties: [] } },
      as('editor'),
    );
    expect(earlier.body.data!.addProvisionVersion.error.inputErrors).toEqual([{ field: 'validFrom' }]);
  });
});

describe('privacy: protected names never reach a public answer or the search index', () => {
  it('redacts them from every public text field and from the search documents', async () => {
    const names = ['Arbëresha Krasniqi', 'Јована Петровић'];
    const text =
      'The injured party Arbëresha Krasniqi (known as Arberesha) was recruited in Prizren. ' +
      'Svedokinja Jovana Petrović i oštećena Krasniqi su saslušane; Krasniqit iu premtua punë.';
    const created = await server.gql(
      CREATE,
      {
        input: decisionInput({
          summary: 'Recruitment of Arbëresha Krasniqi by false promises; witness Jovana Petrovic.',
          text,
          sourceNote: 'Notes mention Krasniqi.',
          protectedNames: names,
        }),
      },
      as('editor'),
    );
    const { id, caseNumber } = created.body.data!.createDecision.decision;
    await fillPostgresIndex(server.dataSource);

    const leaks = (value: string) => /arb[eë]resh|krasniq|jovan|јован|petrovi|петров/i.test(value);
    const publicAnswers = await Promise.all([
      server.gql(
        `query($id: ID!) { decision(id: $id) { caseNumber summary text sourceNote defendants { label } } }`,
        { id },
      ),
      server.gql(`query($q: String!) { search(query: $q) { edges { node { title highlight } } } }`, {
        q: caseNumber,
      }),
      server.gql(`{ search(query: "Krasniqi") { estimatedTotal edges { node { title highlight } } } }`),
      server.gql(`{ search(query: "Petrović") { estimatedTotal } }`),
      server.gql(
        `{ decisions(first: 100, filter: { yearFrom: 2024, yearTo: 2024 }) { edges { node { summary text } } } }`,
      ),
    ]);
    for (const answer of publicAnswers) expect(leaks(JSON.stringify(answer.body))).toBe(false);
    expect(publicAnswers[0].body.data!.decision.text).toContain('[REDACTED]');
    expect(publicAnswers[2].body.data!.search.estimatedTotal).toBe(0);

    const stored = await server.dataSource.query(
      `SELECT d.summary, d.redacted_text, d.source_note, s.title, s.summary AS s_summary, s.body, s.body_folded
         FROM decision d JOIN search_document s ON s.entity_id = d.id WHERE d.id = $1`,
      [id],
    );
    expect(stored).toHaveLength(1);
    expect(leaks(JSON.stringify(stored))).toBe(false);
    const anonymous = await server.gql(`query($id: ID!) { decision(id: $id) { protectedNames } }`, { id });
    expect(anonymous.body.errors![0].extensions!.code).toBe('FORBIDDEN');
    const editor = await server.gql(
      `query($id: ID!) { decision(id: $id) { protectedNames } }`,
      { id },
      as('editor'),
    );
    expect(editor.body.data!.decision.protectedNames.sort()).toEqual([...names].sort());
  });
});
