/** The values a decision's and a count's fields take: plain data, no database (the import worker reads them too). */

export const DECISION_TYPES = ['FIRST_INSTANCE', 'APPEAL', 'SUPREME'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];
export const VERDICTS = ['CONVICTED', 'ACQUITTED', 'DISMISSED'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const PROVENANCES = ['OFFICIAL', 'REPORTED', 'SYNTHETIC'] as const;
export type Provenance = (typeof PROVENANCES)[number];
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const APPEAL_OUTCOMES = [
  'AFFIRMS',
  'MODIFIES',
  'REVERSES',
  'PARTIALLY_GRANTS',
  'REJECTS',
  'ANNULS',
] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
/** APPEAL: a higher court's decision on a lower one; RETRIAL: a retrial after the decision that annulled and sent the case back. */
export const DECISION_LINK_KINDS = ['APPEAL', 'RETRIAL'] as const;
export type DecisionLinkKind = (typeof DECISION_LINK_KINDS)[number];
