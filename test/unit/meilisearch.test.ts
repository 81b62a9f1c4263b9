// Unit tests of the Meilisearch settings, the pure translations, and the requests the engine sends to a fake client.
// No Meilisearch server runs here, so nothing below claims to test Meilisearch itself; the last block uses the real
// client package against ports where no Meilisearch listens, to see what a connection failure really looks like.
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { Meilisearch, MeilisearchApiError } from 'meilisearch';

import {
  isMeilisearchUnavailable,
  MeilisearchEngine,
  MeilisearchTaskError,
  type EnqueuedWrite,
  type MeilisearchClientApi,
  type MeilisearchSearchResult,
  type TaskOutcome,
} from '../../src/search/meilisearch.engine';
import {
  facetsOf,
  filterExpression,
  HIGHLIGHT_PARAMS,
  highlightOf,
  MEILI_INDEX_UID,
  meilisearchSettings,
  quoteFilterValue,
  toMeilisearchDocument,
} from '../../src/search/meilisearch.settings';
import type { SearchDocument, SearchRequest } from '../../src/search/search.model';

const PORT_FIELDS = [
  'id',
  'kind',
  'entityId',
  'title',
  'citations',
  'summary',
  'body',
  'instrumentId',
  'courtId',
  'courtName',
  'year',
  'date',
  'findingStatuses',
  'provenance',
  'language',
];
const FOLDED_FIELDS = ['citationsFolded', 'titleFolded', 'summaryFolded', 'bodyFolded'];

const provision = (overrides: Partial<SearchDocument> = {}): SearchDocument => ({
  id: 'provision-1',
  kind: 'PROVISION',
  entityId: '11111111-1111-4111-8111-111111111111',
  title: 'CCK Art. 171 — Trafficking in persons',
  citations: ['CCK Art. 171', 'neni 171 KPRK'],
  summary: 'Trafikimi me njerëz',
  body: 'Whoever engages in trafficking in persons shall be punished by imprisonment of five to twelve years.',
  instrumentId: 'cck-2012',
  courtId: null,
  courtName: null,
  year: 2013,
  date: '2013-01-01',
  findingStatuses: [],
  provenance: 'Official Gazette',
  language: 'en',
  ...overrides,
});

const { highlightPreTag: START, highlightPostTag: END } = HIGHLIGHT_PARAMS;

describe('meilisearchSettings', () => {
  const settings = meilisearchSettings();

  it('searches the folded copies only, citations first, then title, summary, body', () => {
    expect(settings.searchableAttributes).toEqual([
      'citationsFolded',
      'titleFolded',
      'summaryFolded',
      'bodyFolded',
    ]);
  });

  it('filters on the facets, and on id for the exclusions', () => {
    expect(new Set(settings.filterableAttributes)).toEqual(
      new Set(['id', 'kind', 'instrumentId', 'courtId', 'year', 'findingStatuses']),
    );
    expect(settings.sortableAttributes).toEqual(['year', 'date']);
  });

  it('displays the port’s fields and hides the folded copies', () => {
    expect(new Set(settings.displayedAttributes)).toEqual(new Set(PORT_FIELDS));
  });

  it('makes trafficking, trgovina ljudima and trafikim synonyms both ways', () => {
    expect(settings.synonyms?.trafficking).toEqual(expect.arrayContaining(['trgovina ljudima', 'trafikim']));
    expect(settings.synonyms?.['trgovina ljudima']).toEqual(
      expect.arrayContaining(['trafficking', 'trafikim']),
    );
    expect(settings.synonyms?.trafikim).toEqual(expect.arrayContaining(['trafficking', 'trgovina ljudima']));
  });

  it('allows one typo from 5 letters and two from 9', () => {
    expect(settings.typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    });
  });

  it('ranks by words, typo, proximity, attribute, sort, exactness', () => {
    expect(settings.rankingRules).toEqual(['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness']);
  });

  it('pins every searched field to locales Meilisearch accepts (it has none for Albanian)', () => {
    const rules = settings.localizedAttributes ?? [];
    const localized = rules.flatMap((r) => r.attributePatterns);
    expect(localized).toEqual(expect.arrayContaining(settings.searchableAttributes ?? ['(none)']));
    expect(rules.flatMap((r) => r.locales)).toEqual(['srp', 'eng']);
  });

  it('keeps 100 values per facet, the most frequent, and counts up to 10,000 hits', () => {
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' } });
    expect(settings.pagination).toEqual({ maxTotalHits: 10000 });
  });
});

