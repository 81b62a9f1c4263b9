/**
 * Property-based fuzzing through the real HTTP server and the importer: 10,500 operations generated from the schema
 * (half of them with an editor key, so writes are exercised) and 320 generated CSV files. Nothing may answer 5xx,
 * crash, leak a stack trace or SQL, or write part of a change; the run's counts are printed at the end.
 *
 * It runs on a database of its own, seeded like the run's: the fuzz deletes seeded decisions and adds versions of
 * the law, which other test files read. `FUZZ_SEED=n` replays another run; the default seed is fixed.
 *
 * A bug this fuzz has found is listed in KNOWN_BUGS (KNOWN_CSV_BUGS) with its trigger: an operation that fails
 * only because of it is sent again without the trigger (which must then pass), or recognised by its failure, and
 * counted; each listed bug has a test that fails while the run reproduces it (so a bug found but not yet fixed,
 * or come back, is reported by name without stopping the run). Any other failure stops the property at once,
 * with the operation and what the service logged.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  parseType,
  typeFromAST,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { ApiKeyService } from '../../src/access/api-key.service';
import { CIRCUMSTANCES } from '../../src/law/law.model';
import { createDataSource } from '../../src/app/data-source';
import { unitOfWork } from '../../src/db/unit-of-work';
import { loadTypeDefs, QUERY_LIMITS } from '../../src/graphql/server';
import { CSV_HEADER } from '../../src/import/import.rows';
import { ImportRejectedError, ImportService } from '../../src/import/import.service';
import type { ImportSummary } from '../../src/import/import.model';
import { SearchIndexer } from '../../src/search/indexer';
import { PostgresSearchEngine } from '../../src/search/postgres.engine';
import { loadSeeds } from '../../src/seeds/seed.loader';
import { countRow, uniqueTag, type CsvRow } from './factories';
import { createScratchDatabase, startTestServer, type TestServer } from './harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
/** Operations are sent BATCH at a time, concurrently: a property run checks every answer of its batch. */
const BATCH = 5;
const OPERATIONS = 10_500;
const CSV_FILES = 320;

// ---------------------------------------------------------------------------------------------------------------
// Values: valid ones, boundaries, wrong types, hostile strings. IDs are drawn at send time from what the database
// holds (a `Ref` names a pool and a pick), so updates and deletes reach real rows.

type PoolName = 'decision' | 'defendant' | 'count' | 'penalty' | 'cursor';

class Ref {
  constructor(
    readonly pool: PoolName,
    readonly pick: number,
  ) {}
  [fc.toStringMethod]() {
    return `ref(${this.pool}#${this.pick})`;
  }
}

type Value = null | boolean | number | string | Ref | Value[] | { [key: string]: Value };

const pools: Record<PoolName, string[]> = { decision: [], defendant: [], count: [], penalty: [], cursor: [] };
const NIL_UUID = '00000000-0000-4000-8000-000000000000';
const resolveRef = (ref: Ref) => {
  const pool = pools[ref.pool];
  return pool.length ? pool[ref.pick % pool.length] : NIL_UUID;
};
const resolveDeep = (v: Value): unknown =>
  v instanceof Ref
    ? resolveRef(v)
    : Array.isArray(v)
      ? v.map(resolveDeep)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolveDeep(x)]))
        : v;

const weighted = <T>(...choices: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));
/** A value one time in `n`, else null. */
const rarely = <T>(arb: fc.Arbitrary<T>, n: number) =>
  weighted<T | null>([n - 1, fc.constant(null)], [1, arb]);

/**
 * An operation is `clean` (values a user could send in earnest, so that writes reach the database) or `noisy`
 * (boundaries, wrong types, nulls, hostile strings, unknown arguments, wrongly typed variables).
 */
type Mode = 'clean' | 'noisy';
/** The values of one kind: the clean ones, and the noise a noisy operation mixes in. */
interface Values {
  clean: fc.Arbitrary<Value>;
  noise: fc.Arbitrary<Value>;
}
const values = (clean: fc.Arbitrary<Value>, noise: fc.Arbitrary<Value>): Values => ({ clean, noise });
// Noise is sparse, so that an operation often carries one bad value past validation to the code that uses it.
const inMode = (v: Values, mode: Mode) => (mode === 'clean' ? v.clean : weighted([5, v.clean], [1, v.noise]));
const pick = (...xs: Value[]) => fc.constantFrom(...xs);

