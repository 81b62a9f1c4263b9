import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from './harness';

/** How the service serves the built web application beside GraphQL (a stand-in build, so no Vite run is needed). */
describe('the web application served at / (stand-in build)', () => {
  let server: TestServer;
  let origin: string;
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-build-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="en"><title>app</title><div id="root"></div>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), script);
    // An asset the build compressed beforehand (web/vite.config.mts), in both encodings.
    writeFileSync(join(dir, 'assets', 'index-def456.js'), script);
    writeFileSync(join(dir, 'assets', 'index-def456.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets', 'index-def456.js.gz'), gzipSync(script));
    writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    server = await startTestServer(undefined, { webBuildDir: dir });
    origin = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server.close());

  it.each([
    '/',
    '/search?q=x',
    '/law?citation=PCCK%20139',
    '/penalty',
    '/decision?caseNumber=1',
    '/dashboard',
  ])('answers %s with the application under a strict Content-Security-Policy, never cached', async (path) => {
    const res = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets for a year, compressed', async () => {
    const res = await fetch(`${origin}/assets/index-abc123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(script);
    expect((await fetch(`${origin}/assets/missing.js`)).status).toBe(404);
  });

  it.each([
    ['gzip, deflate, br', 'br', brotliCompressSync(script).length],
    ['gzip, deflate', 'gzip', gzipSync(script).length],
  ])(
    'sends the build’s own compressed copy of an asset to a client accepting %s',
    async (accepted, encoding, bytes) => {
      const res = await fetch(`${origin}/assets/index-def456.js`, {
        headers: { 'accept-encoding': accepted },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('content-length')).toBe(String(bytes));
      expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
      expect(res.headers.get('vary')).toMatch(/Accept-Encoding/i);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      expect(await res.text()).toBe(script);
    },
  );

  it('sends a browser asking for /favicon.ico to the SVG icon', async () => {
    const ico = await fetch(`${origin}/favicon.ico`, { redirect: 'manual' });
    expect(ico.status).toBe(301);
    expect(ico.headers.get('location')).toBe('/favicon.svg');
    const svg = await fetch(`${origin}/favicon.ico`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('answers an unknown page with the application and 404, and keeps GraphQL and GraphiQL where they were', async () => {
    const unknown = await fetch(`${origin}/no-such-page`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('<div id="root">');
    const graphiql = await fetch(`${origin}/graphql`, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toContain('graphiql.min.js');
    expect(await (await fetch(`${origin}/graphiql`)).text()).toContain('graphiql.min.js');
    const { body } = await server.gql('{ health { ok } }');
    expect(body.data).toEqual({ health: { ok: true } });
  });

  it('says in words when the application has not been built', async () => {
    const bare = await startTestServer(undefined, { webBuildDir: join(tmpdir(), 'no-such-web-build') });
    try {
      const res = await fetch(bare.url.replace(/\/graphql$/, '/'), { headers: { accept: 'text/html' } });
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/The web application has not been built.*npm run build:web/s);
    } finally {
      await bare.close();
    }
  });
});
