import { LawRepository } from '../../src/law/law.repository';
import { LawService } from '../../src/law/law.service';
import { CourtRepository } from '../../src/courts/court.repository';
import { CourtService } from '../../src/courts/court.service';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { buildDocuments, SearchIndexer } from '../../src/search/indexer';
import { MeilisearchEngine } from '../../src/search/meilisearch.engine';
import { OutboxRepository } from '../../src/search/outbox.repository';
import { reindex, ReindexRunningError } from '../../src/search/reindex';
import { PostgresSearchEngine } from '../../src/search/postgres.engine';
import type { SearchDocument, SearchEngine } from '../../src/search/search.model';
import { SearchRepository } from '../../src/search/search.repository';
import { SearchService } from '../../src/search/search.service';
import { loadSeeds } from '../../src/seeds/seed.loader';
import { meilisearchModel } from '../unit/meilisearch.model';
import { createScratchDatabase, startTestServer, type TestServer } from './harness';

// A scratch database created, migrated and seeded, a server started, an index rebuilt: seconds alone, many more on a
// machine busy with other suites. The integration project's testTimeout (60 s) was seen not to apply in a full run
// (hooks failed at Jest's default 5 s), so this file sets its own.
jest.setTimeout(120_000);

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
    expect(await indexer.drainBatch('postgres')).toEqual({
      delivered: 0,
      postponed: 20,
      setAside: 0,
      skipped: 0,
    });
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

/**
 * Index sync against a MODEL of the Meilisearch server (test/unit/meilisearch.model.ts; no real server can run here)
 * and a real PostgreSQL: the outbox, its locks and reindex are real, the index is the model's maps.
 */
