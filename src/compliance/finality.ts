/**
 * Whether a finding is the last word: its decision is final when no later decision reviews it (no appeal link names
 * it as the decision below). One definition, used wherever findings are filtered to the final ones.
 */
export const isFinalFindingSql = (findingAlias: string): string =>
  `NOT EXISTS (SELECT 1 FROM decision_link l WHERE l.lower_decision_id = ${findingAlias}.decision_id)`;
