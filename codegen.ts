import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types generated from schema/*.graphql; never edited by hand. Mappers make a resolver's parent the
// object the service returned.
const config: CodegenConfig = {
  schema: 'schema/**/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        contextType: '../context#GraphQLContext',
        enumsAsTypes: true,
        mapperTypeSuffix: 'Mapper',
        scalars: { Date: 'string', JSON: 'unknown' },
        mappers: {
          Instrument: '../../law/law.entity#InstrumentEntity',
          Provision: '../../law/law.service#ProvisionAt',
          ProvisionVersion: '../../law/law.entity#ProvisionVersionEntity',
          Penalty: '../../law/law.entity#PenaltyEntity',
          MitigationRule: '../../law/law.entity#MitigationRuleEntity',
          Source: '../../law/law.model#SourceRef',
          LocalizedText: '../../shared/localized#LocalizedTextModel',
          Court: '../../courts/court.entity#CourtEntity',
          Decision: '../../cases/case.entity#DecisionEntity',
          Defendant: '../../cases/case.entity#DefendantEntity',
          Count: '../../cases/case.entity#CountEntity',
          AppealLink: '../../cases/case.service#AppealLinkModel',
          DecisionConnection: '../../cases/case.service#DecisionPage',
          DecisionEdge: '../../cases/case.service#DecisionEdgeModel',
          Finding: '../../compliance/finding.entity#FindingEntity',
          FindingConnection: '../../compliance/compliance.service#FindingPage',
          ComplianceBucket: '../../compliance/compliance.service#ComplianceBucketModel',
          ApplicablePenalty: '../../compliance/compliance.service#ApplicablePenaltyModel',
          PenaltyRange: '../../compliance/engine#ApplicableRange',
          CandidateLaw: '../../compliance/engine#CandidateLaw',
          TraceStep: '../../compliance/engine#TraceStep',
          SentenceDistribution: '../../compliance/figures.service#SentenceDistributionModel',
          AppliedRange: '../../compliance/figures.service#AppliedRange',
          DataVersion: '../../compliance/figures.service#DataVersionModel',
          SearchHit: '../../search/search.model#SearchHit',
          SearchConnection: '../../search/search.service#SearchPage',
          DecisionResult: '../../editing/editing.write#DecisionResultModel',
          DefendantResult: '../../editing/editing.write#DefendantResultModel',
          CountResult: '../../editing/editing.write#CountResultModel',
          ProvisionVersionResult: '../../editing/editing.write#VersionResultModel',
          PenaltyResult: '../../editing/editing.write#PenaltyResultModel',
          AuditEntry: '../../editing/editing.repository#AuditRow',
        },
      },
    },
    // The web application's typed client: every operation written with graphql() in web/src, checked against the
    // schema, with its result and variables types. Documents stay strings: the client needs no GraphQL parser.
    'web/src/api/generated/': {
      preset: 'client',
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/api/generated/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
