/**
 * Refusals at the edge of the service, before anything reaches a resolver or PostgreSQL: the NUL character (which
 * PostgreSQL cannot store, and which made it answer with an internal error) and half a surrogate pair (which its json
 * refuses, in the audit log) wherever a client can put them, and the schema's field suggestions when introspection
 * is off.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError, type ASTNode, type ASTVisitor, type ValidationContext } from 'graphql';

export const NUL_MESSAGE = 'Text may not contain the NUL character (U+0000) or half of a surrogate pair.';

/** Half of a UTF-16 surrogate pair, alone: PostgreSQL's json refuses its escape (`\ud800`). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const malformed = (s: string) => s.includes('\0') || LONE_SURROGATE.test(s);

/** Whether any string (or key) in a parsed JSON value is malformed; walked without recursion. */
function holdsMalformed(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (malformed(v)) return true;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (malformed(k)) return true;
        stack.push(child);
      }
    }
  }
  return false;
}

/** An error answer outside GraphQL execution (rate limit, body size, authentication), shaped like GraphQL's. */
export const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** `%00` (or a raw NUL) anywhere in the address: a query-string parameter of any route, a GET request's query. */
export function refuseNulInUrl(req: Request, res: Response, next: NextFunction) {
  if (/%00|\0/i.test(req.url)) res.status(400).json(errorBody('BAD_USER_INPUT', NUL_MESSAGE));
  else next();
}

/** A NUL or a lone surrogate in a JSON body, whatever field it is in. */
export function refuseNulInBody(req: Request, res: Response, next: NextFunction) {
  try {
    JSON.stringify(req.body ?? null);
  } catch {
    // Only a body nested thousands of levels deep overflows the stack here.
    res.status(400).json(errorBody('BAD_REQUEST', 'The request body is nested too deeply.'));
    return;
  }
  if (holdsMalformed(req.body ?? null)) res.status(400).json(errorBody('BAD_USER_INPUT', NUL_MESSAGE));
  else next();
}

const nulError = (nodes?: readonly ASTNode[]) =>
  new GraphQLError(NUL_MESSAGE, { nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });

/** A NUL written as a GraphQL escape inside the document (`"Basic\u0000"`, `"\u{0}"`), seen once it is parsed. */
export const noNulStrings = (context: ValidationContext): ASTVisitor => ({
  StringValue(node) {
    if (malformed(node.value)) context.reportError(nulError([node]));
  },
});

/** A NUL in the variables, however they came (a GET request's are not in a JSON body). */
export const noNulVariables: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      // Thrown here, before execution, it is answered as this request's error (Apollo's documented way to refuse).
      async didResolveOperation({ request }) {
        if (holdsMalformed(request.variables ?? null) || holdsMalformed(request.operationName ?? null))
          throw nulError();
      },
    };
  },
};

/**
 * Without introspection, "Did you mean …?" would give the schema away one field at a time (`{ auditLo }`): the
 * suggestion is cut from every message.
 */
export const hideFieldSuggestions: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          (error as { message: string }).message = error.message.replace(/\s*Did you mean [^?]*\?/g, '');
        }
      },
    };
  },
};