const HOSTILE_STRINGS = [
  ...['', ' ', '\\', "'; DROP TABLE decision; --", "1' OR '1'='1", '%', '_', '%_%', '$1', '::text', 'NULL'],
  ...['null', 'undefined', 'NaN', '[]', '{}', '<script>alert(1)</script>', '${jndi:ldap://x}', '\n\t\r'],
  ...[
    'nul\u0000byte',
    'Prizren\u0000',
    '\u0000',
    '\u202egnirts',
    'lone \ud800 surrogate',
    '😀👨‍👩‍👧',
    'Јована Петровић',
  ],
  ...['x'.repeat(2_000), 'Ш'.repeat(20_000), "' OR 1=1 -- ".repeat(4_000), 'a b '.repeat(15_000)],
];
const PLAIN_STRINGS = [
  'Prishtinë',
  'Трговина људима',
  'He said "no"',
  "O'Brien",
  'line\nbreak',
  'trafikim',
  'a',
];
const hostileStringArb = weighted<Value>(
  [4, pick(...HOSTILE_STRINGS)],
  [1, fc.string({ maxLength: 24 })],
  [1, fc.string({ unit: 'binary', maxLength: 24 })],
);
const STRINGS = values(
  weighted([2, pick(...PLAIN_STRINGS)], [1, fc.string({ unit: 'grapheme', maxLength: 24 })]),
  hostileStringArb,
);
const wrongTypeArb = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  pick('7', 'true', {}, [], { a: 1 }, [[]]),
  hostileStringArb,
);

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const dayArb = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map(isoDay);
const DATES = values(
  weighted<Value>(
    [12, dayArb('1990-01-01', '2100-12-31')],
    [1, pick('0100-01-01', '9999-12-31', '2024-02-29')],
  ),
  pick(
    ...['2015-02-30', '2023-02-29', '', '2016-13-01', '2016-6-15', '16/06/2016', '2016-06-15T00:00:00Z'],
    ...[' 2016-06-15', '0000-01-01', '0099-12-31', '+002016-06-15', 'yesterday'],
  ),
);
const INT_BOUNDARIES = [0, -1, 1, 100, 101, 2 ** 31, -(2 ** 31), 2 ** 31 - 1, 2 ** 31 + 1, 2 ** 53, 10_000];
const INTS = values(
  fc.integer({ min: 0, max: 120 }),
  weighted<Value>([3, pick(...INT_BOUNDARIES)], [1, fc.integer()], [1, fc.double({ noNaN: true })]),
);
const FLOATS = values(
  weighted<Value>(
    [3, fc.integer({ min: 0, max: 1_200 })],
    [
      1,
      fc.tuple(fc.integer({ min: 0, max: 1_199 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => a + b / 4),
    ],
  ),
  weighted<Value>(
    [3, pick(-1, 0.001, 1.15, 0.29, 1200.01, 1e9, 1e9 + 0.01, 1e308, 5e-324, -0)],
    [1, fc.double({ noNaN: true, noDefaultInfinity: true })],
  ),
);
const JUNK_IDS = [
  NIL_UUID,
  'not-a-uuid',
  '../../etc/passwd',
  NIL_UUID.toUpperCase(),
  ` ${NIL_UUID}`,
  '1',
  '',
];
const IDS = values(fc.uuid(), pick(...JUNK_IDS, `decision-${NIL_UUID}`));
const idsOf = (pool: PoolName) =>
  values(weighted<Value>([9, fc.nat().map((n) => new Ref(pool, n))], [1, fc.uuid()]), pick(...JUNK_IDS));
const BOOLEANS = values(fc.boolean(), fc.boolean());

const COURT_NAMES = [
  ...[
    'Basic Court of Pristina',
    'basic court of pristina',
    'Gjykata Themelore në Pejë',
    'Osnovni sud u Peći',
  ],
  ...[
    'Основни суд у Приштини',
    'Basic Court Prizren',
    'Okruzni sud u Prizrenu',
    'Court of Appeals of Kosovo',
  ],
  ...['District Court of Prishtinë/Priština', 'Supreme Court'],
];
const CITATIONS = [
  ...['CCK Art. 171', 'CCK Art. 171(1)', 'neni 171 KPRK', 'čl. 171 KZRK', 'члан 171 КЗРК', 'PCCK 139'],
  ...['UNMIK Reg 2001/4 s 2.1', 'PCCK Art. 139', 'neni 139 KPPK', 'CC 06/L-074 Art. 165', 'LPPO Art. 18(8)'],
];
const BAD_CITATIONS = [
  ...[
    'SFRY CC Art. 155',
    'Art. 171',
    'CCK Art. 9999',
    'the trafficking law',
    'CCK',
    'CCK Art. 171(1)(a)(ii)',
  ],
  ...['CCK Art. -1', `CCK Art. 171${'(1)'.repeat(120)}`],
];
const CURSORS = [
  ...['', 'abc', '!!!', 'a'.repeat(1_000)],
  ...[`decision|2016-01-01|x`, `decision|2015-02-30|${NIL_UUID}`, `finding|2016-01-01|${NIL_UUID}|x`].map(
    (c) => Buffer.from(c).toString('base64url'),
  ),
  ...[`audit|-1`, `audit|99999999999999999999999`].map((c) => Buffer.from(c).toString('base64url')),
];
const RUN_TAG = uniqueTag();

const citations = values(pick(...CITATIONS), weighted([3, pick(...BAD_CITATIONS)], [1, hostileStringArb]));
const courts = values(
  pick(...COURT_NAMES),
  weighted([3, pick('Court of Atlantis', '')], [1, hostileStringArb]),
);
const years = values(fc.integer({ min: 1995, max: 2030 }), pick(...INT_BOUNDARIES, 9999));

/** Values that mean something to the service, by `owner.name` (owner: a field or an input type) or by name. */
const SEMANTIC: Record<string, Values> = {
  'decision.id': idsOf('decision'),
  'updateDecision.id': idsOf('decision'),
  'deleteDecision.id': idsOf('decision'),
  'addDefendant.decisionId': idsOf('decision'),
  'updateDefendant.id': idsOf('defendant'),
  'deleteDefendant.id': idsOf('defendant'),
  'addCount.defendantId': idsOf('defendant'),
  'updateCount.id': idsOf('count'),
  'deleteCount.id': idsOf('count'),
  'setPenaltyVerification.penaltyId': idsOf('penalty'),
  'DecisionInput.language': values(pick('sq', 'sr', 'en'), pick('de', '', 'EN')),
  entityId: idsOf('decision'),
  instrument: values(pick('unmik-reg/2003/25', 'ks-law/04-L-082', 'kos-lppo'), pick('nope', '../..', '')),
  instruments: values(pick('unmik-reg/2001/4', 'ks-law/06-L-074', 'sfry-cc/1976'), pick('nope', '')),
  citation: citations,
  provision: citations,
  chargedProvision: citations,
  convictedProvision: citations,
  court: courts,
  courts: courts,
  name: courts,
  caseNumber: values(
    weighted([1, fc.integer({ min: 0, max: 5 })], [4, fc.nat()]).map((n) => `${RUN_TAG}-${n}`),
    hostileStringArb,
  ),
  label: values(
    pick('A.B.', 'C.D.', 'D-017', 'X.Y.Z.W.', 'K-9', 'Ab.Cd.'),
    weighted(
      [3, pick('Arben Gashi', 'a.b.', 'A.B', 'A.B.C.D.E.', `D-${'1'.repeat(30)}`)],
      [1, hostileStringArb],
    ),
  ),
  query: values(
    pick(
      'trafficking',
      'trafikim',
      'трговина људима',
      'neni 171',
      'Art. 171 CCK',
      'Prizren',
      'trafficing',
      'a',
    ),
    hostileStringArb,
  ),
  after: values(
    fc.nat().map((n) => new Ref('cursor', n)),
    pick(...CURSORS),
  ),
  first: values(fc.integer({ min: 1, max: 10 }), pick(0, -1, 100, 101, 2 ** 31, 10_000)),
  yearFrom: years,
  yearTo: years,
  sourceUrl: values(
    pick('https://example.org/decision/1', ''),
    pick('http://x', 'ftp://x', 'javascript:alert(1)'),
  ),
  url: values(pick('https://example.org/source', ''), pick('ftp://x', 'https://exa mple.org')),
  protectedNames: values(
    pick('Arbëresha Krasniqi', 'Јована Петровић', 'Krasniqi'),
    weighted([3, pick('A', 'Jo', '', 'x'.repeat(300))], [1, hostileStringArb]),
  ),
  variant: values(pick('BASIC', 'AGGRAVATED'), pick('basic', '', 'A B', 'VICTIM-CHILD')),
  entityType: values(pick('Decision', 'Count', 'Defendant', 'Penalty', 'ProvisionVersion'), hostileStringArb),
};
const SCALARS: Record<string, Values> = {
  Int: INTS,
  Float: FLOATS,
  String: STRINGS,
  Boolean: BOOLEANS,
  ID: IDS,
  Date: DATES,
};

// ---------------------------------------------------------------------------------------------------------------
// Operations from the schema: random root fields, selections (bounded depth, now and then very deep or wide),
// arguments inline or as variables.

const schema = buildSchema(loadTypeDefs().join('\n'));
const queryType = schema.getQueryType()!;
const mutationType = schema.getMutationType()!;
const inputTypes = new Map<string, GraphQLInputType>();
const inputType = (s: string) => {
  let t = inputTypes.get(s);
  if (!t) inputTypes.set(s, (t = typeFromAST(schema, parseType(s)) as GraphQLInputType));
  return t;
};

const valueArbs = new Map<string, fc.Arbitrary<Value>>();
function valueArb(type: GraphQLInputType, owner: string, name: string, mode: Mode): fc.Arbitrary<Value> {
  const key = `${mode}|${String(type)}|${owner}.${name}`;
  let arb = valueArbs.get(key);
  if (!arb) valueArbs.set(key, (arb = buildValueArb(type, owner, name, mode)));
  return arb;
}

function buildValueArb(
  type: GraphQLInputType,
  owner: string,
  name: string,
  mode: Mode,
  nonNull = false,
): fc.Arbitrary<Value> {
  const noisy = mode === 'noisy';
  if (isNonNullType(type)) {
    const inner = buildValueArb(type.ofType, owner, name, mode, true);
    return noisy ? weighted([40, inner], [1, fc.constant(null)]) : inner;
  }
  // A null where the type allows one, and in a noisy operation a value of the wrong type now and then.
  const others: [number, fc.Arbitrary<Value>][] = [
    ...(nonNull ? [] : [[1, fc.constant(null)] as [number, fc.Arbitrary<Value>]]),
    ...(noisy ? [[1, wrongTypeArb] as [number, fc.Arbitrary<Value>]] : []),
  ];
  if (isListType(type)) {
    const item = valueArb(type.ofType, owner, name, mode);
    const list = fc.array(item, { maxLength: 3 });
    return noisy ? weighted([20, list], [1, item], ...others) : weighted([30, list], ...others);
  }
  let base: fc.Arbitrary<Value>;
  const semantic = SEMANTIC[`${owner}.${name}`] ?? SEMANTIC[name];
  if (semantic) base = inMode(semantic, mode);
  else if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    base = inMode(values(pick(...names), pick('NOT_A_VALUE', names[0].toLowerCase(), '')), mode);
  } else if (isInputObjectType(type)) base = inputObjectArb(type, mode);
  else base = inMode(SCALARS[type.name], mode);
  return others.length ? weighted([40, base], ...others) : base;
}

const plusDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) + n * 86_400_000));
const SOURCES: fc.Arbitrary<Value> = fc.oneof(
  fc.record({
    url: pick('https://example.org/source'),
    verification: pick('VERIFIED_PRIMARY', 'VERIFIED_SECONDARY'),
  }),
  fc.record({ document: pick('Synthetic test document'), verification: pick('VERIFIED_SECONDARY') }),
  fc.record({ verification: pick('UNVERIFIED'), note: pick('Synthetic test amendment.') }),
);
const PENALTIES: fc.Arbitrary<Value> = fc
  .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), SOURCES, fc.boolean())
  .map(([a, b, source, aggravated]): Value[] => [
    {
      variant: 'BASIC',
      offenceClass: 'CRIMINAL_OFFENCE',
      imprisonmentMinMonths: Math.min(a, b),
      imprisonmentMaxMonths: Math.max(a, b),
      fineMode: 'NOT_ALTERNATIVE',
      source,
    },
    ...(aggravated
      ? [
          {
            variant: 'CHILD_VICTIM',
            circumstances: ['VICTIM_CHILD'],
            offenceClass: 'CRIMINAL_OFFENCE',
            imprisonmentMinMonths: Math.max(a, b),
            fineMode: 'UNKNOWN',
            source,
          },
        ]
      : []),
  ]);

/**
 * Inputs whose fields depend on each other, as a user would fill them in: a clean operation sends one of these
 * half of the time (the other half, fields drawn one by one, are mostly refused as data).
 */
const COHERENT_INPUTS: Record<string, fc.Arbitrary<Value>> = {
  DecisionInput: fc
    .record({
      caseNumber: SEMANTIC.caseNumber.clean,
      court: courts.clean,
      date: dayArb('2000-01-01', '2024-12-31'),
      finalAfter: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      decisionType: pick('FIRST_INSTANCE', 'APPEAL', 'SUPREME'),
      provenance: pick('OFFICIAL', 'REPORTED', 'SYNTHETIC'),
      language: pick('sq', 'sr', 'en'),
      summary: pick(
        'The injured party Arbëresha Krasniqi was recruited in Prizren.',
        'Trafikim me njerëz.',
        null,
      ),
      protectedNames: pick(['Arbëresha Krasniqi'], [], null),
      sourceUrl: pick('https://example.org/decision/1', null),
    })
    .map(({ finalAfter, ...d }) => ({
      ...d,
      final: finalAfter === null ? null : true,
      finalOn: finalAfter === null ? null : plusDays(d.date as string, finalAfter),
    })),
  CountInput: fc
    .record({
      offenceDate: fc.option(dayArb('1995-01-01', '2001-12-31'), { nil: null }),
      chargedProvision: fc.option(citations.clean, { nil: null }),
      verdict: pick('CONVICTED', 'CONVICTED', 'ACQUITTED', 'DISMISSED'),
      convictedProvision: fc.option(citations.clean, { nil: null }),
      imprisonmentMonths: fc.option(fc.integer({ min: 0, max: 240 }), { nil: null }),
      suspended: fc.option(fc.boolean(), { nil: null }),
      fineEur: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: null }),
      circumstances: fc.subarray([...CIRCUMSTANCES]),
      mitigationCited: fc.option(fc.boolean(), { nil: null }),
    })
    .map((c) =>
      c.verdict === 'CONVICTED'
        ? { ...c, suspended: c.imprisonmentMonths === null ? null : c.suspended }
        : { ...c, convictedProvision: null, imprisonmentMonths: null, suspended: null, fineEur: null },
    ),
  ProvisionVersionInput: fc.record({
    validFrom: dayArb('2025-01-01', '2100-12-31'),
    textEn: pick('Whoever engages in trafficking in persons shall be punished.', null),
    source: SOURCES,
    penalties: PENALTIES,
  }),
  SourceInput: SOURCES,
};

function inputObjectArb(type: GraphQLInputObjectType, mode: Mode): fc.Arbitrary<Value> {
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(fields.map((f) => [f.name, valueArb(f.type, type.name, f.name, mode)]));
  const required = fields
    .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
    .map((f) => f.name);
  const record = fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, Value>>;
  const coherent = COHERENT_INPUTS[type.name];
  if (mode === 'clean') return coherent ? fc.oneof(coherent, record) : record;
  const dropOne = record.chain((o) =>
    Object.keys(o).length
      ? pick(...Object.keys(o)).map((k) => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k)))
      : fc.constant(o),
  );
  return weighted<Value>([30, record], [1, dropOne], [1, record.map((o) => ({ ...o, unknownField: 'x' }))]);
}

interface ArgSpec {
  name: string;
  /** The argument's type in the schema, and the type a variable for it is declared with (now and then wrong). */
  expected: string;
  declared: string;
  variable: boolean;
  /** A variable declared but left out of `variables`. */
  omitted: boolean;
  value: Value;
}
interface FieldSpec {
  name: string;
  alias: string | null;
  args: ArgSpec[];
  directive: string | null;
  selection: SelectionSpec | null;
}
interface SelectionSpec {
  /** Wrapped in `... on Type { }` when set. */
  inline: string | null;
  fields: FieldSpec[];
}

