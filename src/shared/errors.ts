/**
 * Domain errors carry a code. Exactly one place (src/graphql/format-error.ts) turns them into
 * `extensions.code`; anything else that escapes is masked as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'IMPORT_REJECTED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('NOT_FOUND', message, details);
  }
}

/**
 * A failure in words, whatever was thrown: some libraries reject with nothing, a string or a plain object, and a
 * message must never read "undefined".
 */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    if (e.message) return e.message;
    const code = (e as { code?: unknown }).code;
    return typeof code === 'string' ? `${e.name} (${code})` : e.name;
  }
  if (e === undefined || e === null) return 'an unknown failure (nothing was reported)';
  if (typeof e === 'string') return e || 'an unknown failure (an empty message)';
  if (typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return (e as { message: string }).message;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
