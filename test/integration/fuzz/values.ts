/**
 * The values the fuzz puts in arguments and inputs: clean ones a user could send in earnest, and the noise a noisy
 * operation mixes in (boundaries, wrong types, nulls, hostile strings), by scalar and by the argument or input
 * field they fill. An id is a `Ref` into a pool of ids the database holds (pools.ts), resolved when the operation
 * is sent, so that updates and deletes reach real rows. Arbitraries only: no state, no database.
 */
import fc from 'fast-check';
import { CIRCUMSTANCES } from '../../../src/law/law.model';
import { uniqueTag } from '../factories';

export type PoolName = 'decision' | 'defendant' | 'count' | 'penalty' | 'cursor';

export class Ref {
  constructor(
    readonly pool: PoolName,
    readonly pick: number,
  ) {}
  [fc.toStringMethod]() {
    return `ref(${this.pool}#${this.pick})`;
  }
}

export type Value = null | boolean | number | string | Ref | Value[] | { [key: string]: Value };

export const NIL_UUID = '00000000-0000-4000-8000-000000000000';
/** The prefix of every case number the fuzz writes through the API. */
export const RUN_TAG = uniqueTag();

export const weighted = <T>(...choices: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));
/** A value one time in `n`, else null. */
export const rarely = <T>(arb: fc.Arbitrary<T>, n: number) =>
  weighted<T | null>([n - 1, fc.constant(null)], [1, arb]);

/**
 * An operation is `clean` (values a user could send in earnest, so that writes reach the database) or `noisy`
 * (boundaries, wrong types, nulls, hostile strings, unknown arguments, wrongly typed variables).
 */
export type Mode = 'clean' | 'noisy';
/** The values of one kind: the clean ones, and the noise a noisy operation mixes in. */
export interface Values {
  clean: fc.Arbitrary<Value>;
  noise: fc.Arbitrary<Value>;
}
export const values = (clean: fc.Arbitrary<Value>, noise: fc.Arbitrary<Value>): Values => ({ clean, noise });
// Noise is sparse, so that an operation often carries one bad value past validation to the code that uses it.
export const inMode = (v: Values, mode: Mode) =>
  mode === 'clean' ? v.clean : weighted([5, v.clean], [1, v.noise]);
export const pick = (...xs: Value[]) => fc.constantFrom(...xs);

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
export const hostileStringArb = weighted<Value>(
  [4, pick(...HOSTILE_STRINGS)],
  [1, fc.string({ maxLength: 24 })],
  [1, fc.string({ unit: 'binary', maxLength: 24 })],
);
const STRINGS = values(
  weighted([2, pick(...PLAIN_STRINGS)], [1, fc.string({ unit: 'grapheme', maxLength: 24 })]),
  hostileStringArb,
);
export const wrongTypeArb = fc.oneof(
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  pick('7', 'true', {}, [], { a: 1 }, [[]]),
  hostileStringArb,
);

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const dayArb = (from: string, to: string) =>
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

const citations = values(pick(...CITATIONS), weighted([3, pick(...BAD_CITATIONS)], [1, hostileStringArb]));
const courts = values(
  pick(...COURT_NAMES),
  weighted([3, pick('Court of Atlantis', '')], [1, hostileStringArb]),
);
const years = values(fc.integer({ min: 1995, max: 2030 }), pick(...INT_BOUNDARIES, 9999));

/** Values that mean something to the service, by `owner.name` (owner: a field or an input type) or by name. */
export const SEMANTIC: Record<string, Values> = {
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
export const SCALARS: Record<string, Values> = {
  Int: INTS,
  Float: FLOATS,
  String: STRINGS,
  Boolean: BOOLEANS,
  ID: IDS,
  Date: DATES,
};

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
export const COHERENT_INPUTS: Record<string, fc.Arbitrary<Value>> = {
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
