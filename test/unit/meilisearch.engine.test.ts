// Unit tests of the Meilisearch engine against a MODEL of the server (meilisearch.model.ts: each behaviour it
// models names where Meilisearch documents it). They check the requests the engine sends and what it does with the
// answers; they do not test Meilisearch. The contract suite (test/integration/search.contract.test.ts) runs against a
// real server when MEILI_HOST is set; the last block here uses the real client package against ports where nothing
// listens, to see what a connection failure really looks like.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

import {
  isMeilisearchUnavailable,
  MeilisearchEngine,
  MeilisearchTaskError,
  type MeilisearchClientApi,
} from '../../src/search/meilisearch.engine';
import {
  MAX_TOTAL_HITS,
  MAX_VALUES_PER_FACET,
  MEILI_INDEX_UID,
  meilisearchSettings,
} from '../../src/search/meilisearch.settings';
import { DocumentsRejectedError } from '../../src/search/search.errors';
import type { SearchDocument, SearchRequest } from '../../src/search/search.model';
import { meilisearchModel } from './meilisearch.model';

const decision = (n: number, overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: `decision-${n}`,
  kind: 'DECISION',
  entityId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  title: `P ${n}/16 — Basic Court of Pristina`,
  citations: [`P ${n}/16`],
  summary: 'Trafikimi me njerëz',
  body: 'The accused was convicted of trafficking in persons.',
  instrumentId: null,
  courtId: 'c1',
  courtName: 'Basic Court of Pristina',
  year: 2016,
  date: '2016-06-15',
  findingStatuses: [],
  provenance: 'SYNTHETIC',
  language: 'en',
  ...overrides,
});

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: 'Трговина Људима',
  filter: {},
  offset: 0,
  limit: 10,
  ...overrides,
});

type Params = Record<string, unknown>;
const sent = (model: ReturnType<typeof meilisearchModel>) => model.of('search')[0].args as [string, Params];

describe('MeilisearchEngine.search: the request (unit tests against a model of the server)', () => {
  it('requires every word, newest first, with the filter, facets, paging, a body window and scores', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client, indexUid: 'documents_test' });
    await engine.search(
      request({
        filter: { kinds: ['DECISION'], yearFrom: 2010 },
        offset: 20,
        limit: 11,
        excludeIds: ['provision-1'],
      }),
    );
    const [q, params] = sent(model);
    expect(model.of('search')[0].index).toBe('documents_test');
    expect(q).toBe('trafficking '); // "трговина људима" is a term of the trafficking group: sent as its head
    expect(params).toEqual({
      filter: 'kind IN ["DECISION"] AND year >= 2010 AND NOT id IN ["provision-1"]',
      facets: ['kind', 'instrumentId', 'courtId', 'year', 'findingStatuses'],
      offset: 20,
      limit: 11,
      matchingStrategy: 'all', // item 1: no word is dropped
      sort: ['date:desc', 'id:asc'], // item 5: newest first within a tier, ties by id
      attributesToRetrieve: ['id', 'kind', 'entityId', 'title', 'summary', 'bodyLength'],
      attributesToCrop: ['body'], // item 3: the window the service highlights
      cropLength: 250,
      cropMarker: '',
      locales: ['srp', 'eng'],
      showRankingScore: true,
    });
    expect(params).not.toHaveProperty('attributesToHighlight');
  });

  it('sends an empty query with the newest-first sort, no filter and no window to crop', async () => {
    const model = meilisearchModel();
    await new MeilisearchEngine({ client: model.client }).search(request({ query: '' }));
    const [q, params] = sent(model);
    expect(q).toBe('');
    expect(params.sort).toEqual(['date:desc', 'id:asc']);
    expect(params.filter).toBeUndefined();
    expect(params).not.toHaveProperty('attributesToCrop');
  });

  it('gives no score for the empty query, which ranks nothing (as the PostgreSQL engine)', async () => {
    const model = meilisearchModel();
    model.answer({
      hits: [{ id: 'decision-1', kind: 'DECISION', entityId: 'e1', title: 'P 1/16', _rankingScore: 1 }],
      estimatedTotalHits: 1,
    });
    const response = await new MeilisearchEngine({ client: model.client }).search(request({ query: '' }));
    expect(response.hits[0]).toMatchObject({ score: null, highlight: null });
  });

  it('ends q with a space when the last word is a number, and strips quotes and minus (item 4)', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.search(request({ query: 'Reg 2001/4 s 2' }));
    await engine.search(request({ query: '"trafficking" -child' }));
    expect(model.of('search').map((c) => c.args[0])).toEqual(['reg 2001 4 2 ', 'trafficking child']);
  });
});

