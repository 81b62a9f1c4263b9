/**
 * Whole operations: GraphQL queries and mutations built from the schema's root fields (clean, noisy, or clean but
 * for one bad value; now and then very deep, very wide, garbage or cut short), sent with or without an editor key,
 * and raw HTTP requests with odd methods, content types, encodings and bodies. `operationArb` draws one.
 */
import fc from 'fast-check';
import { getNamedType, isEnumType, type GraphQLField } from 'graphql';
import { endless, fieldArb, isLeafField, mapLeaves, objectTypeOf, schema, type FieldSpec } from './fields';
import { pick, rarely, SCALARS, SEMANTIC, weighted, wrongTypeArb, type Mode, type Value } from './values';

export type Auth = 'editor' | 'anonymous' | 'bad key';

/** How an operation's values are drawn: clean, noisy, or clean but for one bad value. */
export type OperationMode = Mode | 'one bad value';

export interface GraphQLOperation {
  kind: 'graphql';
  mode: OperationMode;
  auth: Auth;
  transport: 'post' | 'get';
  accept: string;
  type: 'query' | 'mutation';
  name: string | null;
  /** A different name sent as `operationName` (unknown operations must be refused). */
  operationName: string | null;
  roots: FieldSpec[];
  /** When set, the query text is replaced by garbage, or cut at this fraction of its length. */
  garbage: string | null;
  cutAt: number | null;
}

export interface RawRequest {
  kind: 'raw';
  auth: Auth;
  method: string;
  contentType: string | null;
  contentEncoding: string | null;
  body: string | null;
  query: string | null;
}

export type Operation = GraphQLOperation | RawRequest;

const queryFields = Object.values(schema.getQueryType()!.getFields());
const mutationFields = Object.values(schema.getMutationType()!.getFields());
/** Creations outnumber deletions, so the data the fuzz works on does not run out. */
const weightOf = (field: string) => (/^(create|add)/.test(field) ? 4 : /^update/.test(field) ? 2 : 1);
const cheapQueryFields = queryFields.filter((f) =>
  ['health', 'courts', 'instruments', 'searchHealth'].includes(f.name),
);

const okField: FieldSpec = { name: 'ok', alias: null, args: [], directive: null, selection: null };
/** Every mutation result selects `ok`, so the run can count writes and compare them with the audit log. */
const withOk = (f: FieldSpec): FieldSpec => {
  const sel = f.selection!;
  return sel.fields.some((x) => x.name === 'ok' && !x.alias && !x.directive)
    ? f
    : { ...f, selection: { ...sel, fields: [okField, ...sel.fields] } };
};

/** Mostly one root field, now and then up to `most` (aliased; writes run in order). */
const rootsArb = (
  fields: GraphQLField<unknown, unknown>[],
  most: number,
  maxDepth: fc.Arbitrary<number>,
  mode: Mode,
  deep = false,
): fc.Arbitrary<FieldSpec[]> =>
  fc
    .tuple(
      weighted([6, fc.constant(1)], [1, fc.integer({ min: 1, max: most })]).chain((n) =>
        fc.array(
          weighted(
            ...fields.map((f): [number, fc.Arbitrary<typeof f>] => [weightOf(f.name), fc.constant(f)]),
          ),
          {
            minLength: n,
            maxLength: n,
          },
        ),
      ),
      maxDepth,
    )
    .chain(([fs, maxDepth]) => fc.tuple(...fs.map((f) => fieldArb(f, 1, { mode, maxDepth, deep }))))
    .map((specs) => (specs.length > 1 ? specs.map((s, i) => ({ ...s, alias: `r${i}` })) : specs));