const WRONG_VARIABLE_TYPES = [
  'String',
  'Int!',
  '[ID]',
  'Boolean',
  'DecisionInput',
  'NoSuchType',
  'Date!',
  '[[Int]]',
];
const DIRECTIVES: Record<Mode, string[]> = {
  clean: ['@include(if: true)', '@skip(if: false)', '@skip(if: true)'],
  noisy: ['@include(if: "yes")', '@deprecated', '@unknownDirective', ' @skip(if: false)'.repeat(12)],
};
const UNKNOWN_ARGUMENT: ArgSpec = {
  name: 'unknownArgument',
  expected: 'Int',
  declared: 'Int',
  variable: false,
  omitted: false,
  value: 1,
};

function argsArb(field: GraphQLField<unknown, unknown>, mode: Mode): fc.Arbitrary<ArgSpec[]> {
  const noisy = mode === 'noisy';
  const args = field.args.map((a) => {
    const required = isNonNullType(a.type) && a.defaultValue === undefined;
    const spec = fc
      .record({
        value: valueArb(a.type, field.name, a.name, mode),
        variable: fc.boolean(),
        declared: noisy
          ? weighted([15, fc.constant(String(a.type))], [1, fc.constantFrom(...WRONG_VARIABLE_TYPES)])
          : fc.constant(String(a.type)),
        omitted: noisy ? weighted([25, fc.constant(false)], [1, fc.constant(true)]) : fc.constant(false),
      })
      .map((r): ArgSpec => ({ name: a.name, expected: String(a.type), ...r }));
    return required && !noisy ? spec : fc.option(spec, { nil: null, freq: required ? 40 : 2 });
  });
  const unknown = noisy ? rarely(fc.constant(UNKNOWN_ARGUMENT), 100) : fc.constant(null);
  return fc
    .tuple(fc.tuple(...args), unknown)
    .map(([xs, u]) => [...xs, u].filter((x): x is ArgSpec => x !== null));
}

const isLeafField = (f: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(f.type));
const objectTypeOf = (f: GraphQLField<unknown, unknown>) => getNamedType(f.type) as GraphQLObjectType;

/** Whether a path of object fields can go `depth` levels down from a type (through a cycle: court → successor…). */
const reachable = new Map<string, boolean>();
const reaches = (t: GraphQLObjectType, depth: number): boolean => {
  const key = `${t.name}|${depth}`;
  if (!reachable.has(key)) {
    reachable.set(
      key,
      depth === 0 ||
        Object.values(t.getFields()).some((f) => !isLeafField(f) && reaches(objectTypeOf(f), depth - 1)),
    );
  }
  return reachable.get(key)!;
};
const endless = new Set(
  Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__') && reaches(t, 30))
    .map((t) => t.name),
);

interface Shape {
  mode: Mode;
  /** Selections stop at this depth; a deep one goes on to it through cycles. */
  maxDepth: number;
  deep: boolean;
}

function fieldArb(
  field: GraphQLField<unknown, unknown>,
  depth: number,
  shape: Shape,
): fc.Arbitrary<FieldSpec> {
  return fc.record({
    name: fc.constant(field.name),
    alias: rarely(fc.constantFrom('a', 'b', 'renamed', 'id', '__x'), 25),
    args: argsArb(field, shape.mode),
    directive: rarely(fc.constantFrom(...DIRECTIVES[shape.mode]), 60),
    selection: isLeafField(field) ? fc.constant(null) : selectionArb(objectTypeOf(field), depth + 1, shape),
  });
}

function selectionArb(type: GraphQLObjectType, depth: number, shape: Shape): fc.Arbitrary<SelectionSpec> {
  const fields = Object.values(type.getFields());
  const leaves = fields.filter(isLeafField);
  const composites = fields.filter((f) => !isLeafField(f));
  const onward = composites.filter((f) => endless.has(objectTypeOf(f).name));
  const compositePick: fc.Arbitrary<GraphQLField<unknown, unknown>[]> =
    depth >= shape.maxDepth || composites.length === 0
      ? fc.constant([])
      : shape.deep && onward.length
        ? fc.constantFrom(...onward).map((f) => [f])
        : fc.subarray(composites, { maxLength: Math.min(composites.length, depth <= 2 ? 2 : 1) });
  const typename: FieldSpec = { name: '__typename', alias: null, args: [], directive: null, selection: null };
  return fc
    .tuple(
      fc.subarray(leaves, { maxLength: Math.min(3, leaves.length) }),
      compositePick,
      rarely(fc.constant(type.name), 40),
    )
    .chain(([ls, cs, inline]) => {
      const chosen = [...ls, ...cs];
      if (chosen.length === 0) {
        // Every object type has a leaf field but SearchFacets, whose fields are all lists of objects.
        if (leaves.length === 0) return fc.constant<SelectionSpec>({ inline, fields: [typename] });
        chosen.push(leaves[0]);
      }
      return fc.tuple(...chosen.map((f) => fieldArb(f, depth, shape))).map((fs) => ({ inline, fields: fs }));
    });
}

type Auth = 'editor' | 'anonymous' | 'bad key';

/** How an operation's values are drawn: clean, noisy, or clean but for one bad value. */
type OperationMode = Mode | 'one bad value';

interface GraphQLOperation {
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

interface RawRequest {
  kind: 'raw';
  auth: Auth;
  method: string;
  contentType: string | null;
  contentEncoding: string | null;
  body: string | null;
  query: string | null;
}

type Operation = GraphQLOperation | RawRequest;

const queryFields = Object.values(queryType.getFields());
const mutationFields = Object.values(mutationType.getFields());
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

/** Visits every leaf value of the arguments (scalars, enums, ids, nulls) with its type; `f` may replace it. */
function mapLeaves(
  roots: FieldSpec[],
  f: (leaf: Value, type: GraphQLInputType, owner: string, name: string) => Value,
): FieldSpec[] {
  const walk = (v: Value, type: GraphQLInputType, owner: string, name: string): Value => {
    const t = isNonNullType(type) ? type.ofType : type;
    if (Array.isArray(v) && isListType(t)) return v.map((x) => walk(x, t.ofType, owner, name));
    if (
      v !== null &&
      typeof v === 'object' &&
      !Array.isArray(v) &&
      !(v instanceof Ref) &&
      isInputObjectType(t)
    ) {
      const fields = t.getFields();
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, fields[k] ? walk(x, fields[k].type, t.name, k) : x]),
      );
    }
    return f(v, type, owner, name);
  };
  const field = (s: FieldSpec): FieldSpec => ({
    ...s,
    args: s.args.map((a) => ({ ...a, value: walk(a.value, inputType(a.expected), s.name, a.name) })),
    selection: s.selection && { ...s.selection, fields: s.selection.fields.map(field) },
  });
  return roots.map(field);
}

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

const operationArb: fc.Arbitrary<Operation> = weighted<Operation>(
  [30, graphqlOperationArb],
  [1, rawRequestArb],
);

// ---------------------------------------------------------------------------------------------------------------
// Rendering and sending.

const ENUM_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function literal(v: Value, type: GraphQLInputType | null): string {
  if (v === null) return 'null';
  if (v instanceof Ref) return JSON.stringify(resolveRef(v));
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(v))
    return `[${v.map((x) => literal(x, inner && isListType(inner) ? inner.ofType : inner)).join(', ')}]`;
  if (typeof v === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${literal(x, fields[k]?.type ?? null)}`)
      .join(', ')}}`;
  }
  if (typeof v === 'string') {
    const named = inner ? getNamedType(inner) : null;
    const bare = named && isEnumType(named) && ENUM_NAME.test(v) && !['true', 'false', 'null'].includes(v);
    return bare ? v : JSON.stringify(v);
  }
  return String(v);
}

interface Rendered {
  query: string;
  variables: Record<string, unknown>;
  /** Response keys of the root fields, in order. */
  roots: string[];
}

function render(op: GraphQLOperation): Rendered {
  if (op.garbage !== null) return { query: op.garbage, variables: {}, roots: [] };
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const renderArgs = (args: ArgSpec[]) =>
    args.length === 0
      ? ''
      : `(${args
          .map((a) => {
            if (!a.variable) return `${a.name}: ${literal(a.value, inputType(a.expected))}`;
            const name = `v${definitions.length}`;
            definitions.push(`$${name}: ${a.declared}`);
            if (!a.omitted) variables[name] = resolveDeep(a.value);
            return `${a.name}: $${name}`;
          })
          .join(', ')})`;
  const renderField = (f: FieldSpec): string =>
    `${f.alias ? `${f.alias}: ` : ''}${f.name}${renderArgs(f.args)}${f.directive ? ` ${f.directive}` : ''}${
      f.selection ? ` ${renderSelection(f.selection)}` : ''
    }`;
  const renderSelection = (s: SelectionSpec): string => {
    const inner = s.fields.map(renderField).join(' ');
    return s.inline ? `{ ... on ${s.inline} { ${inner} } }` : `{ ${inner} }`;
  };
  const body = renderSelection({ inline: null, fields: op.roots });
  const head = `${op.type}${op.name ? ` ${op.name}` : ''}${definitions.length ? `(${definitions.join(', ')})` : ''}`;
  const query = `${head} ${body}`;
  return {
    query: op.cutAt === null ? query : query.slice(0, Math.floor(query.length * op.cutAt)),
    variables,
    roots: op.roots.map((r) => r.alias ?? r.name),
  };
}

let server: TestServer;
let editorName = '';
let editorKey = '';

const authHeaders = (auth: Auth): Record<string, string> =>
  auth === 'editor'
    ? { authorization: `Bearer ${editorKey}` }
    : auth === 'bad key'
      ? { authorization: 'Bearer klk_not-a-real-key' }
      : {};

interface Outcome {
  status: number;
  contentType: string;
  text: string;
  json: any;
  /** Set when no answer came at all (the connection failed). */
  failure: string | null;
}

interface Exchange {
  op: Operation;
  rendered: Rendered | null;
  /** What was sent, for a failure message. */
  request: string;
  outcome: Outcome;
  problems: string[];
}

async function fetchOutcome(url: string, init: RequestInit): Promise<Outcome> {
  try {
    const res = await fetch(url, init);
    const text = await res.text();
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      text,
      json,
      failure: null,
    };
  } catch (e) {
    return {
      status: 0,
      contentType: '',
      text: '',
      json: undefined,
      failure: String((e as Error).cause ?? e),
    };
  }
}

