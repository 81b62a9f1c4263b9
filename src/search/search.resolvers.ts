import type { Resolvers } from '../graphql/generated/resolvers';
import { todayIso } from '../shared/dates';
import type { FacetCount } from './search.model';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, filter, first, after }, { services, extensions }) => {
      const page = await services.search.search(query, filter ?? {}, first ?? 20, after ?? null);
      extensions.search = { engine: page.engine, ...(page.fallback ? { fallback: page.fallback } : {}) };
      return page;
    },
    searchHealth: async (_, __, { services }) => {
      const health = await services.search.health();
      return {
        engine: health.engine,
        lag: health.indexes.map((i) => ({ ...i, oldestPendingSeconds: i.oldestSeconds })),
      };
    },
  },
  SearchConnection: {
    facets: async ({ facets }, _, { loaders }) => {
      const labelled = (counts: FacetCount[], label: (value: string) => Promise<string> | string) =>
        Promise.all(counts.map(async (c) => ({ ...c, label: await label(c.value) })));
      return {
        kind: await labelled(facets.kind, (v) => v),
        instrument: await labelled(
          facets.instrument,
          async (v) => (await loaders.instrument.load(v))?.shortName ?? v,
        ),
        court: await labelled(facets.court, async (v) => (await loaders.court.load(v))?.nameEn ?? v),
        year: await labelled(facets.year, (v) => v),
        findingStatus: await labelled(facets.findingStatus, (v) => v),
      };
    },
  },
  SearchHit: {
    provision: async (hit, _, { loaders }) => {
      const entity = hit.kind === 'PROVISION' ? await loaders.provision.load(hit.entityId) : null;
      return entity ? { entity, asOf: todayIso() } : null;
    },
    decision: (hit, _, { loaders }) => (hit.kind === 'DECISION' ? loaders.decision.load(hit.entityId) : null),
  },
};