/** The same operation with one of its values replaced by noise of that value's kind (or a null, or a wrong type). */
function oneBadValue(roots: FieldSpec[]): fc.Arbitrary<FieldSpec[]> {
  const leaves: fc.Arbitrary<Value>[] = [];
  mapLeaves(roots, (v, type, owner, name) => {
    const named = getNamedType(type);
    const semantic = SEMANTIC[`${owner}.${name}`] ?? SEMANTIC[name];
    const noise =
      semantic?.noise ??
      (isEnumType(named)
        ? pick('NOT_A_VALUE', named.getValues()[0].name.toLowerCase(), '')
        : (SCALARS[named.name]?.noise ?? wrongTypeArb));
    leaves.push(weighted([8, noise], [1, wrongTypeArb], [1, fc.constant(null)]));
    return v;
  });
  if (leaves.length === 0) return fc.constant(roots);
  return fc.nat({ max: leaves.length - 1 }).chain((k) =>
    leaves[k].map((bad) => {
      let i = 0;
      return mapLeaves(roots, (v) => (i++ === k ? bad : v));
    }),
  );
}

const GARBAGE_QUERIES = [
  '{',
  '}',
  'query',
  '{ health }',
  '{ health { ok } ',
  'mutation { }',
  'subscription { health { ok } }',
  '{ __typename }',
  'query Q($a: Int = "x") { health { ok } }',
  'query Q($a: Int) { health { ok } }',
  'fragment F on Query { health { ok } } { ...F ...F }',
  '{ ...F } fragment F on Query { ...F }',
  '{ health { ok } } { health { ok } }',
  'query A { health { ok } } query B { courts { code } }',
  '{ __schema { types { name kind fields { name args { name type { name } } } } } }',
  '{ __type(name: "Decision") { name fields { name type { name kind ofType { name } } } } }',
  '{ __type(name: "NoSuchType\u0000") { name } }',
  `{ ${'a: health { ok } '.repeat(400)} }`,
  `{ health { ${'ok '.repeat(3_500)} } }`,
  `{ decisions(first: 1) { ${'edges { node { court { successor { '.repeat(8)} id ${'} } } }'.repeat(8)} } }`,
  '\u0000',
  '{ health { ok } } # 😀 \ud800',
];

const authArb = weighted<Auth>(
  [10, fc.constant('editor')],
  [9, fc.constant('anonymous')],
  [1, fc.constant('bad key')],
);
const acceptArb = fc.constantFrom('application/graphql-response+json', 'application/json', '*/*');

const graphqlOperationArb: fc.Arbitrary<GraphQLOperation> = fc
  .record({
    auth: authArb,
    transport: weighted([19, fc.constant<'post' | 'get'>('post')], [1, fc.constant<'post' | 'get'>('get')]),
    accept: acceptArb,
    name: rarely(fc.constantFrom('Fuzz', 'Q1', 'mutation'), 4),
    operationName: rarely(fc.constantFrom('Fuzz', 'Other', ''), 30),
    mode: weighted<OperationMode>(
      [5, fc.constant('clean')],
      [3, fc.constant('noisy')],
      [3, fc.constant('one bad value')],
    ),
    shape: weighted(
      [30, fc.constant('query' as const)],
      [25, fc.constant('mutation' as const)],
      [2, fc.constant('deep' as const)],
      [2, fc.constant('wide' as const)],
      [2, fc.constant('garbage' as const)],
      [1, fc.constant('cut' as const)],
    ),
  })
  .chain(({ shape, ...envelope }): fc.Arbitrary<GraphQLOperation> => {
    const mode = envelope.mode === 'noisy' ? 'noisy' : 'clean';
    const spoil = (roots: fc.Arbitrary<FieldSpec[]>) =>
      envelope.mode === 'one bad value' ? roots.chain(oneBadValue) : roots;
    const base = { kind: 'graphql' as const, ...envelope, garbage: null, cutAt: null };
    switch (shape) {
      case 'query':
      case 'cut':
        return fc
          .tuple(
            spoil(rootsArb(queryFields, 3, fc.integer({ min: 1, max: 4 }), mode)),
            fc.double({ min: 0, max: 1 }),
          )
          .map(([roots, cut]) => ({
            ...base,
            type: 'query' as const,
            roots,
            cutAt: shape === 'cut' ? cut : null,
          }));
      case 'mutation':
        return spoil(rootsArb(mutationFields, 3, fc.integer({ min: 1, max: 3 }), mode)).map((roots) => ({
          ...base,
          type: 'mutation' as const,
          roots: roots.map((r) => withOk({ ...r, directive: null })),
        }));
      case 'deep':
        return rootsArb(
          queryFields.filter((f) => !isLeafField(f) && endless.has(objectTypeOf(f).name)),
          1,
          fc.integer({ min: 13, max: 20 }),
          mode,
          true,
        ).map((roots) => ({ ...base, type: 'query' as const, roots }));
      case 'wide':
        return fc
          .tuple(rootsArb(cheapQueryFields, 1, fc.constant(2), mode), fc.integer({ min: 10, max: 40 }))
          .map(([[root], n]) => ({
            ...base,
            type: 'query' as const,
            roots: Array.from({ length: n }, (_, i) => ({ ...root, alias: `w${i}` })),
          }));
      case 'garbage':
        return fc
          .oneof(fc.constantFrom(...GARBAGE_QUERIES), fc.string({ maxLength: 60 }))
          .map((garbage) => ({ ...base, type: 'query' as const, roots: [], garbage }));
    }
  });