async function send(op: Operation): Promise<Exchange> {
  const headers: Record<string, string> = authHeaders(op.auth);
  if (op.kind === 'raw') {
    if (op.contentType) headers['content-type'] = op.contentType;
    if (op.contentEncoding) headers['content-encoding'] = op.contentEncoding;
    const hasBody = op.body !== null && op.method !== 'GET';
    const outcome = await fetchOutcome(server.url + (op.query ?? ''), {
      method: op.method,
      headers,
      body: hasBody ? (op.body ?? undefined) : undefined,
    });
    const request = describeRequest(
      `${op.method} ${op.query ?? ''} ${JSON.stringify(headers)} ${clip(op.body ?? '')}`,
    );
    return { op, rendered: null, request, outcome, problems: [] };
  }
  const rendered = render(op);
  const payload: Record<string, unknown> = { query: rendered.query, variables: rendered.variables };
  if (op.operationName !== null) payload.operationName = op.operationName;
  headers.accept = op.accept;
  const params = new URLSearchParams({
    query: rendered.query,
    variables: JSON.stringify(rendered.variables),
  });
  if (op.operationName !== null) params.set('operationName', op.operationName);
  // Node refuses request lines over 16 kB before the service sees them; long operations go by POST.
  const outcome =
    op.transport === 'get' && params.toString().length < 6_000
      ? await fetchOutcome(`${server.url}?${params}`, {
          headers: { ...headers, 'apollo-require-preflight': 'true' },
        })
      : await fetchOutcome(server.url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(payload),
        });
  const request = `${op.transport.toUpperCase()} as ${op.auth} (${op.mode}): ${clip(rendered.query)}\nvariables: ${clip(
    JSON.stringify(rendered.variables),
  )}`;
  return { op, rendered, request, outcome, problems: [] };
}

/** An operation as a failure message shows it, the editor key left out. */
const describeRequest = (text: string) => (editorKey ? text.replaceAll(editorKey, '<editor key>') : text);
const clip = (s: string, n = 1_500) => (s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s);

// ---------------------------------------------------------------------------------------------------------------
// What every answer must be, and the counts.

const STACK_TRACE = [
  /\n\s+at .+:\d+:\d+/,
  /\\n\s+at .+:\d+:\d+/,
  /\bat [^\s]+ \(?\/[^)\s]+\.(ts|js):\d+/,
  /node_modules\//,
];
const SQL_ERROR =
  /syntax error at or near|violates [a-z_" ]*constraint|relation "[^"]*" does not exist|invalid input syntax for|duplicate key value|QueryFailedError|invalid byte sequence for encoding|out of range for type|date\/time field value out of range|date out of range|canceling statement due to|unsupported Unicode escape sequence/i;

function problemsOf(x: Exchange): string[] {
  const { outcome } = x;
  if (outcome.failure !== null) return [`no answer: ${outcome.failure}`];
  const problems: string[] = [];
  if (outcome.status >= 500) problems.push(`status ${outcome.status}`);
  if (STACK_TRACE.some((p) => p.test(outcome.text))) problems.push('a stack trace in the body');
  if (SQL_ERROR.test(outcome.text)) problems.push('SQL error text in the body');
  const body = outcome.json;
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
    problems.push(`the body is not a JSON object (${outcome.contentType}): ${clip(outcome.text, 200)}`);
    return problems;
  }
  if (!('data' in body) && !('errors' in body)) problems.push('the body has neither data nor errors');
  for (const e of Array.isArray(body.errors) ? body.errors : []) {
    const code = e?.extensions?.code;
    if (typeof code !== 'string')
      problems.push(`an error without extensions.code: ${clip(String(e?.message), 200)}`);
    else if (code === 'INTERNAL_SERVER_ERROR')
      problems.push(`INTERNAL_SERVER_ERROR at ${JSON.stringify(e.path)}`);
  }
  const write = x.op.kind === 'graphql' && x.op.type === 'mutation';
  if (write && x.op.auth !== 'editor' && x.rendered?.roots.some((k) => body.data?.[k]?.ok === true)) {
    problems.push('a write without an editor key succeeded');
  }
  return problems;
}

const stats = {
  operations: 0,
  graphql: 0,
  raw: 0,
  resent: 0,
  byAuth: {} as Record<string, number>,
  byStatus: {} as Record<string, number>,
  byCode: {} as Record<string, number>,
  writes: { ok: 0, refused: 0, errored: 0, undetermined: 0, audited: 0 },
  csv: { files: 0, accepted: 0, rejected: 0, rows: 0, resent: 0 },
};
const bump = (m: Record<string, number>, k: string, n = 1) => (m[k] = (m[k] ?? 0) + n);

function tally(x: Exchange) {
  stats.operations++;
  stats[x.op.kind === 'raw' ? 'raw' : 'graphql']++;
  bump(stats.byAuth, x.op.auth);
  bump(stats.byStatus, x.outcome.failure !== null ? 'no answer' : `${Math.floor(x.outcome.status / 100)}xx`);
  const body = x.outcome.json;
  for (const e of Array.isArray(body?.errors) ? body.errors : [])
    bump(stats.byCode, String(e?.extensions?.code));
  if (x.op.kind !== 'graphql' || x.op.type !== 'mutation' || !x.rendered) return;
  const roots = x.rendered.roots;
  const data = body?.data;
  if (data && typeof data === 'object') {
    for (const k of roots) {
      const ok = data[k]?.ok;
      if (ok === true) stats.writes.ok++;
      else if (ok === false) stats.writes.refused++;
      else stats.writes.errored++;
    }
  } else if (data === null) {
    // A write that failed nulls the whole answer: the writes before it ran, but their `ok` is lost.
    const failed = (body.errors ?? [])
      .map((e: any) => roots.indexOf(e?.path?.[0]))
      .filter((i: number) => i >= 0);
    const first = failed.length ? Math.min(...failed) : 0;
    stats.writes.undetermined += first;
    stats.writes.errored += roots.length - first;
  } else stats.writes.errored += roots.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Bugs this fuzz has found, each with a test below that fails while it reproduces. Each says what triggered it
// and how to send the same operation without the trigger.

interface KnownBug {
  id: string;
  description: string;
  /** Whether the operation holds the trigger. */
  applies(op: Operation): boolean;
  /** The same operation without the trigger, which must then pass… */
  without?(op: Operation): Operation;
  /** …or, where there is no such operation, whether the failure is the bug's and no other. */
  confirms?(x: Exchange): boolean;
}

/** A known bug triggered by an argument value (by its input type or field, and name), and what to send instead. */
const byValue = (
  trigger: (v: Value, owner: string, name: string) => boolean,
  instead: (v: Value) => Value,
) => ({
  applies: (op: Operation) => {
    let found = false;
    if (op.kind === 'graphql')
      mapLeaves(op.roots, (v, _, owner, name) => ((found ||= trigger(v, owner, name)), v));
    return found;
  },
  without: (op: Operation): Operation =>
    op.kind === 'graphql'
      ? {
          ...op,
          roots: mapLeaves(op.roots, (v, _, owner, name) => (trigger(v, owner, name) ? instead(v) : v)),
        }
      : op,
});

/** The GraphQL text an operation sends, when there is one. */
function queryText(op: Operation): string | null {
  if (op.kind === 'graphql') return render(op).query;
  try {
    const fromBody = op.body === null ? undefined : JSON.parse(op.body)?.query;
    return typeof fromBody === 'string' ? fromBody : new URLSearchParams(op.query ?? '').get('query');
  } catch {
    return new URLSearchParams(op.query ?? '').get('query');
  }
}
const unparsable = (query: string | null) => {
  if (query === null) return false;
  try {
    parse(query, { maxTokens: QUERY_LIMITS.tokens });
    return false;
  } catch {
    return true;
  }
};

const isSubscription = (query: string | null) => {
  try {
    return (
      query !== null &&
      parse(query).definitions.some((d) => 'operation' in d && d.operation === 'subscription')
    );
  } catch {
    return false;
  }
};

/** Errors PostgreSQL raises when transactions that ran at the same time collide. */
const WRITE_RACE =
  /deadlock detected|violates foreign key constraint|duplicate key value violates unique constraint|could not serialize/;
const isWrite = (op: Operation) => op.kind === 'graphql' && op.type === 'mutation' && op.auth === 'editor';

const CONCURRENT_WRITES: KnownBug = {
  id: 'concurrent-writes-race',
  description:
    'Writes that ran at the same time collided in the findings refresh, which read the counts, then deleted ' +
    'and re-inserted their findings without a lock: a setPenaltyVerification or addProvisionVersion (which ' +
    'refresh every finding) running while an addCount, deleteCount, deleteDecision or another refresh committed ' +
    'failed with a foreign-key violation on finding.count_id, a duplicate finding_pkey or a deadlock: ' +
    'INTERNAL_SERVER_ERROR and a lost write. The same write sent again alone succeeded.',
  applies: isWrite,
};

const KNOWN_BUGS: KnownBug[] = [
  CONCURRENT_WRITES,
  {
    id: 'persisted-query-hash-500',
    description:
      'A request whose extensions.persistedQuery.sha256Hash did not match its query, e.g. ' +
      '{"query":"{ health { ok } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}, was ' +
      'answered 400 with code INTERNAL_SERVER_ERROR: Apollo raised "provided sha does not match query" without ' +
      'a code, and formatError masked it as unexpected.',
    applies: (op) => op.kind === 'raw' && /"persistedQuery"/.test(op.body ?? ''),
    confirms: (x) =>
      x.outcome.status === 400 && x.problems.every((p) => p.startsWith('INTERNAL_SERVER_ERROR')),
  },
  {
    id: 'subscription-500',
    description:
      'A subscription operation (e.g. subscription { health { ok } }) passed validation although the schema has ' +
      'no Subscription type; execution then threw "Schema is not configured to execute subscription operation", ' +
      'masked as INTERNAL_SERVER_ERROR instead of being refused as a bad request.',
    applies: (op) => isSubscription(queryText(op)),
    confirms: (x) => x.problems.every((p) => p.startsWith('INTERNAL_SERVER_ERROR')),
  },
  {
    id: 'syntax-error-500',
    description:
      'An operation that was not valid GraphQL syntax (e.g. { "query": "{" }), or had more than 3,000 tokens, ' +
      "was answered with HTTP 500 (code GRAPHQL_VALIDATION_FAILED) instead of 400: graphql-armor's max-tokens " +
      'plugin for Apollo re-parsed the query in parsingDidStart and threw the syntax error from a plugin hook, ' +
      'which Apollo answers as an unexpected error.',
    applies: (op) => unparsable(queryText(op)),
    confirms: (x) =>
      x.outcome.status === 500 &&
      x.problems.every((p) => p === 'status 500') &&
      (x.outcome.json?.errors ?? []).every((e: any) => /^Syntax Error|^Token limit of/.test(e?.message)),
  },
  {
    id: 'nul-character',
    description:
      'A string argument holding a NUL character (U+0000) reached PostgreSQL, which refused it ' +
      '(invalid byte sequence for encoding "UTF8": 0x00): INTERNAL_SERVER_ERROR instead of BAD_USER_INPUT, ' +
      'e.g. { court(name: "a\\u0000b") { code } }.',
    ...byValue(
      (v) => typeof v === 'string' && v.includes('\u0000'),
      (v) => (v as string).replaceAll('\u0000', ' '),
    ),
  },
  {
    id: 'year-out-of-range',
    description:
      'A yearFrom or yearTo outside 1..9999 in a filter became a date PostgreSQL cannot hold ' +
      '(date/time field value out of range): INTERNAL_SERVER_ERROR instead of BAD_USER_INPUT, ' +
      'e.g. { decisions(filter: { yearFrom: 0 }) { totalCount } }.',
    ...byValue(
      (v, _, name) =>
        ['yearFrom', 'yearTo'].includes(name) &&
        typeof v === 'number' &&
        Number.isInteger(v) &&
        (v < 1 || v > 9999),
      () => 2016,
    ),
  },
  {
    id: 'empty-language',
    description:
      'createDecision or updateDecision with language: "" passed validation (the check skipped a falsy ' +
      'language) and the insert then broke the decision_language_check constraint: INTERNAL_SERVER_ERROR ' +
      'instead of an input error on the language field.',
    ...byValue(
      (v, owner, name) => owner === 'DecisionInput' && name === 'language' && v === '',
      () => 'en',
    ),
  },
  {
    id: 'deeply-nested-body-500',
    description:
      'A JSON body nested thousands of levels deep but well under the size limit, e.g. ' +
      '{"query":"{ health { ok } }","variables":[[[[…]]]]} with 5,000 brackets (10 kB), was answered 500: ' +
      'the check for NUL characters ran JSON.stringify(req.body), which overflowed the stack.',
    applies: (op) => op.kind === 'raw' && /\[{1000}/.test(op.body ?? ''),
    without: (op) =>
      op.kind === 'raw'
        ? { ...op, body: op.body!.replace(/\[{1000,}/, '['.repeat(50)).replace(/\]{1000,}/, ']'.repeat(50)) }
        : op,
  },
  {
    id: 'body-parser-error-page',
    description:
      'A POST whose body could not be decoded (a charset other than UTF-8, e.g. "application/json; ' +
      'charset=latin1", or a Content-Encoding such as gzip with a body that is not gzip, or an unknown one) was ' +
      "answered by Express's default error handler: an HTML page with the stack trace, not JSON.",
    applies: (op) =>
      op.kind === 'raw' && (op.contentEncoding !== null || /charset=(?!utf-8)/i.test(op.contentType ?? '')),
    without: (op) =>
      op.kind === 'raw' ? { ...op, contentEncoding: null, contentType: 'application/json' } : op,
  },
];

const knownBugHits = new Map<string, { count: number; example: string }>();

/** Sends an operation and checks the answer; a failure that only a known bug explains is sent again without it. */
async function exchange(op: Operation): Promise<Exchange> {
  const x = await send(op);
  tally(x);
  x.problems = problemsOf(x);
  return x.problems.length ? explain(x, true) : x;
}

/** A failure that known bugs explain is cleared (and counted); any other keeps its problems. */
async function explain(x: Exchange, sendAgain: boolean): Promise<Exchange> {
  const confirmed = KNOWN_BUGS.find((b) => b.confirms && b.applies(x.op) && b.confirms(x));
  if (confirmed) return knownBug([confirmed], x);
  const bugs = KNOWN_BUGS.filter((b) => b.without && b.applies(x.op));
  if (bugs.length === 0 || !sendAgain) return x;
  const again = await send(bugs.reduce((o, b) => b.without!(o), x.op));
  tally(again);
  stats.resent++;
  again.problems = problemsOf(again);
  if (again.problems.length && (await explain(again, false)).problems.length) {
    x.problems.push(
      `…and without the known bugs' triggers (${bugs.map((b) => b.id)}): ${again.problems.join('; ')}`,
    );
    return x;
  }
  return knownBug(bugs, x);
}

function recordHit(id: string, example: string) {
  const hit = knownBugHits.get(id) ?? { count: 0, example };
  hit.count++;
  knownBugHits.set(id, hit);
}

function knownBug(bugs: { id: string }[], x: Exchange): Exchange {
  for (const b of bugs) recordHit(b.id, `${x.request}\n→ ${x.problems.join('; ')}`);
  return { ...x, problems: [] };
}

/** The service logs every masked error; keep them (they explain a failure) instead of flooding the output. */
const maskedErrors: string[] = [];
let batchErrors: string[] = [];
let restoreStderr = () => {};
function captureMaskedErrors() {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const text = String(chunk);
    if (!/^\[(graphql|http)\] unexpected error/.test(text)) return write(chunk, ...rest);
    maskedErrors.push(text.split('\n')[0]);
    batchErrors.push(text.split('\n')[0]);
    if (maskedErrors.length > 20) maskedErrors.shift();
    return true;
  }) as typeof process.stderr.write;
  restoreStderr = () => (process.stderr.write = write);
}

// ---------------------------------------------------------------------------------------------------------------
// The database: what it must hold before, during and after the run.

interface Baseline {
  decisions: Set<string>;
  defendants: Set<string>;
  counts: Set<string>;
  versions: Set<string>;
  penalties: Set<string>;
}
let baseline: Baseline;
const csvTags: string[] = [];

const db = () => server.dataSource;
const ids = async (sql: string, params: unknown[] = []) =>
  new Set<string>((await db().query(sql, params)).map((r: { id: string }) => r.id));

async function snapshot(): Promise<Baseline> {
  return {
    decisions: await ids(`SELECT id FROM decision`),
    defendants: await ids(`SELECT id FROM defendant`),
    counts: await ids(`SELECT id FROM criminal_count`),
    versions: await ids(`SELECT id FROM provision_version`),
    penalties: await ids(`SELECT id FROM penalty`),
  };
}

async function refreshPools() {
  const pick = async (sql: string) => [...(await ids(sql))];
  pools.decision = await pick(
    `(SELECT id FROM decision ORDER BY created_at DESC LIMIT 20) UNION (SELECT id FROM decision ORDER BY random() LIMIT 20)`,
  );
  pools.defendant = await pick(`SELECT id FROM defendant ORDER BY random() LIMIT 40`);
  pools.count = await pick(`SELECT id FROM criminal_count ORDER BY random() LIMIT 40`);
  pools.penalty = await pick(`SELECT id FROM penalty ORDER BY random() LIMIT 20`);
}

function harvestCursors(value: unknown) {
  if (Array.isArray(value)) value.forEach(harvestCursors);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && ['cursor', 'endCursor', 'startCursor'].includes(k)) {
        pools.cursor.push(v);
        if (pools.cursor.length > 60) pools.cursor.shift();
      } else harvestCursors(v);
    }
  }
}

