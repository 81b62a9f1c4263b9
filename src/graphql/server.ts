import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../db/database-error';
import { caseResolvers } from '../cases/case.resolvers';
import { complianceResolvers } from '../compliance/compliance.resolvers';
import { figuresResolvers } from '../compliance/figures.resolvers';
import { searchResolvers } from '../search/search.resolvers';
import { courtResolvers } from '../courts/court.resolvers';
import { editingResolvers } from '../editing/editing.resolvers';
import { LawChangeListener } from '../law/law.changes';
import { lawResolvers } from '../law/law.resolvers';
import { DomainError } from '../shared/errors';
import { projectRoot } from '../shared/project-root';
import { createServices } from '../app/app';
import { createContextFactory, type GraphQLContext } from './context';
import { formatError, SERVICE_UNAVAILABLE } from './format-error';
import { healthOf, healthRouter } from './health';
import type { Resolvers } from './generated/resolvers';
import { graphiqlRouter } from './graphiql';
import { PublicLawCache, publicLawCachePlugin, RATE_LIMITED_BODY, readBodyOf } from './public-law-cache';
import { RateLimiter, setRateLimitHeaders } from './rate-limit';
import { reportsRouter } from './reports';
import { DocumentShapeGuard } from './document-limits';
import {
  errorBody,
  hideFieldSuggestions,
  noNulStrings,
  noNulVariables,
  refuseNulInBody,
  refuseNulInUrl,
} from './input-guards';
import { sourceDocumentsRouter } from './source-documents';
import { DateScalar, JSONScalar } from './scalars';
import { webAppRouter } from '../web/web-app';

export const GRAPHQL_PATH = '/graphql';

export function loadTypeDefs(): string[] {
  const dir = join(projectRoot(), 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const baseResolvers = (dataSource: DataSource): Resolvers => ({
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    health: () => healthOf(dataSource),
  },
});

/** While the database is away every answer that needed it is HTTP 503, so clients and balancers retry later. */
const serviceUnavailablePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) response.http.status = 503;
      },
    };
  },
};

/** Copies what resolvers put in `context.extensions` into the response's `extensions`. */
const responseExtensionsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single' && Object.keys(contextValue.extensions).length > 0) {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            ...contextValue.extensions,
          };
        }
      },
    };
  },
};

/** The schema has no subscriptions; say so at validation rather than fail at execution. */
const noSubscriptions = (context: ValidationContext): ASTVisitor => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('Subscriptions are not supported by this service.', { nodes: [node] }),
      );
    }
  },
});

/** A body the public law cache read (and could not answer) is parsed here, since the stream is spent. */
function bodyReadByCache(req: Request, _res: Response, next: NextFunction) {
  const read = readBodyOf(req);
  if (read === undefined) next();
  else if ('error' in read) next({ type: 'entity.parse.failed', status: 400 });
  else {
    req.body = read.parsed;
    next();
  }
}

const headerMapOf = (req: Request): HeaderMap => {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
};

export interface HttpService {
  http: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Stops taking requests and waits for the ones in flight. */
  stop(): Promise<void>;
}

export interface HttpOptions {
  /** Requests per minute per API key (or per address without one). */
  rateLimitPerMinute?: number;
  /** Whether the schema can be introspected (default: GRAPHQL_INTROSPECTION, else off when NODE_ENV=production). */
  introspection?: boolean;
  /** The built web application served at `/` (default dist/web). */
  webBuildDir?: string;
}

/** Limits on what one request may ask: deep, costly, alias-heavy or oversized operations are refused. */
export const QUERY_LIMITS = {
  depth: 12,
  cost: 20_000,
  aliases: 15,
  directives: 10,
  tokens: 3_000,
  bodyBytes: 100_000,
};

/**
 * The HTTP service: GraphQL at /graphql, CSV exports for monitors, an offline GraphiQL page, and the web application
 * at `/`.
 */
