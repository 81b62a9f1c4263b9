/**
 * What every answer must be, whatever was sent: an answer (no dropped connection), no 5xx, a JSON object with data
 * or errors, every error with a code and none INTERNAL_SERVER_ERROR, no stack trace or SQL error text, and no
 * write that succeeded without an editor key. What the database must hold is in database.ts.
 */
import { clip, type Exchange } from './send';

const STACK_TRACE = [
  /\n\s+at .+:\d+:\d+/,
  /\\n\s+at .+:\d+:\d+/,
  /\bat [^\s]+ \(?\/[^)\s]+\.(ts|js):\d+/,
  /node_modules\//,
];
const SQL_ERROR =
  /syntax error at or near|violates [a-z_" ]*constraint|relation "[^"]*" does not exist|invalid input syntax for|duplicate key value|QueryFailedError|invalid byte sequence for encoding|out of range for type|date\/time field value out of range|date out of range|canceling statement due to|unsupported Unicode escape sequence/i;

export function problemsOf(x: Exchange): string[] {
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
