import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { hashKey } from '../access/api-key.service';
import { caseResolvers } from '../cases/case.resolvers';
import { complianceResolvers } from '../compliance/compliance.resolvers';
import { searchResolvers } from '../search/search.resolvers';
import { courtResolvers } from '../courts/court.resolvers';
import { editingResolvers } from '../editing/editing.resolvers';
import { lawResolvers } from '../law/law.resolvers';
import { DomainError } from '../shared/errors';
import { projectRoot } from '../shared/project-root';
import { createContextFactory, createServices, type GraphQLContext } from './context';
import { formatError } from './format-error';
import type { Resolvers } from './generated/resolvers';
import { graphiqlRouter } from './graphiql';
import { reportsRouter } from './reports';
import { DateScalar, JSONScalar } from './scalars';

export const GRAPHQL_PATH = '/graphql';

export function loadTypeDefs(): string[] {
  const dir = join(projectRoot(), 'schema');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

const baseResolvers: Resolvers = {
  Date: DateScalar,
  JSON: JSONScalar,
  Query: {
    health: () => ({ ok: true, version: process.env.npm_package_version ?? '0.1.0' }),
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

/** PostgreSQL cannot store a NUL character; refuse it at the door, whatever field it is in. */
function refuseNulCharacters(req: Request, res: Response, next: NextFunction) {
  let text: string;
  try {
    text = JSON.stringify(req.body ?? null);
  } catch {
    // Only a body nested thousands of levels deep overflows the stack here.
    res.status(400).json(errorBody('BAD_REQUEST', 'The request body is nested too deeply.'));
    return;
  }
  if (text.includes('\\u0000')) {
    res.status(400).json(errorBody('BAD_USER_INPUT', 'Text may not contain the NUL character (U+0000).'));
  } else next();
}

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

/** An error answer outside GraphQL execution (rate limit, body size, authentication), shaped like GraphQL's. */
const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** The HTTP service: GraphQL at /graphql, CSV exports for monitors, and an offline GraphiQL page for people. */
export async function createHttpService(
  dataSource: DataSource,
  options: HttpOptions = {},
): Promise<HttpService> {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers,
      lawResolvers,
      courtResolvers,
      caseResolvers,
      complianceResolvers,
      searchResolvers,
      editingResolvers,
    ],
  });
  const app = express();
  const http = createServer(app);
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
    introspection:
      options.introspection ??
      (process.env.GRAPHQL_INTROSPECTION
        ? process.env.GRAPHQL_INTROSPECTION === 'true'
        : process.env.NODE_ENV !== 'production'),
    validationRules: [
      // Reported as a validation error (400), not thrown (which would be a 500).
      maxDepthRule({
        n: QUERY_LIMITS.depth,
        propagateOnRejection: false,
        onReject: [(context, error) => context?.reportError(error)],
      }),
      ...armor.validationRules,
      noSubscriptions,
    ],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    // No persisted queries: an unknown hash is a plain bad request, not an internal error.
    persistedQueries: false,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      responseExtensionsPlugin,
    ],
  });
  await apollo.start();
  const services = createServices(dataSource);
  const context = createContextFactory(dataSource, services);
  app.disable('x-powered-by');
  app.set('trust proxy', process.env.TRUST_PROXY === 'true');
  app.use(
    rateLimit({
      windowMs: 60_000,
      limit: options.rateLimitPerMinute ?? Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600),
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      // Per key when one is sent (hashed, never kept), else per address.
      keyGenerator: (req) =>
        req.headers.authorization
          ? `key:${hashKey(req.headers.authorization)}`
          : `ip:${ipKeyGenerator(req.ip ?? '')}`,
      handler: (_req, res) =>
        res.status(429).json(errorBody('RATE_LIMITED', 'Too many requests; wait a minute and try again.')),
    }),
  );
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(reportsRouter(services.compliance, services.apiKeys));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: QUERY_LIMITS.bodyBytes }),
    refuseNulCharacters,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return await context({ authorization: req.headers.authorization });
        } catch (e) {
          if (e instanceof DomainError) {
            throw new GraphQLError(e.message, { extensions: { code: e.code, http: { status: 401 } } });
          }
          throw e;
        }
      },
    }),
  );
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
  return { http, apollo, stop: () => apollo.stop() };
}