describe('toMeilisearchDocument', () => {
  it('folds Serbian Cyrillic to Latin', () => {
    const stored = toMeilisearchDocument(provision({ body: 'Трговина људима', title: 'Члан 171' }));
    expect(stored.bodyFolded).toBe('trgovina ljudima');
    expect(stored.titleFolded).toBe('clan 171');
  });

  it('removes diacritics and lower-cases', () => {
    expect(toMeilisearchDocument(provision({ summary: 'Trafikimi me njerëz' })).summaryFolded).toBe(
      'trafikimi me njerez',
    );
  });

  it('folds each citation form', () => {
    const stored = toMeilisearchDocument(provision({ citations: ['Član 171 KZK', 'Члан 171'] }));
    expect(stored.citationsFolded).toEqual(['clan 171 kzk', 'clan 171']);
  });

  it('keeps the original fields as they are, for display', () => {
    const doc = provision({ body: 'Трговина људима' });
    const stored = toMeilisearchDocument(doc);
    for (const field of PORT_FIELDS)
      expect(stored[field as keyof SearchDocument]).toEqual(doc[field as keyof SearchDocument]);
  });

  it('holds only the port’s fields and the folded copies, whatever else the input carries', () => {
    const withExtra = { ...provision(), defendantName: 'never indexed' } as SearchDocument;
    expect(Object.keys(toMeilisearchDocument(withExtra)).sort()).toEqual(
      [...PORT_FIELDS, ...FOLDED_FIELDS].sort(),
    );
  });
});

describe('filterExpression', () => {
  it.each([
    [{ kinds: ['PROVISION' as const] }, 'kind IN ["PROVISION"]'],
    [{ instrumentIds: ['cck-2012', 'pcck-2019'] }, 'instrumentId IN ["cck-2012", "pcck-2019"]'],
    [{ courtIds: ['c1'] }, 'courtId IN ["c1"]'],
    [{ yearFrom: 2010 }, 'year >= 2010'],
    [{ yearTo: 2015 }, 'year <= 2015'],
    [{ findingStatuses: ['BELOW_MINIMUM' as const] }, 'findingStatuses IN ["BELOW_MINIMUM"]'],
  ])('%j → %s', (filter, expected) => {
    expect(filterExpression(filter)).toBe(expected);
  });

  it('joins several conditions with AND', () => {
    expect(
      filterExpression({
        kinds: ['DECISION'],
        courtIds: ['c1', 'c2'],
        yearFrom: 2010,
        yearTo: 2015,
        findingStatuses: ['COMPLIANT', 'ABOVE_MAXIMUM'],
      }),
    ).toBe(
      'kind IN ["DECISION"] AND courtId IN ["c1", "c2"] AND year >= 2010 AND year <= 2015 ' +
        'AND findingStatuses IN ["COMPLIANT", "ABOVE_MAXIMUM"]',
    );
  });

  it('is undefined with no condition, empty lists included', () => {
    expect(filterExpression({})).toBeUndefined();
    expect(filterExpression({ kinds: [], courtIds: [] }, [])).toBeUndefined();
  });

  it('keeps a year bound of 0 rather than reading it as absent', () => {
    expect(filterExpression({ yearFrom: 0 })).toBe('year >= 0');
  });

  it('refuses a year that is not a whole number', () => {
    expect(() => filterExpression({ yearFrom: Number.NaN })).toThrow(RangeError);
    expect(() => filterExpression({ yearTo: 2010.5 })).toThrow(RangeError);
  });

  it('escapes double quotes and backslashes inside values', () => {
    expect(filterExpression({ courtIds: ['Court "A" \\ B'] })).toBe('courtId IN ["Court \\"A\\" \\\\ B"]');
  });

  it('leaves out excluded ids, alone or with a filter', () => {
    expect(filterExpression({}, ['provision-1', 'decision-2'])).toBe(
      'NOT id IN ["provision-1", "decision-2"]',
    );
    expect(filterExpression({ kinds: ['PROVISION'] }, ['provision-1'])).toBe(
      'kind IN ["PROVISION"] AND NOT id IN ["provision-1"]',
    );
  });
});

