/**
 * Whether an error is the database refusing a statement (it carries a SQLSTATE, as PostgreSQL's errors and TypeORM's
 * QueryFailedError do), as opposed to a failure of the service itself or of the connection.
 */
export function isDatabaseError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