describe('MeilisearchEngine.search: the answer', () => {
  it('maps hits, the total, scores and facets to the port', async () => {
    const model = meilisearchModel();
    model.answer({
      hits: [
        { id: 'decision-1', kind: 'DECISION', entityId: 'e1', title: 'P 1/16', _rankingScore: 0.87 },
        { id: 'provision-2', kind: 'PROVISION', entityId: 'e2', title: 'CCK Art. 172' },
      ],
      estimatedTotalHits: 42,
      facetDistribution: { kind: { DECISION: 30, PROVISION: 12 } },
    });
    const response = await new MeilisearchEngine({ client: model.client }).search(
      request({ query: 'zyxqv' }),
    );
    expect(response.total).toBe(42);
    expect(response.hits.map((h) => [h.id, h.score])).toEqual([
      ['decision-1', 0.87],
      ['provision-2', null],
    ]);
    expect(response.facets.kind).toEqual([
      { value: 'DECISION', count: 30 },
      { value: 'PROVISION', count: 12 },
    ]);
  });

  it.each([
    ['below the cap', { estimatedTotalHits: 42 }, 'trafficking', true],
    ['at the cap (item 2)', { estimatedTotalHits: MAX_TOTAL_HITS }, 'trafficking', false],
    [
      'with a facet cut at maxValuesPerFacet',
      {
        estimatedTotalHits: 900,
        facetDistribution: {
          courtId: Object.fromEntries(Array.from({ length: MAX_VALUES_PER_FACET }, (_, i) => [`c${i}`, 1])),
        },
      },
      'trafficking',
      false,
    ],
    [
      'past ten words (item 1)',
      { estimatedTotalHits: 3 },
      'w01 w02 w03 w04 w05 w06 w07 w08 w09 w10 w11',
      false,
    ],
  ])('says the counts are exact only when they are: %s (item 6)', async (_, answer, query, exact) => {
    const model = meilisearchModel();
    model.answer({ hits: [], ...answer });
    const response = await new MeilisearchEngine({ client: model.client }).search(request({ query }));
    expect(response.countsExact).toBe(exact);
  });
});

describe('MeilisearchEngine.search: highlights made in the service (item 3)', () => {
  const hit = (id: string, window: string, bodyLength: number, summary = 'Presuda') => ({
    id,
    kind: 'DECISION' as const,
    entityId: id,
    title: id,
    summary,
    bodyLength,
    _formatted: { body: window },
  });

  it('marks Cyrillic and "đ" words in the window Meilisearch cropped, escaping the rest', async () => {
    const model = meilisearchModel();
    const window = 'Суд у Ђаковици: <трговина> људима';
    model.answer({ hits: [hit('decision-1', window, window.length)], estimatedTotalHits: 1 });
    const response = await new MeilisearchEngine({ client: model.client }).search(
      request({ query: 'djakovici trgovina' }),
    );
    // "ljudima" is marked as PostgreSQL marks it: a word of "trgovina ljudima", a synonym of "trgovina".
    expect(response.hits[0].highlight).toBe(
      'Суд у <mark>Ђаковици</mark>: &lt;<mark>трговина</mark>&gt; <mark>људима</mark>',
    );
  });

  it('reads the whole bodies of the hits whose window holds no match, in one request, then the summary', async () => {
    const model = meilisearchModel();
    const long = decision(1, { body: `${'riječ '.repeat(400)}i трговина на крају` });
    const short = decision(2, { body: 'Kratko obrazloženje.', summary: 'Trgovina ljudima' });
    const none = decision(3, { body: `${'riječ '.repeat(400)}kraj`, summary: 'Presuda' });
    await new MeilisearchEngine({ client: model.client }).upsert([long, short, none]);
    model.answer({
      hits: [
        hit(long.id, 'riječ riječ riječ', long.body.length),
        hit(short.id, short.body, short.body.length, short.summary),
        hit(none.id, 'riječ riječ', none.body.length, none.summary),
      ],
      estimatedTotalHits: 3,
    });
    const response = await new MeilisearchEngine({ client: model.client }).search(
      request({ query: 'trgovina' }),
    );
    expect(response.hits.map((h) => h.highlight)).toEqual([
      expect.stringContaining('<mark>трговина</mark>'),
      '<mark>Trgovina</mark> <mark>ljudima</mark>',
      null,
    ]);
    const fetches = model.of('getDocuments').map((c) => c.args[0]);
    expect(fetches).toEqual([
      { fields: ['id', 'body'], filter: 'id IN ["decision-1", "decision-3"]', limit: 2 },
    ]);
  });
});

