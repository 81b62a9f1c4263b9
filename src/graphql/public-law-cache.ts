import type { ApolloServerPlugin } from '@apollo/server';
import {
  isIntrospectionType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LawService } from '../law/law.service';
import { todayIso } from '../shared/dates';
import type { GraphQLContext } from './context';
import { setRateLimitHeaders, type RateLimiter } from './rate-limit';

/** The root fields whose answers come from the law tables alone (which move the law revision when they change). */
const LAW_ROOT_FIELDS = new Set(['provision', 'provisions', 'instrument', 'instruments']);
/** The types those fields reach; none of them leads to decisions, findings or anything a role decides. */
const LAW_TYPES = new Set([
  'Instrument',
  'Provision',
  'ProvisionVersion',
  'Penalty',
  'MitigationRule',
  'LocalizedText',
  'Source',
  'Node',
]);
const MAX_ENTRIES = 500;
const MAX_ANSWER_BYTES = 64_000;
const JSON_CONTENT_TYPE = /^application\/json(\s*;\s*charset=utf-8)?$/i;

interface CachedAnswer {
  headers: Record<string, string>;
  body: string;
}

/** What the cache kept of a request it read but could not answer: express parses the body from this text. */
const readBodies = new WeakMap<IncomingMessage, { text: string; key: string }>();

/**
 * Answers to public reads of the law, served before express and Apollo: the same request body (same `Accept`, same
 * day, since an omitted `asOf` means today) gets the same bytes for as long as the law in memory is known to be the
 * latest committed (LawService.lawGeneration). Any change to the law, in any process, empties it. Only requests
 * without an Authorization header are answered or kept, so no role ever sees what another role was answered. A
 * kept answer passed every check once (body size, NUL, depth, cost, aliases) with these exact bytes; the rate limit
 * still counts every request.
 */
export class PublicLawCache {
  private entries = new Map<string, CachedAnswer>();
  private generation: number | null = null;

  constructor(
    private readonly law: LawService,
    private readonly limiter: RateLimiter,
    private readonly path: string,
    private readonly maxBodyBytes: number,
  ) {}

  /** Answers the request from the cache, or passes it on to `next` (with its body read, if it was). */
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    if (!this.mayAnswer(req)) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', () => req.destroy());
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const key = `${todayIso()}\n${req.headers.accept ?? ''}\n${text}`;
      const answer = this.current()?.get(key);
      // The limiter fails only on a bug; the client then sees its connection closed, never a hang.
      if (answer) this.answer(req, res, answer).catch(() => res.destroy());
      else {
        readBodies.set(req, { text, key });
        next();
      }
    });
  }

  /** Keeps an answer Apollo gave, if the request was read here and the answer may be shared. */
  keep(
    req: IncomingMessage,
    context: GraphQLContext | undefined,
    generation: number | null,
    answer: CachedAnswer,
  ): void {
    const read = readBodies.get(req);
    if (!read || !context?.answer.shareable || generation === null) return;
    if (answer.body.length > MAX_ANSWER_BYTES) return;
    const entries = this.current();
    // The law may have changed while the answer was computed.
    if (!entries || this.generation !== generation) return;
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(read.key, answer);
  }

  /** The generation an answer computed from now on would belong to (null: it could not be kept). */
  lawGeneration(): number | null {
    return this.law.lawGeneration();
  }

  /** The entries, emptied whenever the law may have changed; null while the law in memory is not known current. */
  private current(): Map<string, CachedAnswer> | null {
    const generation = this.law.lawGeneration();
    if (generation !== this.generation) {
      this.entries = new Map();
      this.generation = generation;
    }
    return generation === null ? null : this.entries;
  }

  private mayAnswer(req: IncomingMessage): boolean {
    const { headers } = req;
    if (req.method !== 'POST' || req.url !== this.path || headers.authorization !== undefined) return false;
    if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
    if (!JSON_CONTENT_TYPE.test(headers['content-type'] ?? '')) return false;
    const length = Number(headers['content-length']);
    return Number.isInteger(length) && length > 0 && length <= this.maxBodyBytes;
  }

  private async answer(req: IncomingMessage, res: ServerResponse, answer: CachedAnswer): Promise<void> {
    const verdict = await this.limiter.hit(req);
    setRateLimitHeaders(res, verdict);
    if (verdict.limited) {
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8' }).end(RATE_LIMITED_BODY);
      return;
    }
    res.writeHead(200, answer.headers).end(answer.body);
  }
}

export const RATE_LIMITED_BODY = JSON.stringify({
  errors: [
    {
      message: 'Too many requests; wait a minute and try again.',
      extensions: { code: 'RATE_LIMITED' },
    },
  ],
});

/** The body the cache read, parsed as express.json would (objects and arrays only); undefined if it read none. */
export function readBodyOf(req: IncomingMessage): { parsed: unknown } | { error: true } | undefined {
  const read = readBodies.get(req);
  if (!read) return undefined;
  const first = read.text.trimStart()[0];
  if (first !== '{' && first !== '[') return { error: true };
  try {
    return { parsed: JSON.parse(read.text) };
  } catch {
    return { error: true };
  }
}

/** Whether every field of the document is a law field reached from a law root field. */
function readsOnlyLaw(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType();
  let lawOnly = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition(node) {
        if (node.operation !== 'query') lawOnly = false;
        return lawOnly ? undefined : BREAK;
      },
      Field(node) {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (name === '__typename' || (parent && isIntrospectionType(parent))) return undefined;
        if (!parent || name.startsWith('__')) lawOnly = false;
        else if (parent === queryType) lawOnly = LAW_ROOT_FIELDS.has(name);
        else lawOnly = LAW_TYPES.has(parent.name);
        return lawOnly ? undefined : BREAK;
      },
    }),
  );
  return lawOnly;
}

/**
 * Marks the answers the cache may keep (a public query of law fields alone, answered without errors), and tells the
 * law cache when a mutation starts and ends, so this process reads its own writes without waiting for the
 * notification.
 */
export function publicLawCachePlugin(schema: GraphQLSchema): ApolloServerPlugin<GraphQLContext> {
  const lawOnly = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      let writing = false;
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation !== 'mutation') return;
          writing = true;
          contextValue.services.law.lawWriteStarted();
        },
        async willSendResponse({ contextValue, document, operation, response }) {
          if (writing) {
            writing = false;
            contextValue.services.law.lawWriteEnded();
          }
          if (
            !document ||
            operation?.operation !== 'query' ||
            contextValue.viewer.role !== 'PUBLIC' ||
            response.body.kind !== 'single' ||
            response.body.singleResult.errors !== undefined ||
            (response.http.status ?? 200) !== 200
          )
            return;
          let onlyLaw = lawOnly.get(document);
          if (onlyLaw === undefined) {
            onlyLaw = readsOnlyLaw(schema, document);
            lawOnly.set(document, onlyLaw);
          }
          contextValue.answer.shareable = onlyLaw;
        },
      };
    },
  };
}