describe('index sync into Meilisearch, against a model of the server (own database)', () => {
  let dataSource: ReturnType<typeof createDataSource>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await createScratchDatabase('kosovo_law_sync');
    drop = scratch.drop;
    dataSource = createDataSource({ url: scratch.url, poolSize: 8 });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await loadSeeds(unitOfWork(dataSource));
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  /** A change committed with its outbox row for the Meilisearch index, as every service writes one. */
  const change = (sql: string, params: unknown[], documentIds: string[]) =>
    unitOfWork(dataSource).transaction(async (tx) => {
      await tx.query(sql, params);
      await new SearchRepository(tx).enqueue(documentIds, ['meilisearch']);
    });
  const decisionIds = async (n: number): Promise<string[]> =>
    (await dataSource.query(`SELECT id FROM decision ORDER BY decision_date DESC, id LIMIT $1`, [n])).map(
      (r: { id: string }) => r.id,
    );
  const indexerOf = (engine: SearchEngine, batchSize = 500) =>
    new SearchIndexer(unitOfWork(dataSource), new Map([['meilisearch', engine]]), batchSize);
  /** A promise and the function that settles it. */
  const gate = () => {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
  };

  beforeEach(() => dataSource.query(`DELETE FROM search_outbox WHERE target = 'meilisearch'`));

  it('never writes an older version of a document after a newer one, with two indexers (item 9)', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    const [id] = await decisionIds(1);
    const documentId = `decision-${id}`;
    await change(`UPDATE decision SET summary = 'version 1' WHERE id = $1`, [id], [documentId]);
    // Indexer A reads version 1, then its write is held back on the way to the server...
    const aSending = gate();
    const aRelease = gate();
    let held = false;
    model.beforeWrite = async (method) => {
      if (method !== 'addDocuments' || held) return;
      held = true;
      aSending.open();
      await aRelease.opened;
    };
    const a = indexerOf(engine).drainBatch('meilisearch');
    await aSending.opened;
    // ... while version 2 is committed and indexer B takes its outbox row.
    await change(`UPDATE decision SET summary = 'version 2' WHERE id = $1`, [id], [documentId]);
    const b = indexerOf(engine);
    expect(await b.drainBatch('meilisearch')).toEqual({
      delivered: 0,
      postponed: 0,
      setAside: 0,
      skipped: 1,
    });
    aRelease.open();
    expect(await a).toMatchObject({ delivered: 1 });
    expect(model.documents('documents').get(documentId)?.summary).toMatch(/^version 1/);
    expect(await b.drainBatch('meilisearch')).toMatchObject({ delivered: 1, skipped: 0 });
    expect(model.documents('documents').get(documentId)?.summary).toMatch(/^version 2/);
  });

  it('sets a document too large to send aside with its reason, delivers the rest, and retries it only once changed (item 7)', async () => {
    const model = meilisearchModel({ payloadLimitBytes: 200_000 });
    const engine = new MeilisearchEngine({ client: model.client, payloadLimitBytes: 200_000 });
    const ids = await decisionIds(3);
    const documentIds = ids.map((id) => `decision-${id}`);
    const [big] = ids;
    await change(
      `UPDATE decision SET redacted_text = repeat('riječ ', 40000) WHERE id = $1`,
      [big],
      documentIds,
    );
    const indexer = indexerOf(engine);
    expect(await indexer.drainBatch('meilisearch')).toEqual({
      delivered: 2,
      postponed: 0,
      setAside: 1,
      skipped: 0,
    });
    expect([...model.documents('documents').keys()].sort()).toEqual(documentIds.slice(1).sort());
    expect(await new OutboxRepository(dataSource).setAsideRows('meilisearch')).toEqual([
      { documentId: `decision-${big}`, reason: expect.stringMatching(/^The document is \d+ bytes as JSON/) },
    ]);
    // Not claimed again: retrying the same document would be refused again.
    expect(await indexer.drainBatch('meilisearch')).toEqual({
      delivered: 0,
      postponed: 0,
      setAside: 0,
      skipped: 0,
    });
    await change(
      `UPDATE decision SET redacted_text = 'Shorter now.' WHERE id = $1`,
      [big],
      [`decision-${big}`],
    );
    expect(await indexer.drainBatch('meilisearch')).toMatchObject({ delivered: 1, setAside: 0 });
    expect(model.documents('documents').get(`decision-${big}`)?.body).toBe('Shorter now.');
    expect(await new OutboxRepository(dataSource).setAsideRows('meilisearch')).toEqual([]);
  });

  it('removes from the index the older version of a document it refuses', async () => {
    const model = meilisearchModel({ payloadLimitBytes: 200_000 });
    const engine = new MeilisearchEngine({ client: model.client, payloadLimitBytes: 200_000 });
    const [id] = await decisionIds(1);
    await change(`SELECT 1`, [], [`decision-${id}`]);
    await indexerOf(engine).drain();
    expect(model.documents('documents').has(`decision-${id}`)).toBe(true);
    await change(
      `UPDATE decision SET redacted_text = repeat('riječ ', 40000) WHERE id = $1`,
      [id],
      [`decision-${id}`],
    );
    expect(await indexerOf(engine).drain()).toMatchObject({ setAside: 1 });
    expect(model.documents('documents').has(`decision-${id}`)).toBe(false);
    await change(`UPDATE decision SET redacted_text = 'Short.' WHERE id = $1`, [id], [`decision-${id}`]);
    await indexerOf(engine).drain();
  });

  it('rebuilds into a new index while searches read the old one, and the changes made meanwhile reach it (item 8)', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    expect((await reindex(dataSource, engine)).mode).toEqual({ swapped: true });
    const before = [...model.documents('documents').keys()].sort();
    expect(before).toEqual((await new SearchRepository(dataSource).allDocumentIds()).sort());

    // The second rebuild is held at its first write into the new index, its first batch read and locked.
    const all = await new SearchRepository(dataSource).allDocumentIds();
    const [inBatch1, later, updated] = [
      all.find((d) => d.startsWith('decision-'))!,
      all[all.length - 1],
      all[all.length - 2],
    ];
    const batchSize = all.indexOf(inBatch1) + 5; // the provisions come first, then the newest decisions
    expect(all.indexOf(updated)).toBeGreaterThanOrEqual(batchSize);
    const copying = gate();
    const release = gate();
    let held = false;
    model.beforeWrite = async (method, index) => {
      if (method !== 'addDocuments' || !index.includes('_rebuild_') || held) return;
      held = true;
      copying.open();
      await release.opened;
    };
    const rebuild = reindex(dataSource, engine, () => undefined, batchSize);
    await copying.opened;
    const build = (await new OutboxRepository(dataSource).builds('meilisearch'))[0].indexUid;

    // Meanwhile: a decision of batch 1 deleted, one not yet copied deleted, one not yet copied changed, one created.
    const uuid = (documentId: string) => documentId.replace('decision-', '');
    await change(`DELETE FROM decision WHERE id = $1`, [uuid(inBatch1)], [inBatch1]);
    await change(`DELETE FROM decision WHERE id = $1`, [uuid(later)], [later]);
    await change(
      `UPDATE decision SET summary = 'changed during the rebuild' WHERE id = $1`,
      [uuid(updated)],
      [updated],
    );
    const [{ id: created }] = await dataSource.query(
      `INSERT INTO decision SELECT (jsonb_populate_record(NULL::decision,
              to_jsonb(d) || jsonb_build_object('id', gen_random_uuid(), 'case_number', d.case_number || '-NEW'))).*
         FROM decision d WHERE id = $1 RETURNING id`,
      [uuid(updated)],
    );
    await change(`SELECT 1`, [], [`decision-${created}`]);
    const indexer = indexerOf(engine);
    const during = await indexer.drain();
    expect(during).toMatchObject({ delivered: 3, skipped: 1 }); // the batch-1 deletion waits for the rebuild's lock

    // Searches still read the complete old index; the changes reached it too.
    const live = model.documents('documents');
    expect(live.has(inBatch1)).toBe(true);
    expect(live.has(later)).toBe(false);
    expect(live.get(updated)?.summary).toMatch(/^changed during the rebuild/);
    expect(live.has(`decision-${created}`)).toBe(true);
    expect(model.documents(build).has(`decision-${created}`)).toBe(true);

    release.open();
    expect(await rebuild).toMatchObject({ mode: { swapped: true }, rejected: [] });
    await indexer.drain(); // the batch-1 deletion, now its lock is free

    const expected = (await new SearchRepository(dataSource).allDocumentIds()).sort();
    expect([...model.documents('documents').keys()].sort()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining([`decision-${created}`, updated]));
    expect(expected).not.toContain(inBatch1);
    expect(expected).not.toContain(later);
    expect(model.documents('documents').get(updated)?.summary).toMatch(/^changed during the rebuild/);
    expect([...model.indexes.keys()]).toEqual(['documents']);
    expect(await new OutboxRepository(dataSource).builds('meilisearch')).toEqual([]);
  });

  it('refuses a second reindex of the same index while one runs, and retires a build a dead reindex left', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.prepare();
    await engine.rebuilds.create('documents_rebuild_dead');
    await dataSource.query(
      `INSERT INTO search_index_build (target, index_uid) VALUES ('meilisearch', 'documents_rebuild_dead')`,
    );
    const copying = gate();
    const release = gate();
    let held = false;
    model.beforeWrite = async (method, index) => {
      if (method !== 'addDocuments' || !index.includes('_rebuild_') || held) return;
      held = true;
      copying.open();
      await release.opened;
    };
    const first = reindex(dataSource, engine);
    await copying.opened;
    expect(model.indexes.has('documents_rebuild_dead')).toBe(false);
    await expect(reindex(dataSource, engine)).rejects.toThrow(ReindexRunningError);
    release.open();
    await first;
    expect([...model.indexes.keys()]).toEqual(['documents']);
  });
});
