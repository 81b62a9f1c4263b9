import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { caseResolvers } from '../cases/case.resolvers';
import { complianceResolvers } from '../compliance/compliance.resolvers';
import { searchResolvers } from '../search/search.resolvers';
import { courtResolvers } from '../courts/court.resolvers';
import { lawResolvers } from '../law/law.resolvers';
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

export interface HttpService {
  http: Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Stops taking requests and waits for the ones in flight. */
  stop(): Promise<void>;
}

/** The HTTP service: GraphQL at /graphql, and an offline GraphiQL page for people. */
export async function createHttpService(dataSource: DataSource): Promise<HttpService> {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers,
      lawResolvers,
      courtResolvers,
      caseResolvers,
      complianceResolvers,
      searchResolvers,
    ],
  });
  const app = express();
  const http = createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: http }),
      responseExtensionsPlugin,
    ],
  });
  await apollo.start();
  const services = createServices(dataSource);
  app.disable('x-powered-by');
  app.use(graphiqlRouter(GRAPHQL_PATH));
  app.use(reportsRouter(services.compliance));
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: createContextFactory(dataSource, services) }),
  );
  return { http, apollo, stop: () => apollo.stop() };
}
