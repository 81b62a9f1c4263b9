import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';
import { createDataSource } from '../../src/app/data-source';
import { createHttpService, type HttpService } from '../../src/graphql/server';

/**
 * The service's database goes away and comes back: health tells the truth, requests are refused with
 * SERVICE_UNAVAILABLE (HTTP 503) rather than an internal error, and the same process answers again once the database
 * is back. The service reaches the test database through a TCP relay the test cuts and restores, so the gap is
 * certain whichever server the run uses. (The embedded server killed and started again by `npm start` is in
 * running-service.test.ts.)
 */

/** Forwards connections to the database; `cut` drops them all and refuses new ones until `restore`. */
class Relay {
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly host: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
  }
}

let relay: Relay;
let service: HttpService;
let dataSource: ReturnType<typeof createDataSource>;
let url: string;

const post = async (query: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
};

jest.setTimeout(120_000);

beforeAll(async () => {
  const target = new URL(process.env.TEST_DATABASE_URL!);
  relay = new Relay(target.hostname, Number(target.port || 5432));
  await relay.open();
  target.hostname = '127.0.0.1';
  target.port = String(relay.port);
  dataSource = createDataSource({ url: target.toString(), poolSize: 2 });
  await dataSource.initialize();
  service = await createHttpService(dataSource);
  await new Promise<void>((resolve) => service.http.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(service.http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await service?.stop();
  await new Promise((resolve) => service?.http.close(resolve));
  await dataSource?.destroy();
  await relay?.cut();
});

describe('losing the database', () => {
  it('answers health, probes and queries truthfully while it is up', async () => {
    expect((await post('{ health { ok databaseReachable } }')).body.data.health).toEqual({
      ok: true,
      databaseReachable: true,
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    expect((await post('{ courts { code } }')).status).toBe(200);
  });

  it('says the database is away: health false, readyz 503, queries SERVICE_UNAVAILABLE with HTTP 503', async () => {
    await relay.cut();
    const health = await post('{ health { ok databaseReachable } }');
    expect(health.status).toBe(200);
    expect(health.body.data.health).toEqual({ ok: false, databaseReachable: false });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(503);
    for (const query of [
      '{ courts { code } }',
      '{ provision(citation: "CCK Art. 171", asOf: "2015-06-01") { citation } }',
      '{ decisions(first: 1) { totalCount } }',
    ]) {
      const answer = await post(query);
      expect(answer.status).toBe(503);
      expect(answer.body.errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|stack|undefined/);
    }
    const withKey = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer some-key' },
      body: JSON.stringify({ query: '{ courts { code } }' }),
    });
    expect(withKey.status).toBe(503);
  });

  it('answers again, in the same process, once the database is back', async () => {
    await relay.open();
    let health = await post('{ health { ok } }');
    for (let i = 0; i < 40 && !health.body.data.health.ok; i++) {
      await new Promise((r) => setTimeout(r, 250));
      health = await post('{ health { ok } }');
    }
    expect(health.body.data.health.ok).toBe(true);
    const courts = await post('{ courts { code } }');
    expect(courts.status).toBe(200);
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });
});
