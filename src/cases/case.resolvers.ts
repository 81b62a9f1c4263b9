import type { Resolvers } from '../graphql/generated/resolvers';
import { todayIso } from '../shared/dates';

export const caseResolvers: Resolvers = {
  Query: {
    decisions: (_, { filter, first, after }, { services }) =>
      services.cases.decisions(filter ?? {}, first ?? 20, after ?? null),
    decision: (_, args, { services }) => services.cases.decision(args),
  },
  DecisionConnection: {
    totalCount: (page) => page.totalCount(),
  },
  Decision: {
    court: async (d, _, { loaders }) => (await loaders.court.load(d.courtId))!,
    date: (d) => d.decisionDate,
    datePrecision: (d) => d.decisionDatePrecision,
    final: (d) => d.isFinal,
    text: async (d, _, { loaders }) => (await loaders.decisionText.load(d.id))?.text ?? null,
    synthetic: (d) => d.provenance === 'SYNTHETIC',
    defendants: (d, _, { loaders }) => loaders.defendants.load(d.id),
    counts: (d, _, { loaders }) => loaders.counts.load(d.id),
    reviewed: async (d, _, { loaders }) =>
      (await loaders.linksFrom.load(d.id))
        .filter((l) => l.kind === 'APPEAL')
        .map((l) => ({ decisionId: l.lowerDecisionId, outcome: l.outcome })),
    reviewedBy: async (d, _, { loaders }) =>
      (await loaders.linksTo.load(d.id))
        .filter((l) => l.kind === 'APPEAL')
        .map((l) => ({ decisionId: l.decisionId, outcome: l.outcome })),
    retrialAfter: async (d, _, { loaders }) => {
      const link = (await loaders.linksFrom.load(d.id)).find((l) => l.kind === 'RETRIAL');
      return link ? loaders.decision.load(link.lowerDecisionId) : null;
    },
    retrials: async (d, _, { loaders }) => {
      const links = (await loaders.linksTo.load(d.id)).filter((l) => l.kind === 'RETRIAL');
      const found = await Promise.all(links.map((l) => loaders.decision.load(l.decisionId)));
      return found.filter((x): x is NonNullable<typeof x> => x !== null);
    },
  },
  AppealLink: {
    decision: async (link, _, { loaders }) => (await loaders.decision.load(link.decisionId))!,
  },
  Defendant: {
    counts: async (d, _, { loaders }) =>
      (await loaders.counts.load(d.decisionId)).filter((c) => c.defendantId === d.id),
  },
  Count: {
    sequence: (c) => c.seq,
    defendant: async (c, _, { loaders }) => (await loaders.defendant.load(c.defendantId))!,
    decision: async (c, _, { loaders }) => (await loaders.decision.load(c.decisionId))!,
    chargedProvision: async (c, _, { loaders }) => {
      const entity = c.chargedProvisionId ? await loaders.provision.load(c.chargedProvisionId) : null;
      return entity ? { entity, asOf: c.offenceDate ?? todayIso() } : null;
    },
    convictedProvision: async (c, _, { loaders }) => {
      const entity = c.convictedProvisionId ? await loaders.provision.load(c.convictedProvisionId) : null;
      return entity ? { entity, asOf: c.offenceDate ?? todayIso() } : null;
    },
  },
};
