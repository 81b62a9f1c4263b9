import type { Resolvers } from '../graphql/generated/resolvers';
import type { GraphQLContext } from '../graphql/context';
import type { ResultModel, WriteResult } from './editing.write';

const shape = async (result: Promise<WriteResult<string>>): Promise<ResultModel> => {
  const r = await result;
  return r.ok
    ? { ok: true, error: null, id: r.value }
    : { ok: false, error: { message: r.message, inputErrors: r.inputErrors }, id: null };
};

const editing = (ctx: GraphQLContext) => ctx.services.editing;

export const editingResolvers: Resolvers = {
  Mutation: {
    createDecision: (_, { input }, ctx) => shape(editing(ctx).createDecision(ctx.viewer, input)),
    updateDecision: (_, { id, input }, ctx) => shape(editing(ctx).updateDecision(ctx.viewer, id, input)),
    deleteDecision: (_, { id }, ctx) => shape(editing(ctx).deleteDecision(ctx.viewer, id)),
    addDefendant: (_, { decisionId, label }, ctx) =>
      shape(editing(ctx).addDefendant(ctx.viewer, decisionId, label)),
    updateDefendant: (_, { id, label }, ctx) => shape(editing(ctx).updateDefendant(ctx.viewer, id, label)),
    deleteDefendant: (_, { id }, ctx) => shape(editing(ctx).deleteDefendant(ctx.viewer, id)),
    addCount: (_, { defendantId, input }, ctx) =>
      shape(editing(ctx).addCount(ctx.viewer, defendantId, input)),
    updateCount: (_, { id, input }, ctx) => shape(editing(ctx).updateCount(ctx.viewer, id, input)),
    deleteCount: (_, { id }, ctx) => shape(editing(ctx).deleteCount(ctx.viewer, id)),
    addProvisionVersion: (_, { citation, input }, ctx) =>
      shape(editing(ctx).addProvisionVersion(ctx.viewer, citation, input)),
    setPenaltyVerification: (_, { penaltyId, source }, ctx) =>
      shape(editing(ctx).setPenaltyVerification(ctx.viewer, penaltyId, source)),
    removeProtectedName: (_, { decisionId, name, reason }, ctx) =>
      shape(editing(ctx).decisions.removeProtectedName(ctx.viewer, decisionId, name, reason)),
  },
  Query: {
    auditLog: (_, { entityType, entityId, first, after }, ctx) =>
      editing(ctx).auditLog(
        ctx.viewer,
        { entityType: entityType ?? undefined, entityId: entityId ?? undefined },
        first ?? 50,
        after ?? null,
      ),
    previewRedaction: async (_, { decisionId, input }, ctx) => {
      const result = await editing(ctx).decisions.previewRedaction(ctx.viewer, decisionId ?? null, input);
      return result.ok
        ? { ok: true, error: null, preview: result.preview }
        : {
            ok: false,
            error: {
              message: 'The input was refused; nothing was previewed.',
              inputErrors: [{ field: 'protectedNames', message: result.message }],
            },
            preview: null,
          };
    },
  },
  AuditEntry: {
    at: (e) => (e.at instanceof Date ? e.at.toISOString() : String(e.at)),
  },
  Decision: {
    protectedNames: (d, _, ctx) => editing(ctx).decisions.protectedNames(ctx.viewer, d.id),
    protectedNameHistory: async (d, _, ctx) =>
      (await editing(ctx).decisions.protectedNameHistory(ctx.viewer, d.id)).map((e) => ({
        ...e,
        addedAt: e.addedAt.toISOString(),
        removedAt: e.removedAt?.toISOString() ?? null,
      })),
  },
  DecisionResult: {
    decision: (r, _, { loaders }) => (r.id ? loaders.decision.load(r.id) : null),
  },
  DefendantResult: {
    defendant: (r, _, { loaders }) => (r.id ? loaders.defendant.load(r.id) : null),
  },
  CountResult: {
    count: (r, _, { loaders }) => (r.id ? loaders.count.load(r.id) : null),
  },
  ProvisionVersionResult: {
    version: (r, _, { loaders }) => (r.id ? loaders.version.load(r.id) : null),
  },
  PenaltyResult: {
    penalty: (r, _, { loaders }) => (r.id ? loaders.penalty.load(r.id) : null),
  },
};