describe('MeilisearchEngine.upsert: requests by bytes, refused documents set aside (item 7)', () => {
  const text = (n: number) => 'riječ '.repeat(n);

  it('splits the documents into requests under the payload limit, in order, each awaited', async () => {
    const model = meilisearchModel({ payloadLimitBytes: 60_000 });
    const engine = new MeilisearchEngine({ client: model.client, payloadLimitBytes: 60_000 });
    const docs = Array.from({ length: 30 }, (_, i) => decision(i, { body: text(800) })); // ~10 KB each as JSON
    await engine.upsert(docs);
    const bodies = model.of('addDocuments').map((c) => c.args[0] as { id: string }[]);
    expect(bodies.length).toBeGreaterThan(5);
    for (const body of bodies) expect(Buffer.byteLength(JSON.stringify(body))).toBeLessThanOrEqual(54_000);
    expect(bodies.flat().map((d) => d.id)).toEqual(docs.map((d) => d.id));
    expect([...model.documents(MEILI_INDEX_UID).keys()].sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('never sends a document over the limit, writes the others, and names it with its size', async () => {
    const model = meilisearchModel({ payloadLimitBytes: 60_000 });
    const engine = new MeilisearchEngine({ client: model.client, payloadLimitBytes: 60_000 });
    const docs = [decision(1), decision(2, { body: text(10_000) }), decision(3)];
    const error = await engine.upsert(docs).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentsRejectedError);
    expect((error as DocumentsRejectedError).rejected).toEqual([
      {
        id: 'decision-2',
        reason: expect.stringMatching(/^The document is \d+ bytes as JSON; .* at most 54000 bytes/),
      },
    ]);
    expect(model.of('addDocuments').flatMap((c) => (c.args[0] as { id: string }[]).map((d) => d.id))).toEqual(
      ['decision-1', 'decision-3'],
    );
    expect([...model.documents(MEILI_INDEX_UID).keys()].sort()).toEqual(['decision-1', 'decision-3']);
  });

  it('halves a request the server refuses as too large (HTTP 413) until the document at fault is alone', async () => {
    // The server's limit was lowered below what the engine was told: only the server's answer shows it.
    const model = meilisearchModel({ payloadLimitBytes: 30_000 });
    const engine = new MeilisearchEngine({ client: model.client });
    const docs = [decision(1), decision(2), decision(3, { body: text(6_000) }), decision(4)];
    const error = (await engine.upsert(docs).catch((e: unknown) => e)) as DocumentsRejectedError;
    expect(error.rejected).toEqual([
      { id: 'decision-3', reason: expect.stringContaining('[payload_too_large]') },
    ]);
    expect([...model.documents(MEILI_INDEX_UID).keys()].sort()).toEqual([
      'decision-1',
      'decision-2',
      'decision-4',
    ]);
  });

  it('finds the document whose id the server refuses, and writes the rest of its batch', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    const docs = Array.from({ length: 8 }, (_, i) => decision(i, i === 5 ? { id: 'decision 5' } : {}));
    const error = (await engine.upsert(docs).catch((e: unknown) => e)) as DocumentsRejectedError;
    expect(error.rejected).toEqual([
      { id: 'decision 5', reason: expect.stringContaining('[invalid_document_id]') },
    ]);
    expect(model.documents(MEILI_INDEX_UID).size).toBe(7);
    // 1 + 2 + 2 + 2: the failed request, then halves down to the single document (log2(8) = 3 levels).
    expect(model.of('addDocuments')).toHaveLength(7);
  });

  it('stops at a failure that is not the documents’ own, saying why', async () => {
    const client: MeilisearchClientApi = {
      ...meilisearchModel().client,
      index: () => ({
        ...meilisearchModel().client.index('x'),
        addDocuments: () => ({
          waitTask: async () => ({
            uid: 7,
            status: 'failed',
            error: {
              message: 'No space left on device',
              code: 'no_space_left_on_device',
              type: '',
              link: '',
            },
          }),
        }),
      }),
    };
    await expect(new MeilisearchEngine({ client }).upsert([decision(1), decision(2)])).rejects.toThrow(
      new MeilisearchTaskError('index 2 documents', {
        uid: 7,
        status: 'failed',
        error: { message: 'No space left on device', code: 'no_space_left_on_device', type: '', link: '' },
      }),
    );
  });

  it('sends nothing for an empty upsert or delete, and deletes by id', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.upsert([]);
    await engine.delete([]);
    expect(model.calls).toEqual([]);
    await engine.upsert([decision(1), decision(2)]);
    await engine.delete(['decision-1']);
    expect([...model.documents(MEILI_INDEX_UID).keys()]).toEqual(['decision-2']);
  });
});