const DECISION_STATE = `SELECT id, court_id AS "courtId", case_number AS "caseNumber",
    to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", decision_date_precision AS "decisionDatePrecision",
    decision_type AS "decisionType", is_final AS "isFinal", to_char(final_on, 'YYYY-MM-DD') AS "finalOn", language,
    presiding_judge AS "presidingJudge", summary, redacted_text AS "redactedText", source_url AS "sourceUrl",
    source_note AS "sourceNote", provenance, source_url_withheld AS "sourceUrlWithheld",
    (SELECT count(*)::int FROM decision_protected_name p WHERE p.decision_id = d.id AND p.removed_at IS NULL)
      AS "protectedNames"
  FROM decision d WHERE id = ANY($1::uuid[])`;
const COUNT_STATE = `SELECT id, to_char(offence_date, 'YYYY-MM-DD') AS "offenceDate", charged_citation AS "chargedCitation",
    charged_provision_id AS "chargedProvisionId", convicted_citation AS "convictedCitation",
    convicted_provision_id AS "convictedProvisionId", verdict, imprisonment_months::float AS "imprisonmentMonths",
    suspended, fine_eur::float AS "fineEur", circumstances, mitigation_cited AS "mitigationCited", note
  FROM criminal_count WHERE id = ANY($1::uuid[])`;

const differences = (expected: Record<string, unknown>, actual: Record<string, unknown>) =>
  Object.keys(expected).filter((k) => JSON.stringify(expected[k]) !== JSON.stringify(actual[k]));

/**
 * Everything the database must hold, guaranteed by a constraint or not: a finding exactly for each conviction;
 * every audited write visible as its audit entry says (and nothing written without one); every decision created
 * or deleted during the run on its way to the search index.
 */
