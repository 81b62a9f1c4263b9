import type { PenaltyData, SourceRef } from './law.model';

/** Query parameters of a source reference, in the column order source_url, source_document, verification, note. */
export const sourceValues = (s: SourceRef) => [s.url, s.document, s.verification, s.note];

/** Query parameters of a penalty after its version id, in the penalty table's column order. */
export const penaltyValues = (p: PenaltyData) => [
  p.variant,
  p.circumstances,
  p.offenceClass,
  p.imprisonmentMinMonths,
  p.imprisonmentMaxMonths,
  p.lifeImprisonment,
  p.fineMinEur,
  p.fineMaxEur,
  p.fineMode,
  ...sourceValues(p.source),
];