const rawRequestArb: fc.Arbitrary<RawRequest> = fc.record({
  kind: fc.constant('raw' as const),
  auth: authArb,
  method: weighted(
    [12, fc.constant('POST')],
    [2, fc.constant('GET')],
    [1, fc.constantFrom('PUT', 'DELETE', 'PATCH')],
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/graphql-response+json',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'application/xml',
    'application/json; charset=latin1',
    null,
  ),
  contentEncoding: rarely(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'zzz'), 10),
  body: fc.option(
    fc.oneof(
      fc.constantFrom(
        '{"query": ',
        'null',
        '[]',
        '"x"',
        '{}',
        '7',
        '{"query": 5}',
        '{"query": null}',
        '{"query": ""}',
        '[{"query":"{ health { ok } }"},{"query":"{ health { ok } }"}]',
        '{"query":"{ health { ok } }","variables":"x"}',
        '{"query":"{ health { ok } }","variables":[1]}',
        '{"query":"{ health { ok } }","operationName":5}',
        '{"query":"{ health { ok } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}',
        '{"query":"{ health { ok } }"}garbage',
        '{"query":"{ health { ok } }","query":"{ courts { code } }"}',
        '{"query":"{ health { ok } }\\u0000"}',
        '{"__proto__":{"query":"{ health { ok } }"}}',
        `{"query":"{ health { ok } }","variables":${'['.repeat(5_000)}${']'.repeat(5_000)}}`,
        `{"query":"{ health { ok } } #${'x'.repeat(120_000)}"}`,
        '\u0000',
        '\ufeff{"query":"{ health { ok } }"}',
      ),
      fc.string({ maxLength: 80 }),
      fc.json({ maxDepth: 3 }),
    ),
    { nil: null, freq: 20 },
  ),
  query: fc.option(
    fc.constantFrom(
      '?query=%7B%20health%20%7B%20ok%20%7D%20%7D',
      '?query=',
      '?query=%7B&variables=%7B',
      '?query=%7B%20health%20%7B%20ok%20%7D%20%7D&variables=%5B1%5D',
      '?query[]=a&query[]=b',
      '?query=mutation%20%7B%20deleteDecision(id%3A%20%22x%22)%20%7B%20ok%20%7D%20%7D',
    ),
    { nil: null, freq: 2 },
  ),
});

export const operationArb: fc.Arbitrary<Operation> = weighted<Operation>(
  [30, graphqlOperationArb],
  [1, rawRequestArb],
);

/** A mutation sent with the editor key: one that may write. */
export const isWrite = (op: Operation) =>
  op.kind === 'graphql' && op.type === 'mutation' && op.auth === 'editor';
