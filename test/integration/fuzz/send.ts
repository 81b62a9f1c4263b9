/**
 * Rendering an operation as GraphQL text and variables (its `Ref`s resolved against the pools), and sending it
 * over HTTP to the server under test: an `Exchange` is what was sent and what came back.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
} from 'graphql';
import { inputType, type ArgSpec, type FieldSpec, type SelectionSpec } from './fields';
import type { Auth, GraphQLOperation, Operation } from './operations';
import type { Pools } from './pools';
import { Ref, type Value } from './values';

/** Where operations go, with what key, and the ids their references pick from. */
export interface Target {
  url: string;
  editorKey: string;
  pools: Pools;
}

const ENUM_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function literal(v: Value, type: GraphQLInputType | null, pools: Pools): string {
  if (v === null) return 'null';
  if (v instanceof Ref) return JSON.stringify(pools.resolve(v));
  const inner = type && isNonNullType(type) ? type.ofType : type;
  if (Array.isArray(v))
    return `[${v.map((x) => literal(x, inner && isListType(inner) ? inner.ofType : inner, pools)).join(', ')}]`;
  if (typeof v === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}: ${literal(x, fields[k]?.type ?? null, pools)}`)
      .join(', ')}}`;
  }
  if (typeof v === 'string') {
    const named = inner ? getNamedType(inner) : null;
    const bare = named && isEnumType(named) && ENUM_NAME.test(v) && !['true', 'false', 'null'].includes(v);
    return bare ? v : JSON.stringify(v);
  }
  return String(v);
}

export interface Rendered {
  query: string;
  variables: Record<string, unknown>;
  /** Response keys of the root fields, in order. */
  roots: string[];
}

/** The operation's text and variables, its references resolved against `pools`. */
export function render(op: GraphQLOperation, pools: Pools): Rendered {
  if (op.garbage !== null) return { query: op.garbage, variables: {}, roots: [] };
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const renderArgs = (args: ArgSpec[]) =>
    args.length === 0
      ? ''
      : `(${args
          .map((a) => {
            if (!a.variable) return `${a.name}: ${literal(a.value, inputType(a.expected), pools)}`;
            const name = `v${definitions.length}`;
            definitions.push(`$${name}: ${a.declared}`);
            if (!a.omitted) variables[name] = pools.resolveDeep(a.value);
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

const authHeaders = (auth: Auth, editorKey: string): Record<string, string> =>
  auth === 'editor'
    ? { authorization: `Bearer ${editorKey}` }
    : auth === 'bad key'
      ? { authorization: 'Bearer klk_not-a-real-key' }
      : {};

export interface Outcome {
  status: number;
  contentType: string;
  text: string;
  json: any;
  /** Set when no answer came at all (the connection failed). */
  failure: string | null;
}

export interface Exchange {
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

export async function send(op: Operation, target: Target): Promise<Exchange> {
  const headers: Record<string, string> = authHeaders(op.auth, target.editorKey);
  if (op.kind === 'raw') {
    if (op.contentType) headers['content-type'] = op.contentType;
    if (op.contentEncoding) headers['content-encoding'] = op.contentEncoding;
    const hasBody = op.body !== null && op.method !== 'GET';
    const outcome = await fetchOutcome(target.url + (op.query ?? ''), {
      method: op.method,
      headers,
      body: hasBody ? (op.body ?? undefined) : undefined,
    });
    const request = describeRequest(
      `${op.method} ${op.query ?? ''} ${JSON.stringify(headers)} ${clip(op.body ?? '')}`,
      target.editorKey,
    );
    return { op, rendered: null, request, outcome, problems: [] };
  }
  const rendered = render(op, target.pools);
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
      ? await fetchOutcome(`${target.url}?${params}`, {
          headers: { ...headers, 'apollo-require-preflight': 'true' },
        })
      : await fetchOutcome(target.url, {
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
const describeRequest = (text: string, editorKey: string) =>
  editorKey ? text.replaceAll(editorKey, '<editor key>') : text;
export const clip = (s: string, n = 1_500) =>
  s.length > n ? `${s.slice(0, n)}… (${s.length} characters)` : s;
