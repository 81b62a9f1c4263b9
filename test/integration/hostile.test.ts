import { startTestServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(undefined, { introspection: false });
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('hostile input', () => {
  it('refuses a query nested 20 levels deep with QUERY_TOO_DEEP', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i++) selection = `parent { children { ${selection} } }`;
    const { status, body } = await server.gql(`{ provision(citation: "CCK Art. 171") { ${selection} } }`);
    expect(status).toBe(400);
    expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_DEEP');
    expect(body.errors![0].message).toMatch(/depth limit of 12/);
  });

  it('refuses a page of 10,000 rows: as too costly when written in the query, as bad input when passed in a variable', async () => {
    const literal = await server.gql(`{ decisions(first: 10000) { totalCount edges { node { id } } } }`);
    expect(literal.body.errors![0].extensions!.code).toBe('QUERY_TOO_COSTLY');
    for (const query of [
      `query($n: Int) { decisions(first: $n) { totalCount } }`,
      `query($n: Int) { sentencingFindings(first: $n) { totalCount } }`,
      `query($n: Int) { search(query: "x", first: $n) { estimatedTotal } }`,
    ]) {
      const { body } = await server.gql(query, { n: 10000 });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/between 1 and 100/);
    }
  });

  it('refuses too many aliases, and a too costly operation', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: health { ok }`).join(' ');
    expect((await server.gql(`{ ${aliases} }`)).body.errors![0].extensions!.code).toBe('TOO_MANY_ALIASES');
    const wide = Array.from(
      { length: 14 },
      (_, i) =>
        `c${i}: decisions(first: 100) { edges { node { counts { finding { trace { step sentence data } } convictedProvision { versions { penalties { source { url } } } } } } } }`,
    ).join(' ');
    const code = (await server.gql(`{ ${wide} }`)).body.errors![0].extensions!.code;
    expect(['QUERY_TOO_COSTLY', 'QUERY_TOO_LARGE']).toContain(code);
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batch = await post(
      JSON.stringify([{ query: '{ health { ok } }' }, { query: '{ health { ok } }' }]),
    );
    expect(batch.status).toBe(400);
    const big = await post(JSON.stringify({ query: `{ health { ok } } # ${'x'.repeat(200_000)}` }));
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await post('{"query": ');
    expect(broken.status).toBe(400);
  });

  it('can switch introspection off', async () => {
    const { body } = await server.gql(`{ __schema { types { name } } }`);
    expect(body.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors![0].message).toMatch(/introspection/i);
  });

  it('never answers with a stack trace or a 5xx to garbage', async () => {
    for (const body of [
      'null',
      '[]',
      '"x"',
      '{"query": 5}',
      '{"query": "{ provision(citation: 5) { id } }"}',
      '{"query":"{ decision(id: \\"../../etc\\") { id } }"}',
    ]) {
      const res = await post(body);
      expect(res.status).toBeLessThan(500);
      expect(await res.text()).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  });
});

describe('requests the fuzz run found answered with a 5xx or an internal error', () => {
  it('answers a syntax error, a subscription and too many tokens with 400', async () => {
    for (const [body, code] of [
      ['{"query": "{"}', 'GRAPHQL_PARSE_FAILED'],
      ['{"query": "subscription { health { ok } }"}', 'GRAPHQL_VALIDATION_FAILED'],
      [JSON.stringify({ query: `{ ${'health { ok } '.repeat(800)} }` }), 'QUERY_TOO_LARGE'],
    ]) {
      const res = await post(body);
      expect({ body, status: res.status }).toEqual({ body, status: 400 });
      expect(((await res.json()) as any).errors[0].extensions.code).toBe(code);
    }
  });

  it('ignores a persisted-query hash (persisted queries are off) and refuses a body nested thousands deep', async () => {
    const persisted = await post(
      '{"query": "{ health { ok } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "abc"}}}',
    );
    expect(persisted.status).toBe(200);
    const deep = await post(
      `{"query": "{ health { ok } }", "variables": ${'['.repeat(20000)}${']'.repeat(20000)}}`,
    );
    expect(deep.status).toBe(400);
  });

  it('refuses NUL characters and impossible years as bad input', async () => {
    const nul = await server.gql(`query($n: String!) { court(name: $n) { code } }`, { n: 'a\u0000b' });
    expect(nul.status).toBe(400);
    expect(nul.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    // The same in a GET's query string (found by the fuzz: it reached PostgreSQL, an INTERNAL_SERVER_ERROR).
    const params = new URLSearchParams({
      query: 'query($v: String!) { court(name: $v) { id } }',
      variables: JSON.stringify({ v: 'Prizren\u0000' }),
    });
    const get = await fetch(`${server.url}?${params}`);
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const year = await server.gql(`{ decisions(filter: { yearFrom: 0 }) { totalCount } }`);
    expect(year.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers an undecodable body in JSON, without a stack trace', async () => {
    const res = await post('{"query":"{ health { ok } }"}', {
      'content-type': 'application/json; charset=latin1',
    });
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('rate limiting', () => {
  it('answers 429 with RATE_LIMITED past the limit, per key or address', async () => {
    const limited = await startTestServer(undefined, { rateLimitPerMinute: 5 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await limited.gql(`{ health { ok } }`)).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const res = await limited.gql(`{ health { ok } }`);
      expect(res.body.errors![0].extensions!.code).toBe('RATE_LIMITED');
      // An API key is counted apart from the address it comes from (the unknown key is then refused, not limited).
      const keyed = await limited.gql(`{ health { ok } }`, undefined, { authorization: 'Bearer unknown' });
      expect(keyed.status).not.toBe(429);
    } finally {
      await limited.close();
    }
  });

  it('tells the client its allowance, and when to retry once refused', async () => {
    const limited = await startTestServer(undefined, { rateLimitPerMinute: 2 });
    const send = () =>
      fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ health { ok } }"}',
      });
    try {
      const first = await send();
      expect(first.status).toBe(200);
      expect(first.headers.get('ratelimit-policy')).toBe('"2-in-1min"; q=2; w=60');
      expect(first.headers.get('ratelimit')).toBe('"2-in-1min"; r=1; t=60');
      expect(first.headers.get('retry-after')).toBeNull();
      expect((await send()).headers.get('ratelimit')).toMatch(/^"2-in-1min"; r=0; t=(59|60)$/);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('ratelimit')).toMatch(/^"2-in-1min"; r=0; t=(59|60)$/);
      expect(refused.headers.get('retry-after')).toMatch(/^(59|60)$/);
      expect(refused.headers.get('ratelimit')).toContain(`t=${refused.headers.get('retry-after')}`);
    } finally {
      await limited.close();
    }
  });
});
