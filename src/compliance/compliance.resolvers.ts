import type { Resolvers } from '../graphql/generated/resolvers';
import type { ApplicableRange, TraceStep } from './engine';

/** What a bucket's figures count (docs/compliance.md, "Counting rules"). */
export const COUNTING_UNIT =
  'convicted counts: one finding per count convicted, each against the range that applied to it; a suspended term ' +
  'counts as 0 months served, a fine alone as 0 months';

const explain = (trace: TraceStep[]) => trace.map((t) => t.sentence).join(' ');

export const complianceResolvers: Resolvers = {
  Query: {
    applicablePenalty: (_, { citation, offenceDate, judgmentDate, finalDate, circumstances }, { services }) =>
      services.compliance.applicablePenalty(
        citation,
        offenceDate,
        judgmentDate ?? null,
        circumstances ?? [],
        finalDate ?? null,
      ),
    sentencingFindings: (_, { filter, first, after }, { services }) =>
      services.compliance.findings(filter ?? {}, first ?? 20, after ?? null),
    complianceStats: (_, { groupBy, filter }, { services, loaders }) =>
      services.compliance.stats(groupBy, filter ?? {}, (query) => loaders.appealCorrections.load(query)),
  },
  ApplicablePenalty: {
    provision: async (p, _, { loaders }) => ({
      entity: (await loaders.provision.load(p.provisionId))!,
      asOf: p.asOf,
    }),
    explanation: (p) => explain(p.trace),
  },
  PenaltyRange: {
    provision: async (r: ApplicableRange, _, { loaders }) => ({
      entity: (await loaders.provision.load(r.provisionId))!,
      asOf: r.validFrom,
    }),
  },
  FindingConnection: {
    totalCount: (page) => page.totalCount(),
  },
  Finding: {
    id: (f) => f.countId,
    count: async (f, _, { loaders }) => (await loaders.count.load(f.countId))!,
    decision: async (f, _, { loaders }) => (await loaders.decision.load(f.decisionId))!,
    applicableProvision: async (f, _, { loaders }) => {
      const entity = f.applicableProvisionId ? await loaders.provision.load(f.applicableProvisionId) : null;
      return entity ? { entity, asOf: f.decisionDate } : null;
    },
    trace: async (f, _, { loaders }) => (await loaders.findingTrace.load(f.countId))?.trace ?? [],
    explanation: async (f, _, { loaders }) =>
      explain((await loaders.findingTrace.load(f.countId))?.trace ?? []),
    stage: async (f, _, { loaders }) => (await loaders.decision.load(f.decisionId))!.decisionType,
    final: async (f, _, { loaders }) => (await loaders.lastWord.load(f)).final,
    finalFinding: async (f, _, { loaders }) => {
      const { finalCountId } = await loaders.lastWord.load(f);
      return finalCountId === null ? null : loaders.finding.load(finalCountId);
    },
    finalNote: async (f, _, { loaders }) => (await loaders.lastWord.load(f)).steps.join(' '),
  },
  ComplianceBucket: {
    unit: () => COUNTING_UNIT,
    correctedOnAppeal: (b) => b.correctedOnAppeal(),
    court: (b, _, { loaders }) => (b.courtId ? loaders.court.load(b.courtId) : null),
    provision: async (b, _, { loaders }) => {
      const entity = b.provisionId ? await loaders.provision.load(b.provisionId) : null;
      return entity
        ? { entity, asOf: b.year ? `${b.year}-07-01` : new Date().toISOString().slice(0, 10) }
        : null;
    },
    shareBelowMinimum: (b) => (b.total === 0 ? 0 : b.belowMinimum / b.total),
    findings: (b, { first, after }, { services }) =>
      services.compliance.page(b.query(), first ?? 20, after ?? null),
  },
  Count: {
    finding: (c, _, { loaders }) => (c.verdict === 'CONVICTED' ? loaders.finding.load(c.id) : null),
  },
};