async function databaseProblems(): Promise<string[]> {
  const problems: string[] = [];
  const mismatched = await db().query(
    `SELECT c.id, c.verdict FROM criminal_count c LEFT JOIN finding f ON f.count_id = c.id
      WHERE (c.verdict IS NOT DISTINCT FROM 'CONVICTED') <> (f.count_id IS NOT NULL) LIMIT 5`,
  );
  for (const r of mismatched)
    problems.push(`count ${r.id} (${r.verdict}) has a finding iff it is not a conviction`);
  const others = await db().query(`SELECT DISTINCT actor_name FROM audit_log WHERE actor_name <> $1`, [
    editorName,
  ]);
  if (others.length) problems.push(`audit rows by others: ${others.map((r: any) => r.actor_name)}`);

  const audit: { id: string; action: string; type: string; entity: string; before: any; after: any }[] =
    await db().query(
      `SELECT id::int, action, entity_type AS type, entity_id AS entity, before, after FROM audit_log ORDER BY id`,
    );
  const last = new Map<string, (typeof audit)[number]>();
  for (const a of audit) last.set(`${a.type}|${a.entity}`, a);
  const deletedLater = (types: string[], after: string, parent?: string) =>
    audit.some(
      (a) =>
        Number(a.id) > Number(after) &&
        types.includes(a.type) &&
        a.action.startsWith('delete') &&
        (parent === undefined || a.entity === parent),
    );
  const byType = (type: string) => [...last.values()].filter((a) => a.type === type);
  const state = async (sql: string, entities: string[]) =>
    new Map<string, any>((await db().query(sql, [entities])).map((r: any) => [r.id, r]));

  const decisions = byType('Decision');
  const decisionNow = await state(
    DECISION_STATE,
    decisions.map((a) => a.entity),
  );
  for (const a of decisions) {
    const now = decisionNow.get(a.entity);
    if (a.action === 'deleteDecision') {
      if (now) problems.push(`decision ${a.entity} is deleted in the audit log but exists`);
    } else if (!now) problems.push(`decision ${a.entity} (${a.action}) is gone without a deleteDecision`);
    else {
      const diff = differences(a.after, now);
      if (diff.length) problems.push(`decision ${a.entity} differs from its last audit entry in ${diff}`);
    }
  }
  const defendants = byType('Defendant');
  const defendantNow = await state(
    `SELECT id, decision_id AS "decisionId", label FROM defendant WHERE id = ANY($1::uuid[])`,
    defendants.map((a) => a.entity),
  );
  for (const a of defendants) {
    const now = defendantNow.get(a.entity);
    if (a.action === 'deleteDefendant') {
      if (now) problems.push(`defendant ${a.entity} is deleted in the audit log but exists`);
    } else if (now) {
      const diff = differences(a.after, now);
      if (diff.length) problems.push(`defendant ${a.entity} differs from its last audit entry in ${diff}`);
    } else if (!deletedLater(['Decision'], a.id, a.after.decisionId)) {
      problems.push(`defendant ${a.entity} (${a.action}) is gone, its decision is not deleted`);
    }
  }
  const counts = byType('Count');
  const countNow = await state(
    COUNT_STATE,
    counts.map((a) => a.entity),
  );
  for (const a of counts) {
    const now = countNow.get(a.entity);
    if (a.action === 'deleteCount') {
      if (now) problems.push(`count ${a.entity} is deleted in the audit log but exists`);
    } else if (now) {
      const diff = differences(a.after, now);
      if (diff.length) problems.push(`count ${a.entity} differs from its last audit entry in ${diff}`);
    } else if (!deletedLater(['Decision', 'Defendant'], a.id)) {
      problems.push(`count ${a.entity} (${a.action}) is gone, its defendant or decision is not deleted`);
    }
  }
  const versions = byType('ProvisionVersion');
  const versionNow = await ids(`SELECT id FROM provision_version WHERE id = ANY($1::uuid[])`, [
    versions.map((a) => a.entity),
  ]);
  for (const a of versions)
    if (!versionNow.has(a.entity)) problems.push(`provision version ${a.entity} is gone`);
  const penalties = byType('Penalty');
  const penaltyNow = await state(
    `SELECT id, source_url AS url, source_document AS document, verification, source_note AS note
       FROM penalty WHERE id = ANY($1::uuid[])`,
    penalties.map((a) => a.entity),
  );
  for (const a of penalties) {
    const now = penaltyNow.get(a.entity);
    if (!now) problems.push(`penalty ${a.entity} is gone`);
    else if (differences(a.after, now).length)
      problems.push(`penalty ${a.entity} differs from its audit entry`);
  }

  // Nothing new without an audit entry (the importer's decisions aside).
  const now = await snapshot();
  const imported = await ids(`SELECT id FROM decision WHERE case_number LIKE ANY($1)`, [
    csvTags.map((t) => `${t}-%`),
  ]);
  const audited = (action: string) => new Set(audit.filter((a) => a.action === action).map((a) => a.entity));
  const unaudited = (
    kind: string,
    current: Set<string>,
    before: Set<string>,
    created: Set<string>,
    skip: Set<string>,
  ) => {
    const extra = [...current].filter((id) => !before.has(id) && !created.has(id) && !skip.has(id));
    if (extra.length)
      problems.push(`${extra.length} ${kind} written without an audit entry, e.g. ${extra[0]}`);
  };
  const ofImported = async (table: string) =>
    ids(`SELECT id FROM ${table} WHERE decision_id = ANY($1::uuid[])`, [[...imported]]);
  unaudited('decisions', now.decisions, baseline.decisions, audited('createDecision'), imported);
  unaudited(
    'defendants',
    now.defendants,
    baseline.defendants,
    audited('addDefendant'),
    await ofImported('defendant'),
  );
  unaudited('counts', now.counts, baseline.counts, audited('addCount'), await ofImported('criminal_count'));
  unaudited('provision versions', now.versions, baseline.versions, audited('addProvisionVersion'), new Set());
  const newPenalties = [...now.penalties].filter((id) => !baseline.penalties.has(id));
  const ofNewVersions = await ids(`SELECT id FROM penalty WHERE provision_version_id = ANY($1::uuid[])`, [
    [...audited('addProvisionVersion')],
  ]);
  if (newPenalties.some((id) => !ofNewVersions.has(id)))
    problems.push('penalties written outside a new version');

  // Created and deleted decisions are on their way to the search index.
  const touched = [...new Set([...audited('createDecision'), ...audited('deleteDecision'), ...imported])];
  const unindexed = await db().query(
    `SELECT t.id, EXISTS (SELECT 1 FROM decision d WHERE d.id::text = t.id) AS present
       FROM unnest($1::text[]) AS t(id)
      WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.document_id = 'decision-' || t.id)
        AND (EXISTS (SELECT 1 FROM decision d WHERE d.id::text = t.id)
             <> EXISTS (SELECT 1 FROM search_document s WHERE s.id = 'decision-' || t.id))`,
    [touched],
  );
  for (const r of unindexed.slice(0, 5)) {
    problems.push(
      `decision ${r.id} (${r.present ? 'present' : 'deleted'}) has no outbox row and a stale index`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV files: valid rows with random valid variations, and corrupted ones.

/** Courts by some of their names and aliases, in the three languages (spelling and diacritics vary). */
const COURT_ALIASES = [
  [
    'Basic Court of Pristina',
    'basic court of pristina',
    'Gjykata Themelore në Prishtinë',
    'Osnovni sud u Prištini',
    'Основни суд у Приштини',
  ],
  ['Basic Court Prizren', 'Gjykata Themelore ne Prizren', 'Osnovni sud Prizren'],
  ['Basic Court Peja', 'Gjykata Themelore në Pejë', 'Osnovni sud u Peći'],
  ['Okruzni sud u Prizrenu', 'District Court Prizren', 'Gjykata e Qarkut në Prizren'],
  ['Court of Appeals of Kosovo', 'Gjykata e Apelit në Prishtinë', 'Apelacioni sud Kosova'],
  ['Supreme Court', 'Vrhovni sud', 'Gjykata Supreme e Kosovës'],
];
const VALID_CITATIONS = [
  'CCK Art. 171',
  'neni 139 KPPK',
  'PCCK Art. 139',
  'CC 06/L-074 Art. 165',
  'PCCK 139',
];
const LABELS = ['A.B.', 'C.D.', 'D-017', 'X.Y.Z.', 'K-9'];
/** Texts that need quoting: quotes, commas, newlines, other scripts. */
const TEXTS = [
  'He said "no", then left.',
  'line one\nline two',
  'Gjykata: "Po"; vendimi\r\nështë i formës së prerë',
  'Трговина људима, члан 171',
  ' padded ',
  'comma, separated, cells',
  '""',
  'ends with a quote"',
];
const textArb = weighted(
  [3, fc.constantFrom(...TEXTS)],
  [
    1,
    fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000') && !s.includes('\r')),
  ],
);
const amountArb = (max: number) =>
  weighted(
    [3, fc.integer({ min: 0, max }).map(String)],
    [
      1,
      fc
        .tuple(fc.integer({ min: 0, max: max - 1 }), fc.integer({ min: 0, max: 99 }))
        .map(([a, b]) => `${a}.${b}`),
    ],
  );
const minusDays = (day: string, n: number) => isoDay(new Date(Date.parse(day) - n * 86_400_000));

/** The cells of one count, valid by construction; `court` is one of the decision's court's names. */
const countCellsArb = (decision: CsvRow, court: string[]) =>
  fc
    .record({
      court: fc.constantFrom(...court),
      defendant: fc.constantFrom(...LABELS),
      offenceDaysBefore: fc.option(fc.integer({ min: 0, max: 4_000 }), { nil: null }),
      charged: fc.constantFrom('', ...VALID_CITATIONS),
      verdict: fc.constantFrom('CONVICTED', 'CONVICTED', 'ACQUITTED', 'DISMISSED', ''),
      convicted: fc.constantFrom('', ...VALID_CITATIONS),
      months: fc.option(amountArb(1_200), { nil: '' }),
      suspended: fc.constantFrom('true', 'false', ''),
      fine: fc.option(amountArb(100_000), { nil: '' }),
      circumstances: fc
        .tuple(fc.subarray([...CIRCUMSTANCES]), fc.constantFrom(';', ' ; '))
        .map(([c, sep]) => c.join(sep)),
      mitigation: fc.constantFrom('true', 'false', ''),
      note: fc.option(textArb, { nil: '' }),
    })
    .map((c): CsvRow => {
      const convicted = c.verdict === 'CONVICTED';
      return countRow({
        ...decision,
        court: c.court,
        defendant: c.defendant,
        offence_date:
          c.offenceDaysBefore === null ? '' : minusDays(decision.decision_date!, c.offenceDaysBefore),
        charged_provision: c.charged,
        verdict: c.verdict,
        convicted_provision: convicted ? c.convicted : '',
        imprisonment_months: convicted ? c.months : '',
        suspended: convicted && c.months !== '' ? c.suspended : '',
        fine_eur: convicted ? c.fine : '',
        circumstances: c.circumstances,
        mitigation_cited: c.mitigation,
        count_note: c.note,
      } as CsvRow);
    });

const decisionArb = fc
  .record({
    court: fc.constantFrom(...COURT_ALIASES),
    decision_date: dayArb('2001-01-01', '2025-12-31'),
    decision_type: fc.constantFrom('FIRST_INSTANCE', 'APPEAL', 'SUPREME'),
    final: fc.constantFrom('true', 'false', ''),
    provenance: fc.constantFrom('OFFICIAL', 'REPORTED', 'SYNTHETIC'),
    source_url: fc.constantFrom('', 'https://example.org/a?b=c,d', 'http://example.org/"q"'),
    summary: fc.option(textArb, { nil: '' }),
    language: fc.constantFrom('sq', 'sr', 'en', ''),
    decision_date_precision: fc.constantFrom('DAY', 'MONTH', 'YEAR', ''),
    counts: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ court, counts, ...decision }) =>
    fc.array(countCellsArb(decision as CsvRow, court), { minLength: counts, maxLength: counts }),
  );

/** A defect that makes the row invalid for certain, by column and value. */
const CERTAIN_DEFECTS: [string, string[]][] = [
  ['decision_date', ['2015-02-30', '2016-13-01', '16/06/2016', '', '2016-6-15']],
  ['court', ['Court of Atlantis', '']],
  ['verdict', ['GUILTY', 'convicted']],
  ['defendant', ['Arben Gashi', 'A.B', 'ab']],
  ['final', ['yes', 'TRUE', '1']],
  ['decision_type', ['TRIAL', '']],
  ['provenance', ['FAKE', '']],
  ['charged_provision', ['CCK Art. 9999', 'the trafficking law']],
  ['circumstances', ['VICTIM_ADULT', 'VICTIM_CHILD;SOMETHING']],
  ['source_url', ['ftp://example.org', 'example.org']],
  ['case_number', ['']],
];
const SENTENCE_DEFECTS: [string, string][] = [
  ['imprisonment_months', '-5'],
  ['imprisonment_months', '12.345'],
  ['imprisonment_months', '1201'],
  ['imprisonment_months', 'abc'],
  ['fine_eur', '-0.5'],
  ['fine_eur', '1e3'],
];

type Defect = 'none' | 'certain' | 'maybe' | 'cells' | 'quote';
interface CsvLine {
  cells: Record<string, string>;
  /** A case number of the file's own, `<tag>-<suffix>`; null leaves the cell as it is. */
  suffix: string;
  defect: Defect;
  /** For `cells`: cells to drop (negative) or add (positive). */
  cellDelta: number;
  /** Empty lines written before the row. */
  blanksBefore: number;
}
interface CsvFile {
  lines: CsvLine[];
  extraColumns: string[];
  shuffle: number[] | null;
  headerDefect: 'none' | 'missing' | 'unknown' | 'repeated';
  shape: 'rows' | 'empty' | 'header only';
  bom: boolean;
  eol: '\n' | '\r\n';
  /** An empty line before each of these rows (as well as the rows' own). */
  blankBefore: number[];
  finalEol: boolean;
}

const corruptedLineArb: fc.Arbitrary<CsvLine> = fc
  .tuple(
    decisionArb.map((rows) => rows[0]),
    fc.nat(),
    weighted([5, fc.constant(0)], [1, fc.integer({ min: 1, max: 2 })]),
  )
  .chain(([row, n, blanksBefore]) =>
    weighted<Omit<CsvLine, 'blanksBefore'>>(
      [
        4,
        fc.constantFrom(...CERTAIN_DEFECTS).chain(([column, values]) =>
          fc.constantFrom(...values).map((value) => ({
            cells: { ...(row as Record<string, string>), [column]: value },
            suffix: `c${n}`,
            defect: 'certain' as const,
            cellDelta: 0,
          })),
        ),
      ],
      [
        2,
        fc.constantFrom(...SENTENCE_DEFECTS).map(([column, value]) => ({
          cells: {
            ...(row as Record<string, string>),
            verdict: 'CONVICTED',
            convicted_provision: '',
            [column]: value,
          },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        })),
      ],
      [
        1,
        fc.constant({
          cells: { ...(row as Record<string, string>), verdict: 'ACQUITTED', imprisonment_months: '12' },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        }),
      ],
      [
        1,
        fc.constant({
          cells: { ...(row as Record<string, string>), offence_date: minusDays(row.decision_date!, -30) },
          suffix: `c${n}`,
          defect: 'certain' as const,
          cellDelta: 0,
        }),
      ],
      [
        3,
        fc
          .tuple(
            fc.constantFrom(...CSV_HEADER.filter((h) => h !== 'case_number')),
            weighted<Value>([1, hostileStringArb], [1, wrongTypeArb]),
          )
          .map(([column, value]) => ({
            cells: {
              ...(row as Record<string, string>),
              [column]: typeof value === 'string' ? value : JSON.stringify(value),
            },
            suffix: `m${n}`,
            defect: 'maybe' as const,
            cellDelta: 0,
          })),
      ],
      [
        2,
        fc.oneof(fc.integer({ min: -16, max: -1 }), fc.integer({ min: 1, max: 3 })).map((cellDelta) => ({
          cells: row as Record<string, string>,
          suffix: `s${n}`,
          defect: 'cells' as const,
          cellDelta,
        })),
      ],
      [
        1,
        fc.constant({
          cells: row as Record<string, string>,
          suffix: `q${n}`,
          defect: 'quote' as const,
          cellDelta: 0,
        }),
      ],
    ).map((l) => ({ ...l, blanksBefore })),
  );

const OPTIONAL_IN_FILES = ['summary', 'language', 'decision_date_precision', 'count_note'];

const csvFileArb: fc.Arbitrary<CsvFile> = fc.record({
  lines: fc
    .tuple(
      fc.array(decisionArb, { minLength: 1, maxLength: 4 }),
      weighted(
        [3, fc.constant([] as CsvLine[])],
        [2, fc.array(corruptedLineArb, { minLength: 1, maxLength: 3 })],
      ),
      fc.boolean(),
    )
    .map(([decisions, corrupted, interleave]) => {
      const valid = decisions.flatMap((rows, d) =>
        rows.map((cells) => ({
          cells: cells as Record<string, string>,
          suffix: `v${d}`,
          defect: 'none' as const,
          cellDelta: 0,
          blanksBefore: 0,
        })),
      );
      // Each corrupted row is a decision of its own, so its defect cannot spill over to valid rows.
      const own = corrupted.map((l, i) => ({ ...l, suffix: `${l.suffix}x${i}` }));
      if (!interleave) return [...valid, ...own];
      const all: CsvLine[] = [...valid];
      own.forEach((l, i) => all.splice((i * 7) % (all.length + 1), 0, l));
      return all;
    }),
  extraColumns: fc.subarray(OPTIONAL_IN_FILES),
  shuffle: rarely(fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), 3),
  headerDefect: weighted(
    [30, fc.constant('none' as const)],
    [1, fc.constantFrom('missing' as const, 'unknown' as const, 'repeated' as const)],
  ),
  shape: weighted(
    [30, fc.constant('rows' as const)],
    [1, fc.constant('empty' as const)],
    [1, fc.constant('header only' as const)],
  ),
  bom: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const),
  blankBefore: weighted(
    [4, fc.constant([])],
    [1, fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 2 })],
  ),
  finalEol: fc.boolean(),
});

const quoteCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lineBreaks = (s: string) => (s.match(/\r\n|\n|\r/g) ?? []).length;

interface RenderedCsv {
  content: string;
  /** The line each data row starts on, as an editor numbers lines (CRLF is one break). */
  startLines: number[];
  lineCount: number;
  rows: number;
}

function renderCsv(file: CsvFile, tag: string): RenderedCsv {
  let header: string[] = [...CSV_HEADER, ...file.extraColumns];
  if (file.shuffle) {
    const keys = new Map(header.map((h, i) => [h, file.shuffle![i % 8] * 100 + i]));
    header = [...header].sort((a, b) => keys.get(a)! - keys.get(b)!);
  }
  const columns = [...header];
  if (file.headerDefect === 'missing') header = header.filter((h) => h !== 'verdict');
  if (file.headerDefect === 'unknown') header = [...header, 'judge_name'];
  if (file.headerDefect === 'repeated') header = [...header, 'court'];
  const out: string[] = [];
  const startLines: number[] = [];
  let line = 1;
  const push = (text: string) => {
    out.push(text);
    line += lineBreaks(text);
  };
  if (file.shape === 'empty')
    return { content: file.bom ? '\ufeff' : '', startLines: [], lineCount: 0, rows: 0 };
  push(header.join(',') + file.eol);
  const lines = file.shape === 'header only' ? [] : file.lines;
  lines.forEach((l, i) => {
    const cells: Record<string, string> = {
      ...l.cells,
      case_number: l.cells.case_number === '' ? '' : `${tag}-${l.suffix}`,
    };
    let values = columns.map((h) => cells[h] ?? '');
    if (l.cellDelta < 0) values = values.slice(0, Math.max(1, values.length + l.cellDelta));
    // A lone empty cell is an empty line, which the reader skips: keep the short row visible.
    if (values.length === 1 && values[0] === '') values = ['x'];
    if (l.cellDelta > 0) values = [...values, ...Array.from({ length: l.cellDelta }, () => 'extra')];
    for (let k = 0; k < l.blanksBefore + file.blankBefore.filter((b) => b === i).length; k++) push(file.eol);
    startLines.push(line);
    let text = values.map(quoteCell).join(',');
    if (l.defect === 'quote') text = `x"y,${text}`;
    push(text + (i < lines.length - 1 || file.finalEol ? file.eol : ''));
  });
  const content = (file.bom ? '\ufeff' : '') + out.join('');
  const lineCount = lineBreaks(content) + (content.length && !/(\r\n|\n|\r)$/.test(content) ? 1 : 0);
  return { content, startLines, lineCount, rows: lines.length };
}

const tagCounts = async (tag: string) => {
  const [row] = await db().query(
    `SELECT count(DISTINCT d.id)::int AS decisions, count(c.id)::int AS counts
       FROM decision d LEFT JOIN criminal_count c ON c.decision_id = d.id WHERE d.case_number LIKE $1`,
    [`${tag}-%`],
  );
  return row as { decisions: number; counts: number };
};