describe('quoteFilterValue', () => {
  /** Reads a double-quoted literal the way Meilisearch's filter parser does: `\x` stands for `x`. */
  function readLiteral(literal: string): string | null {
    if (!literal.startsWith('"') || !literal.endsWith('"') || literal.length < 2) return null;
    let value = '';
    for (let i = 1; i < literal.length - 1; i++) {
      if (literal[i] === '"') return null; // an unescaped quote would end the literal early
      if (literal[i] === '\\') i++;
      if (i >= literal.length - 1) return null; // a trailing backslash would escape the closing quote
      value += literal[i];
    }
    return value;
  }

  it('gives back any string, quotes and backslashes included, as one literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', '\\', ' ', ']', ',', 'ë', 'ч') }), (value) => {
        expect(readLiteral(quoteFilterValue(value))).toBe(value);
      }),
    );
  });
});

describe('facetsOf', () => {
  it('maps each Meilisearch facet to the port’s, most frequent first, ties by value', () => {
    expect(
      facetsOf({
        kind: { PROVISION: 3, DECISION: 12 },
        instrumentId: { b: 2, a: 2, c: 5 },
        courtId: { 'court-1': 1 },
        year: { '2012': 4, '2010': 4, '2019': 1 },
        findingStatuses: { COMPLIANT: 7, BELOW_MINIMUM: 9 },
      }),
    ).toEqual({
      kind: [
        { value: 'DECISION', count: 12 },
        { value: 'PROVISION', count: 3 },
      ],
      instrument: [
        { value: 'c', count: 5 },
        { value: 'a', count: 2 },
        { value: 'b', count: 2 },
      ],
      court: [{ value: 'court-1', count: 1 }],
      year: [
        { value: '2010', count: 4 },
        { value: '2012', count: 4 },
        { value: '2019', count: 1 },
      ],
      findingStatus: [
        { value: 'BELOW_MINIMUM', count: 9 },
        { value: 'COMPLIANT', count: 7 },
      ],
    });
  });

  it('gives empty facets when Meilisearch sent none', () => {
    const empty = { kind: [], instrument: [], court: [], year: [], findingStatus: [] };
    expect(facetsOf(undefined)).toEqual(empty);
    expect(facetsOf({ kind: {} })).toEqual(empty);
  });
});

