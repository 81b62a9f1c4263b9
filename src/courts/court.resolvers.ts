import { toSourceRef } from '../db/columns';
import type { Resolvers } from '../graphql/generated/resolvers';
import { localized } from '../shared/localized';

export const courtResolvers: Resolvers = {
  Query: {
    courts: (_, __, { services }) => services.courts.list(),
    court: (_, { name }, { services }) => services.courts.find(name),
  },
  Court: {
    name: (c) => localized(c.nameSq, c.nameSr, c.nameEn),
    aliases: async (c, _, { loaders }) => (await loaders.courtAliases.load(c.id)).map((a) => a.alias),
    successor: (c, _, { loaders }) => (c.successorId ? loaders.court.load(c.successorId) : null),
    source: (c) => toSourceRef(c.source),
  },
};
