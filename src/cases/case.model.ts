/** The values a decision's and a count's fields take: plain data, no database (the import worker reads them too). */

import type { Circumstance } from '../law/law.model';
import * as SchemaEnum from '../shared/generated/schema-types';

export const DECISION_TYPES = Object.values(SchemaEnum.DecisionType);
export type DecisionType = (typeof DECISION_TYPES)[number];
export const VERDICTS = Object.values(SchemaEnum.Verdict);
export type Verdict = (typeof VERDICTS)[number];
export const PROVENANCES = Object.values(SchemaEnum.Provenance);
export type Provenance = (typeof PROVENANCES)[number];
export const DATE_PRECISIONS = Object.values(SchemaEnum.DatePrecision);
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const APPEAL_OUTCOMES = Object.values(SchemaEnum.AppealOutcome);
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];
/** APPEAL: a higher court's decision on a lower one; RETRIAL: a retrial after the decision that annulled and sent the case back. */
export const DECISION_LINK_KINDS = ['APPEAL', 'RETRIAL'] as const;
export type DecisionLinkKind = (typeof DECISION_LINK_KINDS)[number];

/**
 * A count's sentence and the circumstances found, described once: the count's row, the importer's write, the
 * compliance engine's input and the exports take these fields from here.
 */
export interface CountSentence {
  /** The term imposed, suspended or not; null when none is recorded. */
  imprisonmentMonths: number | null;
  /** Whether the term is suspended; null when not recorded. */
  suspended: boolean | null;
  fineEur: number | null;
  circumstances: Circumstance[];
  /** Whether the court cited mitigating circumstances to go below the minimum; null when not recorded. */
  mitigationCited: boolean | null;
}