/** What importing one generated file must do; returns the problems with it (none when it behaved). */
async function importProblems(importer: ImportService, file: CsvFile): Promise<string[]> {
  const tag = uniqueTag();
  csvTags.push(tag);
  const csv = renderCsv(file, tag);
  const lines = file.shape === 'header only' ? [] : file.lines;
  const defects = new Set(lines.map((l) => l.defect));
  const mustReject =
    file.shape !== 'rows' ||
    file.headerDefect !== 'none' ||
    ['certain', 'cells', 'quote'].some((d) => defects.has(d as Defect));
  const mayReject = mustReject || defects.has('maybe');
  const problems: string[] = [];
  let summary: ImportSummary | null = null;
  try {
    summary = await importer.importFile(csv.content, 'csv');
  } catch (e) {
    if (!(e instanceof ImportRejectedError)) return [`threw ${(e as Error).stack ?? String(e)}`];
    stats.csv.rejected++;
    if (!mayReject) problems.push(`a valid file was rejected: ${JSON.stringify(e.problems)}`);
    if (e.problems.length === 0) problems.push('rejected without naming a problem');
    for (const p of e.problems) {
      if (!(p.line >= 1 && p.line <= Math.max(1, csv.lineCount))) {
        problems.push(`names line ${p.line}, the file has ${csv.lineCount}: ${p.reason}`);
      }
    }
    // Which lines must be named: the header's; else rows whose cells do not fit (those hide the others); else every
    // row with a defect. No other line may be named.
    const named = new Set(e.problems.map((p) => p.line));
    const rowsWith = (ds: Defect[]) =>
      lines.flatMap((l, i) => (ds.includes(l.defect) ? [csv.startLines[i]] : []));
    if (file.shape === 'rows' && file.headerDefect === 'none' && !defects.has('quote')) {
      const structural = rowsWith(['cells']);
      const expected = structural.length ? structural : rowsWith(['certain']);
      const allowed = new Set(structural.length ? structural : rowsWith(['certain', 'maybe']));
      const missing = expected.filter((l) => !named.has(l));
      const stray = [...named].filter((l) => !allowed.has(l));
      if (missing.length) problems.push(`rows with a defect at lines ${missing} are not named`);
      if (stray.length) problems.push(`lines ${stray} are named but hold no defect`);
    }
    if (file.headerDefect !== 'none' && !defects.has('quote') && [...named].some((l) => l !== 1)) {
      problems.push('a header defect not on line 1');
    }
    const left = await tagCounts(tag);
    if (left.decisions || left.counts) problems.push(`a rejected file left ${JSON.stringify(left)} behind`);
    return problems.map((p) => `${p}\n  problems: ${clip(JSON.stringify(e.problems), 600)}`);
  }
  stats.csv.accepted++;
  if (mustReject) problems.push('a file with a certain defect was accepted');
  const decisions = new Set(lines.map((l) => l.suffix)).size;
  const expected = {
    rows: csv.rows,
    decisions: { created: decisions, updated: 0, unchanged: 0 },
    counts: csv.rows,
  };
  if (JSON.stringify(summary) !== JSON.stringify(expected)) {
    problems.push(`summary ${JSON.stringify(summary)}, expected ${JSON.stringify(expected)}`);
  }
  const written = await tagCounts(tag);
  if (written.decisions !== decisions || written.counts !== csv.rows) {
    problems.push(`wrote ${JSON.stringify(written)} for ${decisions} decisions of ${csv.rows} rows`);
  }
  const again = await importer.importFile(csv.content, 'csv').catch((e: Error) => e);
  const unchanged = {
    rows: csv.rows,
    decisions: { created: 0, updated: 0, unchanged: decisions },
    counts: 0,
  };
  if (JSON.stringify(again) !== JSON.stringify(unchanged)) {
    problems.push(
      `importing it again gave ${again instanceof Error ? again.message : JSON.stringify(again)}`,
    );
  }
  if (JSON.stringify(await tagCounts(tag)) !== JSON.stringify(written))
    problems.push('importing it again wrote');
  return problems;
}

/** CSV bugs the fuzz found, with the same file written without the trigger. */
interface KnownCsvBug {
  id: string;
  description: string;
  applies(file: CsvFile): boolean;
  without(file: CsvFile): CsvFile;
}
const withoutCrlfInCells = (file: CsvFile): CsvFile => ({
  ...file,
  lines: file.lines.map((l) => ({
    ...l,
    cells: Object.fromEntries(Object.entries(l.cells).map(([k, v]) => [k, v.replaceAll('\r\n', '\n')])),
  })),
});
const KNOWN_CSV_BUGS: KnownCsvBug[] = [
  {
    id: 'csv-blank-line-numbers',
    description:
      'A problem on the row right after one or more empty lines was reported on the first empty line, not on ' +
      "the row (a row's line was taken as the previous record's last line plus one, while csv-parse skipped " +
      'empty lines), e.g. header, a valid row, an empty line, then a row with decision_date 2016-02-30 on ' +
      'line 4: the problem named line 3.',
    applies: (file) => file.blankBefore.length > 0 || file.lines.some((l) => l.blanksBefore > 0),
    without: (file) => ({
      ...file,
      blankBefore: [],
      lines: file.lines.map((l) => ({ ...l, blanksBefore: 0 })),
    }),
  },
  {
    id: 'csv-crlf-in-quoted-cell',
    description:
      'A quoted CSV cell holding a CR LF line break (as spreadsheets on Windows write a multi-line cell) ' +
      'counted as two lines: every problem on a later row named the line after the right one, and a problem on ' +
      'the last row named a line the file does not have (csv-parse counts CR and LF apart inside quotes).',
    applies: (file) => file.lines.some((l) => Object.values(l.cells).some((v) => v.includes('\r\n'))),
    without: withoutCrlfInCells,
  },
];

// ---------------------------------------------------------------------------------------------------------------

let dropDatabase: () => Promise<void> = async () => {};
const startedAt = Date.now();

beforeAll(async () => {
  const scratch = await createScratchDatabase('kosovo_law_fuzz');
  dropDatabase = scratch.drop;
  const setup = createDataSource({ url: scratch.url, poolSize: 2 });
  await setup.initialize();
  await setup.runMigrations({ transaction: 'each' });
  await loadSeeds(unitOfWork(setup));
  await new SearchIndexer(
    unitOfWork(setup),
    new Map([['postgres', new PostgresSearchEngine(setup)]]),
  ).drain();
  await setup.destroy();
  server = await startTestServer(scratch.url, { rateLimitPerMinute: 1_000_000 });
  editorName = `fuzz-editor-${RUN_TAG}`;
  editorKey = (await new ApiKeyService(unitOfWork(server.dataSource)).create(editorName, 'editor')).key;
  baseline = await snapshot();
  await refreshPools();
  captureMaskedErrors();
  expect(await databaseProblems()).toEqual([]);
}, 120_000);

afterAll(async () => {
  restoreStderr();
  const line = (m: Record<string, number>) =>
    Object.entries(m)
      .sort(([, a], [, b]) => b - a)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  console.log(
    [
      `Fuzz run, seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
      `  HTTP operations sent: ${stats.operations} (GraphQL ${stats.graphql}, raw ${stats.raw}; ` +
        `${stats.resent} of them sent again without a known bug's trigger)`,
      `  by key: ${line(stats.byAuth)}`,
      `  by status: ${line(stats.byStatus)}`,
      `  GraphQL error codes: ${line(stats.byCode)}`,
      `  writes: ok ${stats.writes.ok}, refused (ok: false) ${stats.writes.refused}, ` +
        `failed with an error ${stats.writes.errored}, outcome lost to a later error ${stats.writes.undetermined}; ` +
        `audit rows written by the fuzz key ${stats.writes.audited}`,
      `  CSV files: ${stats.csv.files} (${stats.csv.rows} rows); imports accepted ${stats.csv.accepted}, ` +
        `rejected ${stats.csv.rejected} (${stats.csv.resent} files imported again without a known bug's trigger)`,
      `  known bugs reproduced: ${[...knownBugHits].map(([id, h]) => `${id} ${h.count}`).join(', ') || 'none'}`,
    ].join('\n'),
  );
  await server?.close();
  await dropDatabase();
});

describe('fuzzing the GraphQL service', () => {
  it(`answers ${OPERATIONS} generated operations without a 5xx, a crash, a leak or a partial write`, async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: BATCH, maxLength: BATCH }), async (ops) => {
        if (batch++ % 20 === 0) await refreshPools();
        batchErrors = [];
        const answers = await Promise.all(ops.map(exchange));
        for (const a of answers) harvestCursors(a.outcome.json?.data);
        // A write that failed while others ran, with the database reporting a collision, is sent again alone.
        const races = batchErrors.filter((e) => WRITE_RACE.test(e));
        if (ops.filter(isWrite).length > 1 && races.length) {
          for (const a of answers) {
            if (!isWrite(a.op) || !a.problems.length) continue;
            if (!a.problems.every((p) => p.startsWith('INTERNAL_SERVER_ERROR'))) continue;
            const alone = await exchange(a.op);
            stats.resent++;
            if (alone.problems.length) a.problems.push(`…and sent again alone: ${alone.problems.join('; ')}`);
            else
              a.problems = knownBug([CONCURRENT_WRITES], {
                ...a,
                problems: [...a.problems, ...races],
              }).problems;
          }
        }
        const failed = answers.filter((a) => a.problems.length);
        if (failed.length) {
          throw new Error(
            failed
              .map(
                (a) =>
                  `${a.problems.join('; ')}\n${a.request}\n← ${a.outcome.status} ${clip(a.outcome.text, 800)}`,
              )
              .concat(maskedErrors.length ? [`errors the service logged:\n${maskedErrors.join('\n')}`] : [])
              .join('\n\n'),
          );
        }
      }),
      { numRuns: OPERATIONS / BATCH, seed: SEED },
    );
    expect(stats.operations).toBeGreaterThanOrEqual(10_000);
  }, 600_000);

  it('wrote exactly what the answers said: one audit entry per successful write, and the database consistent', async () => {
    const [{ n }] = await db().query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_name = $1`, [
      editorName,
    ]);
    stats.writes.audited = n;
    // Equal when no write's answer was lost to a later write's error in the same operation.
    expect(n).toBeGreaterThanOrEqual(stats.writes.ok);
    expect(n).toBeLessThanOrEqual(stats.writes.ok + stats.writes.undetermined);
    expect(stats.writes.ok).toBeGreaterThan(0);
    expect(await databaseProblems()).toEqual([]);
  });
});

describe('fuzzing the CSV import', () => {
  it(`imports ${CSV_FILES} generated files whole or not at all`, async () => {
    const importer = new ImportService(unitOfWork(server.dataSource));
    await fc.assert(
      fc.asyncProperty(csvFileArb, async (file) => {
        stats.csv.files++;
        stats.csv.rows += file.shape === 'rows' ? file.lines.length : 0;
        const problems = await importProblems(importer, file);
        if (problems.length === 0) return;
        // A failure that known bugs explain: the same file without their triggers must then import as it should.
        const bugs = KNOWN_CSV_BUGS.filter((b) => b.applies(file));
        if (bugs.length) {
          stats.csv.resent++;
          if (
            (
              await importProblems(
                importer,
                bugs.reduce((f, b) => b.without(f), file),
              )
            ).length === 0
          ) {
            for (const b of bugs) recordHit(b.id, problems.join('\n'));
            return;
          }
        }
        throw new Error(problems.join('\n'));
      }),
      { numRuns: CSV_FILES, seed: SEED + 1 },
    );
    expect(await databaseProblems()).toEqual([]);
  }, 600_000);
});

// Each known bug fails its own test while the run reproduces it, with the description and the first example.
describe('bugs the fuzz has found', () => {
  for (const bug of [...KNOWN_BUGS, ...KNOWN_CSV_BUGS]) {
    it(`${bug.id} no longer reproduces`, () => {
      const hit = knownBugHits.get(bug.id);
      expect({ bug: bug.description, hits: hit?.count ?? 0, example: hit?.example }).toEqual({
        bug: bug.description,
        hits: 0,
        example: undefined,
      });
    });
  }
});
