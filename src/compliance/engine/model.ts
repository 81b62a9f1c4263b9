/**
 * Inputs and outputs of the sentencing-compliance engine (docs/design.md, "Sentencing compliance"; docs/compliance.md). Plain data: the
 * engine is pure, and a resolver can return these shapes as they are.
 */
import type { CountSentence } from '../../cases/case.model';
import * as SchemaEnum from '../../shared/generated/schema-types';
import type {
  Circumstance,
  FineMode,
  DateBoundary,
  IsoDate,
  MitigationRuleData,
  OffenceClass,
  ProvisionVersionData,
  SourceRef,
  VerificationStatus,
} from '../../law/law.model';

/** The verdict on one convicted count. */
export const FINDING_STATUSES = Object.values(SchemaEnum.FindingStatus);
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Facts that explain a finding; a finding lists them in this order. */
export const FINDING_REASONS = Object.values(SchemaEnum.FindingReason);
export type FindingReason = (typeof FINDING_REASONS)[number];

/**
 * The weakest verification behind the applicable range (its penalty figures and its version's dates);
 * `NOT_APPLICABLE` when the finding is undetermined because the law data it needed is missing.
 */
export const FINDING_CONFIDENCES = Object.values(SchemaEnum.FindingConfidence);
export type FindingConfidence = (typeof FINDING_CONFIDENCES)[number];

export const TRACE_STEP_KINDS = [
  'RESOLVE_PROVISION',
  'CANDIDATE_LAWS',
  'APPLICABLE_LAW',
  'VARIANT',
  'SENTENCE',
  'COMPARISON',
  'MITIGATION',
  'CONFIDENCE',
] as const;
export type TraceStepKind = (typeof TRACE_STEP_KINDS)[number];

/** One step of the reasoning: a sentence a monitor can quote, and the same facts for machines. */
export interface TraceStep {
  step: TraceStepKind;
  sentence: string;
  data: Record<string, unknown>;
}

/** The event that closes the lex mitior window: a later law counts only if it entered into force by then. */
export const WINDOW_END_EVENTS = ['DECISION', 'FINALITY', 'JUDGMENT'] as const;
export type WindowEndEvent = (typeof WINDOW_END_EVENTS)[number];

/** Why a version is, or is not, the applicable law. */
export const CANDIDATE_REASONS = Object.values(SchemaEnum.CandidateReason);
export type CandidateReason = (typeof CANDIDATE_REASONS)[number];

export interface LawVersion extends ProvisionVersionData {
  id: string;
}

export interface LawProvision {
  id: string;
  instrumentId: string;
  /** Short name used in sentences, e.g. `PCCK`. */
  instrumentName: string;
  /** e.g. `Art. 139`, `s.2`. */
  label: string;
  versions: LawVersion[];
  /** The mitigation rules of the provision's instrument. */
  mitigationRules: MitigationRuleData[];
  /** The provisions this one directly replaced (succession links into it); absent: none recorded. */
  replaces?: string[];
}

/** The provisions linked by succession, oldest first, including the one cited. */
export type SuccessionChain = readonly LawProvision[];

export interface ConvictedCount extends CountSentence {
  offenceDate: IsoDate | null;
  decisionDate: IsoDate;
  finalOn: IsoDate | null;
  /**
   * When `finalOn` is unknown but a later decision reviewed this one: that decision's date, by which this one cannot
   * yet have become final (the lex mitior window may run to it).
   */
  finalNoLaterThan?: IsoDate | null;
  chargedProvisionId: string | null;
  /** How the trace names the charged provision when it lies outside the chain (e.g. `CCK Art. 171`). */
  chargedProvisionCitation?: string | null;
  convictedProvisionId: string | null;
}

/** A statutory range: one penalty variant of one provision version. */
export interface ApplicableRange {
  versionId: string;
  provisionId: string;
  instrumentId: string;
  /** e.g. `PCCK Art. 139`. */
  citation: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  variant: string;
  circumstances: Circumstance[];
  offenceClass: OffenceClass;
  minMonths: number | null;
  maxMonths: number | null;
  lifeImprisonment: boolean;
  fineMinEur: number | null;
  fineMaxEur: number | null;
  fineMode: FineMode;
  penaltySource: SourceRef;
  /** Source of the version's text and dates. */
  versionSource: SourceRef;
}

/** A version that could be the applicable law: the one in force on the offence date, or a later one. */
export interface CandidateLaw {
  versionId: string;
  provisionId: string;
  citation: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** This version's penalty for the circumstances found; null when no form of it applies. */
  range: ApplicableRange | null;
  /** Circumstances were found but no aggravated form of this version matches them. */
  noVariantMatch: boolean;
  reason: CandidateReason;
  chosen: boolean;
  /** The trace sentence that explains this candidate's standing. */
  explanation: string;
}

export interface ApplicableLaw {
  /** The chosen version's range; null when no version was in force or no form of it applies. */
  range: ApplicableRange | null;
  chosen: CandidateLaw | null;
  candidates: CandidateLaw[];
  noVariantMatch: boolean;
  lexMitiorApplied: boolean;
  /** Later versions that might be more lenient than the chosen one: a null figure prevents the comparison. */
  undecided: CandidateLaw[];
  /** The days that decided which law applied, each held against the day it decided about (confidence.ts). */
  dateFacts: DateFact[];
  trace: TraceStep[];
}

/** A day held against a boundary: "CCK Art. 171 entered into force" against "the offence date 2015-03-01". */
export interface DateFact {
  /** What happened on the boundary's day, e.g. `CCK Art. 171 entered into force`. */
  event: string;
  /** The day stored for it (validFrom or validTo). */
  day: IsoDate;
  boundary: DateBoundary;
  /** The day it decided about, named, e.g. `the offence date 2015-03-01`. */
  against: string;
  side: 'before' | 'inside' | 'after';
  /** What this fact contributes to the confidence. */
  verification: VerificationStatus;
}

/** What `applicablePenalty(citation, offenceDate, judgmentDate, circumstances)` answers. */
export interface ApplicablePenalty {
  range: ApplicableRange | null;
  variant: string | null;
  noVariantMatch: boolean;
  chosen: CandidateLaw | null;
  candidates: CandidateLaw[];
  lexMitiorApplied: boolean;
  /** True when a later version might be more lenient but a null figure prevents the comparison. */
  lexMitiorUndecided: boolean;
  confidence: FindingConfidence;
  trace: TraceStep[];
}

export interface ImposedSentence extends Pick<CountSentence, 'imprisonmentMonths' | 'suspended' | 'fineEur'> {
  /** Imprisonment actually to be served: a suspended term counts as 0; null when no sentence is recorded. */
  effectiveImprisonmentMonths: number | null;
}

export interface Finding {
  status: FindingStatus;
  reasons: FindingReason[];
  /** How many months the served imprisonment falls short of the minimum (a lower bound when readings differ). */
  shortfallMonths: number | null;
  confidence: FindingConfidence;
  applicable: ApplicableRange | null;
  imposed: ImposedSentence;
  trace: TraceStep[];
}