describe('MeilisearchEngine.prepare and allIds', () => {
  it('creates the index with primary key id, then applies the settings; an existing index is fine', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.prepare();
    await engine.prepare();
    expect(model.of('createIndex').map((c) => c.args)).toEqual([
      [MEILI_INDEX_UID, { primaryKey: 'id' }],
      [MEILI_INDEX_UID, { primaryKey: 'id' }],
    ]);
    expect(model.indexes.get(MEILI_INDEX_UID)?.settings).toEqual(meilisearchSettings());
  });

  it('fails prepare with the server’s answer when it refuses the settings request (HTTP 400, no task)', async () => {
    const refusal = new MeilisearchApiError(new Response(null, { status: 400, statusText: 'Bad Request' }), {
      message: 'Unknown value `xx` at `.localizedAttributes[0].locales[0]`',
      code: 'invalid_settings_localized_attributes',
      type: 'invalid_request',
      link: 'https://docs.meilisearch.com/errors#invalid_settings_localized_attributes',
    });
    const model = meilisearchModel();
    const client: MeilisearchClientApi = {
      ...model.client,
      index: (uid) => ({
        ...model.client.index(uid),
        updateSettings: () => ({ waitTask: () => Promise.reject(refusal) }),
      }),
    };
    await expect(new MeilisearchEngine({ client }).prepare()).rejects.toBe(refusal);
  });

  it('fails prepare when the index cannot be created for another reason', async () => {
    const model = meilisearchModel();
    const client: MeilisearchClientApi = {
      ...model.client,
      createIndex: () => ({
        waitTask: async () => ({
          uid: 1,
          status: 'failed',
          error: { message: 'No space left', code: 'no_space_left_on_device', type: '', link: '' },
        }),
      }),
    };
    await expect(new MeilisearchEngine({ client }).prepare()).rejects.toThrow(
      'Meilisearch could not create the index "documents" (task 1 failed): No space left [no_space_left_on_device]',
    );
  });

  it('lists every id by pages of 1,000', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    const docs = Array.from({ length: 2345 }, (_, i) => decision(i, { body: '' }));
    await engine.upsert(docs);
    expect(await engine.allIds()).toEqual(docs.map((d) => d.id));
    expect(model.of('getDocuments').map((c) => c.args[0])).toEqual([
      { fields: ['id'], offset: 0, limit: 1000 },
      { fields: ['id'], offset: 1000, limit: 1000 },
      { fields: ['id'], offset: 2000, limit: 1000 },
    ]);
  });
});

