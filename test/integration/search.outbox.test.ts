import { LawRepository } from '../../src/law/law.repository';
import { LawService } from '../../src/law/law.service';
import { CourtRepository } from '../../src/courts/court.repository';
import { CourtService } from '../../src/courts/court.service';
import { createDataSource } from '../../src/db/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { buildDocuments, SearchIndexer } from '../../src/search/indexer';
import { MeilisearchEngine } from '../../src/search/meilisearch.engine';
import { PostgresSearchEngine } from '../../src/search/postgres.engine';
import type { SearchDocument, SearchEngine } from '../../src/search/search.model';
import { SearchRepository } from '../../src/search/search.repository';
import { SearchService } from '../../src/search/search.service';
import { loadSeeds } from '../../src/seeds/seed.loader';
import { createScratchDatabase, startTestServer, type TestServer } from './harness';

/** A real PostgreSQL engine behind a switch that makes it fail, as an index that is down would. */
class SwitchableEngine extends PostgresSearchEngine {
  down = false;
  override async upsert(documents: SearchDocument[]) {
    if (this.down) throw new Error('index unavailable');
    return super.upsert(documents);
  }
}

describe('the outbox keeps an index in step with the database (own database)', () => {
  let dataSource: ReturnType<typeof createDataSource>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await createScratchDatabase('kosovo_law_outbox');
    drop = scratch.drop;
    dataSource = createDataSource({ url: scratch.url, poolSize: 4 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await loadSeeds(unitOfWork(dataSource)); // enqueues every provision and decision
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  const pending = async () =>
    (await dataSource.query(`SELECT count(*)::int AS n FROM search_outbox WHERE target = 'postgres'`))[0]
      .n as number;

  it('keeps refused documents in the outbox with backoff, then delivers them when the index is back', async () => {
    const engine = new SwitchableEngine(dataSource);
    const indexer = new SearchIndexer(
      unitOfWork(dataSource),
      new Map([['postgres', engine as SearchEngine]]),
      20,
    );
    const before = await pending();
    expect(before).toBeGreaterThan(50);
    engine.down = true;
    expect(await indexer.drainBatch('postgres')).toEqual({ delivered: 0, postponed: 20 });
    const [failing] = await dataSource.query(
      `SELECT count(*)::int AS n, min(available_at) > now() AS later FROM search_outbox WHERE attempts = 1`,
    );
    expect(failing).toEqual({ n: 20, later: true });
    expect(await pending()).toBe(before);
    engine.down = false;
    await dataSource.query(`UPDATE search_outbox SET available_at = now()`); // the backoff has passed
    await indexer.drain();
    expect(await pending()).toBe(0);
  });

  it('lists every document for a rebuild: the provisions, then the decisions newest first', async () => {
    const all = await new SearchRepository(dataSource).allDocumentIds();
    const provisions: { id: string }[] = await dataSource.query(
      `SELECT 'provision-' || id AS id FROM provision`,
    );
    const decisions: { id: string }[] = await dataSource.query(
      `SELECT 'decision-' || id AS id FROM decision ORDER BY decision_date DESC, id`,
    );
    expect(decisions.length).toBeGreaterThan(1);
    expect(all.slice(0, provisions.length).sort()).toEqual(provisions.map((p) => p.id).sort());
    expect(all.slice(provisions.length)).toEqual(decisions.map((d) => d.id));
  });

  it('leaves the index matching the database row for row after an indexer stopped halfway is restarted', async () => {
    await dataSource.query(`TRUNCATE search_document`);
    const all = await new SearchRepository(dataSource).allDocumentIds();
    await unitOfWork(dataSource).transaction((tx) => new SearchRepository(tx).enqueue(all, ['postgres']));
    const engine = new PostgresSearchEngine(dataSource);
    const first = new SearchIndexer(
      unitOfWork(dataSource),
      new Map([['postgres', engine as SearchEngine]]),
      25,
    );
    expect((await first.drainBatch('postgres')).delivered).toBe(25); // ... and it stops here
    expect(await pending()).toBe(all.length - 25);
    await new SearchIndexer(
      unitOfWork(dataSource),
      new Map([['postgres', engine as SearchEngine]]),
      25,
    ).drain();
    expect(await pending()).toBe(0);
    expect((await engine.allIds()).sort()).toEqual([...all].sort());
    const { documents } = await buildDocuments(new SearchRepository(dataSource), all);
    const stored: Record<string, any>[] = await dataSource.query(
      `SELECT id, title, summary, body, citations, finding_statuses FROM search_document`,
    );
    const byId = new Map(stored.map((r) => [r.id, r]));
    for (const d of documents) {
      expect(byId.get(d.id)).toEqual({
        id: d.id,
        title: d.title,
        summary: d.summary,
        body: d.body,
        citations: d.citations,
        finding_statuses: d.findingStatuses,
      });
    }
  });

  it('lets two indexers side by side share the work without taking the same rows', async () => {
    const all = await new SearchRepository(dataSource).allDocumentIds();
    await unitOfWork(dataSource).transaction((tx) => new SearchRepository(tx).enqueue(all, ['postgres']));
    const engine = new PostgresSearchEngine(dataSource);
    const indexer = () =>
      new SearchIndexer(unitOfWork(dataSource), new Map([['postgres', engine as SearchEngine]]), 10);
    const [a, b] = await Promise.all([indexer().drain(), indexer().drain()]);
    expect(a.delivered + b.delivered).toBe(all.length);
    expect(await pending()).toBe(0);
  });

  it('answers from PostgreSQL when Meilisearch is configured but unreachable, and says so', async () => {
    // Port 9 on the loopback: nothing listens there, so the real client fails to connect.
    const meili = new MeilisearchEngine({ host: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const service = new SearchService(
      dataSource,
      new CourtService(new CourtRepository(dataSource)),
      new LawService(new LawRepository(dataSource)),
      meili,
      new PostgresSearchEngine(dataSource),
    );
    const page = await service.search('trafficking', {}, 5, null);
    expect(page.engine).toBe('postgres');
    expect(page.fallback).toMatchObject({ from: 'meilisearch' });
    expect(page.edges.length).toBeGreaterThan(0);
  });
});

describe('search through GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it('returns typed hits with highlights, facets, an estimated total and the engine in the extensions', async () => {
    const res = await server.gql(
      `query($q: String!) { search(query: $q, first: 5) {
          estimatedTotal countsExact engine pageInfo { hasNextPage endCursor }
          edges { node { kind title highlight provision { citation } decision { caseNumber } } }
          facets { kind { value label count } court { value label count } year { value count } findingStatus { value count } instrument { label count } } } }`,
      { q: 'neni 171' },
    );
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.search;
    expect(page.edges[0].node).toMatchObject({
      kind: 'PROVISION',
      provision: { citation: 'CCK Art. 171' },
      decision: null,
    });
    expect(page.engine).toBe('postgres');
    expect(page.countsExact).toBe(true); // the test corpus is far below the exact limit
    expect((res.body as any).extensions).toEqual({ search: { engine: 'postgres' } });
    const search2 = await server.gql(`{ search(query: "trafikim", filter: { kinds: [DECISION] }, first: 3) {
        facets { court { value label } } edges { node { decision { court { code } } } } } }`);
    const courtFacet = search2.body.data!.search.facets.court;
    expect(courtFacet.length).toBeGreaterThan(0);
    expect(courtFacet[0].label).toMatch(/Court/);
  });

  it('reports the index lag', async () => {
    const { body } = await server.gql(
      `{ searchHealth { engine lag { target pending failing oldestPendingSeconds } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.searchHealth.engine).toBe('postgres');
    for (const lag of body.data!.searchHealth.lag) expect(lag.pending).toBeGreaterThan(0);
  });

  it('refuses a bad cursor and an oversized page', async () => {
    const bad = await server.gql(`{ search(query: "x", after: "nope") { estimatedTotal } }`);
    expect(bad.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const big = await server.gql(`{ search(query: "x", first: 500) { estimatedTotal } }`);
    expect(big.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
