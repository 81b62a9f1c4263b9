/**
 * Bugs this fuzz has found, each with what triggers it and how to send the same operation without the trigger
 * (or how to recognise its failure), and `exchange`, which sends an operation, counts it and checks the answer: a
 * failure that only known bugs explain is counted against them and cleared, any other keeps its problems. The
 * test has one test per known bug that fails while the run reproduces it.
 */
import { parse } from 'graphql';
import { QUERY_LIMITS } from '../../../src/graphql/server';
import { recordKnownBug, tally, type Stats } from './counts';
import { mapLeaves } from './fields';
import { problemsOf } from './invariants';
import { isWrite, type Operation } from './operations';
import { Pools } from './pools';
import { clip, render, send, type Exchange, type Target } from './send';
import type { Value } from './values';

export interface KnownBug {
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

/**
 * The GraphQL text an operation sends, when there is one, to see whether it parses: its ids render as the nil UUID
 * (an id is a string literal whichever it is).
 */
function queryText(op: Operation): string | null {
  if (op.kind === 'graphql') return render(op, new Pools()).query;
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

export const KNOWN_BUGS: KnownBug[] = [
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

/** Sends an operation and checks the answer; a failure that only a known bug explains is sent again without it. */
export async function exchange(op: Operation, target: Target, stats: Stats): Promise<Exchange> {
  const x = await send(op, target);
  tally(stats, x);
  x.problems = problemsOf(x);
  return x.problems.length ? explain(x, true, target, stats) : x;
}

/** A failure that known bugs explain is cleared (and counted); any other keeps its problems. */
async function explain(x: Exchange, sendAgain: boolean, target: Target, stats: Stats): Promise<Exchange> {
  const confirmed = KNOWN_BUGS.find((b) => b.confirms && b.applies(x.op) && b.confirms(x));
  if (confirmed) return knownBug([confirmed], x, stats);
  const bugs = KNOWN_BUGS.filter((b) => b.without && b.applies(x.op));
  if (bugs.length === 0 || !sendAgain) return x;
  const again = await send(
    bugs.reduce((o, b) => b.without!(o), x.op),
    target,
  );
  tally(stats, again);
  stats.resent++;
  again.problems = problemsOf(again);
  if (again.problems.length && (await explain(again, false, target, stats)).problems.length) {
    x.problems.push(
      `…and without the known bugs' triggers (${bugs.map((b) => b.id)}): ${again.problems.join('; ')}`,
    );
    return x;
  }
  return knownBug(bugs, x, stats);
}

function knownBug(bugs: { id: string }[], x: Exchange, stats: Stats): Exchange {
  for (const b of bugs) recordKnownBug(stats, b.id, `${x.request}\n→ ${x.problems.join('; ')}`);
  return { ...x, problems: [] };
}

/**
 * Writes of one batch that failed with an internal error while the service logged a collision between
 * transactions are sent again alone: passing then, they count against the concurrent-writes bug.
 */
export async function sendRacedWritesAgain(
  ops: Operation[],
  answers: Exchange[],
  loggedErrors: string[],
  target: Target,
  stats: Stats,
) {
  const races = loggedErrors.filter((e) => WRITE_RACE.test(e));
  if (ops.filter(isWrite).length <= 1 || !races.length) return;
  for (const a of answers) {
    if (!isWrite(a.op) || !a.problems.length) continue;
    if (!a.problems.every((p) => p.startsWith('INTERNAL_SERVER_ERROR'))) continue;
    const alone = await exchange(a.op, target, stats);
    stats.resent++;
    if (alone.problems.length) a.problems.push(`…and sent again alone: ${alone.problems.join('; ')}`);
    else
      a.problems = knownBug(
        [CONCURRENT_WRITES],
        { ...a, problems: [...a.problems, ...races] },
        stats,
      ).problems;
  }
}

/** The failures of a batch as the property reports them, with the service's last logged errors. */
export const failureMessage = (failed: Exchange[], loggedErrors: string[]) =>
  failed
    .map((a) => `${a.problems.join('; ')}\n${a.request}\n← ${a.outcome.status} ${clip(a.outcome.text, 800)}`)
    .concat(loggedErrors.length ? [`errors the service logged:\n${loggedErrors.join('\n')}`] : [])
    .join('\n\n');
