import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../db/database-error';
import { DomainError } from '../shared/errors';

/** The database cannot be reached: the answer is HTTP 503 (server.ts), and the request may be sent again later. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** Codes Apollo and graphql-js assign to problems with the request itself (and ours, set before execution). */
const REQUEST_ERROR_CODES = new Set([
  SERVICE_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/** graphql-armor refuses hostile operations with these messages; each gets a code a client can act on. */
const LIMIT_CODES: [RegExp, string][] = [
  [/Query depth limit of/, 'QUERY_TOO_DEEP'],
  [/Query Cost limit of/i, 'QUERY_TOO_COSTLY'],
  [/Aliases limit of/, 'TOO_MANY_ALIASES'],
  [/Directives limit of/, 'TOO_MANY_DIRECTIVES'],
  // graphql-js writes "more that" (sic).
  [/Token limit of|Document contains more tha[nt] \d+ tokens/, 'QUERY_TOO_LARGE'],
  // input-guards.ts: a NUL in the document's strings is found by a validation rule, which Apollo codes as such.
  [/the NUL character \(U\+0000\) or half of a surrogate pair/, 'BAD_USER_INPUT'],
];

/** PostgreSQL's "canceling statement due to statement timeout". */
const isStatementTimeout = (e: unknown) =>
  typeof e === 'object' &&
  e !== null &&
  'driverError' in e &&
  (e as { driverError?: { code?: string } }).driverError?.code === '57014';

/**
 * The one place errors become responses: domain errors keep their code and message, request errors pass, and
 * anything unexpected is logged and masked so no stack trace or SQL ever reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) },
    };
  }
  const limit = LIMIT_CODES.find(([pattern]) => pattern.test(formatted.message));
  if (limit)
    return { message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { code: limit[1] } };
  if (isStatementTimeout(original)) {
    return {
      message: 'The request took too long and was stopped.',
      path: formatted.path,
      extensions: { code: 'TIMEOUT' },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: 'The database is unavailable at the moment; try again shortly.',
      path: formatted.path,
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  process.stderr.write(
    `[graphql] unexpected error: ${original instanceof Error ? original.stack : String(original)}\n`,
  );
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