describe('MeilisearchEngine.rebuilds: an index built beside the live one and swapped in (item 8)', () => {
  it('creates a build with the settings, writes into it, swaps it in, and drops the old documents', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.prepare();
    await engine.upsert([decision(1), decision(2)]);
    const { rebuilds } = engine;
    expect(rebuilds.liveUid).toBe(MEILI_INDEX_UID);
    await rebuilds.create('documents_rebuild_1');
    expect(model.indexes.get('documents_rebuild_1')?.settings).toEqual(meilisearchSettings());
    await rebuilds.writer('documents_rebuild_1').upsert([decision(2), decision(3)]);
    expect([...model.documents(MEILI_INDEX_UID).keys()]).toEqual(['decision-1', 'decision-2']);
    await rebuilds.swap('documents_rebuild_1');
    expect(model.of('swapIndexes')[0].args).toEqual([
      [{ indexes: [MEILI_INDEX_UID, 'documents_rebuild_1'], rename: false }],
    ]);
    expect([...model.documents(MEILI_INDEX_UID).keys()]).toEqual(['decision-2', 'decision-3']);
    await rebuilds.drop('documents_rebuild_1');
    await rebuilds.drop('documents_rebuild_1'); // gone already: not an error
    expect([...model.indexes.keys()]).toEqual([MEILI_INDEX_UID]);
  });

  it('refuses to build into an index that exists, and to swap with one that does not', async () => {
    const model = meilisearchModel();
    const engine = new MeilisearchEngine({ client: model.client });
    await engine.prepare();
    await expect(engine.rebuilds.create(MEILI_INDEX_UID)).rejects.toThrow(/index_already_exists/);
    await expect(engine.rebuilds.swap('documents_missing')).rejects.toThrow(/index_not_found/);
  });
});

describe('isMeilisearchUnavailable', () => {
  /** A local port with nothing listening: bound, noted, released. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    return port;
  }

  /** A TCP server that accepts connections and never answers: no HTTP, no Meilisearch. */
  async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
    const sockets = new Set<Socket>();
    const server: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const close = async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    };
    return { port, close };
  }

  const failureOf = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected a failure');
      },
      (error: unknown) => error,
    );

  it('is true for what the real client throws when the connection is refused, through the engine', async () => {
    const client = new Meilisearch({ host: `http://127.0.0.1:${await closedPort()}` });
    const error = await failureOf(new MeilisearchEngine({ client }).search(request()));
    expect(error).toHaveProperty('name', 'MeilisearchRequestError');
    expect(isMeilisearchUnavailable(error)).toBe(true);
  });

  it('is true for what the real client throws when the server does not answer in time', async () => {
    const silent = await silentServer();
    try {
      const client = new Meilisearch({ host: `http://127.0.0.1:${silent.port}`, timeout: 100 });
      const error = await failureOf(client.index('documents').search('x'));
      expect(isMeilisearchUnavailable(error)).toBe(true);
    } finally {
      await silent.close();
    }
  });

  it('is true for a bare fetch failure with a connection error code', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7700'), { code: 'ECONNREFUSED' });
    expect(isMeilisearchUnavailable(new TypeError('fetch failed', { cause: refused }))).toBe(true);
  });

  it('is false for an answer from Meilisearch, a failed task, or anything else', () => {
    const apiError = new MeilisearchApiError(new Response(null, { status: 400, statusText: 'Bad Request' }), {
      message: 'Attribute `foo` is not filterable.',
      code: 'invalid_search_filter',
      type: 'invalid_request',
      link: 'https://docs.meilisearch.com/errors#invalid_search_filter',
    });
    expect(isMeilisearchUnavailable(apiError)).toBe(false);
    expect(
      isMeilisearchUnavailable(new MeilisearchTaskError('index', { uid: 1, status: 'failed', error: null })),
    ).toBe(false);
    expect(isMeilisearchUnavailable(new Error('boom'))).toBe(false);
    expect(isMeilisearchUnavailable('ECONNREFUSED')).toBe(false);
    expect(isMeilisearchUnavailable(undefined)).toBe(false);
  });

  it('stops following a cause that points back at itself', () => {
    const loop = new Error('loop');
    loop.cause = loop;
    expect(isMeilisearchUnavailable(loop)).toBe(false);
  });
});