describe('highlightOf', () => {
  const marked = (word: string) => `${START}${word}${END}`;

  it('asks Meilisearch for sentinels, not for HTML tags', () => {
    expect(START).not.toContain('<');
    expect(END).not.toContain('<');
  });

  it('escapes the document’s own markup and keeps only its own <mark> tags', () => {
    const body = `<script>alert("x")</script> & ${marked('trafikimi')} 'me' njerëz`;
    expect(highlightOf({ _formatted: { body } })).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>trafikimi</mark> &#39;me&#39; njerëz',
    );
  });

  it('prefers the body, then the summary, then the title', () => {
    const title = `${marked('Trafficking')} in persons`;
    const summary = `${marked('Trafikimi')} me njerëz`;
    const body = `engages in ${marked('trafficking')}`;
    expect(highlightOf({ _formatted: { title, summary, body } })).toBe('engages in <mark>trafficking</mark>');
    expect(highlightOf({ _formatted: { title, summary, body: 'no match here' } })).toBe(
      '<mark>Trafikimi</mark> me njerëz',
    );
    expect(highlightOf({ _formatted: { title, summary: 'plain', body: 'plain' } })).toBe(
      '<mark>Trafficking</mark> in persons',
    );
  });

  it('is null when no field has a match', () => {
    expect(highlightOf({ _formatted: { title: 'CCK Art. 171', body: 'Трговина људима' } })).toBeNull();
    expect(highlightOf({})).toBeNull();
  });
});

/** A fake of the client's few methods: it records each call, in order, and answers as told. */
function fakeClient(
  options: { documentIds?: string[]; outcome?: (action: string) => Partial<TaskOutcome> } = {},
) {
  const calls: { method: string; args: unknown[] }[] = [];
  const events: string[] = [];
  let taskUid = 0;
  const write = (action: string): EnqueuedWrite => {
    const uid = ++taskUid;
    events.push(`enqueue ${action}`);
    return {
      waitTask: async (...args) => {
        calls.push({ method: `waitTask ${action}`, args });
        events.push(`wait ${action}`);
        return { uid, status: 'succeeded', error: null, ...options.outcome?.(action) };
      },
    };
  };
  let searchResult: MeilisearchSearchResult = { hits: [], estimatedTotalHits: 0 };
  const index = {
    updateSettings: (...args: unknown[]) => (
      calls.push({ method: 'updateSettings', args }),
      write('settings')
    ),
    addDocuments: (...args: unknown[]) => (calls.push({ method: 'addDocuments', args }), write('add')),
    deleteDocuments: (...args: unknown[]) => (
      calls.push({ method: 'deleteDocuments', args }),
      write('delete')
    ),
    search: async (...args: unknown[]) => (calls.push({ method: 'search', args }), searchResult),
    getDocuments: async (params: { offset: number; limit: number }) => {
      calls.push({ method: 'getDocuments', args: [params] });
      const ids = options.documentIds ?? [];
      return { results: ids.slice(params.offset, params.offset + params.limit).map((id) => ({ id })) };
    },
  };
  const client: MeilisearchClientApi = {
    createIndex: (...args) => (calls.push({ method: 'createIndex', args }), write('create')),
    index: (uid) => (calls.push({ method: 'index', args: [uid] }), index),
  };
  const of = (method: string) => calls.filter((c) => c.method === method);
  return { client, calls, events, of, answer: (result: MeilisearchSearchResult) => (searchResult = result) };
}

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  query: 'Трговина Људима',
  filter: {},
  offset: 0,
  limit: 10,
  ...overrides,
});

