/**
 * Whether an error is the database refusing a statement (it carries a SQLSTATE, as PostgreSQL's errors and TypeORM's
 * QueryFailedError do), as opposed to a failure of the service itself or of the connection.
 */
export function isDatabaseError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !isDatabaseUnavailable(e);
}

/** SQLSTATEs of a server that is shutting down, starting up or gone, and socket errors of a connection to it. */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown (terminated by a fast shutdown)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, recovering)
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTCONN',
]);
/** node-postgres and its pool say these in words only. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/i;

/**
 * Whether an error means the database cannot be reached right now (as opposed to refusing a statement): requests then
 * get SERVICE_UNAVAILABLE, and may be tried again. Looks through the wrappers TypeORM and the pool put around it.
 */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (let current = e, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    // graphql-js wraps a thrown non-Error (the pool rejects with a plain object) as NonErrorThrown { thrownValue }.
    const wrapper = current as { driverError?: unknown; cause?: unknown; thrownValue?: unknown };
    current = wrapper.driverError ?? wrapper.cause ?? wrapper.thrownValue ?? null;
  }
  return false;
}
