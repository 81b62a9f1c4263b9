/**
 * A convicted count evaluated for storing: the engine's finding, and the keys and figures the finding table and the
 * statistics read beside it. Plain data in and out; the repository maps a record to its row.
 */
import type { FindingConfidence, FindingReason, FindingStatus, TraceStep } from './model';
import { nextTurn } from '../../shared/next-turn';
import { evaluateCount } from './evaluate';
import type { LawSnapshot } from './law-snapshot';
import type { CountSentence } from '../../cases/case.model';
import type { IsoDate } from '../../law/law.model';

/** A convicted count with what the engine needs from its decision. */
export interface CountToEvaluate extends CountSentence {
  countId: string;
  decisionId: string;
  courtId: string;
  decisionDate: IsoDate;
  finalOn: IsoDate | null;
  offenceDate: IsoDate | null;
  chargedProvisionId: string | null;
  chargedCitation: string | null;
  convictedProvisionId: string | null;
  /** The date of the earliest decision that reviewed this one on appeal, when its finality is not recorded. */
  finalNoLaterThan: IsoDate | null;
}

/** One stored finding, as the engine makes it. */
export interface FindingRecord {
  countId: string;
  decisionId: string;
  courtId: string;
  decisionDate: IsoDate;
  decisionYear: number;
  /** The convicted provision's anchor in its succession chain. */
  provisionId: string | null;
  applicableProvisionId: string | null;
  applicableVersionId: string | null;
  applicableCitation: string | null;
  status: FindingStatus;
  reasons: FindingReason[];
  shortfallMonths: number | null;
  confidence: FindingConfidence;
  imposedMonths: number | null;
  minimumMonths: number | null;
  maximumMonths: number | null;
  trace: TraceStep[];
}

/** Evaluates counts, yielding to the event loop now and then so a write in flight keeps streaming meanwhile. */
export async function evaluateBatch(counts: CountToEvaluate[], law: LawSnapshot): Promise<FindingRecord[]> {
  const findings: FindingRecord[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (i > 0 && i % 250 === 0) await nextTurn();
    findings.push(findingOf(counts[i], law));
  }
  return findings;
}

/** The finding of one convicted count under the law of a snapshot. */
export function findingOf(c: CountToEvaluate, law: LawSnapshot): FindingRecord {
  const resolved = c.convictedProvisionId ? law.chainFor(c.convictedProvisionId) : null;
  const finding = evaluateCount(
    {
      offenceDate: c.offenceDate,
      decisionDate: c.decisionDate,
      finalOn: c.finalOn,
      finalNoLaterThan: c.finalNoLaterThan,
      chargedProvisionId: c.chargedProvisionId ? law.anchorOf(c.chargedProvisionId) : null,
      chargedProvisionCitation: c.chargedCitation,
      convictedProvisionId: resolved?.anchorId ?? null,
      imprisonmentMonths: c.imprisonmentMonths,
      suspended: c.suspended,
      fineEur: c.fineEur,
      circumstances: c.circumstances,
      mitigationCited: c.mitigationCited,
    },
    resolved?.chain ?? [],
  );
  const range = finding.applicable;
  return {
    countId: c.countId,
    decisionId: c.decisionId,
    courtId: c.courtId,
    decisionDate: c.decisionDate,
    decisionYear: Number(c.decisionDate.slice(0, 4)),
    provisionId: resolved?.anchorId ?? null,
    applicableProvisionId: range?.provisionId ?? null,
    applicableVersionId: range?.versionId ?? null,
    applicableCitation: range?.citation ?? null,
    status: finding.status,
    reasons: finding.reasons,
    shortfallMonths: finding.shortfallMonths,
    confidence: finding.confidence,
    imposedMonths: finding.imposed.effectiveImprisonmentMonths,
    minimumMonths: range?.minMonths ?? null,
    maximumMonths: range?.maxMonths ?? null,
    trace: finding.trace,
  };
}
