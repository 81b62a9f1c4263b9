import type { Resolvers } from '../graphql/generated/resolvers';
import { todayIso } from '../shared/dates';

export const figuresResolvers: Resolvers = {
  Query: {
    comparableSentences: (_, { filter }, { services }) => services.figures.comparableSentences(filter),
    dataVersion: (_, __, { services }) => services.figures.dataVersion(),
  },
  SentenceDistribution: {
    provision: async (d, _, { loaders }) => ({
      entity: (await loaders.provision.load(d.provisionId))!,
      asOf: todayIso(),
    }),
    chain: async (d, _, { loaders }) =>
      (await Promise.all(d.chainIds.map((id) => loaders.provision.load(id)))).map((entity) => ({
        entity: entity!,
        asOf: todayIso(),
      })),
    meanImprisonmentMonths: (d) => d.kinds.IMPRISONMENT.meanMonths,
    meanSuspendedMonths: (d) => d.kinds.SUSPENDED.meanMonths,
    meanFineOnlyEur: (d) => d.kinds.FINE_ONLY.meanFineEur,
    undetermined: (d) => d.byStatus.UNDETERMINED,
    decisions: (d) => d.decisions(),
    ranges: async (d) => (await d.appliedRanges()).map((applied) => applied.range),
    appliedRanges: (d) => d.appliedRanges(),
    findings: (d, { first, after }) => d.findings(first ?? 20, after ?? null),
  },
};