export async function createHttpService(
  dataSource: DataSource,
  options: HttpOptions = {},
): Promise<HttpService> {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers(dataSource),
      lawResolvers,
      courtResolvers,
      caseResolvers,
      complianceResolvers,
      figuresResolvers,
      searchResolvers,
      editingResolvers,
    ],
  });
  // Law changes committed by any process reach the law cache through LISTEN/NOTIFY (polling until it listens).
  const { url, extra } = dataSource.options as { url?: string; extra?: Record<string, unknown> };
  const lawChanges = url ? new LawChangeListener({ ...extra, connectionString: url }) : null;
  await lawChanges?.start();
  const services = createServices(dataSource, lawChanges);
  const context = createContextFactory(dataSource, services);
  const app = express();
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  const limiter = new RateLimiter(
    options.rateLimitPerMinute ?? Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600),
    app.get('trust proxy') === true,
  );
  const publicLaw = new PublicLawCache(services.law, limiter, GRAPHQL_PATH, QUERY_LIMITS.bodyBytes);
  const http = createServer((req, res) => publicLaw.handle(req, res, () => app(req, res)));
  const shapes = new DocumentShapeGuard(QUERY_LIMITS.tokens);
  const introspection =
    options.introspection ??
    (process.env.GRAPHQL_INTROSPECTION
      ? process.env.GRAPHQL_INTROSPECTION === 'true'
      : process.env.NODE_ENV !== 'production');
  // A request may take at most 30 s end to end; SQL statements are cut at 10 s by the pool (data-source.ts).
  http.requestTimeout = 30_000;
  const armor = new ApolloArmor({
    // Depth is checked first, on its own, so a deep query is told it is too deep (not merely too costly).
    maxDepth: { enabled: false },
    costLimit: { maxCost: QUERY_LIMITS.cost },
    maxAliases: { n: QUERY_LIMITS.aliases },
    maxDirectives: { n: QUERY_LIMITS.directives },
    // Tokens are counted by graphql-js's parser (parseOptions below): armor's plugin would throw a 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection,
    validationRules: [
      // Reported as a validation error (400), not thrown (which would be a 500).
      maxDepthRule({
        n: QUERY_LIMITS.depth,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
      ...armor.validationRules,
      noSubscriptions,
      noNulStrings,
    ],
    allowBatchedHttpRequests: false,
    // Apollo's CSRF check refuses a GET without a preflight header, which standard clients (graphql-request, curl)
    // do not send. It guards cookie sessions; credentials here are only ever an Authorization header, which a
    // cross-site page cannot make a browser send, and GET runs queries only (mutations are refused with 405).
    csrfPrevention: false,
    // Compact JSON: Apollo indents its responses by default (1.6 times the bytes of a complianceStats answer).
    stringifyResult: (result) => JSON.stringify(result),
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    // No persisted queries: an unknown hash is a plain bad request, not an internal error.
    persistedQueries: false,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used (the public law cache is our own): Apollo's cache control would wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      responseExtensionsPlugin,
      serviceUnavailablePlugin,
      publicLawCachePlugin(schema),
      noNulVariables,
      // Suggestions would give away, field by field, the schema that introspection does not.
      ...(introspection ? [] : [hideFieldSuggestions]),
    ],
  });
  try {
    await apollo.start();
  } catch (e) {
    await lawChanges?.stop();
    throw e;
  }
  app.disable('x-powered-by');
  // Probes come before the rate limit: a supervisor polling them must never be refused.
  app.use(healthRouter(dataSource));
  app.use(async (req, res, next) => {
    const verdict = await limiter.hit(req);
    setRateLimitHeaders(res, verdict);
    if (verdict.limited) res.status(429).type('application/json').send(RATE_LIMITED_BODY);
    else next();
  });
  app.use(refuseNulInUrl);
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(reportsRouter(services.figures, services.apiKeys));
  app.use(sourceDocumentsRouter());
  app.use(
    GRAPHQL_PATH,
    bodyReadByCache,
    express.json({ limit: QUERY_LIMITS.bodyBytes }),
    refuseNulInBody,
    async (req: Request, res: Response) => {
      const refusal = shapes.check(req.method === 'GET' ? req.query.query : req.body?.query);
      if (refusal) {
        res.status(400).json(errorBody(refusal.code, refusal.message));
        return;
      }
      let contextValue: GraphQLContext | undefined;
      const generation = publicLaw.lawGeneration();
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method.toUpperCase(),
          headers: headerMapOf(req),
          search: new URL(req.url, 'http://localhost').search,
          body: req.body,
        },
        context: async () => (contextValue = await contextFor(req)),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        if (res.statusCode === 200) {
          const headers = Object.fromEntries(answer.headers);
          headers['content-length'] = String(Buffer.byteLength(answer.body.string));
          publicLaw.keep(req, contextValue, generation, { headers, body: answer.body.string });
        }
        res.send(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    },
  );
  app.use(webAppRouter(options.webBuildDir));
  // The last handler: every error outside GraphQL execution is answered in JSON, never with a stack trace.
  app.use((error: { type?: string; status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    if (error.type === 'entity.too.large') {
      const message = `The request body is larger than ${QUERY_LIMITS.bodyBytes} bytes.`;
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', message));
    } else if (error.type === 'entity.parse.failed') {
      res.status(400).json(errorBody('BAD_REQUEST', 'The request body is not valid JSON.'));
    } else if (error.status && error.status >= 400 && error.status < 500) {
      res
        .status(error.status)
        .json(errorBody('BAD_REQUEST', 'The request body could not be read (send UTF-8 JSON).'));
    } else {
      process.stderr.write(
        `[http] unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
    }
  });
  const contextFor = async (req: Request) => {
    try {
      return await context({ authorization: req.headers.authorization });
    } catch (e) {
      if (e instanceof DomainError) {
        throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 401 } } });
      }
      if (isDatabaseUnavailable(e)) {
        throw new GraphQLError('The database is unavailable at the moment; try again shortly.', {
          extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } },
        });
      }
      throw e;
    }
  };
  return {
    http,
    apollo,
    stop: async () => {
      await apollo.stop();
      await lawChanges?.stop();
    },
  };
}
