import type { DataSource } from 'typeorm';
import type { Viewer } from '../access/access.model';
import { repositoriesOf, type Services } from '../app/app';
import type { FindingQuery } from '../compliance/finding.repository';
import { createLoaders, type Loaders } from './loaders';

export type { Services } from '../app/app';

/** What every resolver gets: the services (rules) and this request's loaders (batched reads). */
export interface GraphQLContext {
  services: Services;
  loaders: Loaders;
  /** Who is asking: the public, or an API key's holder. */
  viewer: Viewer;
  /** Copied into the response's `extensions` (e.g. which search engine answered). */
  extensions: Record<string, unknown>;
  /**
   * Whether the answer may be kept and shared by the public law cache (set by its plugin). Apollo copies the context
   * object itself, so the flag lives in an object of its own.
   */
  answer: { shareable: boolean };
}

/** Each request's context: the viewer its `Authorization` header stands for, and fresh loaders. */
export function createContextFactory(
  dataSource: DataSource,
  services: Services,
): (request: { authorization?: string }) => Promise<GraphQLContext> {
  const repos = {
    ...repositoriesOf(dataSource),
    lawView: () => services.law.lawView(),
    lastWords: (keys: readonly { countId: string; decisionId: string }[]) =>
      services.compliance.lastWords(keys),
    appealCorrections: (query: FindingQuery) => services.compliance.appealCorrections(query),
  };
  return async ({ authorization }) => ({
    services,
    viewer: await services.apiKeys.viewerFor(authorization),
    loaders: createLoaders(repos),
    extensions: {},
    answer: { shareable: false },
  });
}