describe('MeilisearchEngine (unit tests of the requests sent to a fake client)', () => {
  it('searches with the folded query, the filter, the facets, paging, highlight sentinels and ranking scores', async () => {
    const fake = fakeClient();
    const engine = new MeilisearchEngine({ client: fake.client, indexUid: 'documents_test' });
    await engine.search(
      request({
        filter: { kinds: ['DECISION'], yearFrom: 2010 },
        offset: 20,
        limit: 11,
        excludeIds: ['provision-1'],
      }),
    );
    expect(fake.of('index')[0].args).toEqual(['documents_test']);
    const [query, params] = fake.of('search')[0].args as [string, Record<string, unknown>];
    expect(query).toBe('trgovina ljudima');
    expect(params).toMatchObject({
      filter: 'kind IN ["DECISION"] AND year >= 2010 AND NOT id IN ["provision-1"]',
      facets: ['kind', 'instrumentId', 'courtId', 'year', 'findingStatuses'],
      offset: 20,
      limit: 11,
      attributesToRetrieve: ['id', 'kind', 'entityId', 'title'],
      attributesToHighlight: ['body', 'summary', 'title'],
      locales: ['srp', 'eng'],
      highlightPreTag: START,
      highlightPostTag: END,
      showRankingScore: true,
    });
  });

  it('sends no filter when there is nothing to filter on', async () => {
    const fake = fakeClient();
    await new MeilisearchEngine({ client: fake.client }).search(request());
    expect((fake.of('search')[0].args[1] as { filter?: string }).filter).toBeUndefined();
  });

  it('maps hits, the estimated total, scores, highlights and facets to the port', async () => {
    const fake = fakeClient();
    fake.answer({
      hits: [
        {
          id: 'decision-1',
          kind: 'DECISION',
          entityId: 'e1',
          title: 'P 309/10',
          _formatted: { body: `the <b>${START}trafficking${END}</b> count` },
          _rankingScore: 0.87,
        },
        { id: 'provision-2', kind: 'PROVISION', entityId: 'e2', title: 'CCK Art. 172' },
      ],
      estimatedTotalHits: 42,
      facetDistribution: { kind: { DECISION: 30, PROVISION: 12 } },
    });
    const response = await new MeilisearchEngine({ client: fake.client }).search(request());
    expect(response.total).toBe(42);
    expect(response.hits).toEqual([
      {
        id: 'decision-1',
        kind: 'DECISION',
        entityId: 'e1',
        title: 'P 309/10',
        highlight: 'the &lt;b&gt;<mark>trafficking</mark>&lt;/b&gt; count',
        score: 0.87,
      },
      {
        id: 'provision-2',
        kind: 'PROVISION',
        entityId: 'e2',
        title: 'CCK Art. 172',
        highlight: null,
        score: null,
      },
    ]);
    expect(response.facets.kind).toEqual([
      { value: 'DECISION', count: 30 },
      { value: 'PROVISION', count: 12 },
    ]);
  });

  it('takes totalHits when Meilisearch answers with exhaustive paging', async () => {
    const fake = fakeClient();
    fake.answer({ hits: [], totalHits: 7 });
    expect((await new MeilisearchEngine({ client: fake.client }).search(request())).total).toBe(7);
  });

  it('upserts 2,500 documents in 3 batches, waiting for each before sending the next', async () => {
    const fake = fakeClient();
    const docs = Array.from({ length: 2500 }, (_, i) =>
      provision({ id: `provision-${i}`, body: 'Трговина' }),
    );
    await new MeilisearchEngine({ client: fake.client, taskTimeoutMs: 30_000 }).upsert(docs);
    const adds = fake.of('addDocuments');
    expect(adds.map((c) => (c.args[0] as unknown[]).length)).toEqual([1000, 1000, 500]);
    expect(adds.every((c) => (c.args[1] as { primaryKey: string }).primaryKey === 'id')).toBe(true);
    expect((adds[2].args[0] as { id: string; bodyFolded: string }[])[499]).toMatchObject({
      id: 'provision-2499',
      bodyFolded: 'trgovina',
    });
    expect(fake.events).toEqual([
      'enqueue add',
      'wait add',
      'enqueue add',
      'wait add',
      'enqueue add',
      'wait add',
    ]);
    expect(fake.of('waitTask add').map((c) => c.args[0])).toEqual(Array(3).fill({ timeout: 30_000 }));
  });

  it('stops an upsert at the first batch Meilisearch rejects, saying why', async () => {
    const fake = fakeClient({
      outcome: () => ({
        status: 'failed',
        error: {
          message: 'Document identifier `a b` is invalid.',
          code: 'invalid_document_id',
          type: '',
          link: '',
        },
      }),
    });
    const docs = Array.from({ length: 1500 }, (_, i) => provision({ id: `provision-${i}` }));
    const upsert = new MeilisearchEngine({ client: fake.client }).upsert(docs);
    await expect(upsert).rejects.toThrow(MeilisearchTaskError);
    await expect(upsert).rejects.toThrow(
      'Meilisearch could not index 1000 documents (task 1 failed): Document identifier `a b` is invalid. [invalid_document_id]',
    );
    expect(fake.of('addDocuments')).toHaveLength(1);
  });

  it('sends nothing for an empty upsert or delete', async () => {
    const fake = fakeClient();
    const engine = new MeilisearchEngine({ client: fake.client });
    await engine.upsert([]);
    await engine.delete([]);
    expect(fake.of('addDocuments')).toHaveLength(0);
    expect(fake.of('deleteDocuments')).toHaveLength(0);
  });

  it('deletes by id and waits for the task', async () => {
    const fake = fakeClient();
    await new MeilisearchEngine({ client: fake.client }).delete(['decision-1', 'provision-2']);
    expect(fake.of('deleteDocuments')[0].args).toEqual([['decision-1', 'provision-2']]);
    expect(fake.events).toEqual(['enqueue delete', 'wait delete']);
  });

  it('prepares by creating the index with primary key id, then applying the settings', async () => {
    const fake = fakeClient();
    await new MeilisearchEngine({ client: fake.client }).prepare();
    expect(fake.of('createIndex')[0].args).toEqual([MEILI_INDEX_UID, { primaryKey: 'id' }]);
    expect(fake.of('updateSettings')[0].args).toEqual([meilisearchSettings()]);
    expect(fake.events).toEqual(['enqueue create', 'wait create', 'enqueue settings', 'wait settings']);
  });

  it('prepares an index that already exists', async () => {
    const fake = fakeClient({
      outcome: (action) =>
        action === 'create'
          ? {
              status: 'failed',
              error: {
                message: 'Index `documents` already exists.',
                code: 'index_already_exists',
                type: '',
                link: '',
              },
            }
          : {},
    });
    await expect(new MeilisearchEngine({ client: fake.client }).prepare()).resolves.toBeUndefined();
    expect(fake.of('updateSettings')).toHaveLength(1);
  });

  it('fails prepare with a clear message when the settings task failed', async () => {
    const fake = fakeClient({
      outcome: (action) =>
        action === 'settings'
          ? {
              status: 'failed',
              error: {
                message: 'Unsupported locale `sqi`',
                code: 'invalid_settings_localized_attributes',
                type: '',
                link: '',
              },
            }
          : {},
    });
    await expect(new MeilisearchEngine({ client: fake.client }).prepare()).rejects.toThrow(
      'Meilisearch could not apply the settings of "documents" (task 2 failed): Unsupported locale `sqi` [invalid_settings_localized_attributes]',
    );
  });

  it('fails prepare when the index cannot be created for another reason', async () => {
    const fake = fakeClient({
      outcome: (action) =>
        action === 'create'
          ? {
              status: 'failed',
              error: { message: 'No space left', code: 'no_space_left_on_device', type: '', link: '' },
            }
          : {},
    });
    await expect(new MeilisearchEngine({ client: fake.client }).prepare()).rejects.toThrow(
      'Meilisearch could not create the index "documents" (task 1 failed): No space left [no_space_left_on_device]',
    );
    expect(fake.of('updateSettings')).toHaveLength(0);
  });

  it('lists every id by pages of 1,000, fetching only the id field', async () => {
    const documentIds = Array.from({ length: 2345 }, (_, i) => `decision-${i}`);
    const fake = fakeClient({ documentIds });
    expect(await new MeilisearchEngine({ client: fake.client }).allIds()).toEqual(documentIds);
    expect(fake.of('getDocuments').map((c) => c.args[0])).toEqual([
      { fields: ['id'], offset: 0, limit: 1000 },
      { fields: ['id'], offset: 1000, limit: 1000 },
      { fields: ['id'], offset: 2000, limit: 1000 },
    ]);
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
