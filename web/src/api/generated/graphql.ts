/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What a higher court did with the decision it reviewed. */
export type AppealOutcome =
  | 'AFFIRMS'
  /** Annulled the decision and sent the case back for a retrial (see `Decision.retrials`). */
  | 'ANNULS'
  | 'MODIFIES'
  | 'PARTIALLY_GRANTS'
  | 'REJECTS'
  | 'REVERSES';

/** Why a law version is, or is not, the applicable law. */
export type CandidateReason =
  | 'IN_FORCE_ON_OFFENCE_DATE'
  | 'LENIENCY_UNKNOWN'
  | 'MORE_LENIENT'
  | 'NOT_MORE_LENIENT';

/** A circumstance a court may find; aggravated penalty variants are keyed by them. */
export type Circumstance =
  | 'DEATH_CAUSED'
  | 'OFFICIAL_CAPACITY'
  | 'ORGANISED_GROUP'
  | 'ORGANISER'
  | 'REPEAT_OFFENCE'
  | 'SERIOUS_HARM'
  | 'VICTIM_CHILD';

/** Which convicted counts a sentence distribution is drawn from. */
export type ComparableSentencesFilter = {
  /**
   * The day the citation is read as of, as `provision(citation, asOf)` reads it (a number that two codes share, as in
   * `neni 171 KPRK`, names the article of the code in force that day). Default today.
   */
  asOf?: string | null | undefined;
  /** Counts whose found circumstances include all of these. */
  circumstances?: Array<Circumstance> | null | undefined;
  /** Only the counts of decisions that no later decision held here reviews (the last word). Default false. */
  finalOnly?: boolean | null | undefined;
  /** Decisions of these provenances. Default: OFFICIAL and REPORTED (SYNTHETIC examples only when asked for). */
  provenance?: Array<Provenance> | null | undefined;
  /**
   * Any citation of the succession chain (`CCK Art. 171`, `PCCK 139`, `neni 165 KPRK`): every provision of the chain
   * counts, each count against the law that applied to it.
   */
  provision: string;
  /** Decisions of this year or later. */
  yearFrom?: number | null | undefined;
  /** Decisions of this year or earlier. */
  yearTo?: number | null | undefined;
};

/** How precisely a decision's date is known. */
export type DatePrecision =
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January. */
  | 'YEAR';

/** The instance of a decision. */
export type DecisionType =
  | 'APPEAL'
  | 'FIRST_INSTANCE'
  | 'SUPREME';

/** How well the law data behind a finding is sourced. */
export type FindingConfidence =
  /** No range applied (undetermined). */
  | 'NOT_APPLICABLE'
  /** Penalty figures and dates verified from the primary text. */
  | 'PRIMARY_SOURCE'
  /** The weakest figure or date comes from a secondary source. */
  | 'SECONDARY_SOURCE'
  /** Some figure or date is unverified. */
  | 'UNVERIFIED';

export type FindingFilter = {
  confidence?: FindingConfidence | null | undefined;
  /** A court by name or alias. */
  court?: string | null | undefined;
  /** Only the last word on each count: findings whose decision no later decision (appeal or retrial) follows. */
  finalOnly?: boolean | null | undefined;
  /** Only decisions of these provenances (e.g. leave out SYNTHETIC). */
  provenance?: Array<Provenance> | null | undefined;
  /** A provision by citation (its article when a paragraph is cited). */
  provision?: string | null | undefined;
  /** Findings that carry all of these reasons. */
  reasons?: Array<FindingReason> | null | undefined;
  /** Only findings on decisions of these stages. */
  stage?: Array<Stage> | null | undefined;
  status?: FindingStatus | null | undefined;
  /** Decisions of this year or later. */
  yearFrom?: number | null | undefined;
  /** Decisions of this year or earlier. */
  yearTo?: number | null | undefined;
};

/** Facts that explain a finding. */
export type FindingReason =
  /** Below even the lowest term the mitigation rules allow. */
  | 'BELOW_MITIGATION_FLOOR'
  /** Convicted under a different, lesser provision than the one charged. */
  | 'CHARGE_DOWNGRADED'
  /** No imprisonment to serve; only a fine. */
  | 'FINE_ONLY'
  /** A later, more lenient law applied instead of the law of the offence date. */
  | 'LEX_MITIOR_APPLIED'
  /** The court cited mitigating grounds. */
  | 'MITIGATION_CITED'
  /** Circumstances were found but no aggravated form matches them; the basic range was used. */
  | 'NO_VARIANT_MATCH'
  /** The range or its dates are not verified from a source: do not cite as fact. */
  | 'RANGE_UNVERIFIED'
  /** The term of imprisonment was suspended (a suspended term is not served imprisonment). */
  | 'SUSPENDED';

/** The compliance verdict on a convicted count. */
export type FindingStatus =
  /** The imprisonment is above the applicable maximum. */
  | 'ABOVE_MAXIMUM'
  /** The served imprisonment is below the applicable statutory minimum. */
  | 'BELOW_MINIMUM'
  /** The served imprisonment is within the applicable range. */
  | 'COMPLIANT'
  /** The law data or the sentence data needed to decide is missing; the trace says what. */
  | 'UNDETERMINED';

/** How a fine combines with imprisonment in a penalty. */
export type FineMode =
  /** A fine or imprisonment. */
  | 'ALTERNATIVE'
  /** A fine and imprisonment. */
  | 'CUMULATIVE'
  /** No fine is provided. */
  | 'NONE'
  /** Imprisonment is the minimum penalty, so a fine cannot replace it; whether a fine may be added is not known. */
  | 'NOT_ALTERNATIVE'
  /** The source does not say. */
  | 'UNKNOWN';

/** Whether the penalty is for a criminal offence or a minor (misdemeanour) offence. */
export type OffenceClass =
  | 'CRIMINAL_OFFENCE'
  | 'MINOR_OFFENCE';

/** Where a decision record comes from. */
export type Provenance =
  /** From the official text of the decision. */
  | 'OFFICIAL'
  /** Reported in a named public source (press, NGO, government report); see `sourceUrl`. */
  | 'REPORTED'
  /** A made-up example for demonstration and tests. Never evidence. */
  | 'SYNTHETIC';

export type SearchFilter = {
  /** Only decisions of this court (a name or alias in any language), as every other filter names it. */
  court?: string | null | undefined;
  /**
   * Only decisions of these courts (names or aliases).
   * @deprecated Use `court`, as the other filters do; `courts` is accepted until 2027-06.
   */
  courts?: Array<string> | null | undefined;
  /** Only decisions with a finding of one of these statuses. */
  findingStatuses?: Array<FindingStatus> | null | undefined;
  /** Only provisions of these instruments (ids, e.g. `ks-law/04-L-082`). */
  instruments?: Array<string | number> | null | undefined;
  /** Only these kinds of hit. */
  kinds?: Array<SearchHitKind> | null | undefined;
  /** Only decisions of this year or later. */
  yearFrom?: number | null | undefined;
  /** Only decisions of this year or earlier. */
  yearTo?: number | null | undefined;
};

/** What a search hit is. */
export type SearchHitKind =
  | 'DECISION'
  | 'PROVISION';

/** The stage of the proceedings a decision belongs to. */
export type Stage =
  | 'APPEAL'
  | 'FIRST_INSTANCE'
  | 'SUPREME';

/** The outcome of a count. */
export type Verdict =
  | 'ACQUITTED'
  | 'CONVICTED'
  | 'DISMISSED';

/** How sure we are of a legal figure, text or date. Unknown figures are null, never guessed. */
export type VerificationStatus =
  /** Not confirmed in any source we hold: do not cite as fact. */
  | 'UNVERIFIED'
  /** Seen verbatim in the primary (official) text. */
  | 'VERIFIED_PRIMARY'
  /** Taken from a secondary source: an official report, a diplomatic cable, a press report quoting the law. */
  | 'VERIFIED_SECONDARY';

export type ComparableSentencesFieldsFragment = { n: number, total: number, sentenceUnknown: number, unit: string, suppressed: boolean, note: string | null, meanImprisonmentMonths: number | null, meanSuspendedMonths: number | null, meanFineOnlyEur: number | null, undetermined: number, unverified: number, decisions: number, countingRules: Array<string>, provision: { citation: string }, chain: Array<{ id: string, citation: string }>, percentiles: { p10: number, p25: number, p50: number, p75: number, p90: number } | null, histogram: Array<{ fromMonths: number, toMonths: number | null, label: string, count: number }>, shares: { imprisonment: { count: number, of: number, share: number | null, denominator: string }, suspended: { count: number, of: number, share: number | null, denominator: string }, fineOnly: { count: number, of: number, share: number | null, denominator: string }, noPenalty: { count: number, of: number, share: number | null, denominator: string }, belowMinimum: { count: number, of: number, share: number | null, denominator: string } }, appliedRanges: Array<{ counts: number, range: { citation: string, validFrom: string, validTo: string | null, variant: string, minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean } }> };

export type SentenceShareFieldsFragment = { count: number, of: number, share: number | null, denominator: string };

export type DataVersionFieldsFragment = { citation: string };

export type RangeFieldsFragment = { citation: string, validFrom: string, validTo: string | null, variant: string, minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean };

export type PenaltyFieldsFragment = { id: string, variant: string, circumstances: Array<Circumstance>, offenceClass: OffenceClass, imprisonmentMinMonths: number | null, imprisonmentMaxMonths: number | null, lifeImprisonment: boolean, fineMinEur: number | null, fineMaxEur: number | null, fineMode: FineMode, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null } };

export type CitedProvisionQueryVariables = Exact<{
  query: string;
}>;


export type CitedProvisionQuery = { search: { edges: Array<{ node: { kind: SearchHitKind, score: number | null, provision: { citation: string } | null } }> } };

export type DashboardPageQueryVariables = Exact<{
  filter: FindingFilter;
}>;


export type DashboardPageQuery = { overall: Array<{ total: number, correctedOnAppeal: number, compliant: number, belowMinimum: number, aboveMaximum: number, undetermined: number, shareBelowMinimum: number }>, byYear: Array<{ year: number | null, total: number, correctedOnAppeal: number, compliant: number, belowMinimum: number, aboveMaximum: number, undetermined: number, shareBelowMinimum: number }>, byCourt: Array<{ total: number, correctedOnAppeal: number, compliant: number, belowMinimum: number, aboveMaximum: number, undetermined: number, shareBelowMinimum: number, court: { code: string, name: { sq: string | null, sr: string | null, en: string | null } } | null }>, byStage: Array<{ stage: Stage | null, total: number, belowMinimum: number, correctedOnAppeal: number }>, byStatus: Array<{ status: FindingStatus | null, total: number }>, marks: { totalCount: number, edges: Array<{ node: { id: string, status: FindingStatus, reasons: Array<FindingReason>, imposedMonths: number | null, minimumMonths: number | null, maximumMonths: number | null, applicableCitation: string | null, count: { mitigationCited: boolean | null }, decision: { caseNumber: string, date: string, court: { name: { sq: string | null, sr: string | null, en: string | null } } } } }> }, courts: Array<{ code: string, name: { sq: string | null, sr: string | null, en: string | null } }>, dataVersion: { citation: string } };

export type BucketFiguresFragment = { total: number, correctedOnAppeal: number, compliant: number, belowMinimum: number, aboveMaximum: number, undetermined: number, shareBelowMinimum: number };

export type DecisionPageQueryVariables = Exact<{
  caseNumber: string;
  court?: string | null | undefined;
}>;


export type DecisionPageQuery = { decision: { id: string, datePrecision: DatePrecision, final: boolean | null, finalOn: string | null, language: string | null, presidingJudge: string | null, summary: string | null, text: string | null, sourceUrl: string | null, sourceNote: string | null, provenance: Provenance, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, defendants: Array<{ id: string, label: string, counts: Array<{ id: string, sequence: number, offenceDate: string | null, chargedCitation: string | null, convictedCitation: string | null, verdict: Verdict | null, imprisonmentMonths: number | null, suspended: boolean | null, fineEur: number | null, circumstances: Array<Circumstance>, mitigationCited: boolean | null, finding: { status: FindingStatus, reasons: Array<FindingReason>, shortfallMonths: number | null, confidence: FindingConfidence, imposedMonths: number | null, applicableCitation: string | null, minimumMonths: number | null, maximumMonths: number | null, final: boolean, finalNote: string, trace: Array<{ step: string, sentence: string }>, finalFinding: { id: string, status: FindingStatus, decision: { caseNumber: string, court: { name: { sq: string | null, sr: string | null, en: string | null } } } } | null } | null }> }>, reviewed: Array<{ outcome: AppealOutcome | null, decision: { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, reviewed: Array<{ outcome: AppealOutcome | null, decision: { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } } }>, court: { name: { sq: string | null, sr: string | null, en: string | null } } } }>, reviewedBy: Array<{ outcome: AppealOutcome | null, decision: { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, reviewedBy: Array<{ outcome: AppealOutcome | null, decision: { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } } }>, court: { name: { sq: string | null, sr: string | null, en: string | null } } } }>, court: { name: { sq: string | null, sr: string | null, en: string | null } } } | null, dataVersion: { citation: string } };

export type DecisionHeadFragment = { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } };

export type LawPageQueryVariables = Exact<{
  citation: string;
  asOf?: string | null | undefined;
  comparable: ComparableSentencesFilter;
}>;


export type LawPageQuery = { comparableSentences: { n: number, total: number, sentenceUnknown: number, unit: string, suppressed: boolean, note: string | null, meanImprisonmentMonths: number | null, meanSuspendedMonths: number | null, meanFineOnlyEur: number | null, undetermined: number, unverified: number, decisions: number, countingRules: Array<string>, provision: { citation: string }, chain: Array<{ id: string, citation: string }>, percentiles: { p10: number, p25: number, p50: number, p75: number, p90: number } | null, histogram: Array<{ fromMonths: number, toMonths: number | null, label: string, count: number }>, shares: { imprisonment: { count: number, of: number, share: number | null, denominator: string }, suspended: { count: number, of: number, share: number | null, denominator: string }, fineOnly: { count: number, of: number, share: number | null, denominator: string }, noPenalty: { count: number, of: number, share: number | null, denominator: string }, belowMinimum: { count: number, of: number, share: number | null, denominator: string } }, appliedRanges: Array<{ counts: number, range: { citation: string, validFrom: string, validTo: string | null, variant: string, minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean } }> }, dataVersion: { citation: string }, provision: { id: string, citation: string, asOf: string, textSq: string | null, textSr: string | null, textEn: string | null, heading: { sq: string | null, sr: string | null, en: string | null }, instrument: { id: string, shortName: string, title: { sq: string | null, sr: string | null, en: string | null } }, inForce: { id: string } | null, versions: Array<{ id: string, validFrom: string, validTo: string | null, text: { sq: string | null, sr: string | null, en: string | null }, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null }, penalties: Array<{ id: string, variant: string, circumstances: Array<Circumstance>, offenceClass: OffenceClass, imprisonmentMinMonths: number | null, imprisonmentMaxMonths: number | null, lifeImprisonment: boolean, fineMinEur: number | null, fineMaxEur: number | null, fineMode: FineMode, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null } }> }>, successionChain: Array<{ id: string, citation: string, heading: { sq: string | null, sr: string | null, en: string | null }, versions: Array<{ id: string, validFrom: string, validTo: string | null, text: { sq: string | null, sr: string | null, en: string | null }, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null }, penalties: Array<{ id: string, variant: string, circumstances: Array<Circumstance>, offenceClass: OffenceClass, imprisonmentMinMonths: number | null, imprisonmentMaxMonths: number | null, lifeImprisonment: boolean, fineMinEur: number | null, fineMaxEur: number | null, fineMode: FineMode, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null } }> }> }>, decisions: { totalCount: number, edges: Array<{ node: { id: string, caseNumber: string, date: string, decisionType: DecisionType, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } } }> } } | null };

export type VersionFieldsFragment = { id: string, validFrom: string, validTo: string | null, text: { sq: string | null, sr: string | null, en: string | null }, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null }, penalties: Array<{ id: string, variant: string, circumstances: Array<Circumstance>, offenceClass: OffenceClass, imprisonmentMinMonths: number | null, imprisonmentMaxMonths: number | null, lifeImprisonment: boolean, fineMinEur: number | null, fineMaxEur: number | null, fineMode: FineMode, source: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null } }> };

export type PenaltyPageQueryVariables = Exact<{
  citation: string;
  offenceDate: string;
  judgmentDate?: string | null | undefined;
  finalDate?: string | null | undefined;
  circumstances?: Array<Circumstance> | Circumstance | null | undefined;
  comparable: ComparableSentencesFilter;
}>;


export type PenaltyPageQuery = { comparableSentences: { n: number, total: number, sentenceUnknown: number, unit: string, suppressed: boolean, note: string | null, meanImprisonmentMonths: number | null, meanSuspendedMonths: number | null, meanFineOnlyEur: number | null, undetermined: number, unverified: number, decisions: number, countingRules: Array<string>, provision: { citation: string }, chain: Array<{ id: string, citation: string }>, percentiles: { p10: number, p25: number, p50: number, p75: number, p90: number } | null, histogram: Array<{ fromMonths: number, toMonths: number | null, label: string, count: number }>, shares: { imprisonment: { count: number, of: number, share: number | null, denominator: string }, suspended: { count: number, of: number, share: number | null, denominator: string }, fineOnly: { count: number, of: number, share: number | null, denominator: string }, noPenalty: { count: number, of: number, share: number | null, denominator: string }, belowMinimum: { count: number, of: number, share: number | null, denominator: string } }, appliedRanges: Array<{ counts: number, range: { citation: string, validFrom: string, validTo: string | null, variant: string, minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean } }> }, dataVersion: { citation: string }, applicablePenalty: { noVariantMatch: boolean, lexMitiorApplied: boolean, lexMitiorUndecided: boolean, confidence: FindingConfidence, provision: { citation: string }, range: { fineMinEur: number | null, fineMaxEur: number | null, fineMode: FineMode, citation: string, validFrom: string, validTo: string | null, variant: string, minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean, penaltySource: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null }, versionSource: { url: string | null, document: string | null, verification: VerificationStatus, note: string | null } } | null, candidates: Array<{ citation: string, validFrom: string, validTo: string | null, reason: CandidateReason, chosen: boolean, range: { minMonths: number | null, maxMonths: number | null, lifeImprisonment: boolean } | null }>, trace: Array<{ step: string, sentence: string }> } };

export type SearchPageQueryVariables = Exact<{
  query: string;
  filter?: SearchFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchPageQuery = { search: { estimatedTotal: number, countsExact: boolean, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, kind: SearchHitKind, title: string, highlight: string | null, score: number | null, provision: { citation: string, heading: { sq: string | null, sr: string | null, en: string | null } } | null, decision: { caseNumber: string, date: string, synthetic: boolean, court: { name: { sq: string | null, sr: string | null, en: string | null } } } | null } }>, facets: { kind: Array<{ value: string, label: string, count: number }>, instrument: Array<{ value: string, label: string, count: number }>, court: Array<{ value: string, label: string, count: number }>, year: Array<{ value: string, label: string, count: number }>, findingStatus: Array<{ value: string, label: string, count: number }> } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SentenceShareFieldsFragmentDoc = new TypedDocumentString(`
    fragment SentenceShareFields on SentenceShare {
  count
  of
  share
  denominator
}
    `, {"fragmentName":"SentenceShareFields"}) as unknown as TypedDocumentString<SentenceShareFieldsFragment, unknown>;
export const RangeFieldsFragmentDoc = new TypedDocumentString(`
    fragment RangeFields on PenaltyRange {
  citation
  validFrom
  validTo
  variant
  minMonths
  maxMonths
  lifeImprisonment
}
    `, {"fragmentName":"RangeFields"}) as unknown as TypedDocumentString<RangeFieldsFragment, unknown>;
export const ComparableSentencesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ComparableSentencesFields on SentenceDistribution {
  provision {
    citation
  }
  chain {
    id
    citation
  }
  n
  total
  sentenceUnknown
  unit
  suppressed
  note
  percentiles {
    p10
    p25
    p50
    p75
    p90
  }
  histogram {
    fromMonths
    toMonths
    label
    count
  }
  shares {
    imprisonment {
      ...SentenceShareFields
    }
    suspended {
      ...SentenceShareFields
    }
    fineOnly {
      ...SentenceShareFields
    }
    noPenalty {
      ...SentenceShareFields
    }
    belowMinimum {
      ...SentenceShareFields
    }
  }
  meanImprisonmentMonths
  meanSuspendedMonths
  meanFineOnlyEur
  undetermined
  unverified
  decisions
  appliedRanges {
    counts
    range {
      ...RangeFields
    }
  }
  countingRules
}
    fragment SentenceShareFields on SentenceShare {
  count
  of
  share
  denominator
}
fragment RangeFields on PenaltyRange {
  citation
  validFrom
  validTo
  variant
  minMonths
  maxMonths
  lifeImprisonment
}`, {"fragmentName":"ComparableSentencesFields"}) as unknown as TypedDocumentString<ComparableSentencesFieldsFragment, unknown>;
export const DataVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DataVersionFields on DataVersion {
  citation
}
    `, {"fragmentName":"DataVersionFields"}) as unknown as TypedDocumentString<DataVersionFieldsFragment, unknown>;
export const BucketFiguresFragmentDoc = new TypedDocumentString(`
    fragment BucketFigures on ComplianceBucket {
  total
  correctedOnAppeal
  compliant
  belowMinimum
  aboveMaximum
  undetermined
  shareBelowMinimum
}
    `, {"fragmentName":"BucketFigures"}) as unknown as TypedDocumentString<BucketFiguresFragment, unknown>;
export const DecisionHeadFragmentDoc = new TypedDocumentString(`
    fragment DecisionHead on Decision {
  id
  caseNumber
  date
  decisionType
  synthetic
  court {
    name {
      sq
      sr
      en
    }
  }
}
    `, {"fragmentName":"DecisionHead"}) as unknown as TypedDocumentString<DecisionHeadFragment, unknown>;
export const PenaltyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PenaltyFields on Penalty {
  id
  variant
  circumstances
  offenceClass
  imprisonmentMinMonths
  imprisonmentMaxMonths
  lifeImprisonment
  fineMinEur
  fineMaxEur
  fineMode
  source {
    url
    document
    verification
    note
  }
}
    `, {"fragmentName":"PenaltyFields"}) as unknown as TypedDocumentString<PenaltyFieldsFragment, unknown>;
export const VersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment VersionFields on ProvisionVersion {
  id
  validFrom
  validTo
  text {
    sq
    sr
    en
  }
  source {
    url
    document
    verification
    note
  }
  penalties {
    ...PenaltyFields
  }
}
    fragment PenaltyFields on Penalty {
  id
  variant
  circumstances
  offenceClass
  imprisonmentMinMonths
  imprisonmentMaxMonths
  lifeImprisonment
  fineMinEur
  fineMaxEur
  fineMode
  source {
    url
    document
    verification
    note
  }
}`, {"fragmentName":"VersionFields"}) as unknown as TypedDocumentString<VersionFieldsFragment, unknown>;
export const CitedProvisionDocument = new TypedDocumentString(`
    query CitedProvision($query: String!) {
  search(query: $query, first: 1) {
    edges {
      node {
        kind
        score
        provision {
          citation
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CitedProvisionQuery, CitedProvisionQueryVariables>;
export const DashboardPageDocument = new TypedDocumentString(`
    query DashboardPage($filter: FindingFilter!) {
  overall: complianceStats(groupBy: [], filter: $filter) {
    ...BucketFigures
  }
  byYear: complianceStats(groupBy: [YEAR], filter: $filter) {
    year
    ...BucketFigures
  }
  byCourt: complianceStats(groupBy: [COURT], filter: $filter) {
    court {
      code
      name {
        sq
        sr
        en
      }
    }
    ...BucketFigures
  }
  byStage: complianceStats(groupBy: [STAGE], filter: $filter) {
    stage
    total
    belowMinimum
    correctedOnAppeal
  }
  byStatus: complianceStats(groupBy: [STATUS], filter: $filter) {
    status
    total
  }
  marks: sentencingFindings(filter: $filter, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        reasons
        imposedMonths
        minimumMonths
        maximumMonths
        applicableCitation
        count {
          mitigationCited
        }
        decision {
          caseNumber
          date
          court {
            name {
              sq
              sr
              en
            }
          }
        }
      }
    }
  }
  courts {
    code
    name {
      sq
      sr
      en
    }
  }
  dataVersion {
    ...DataVersionFields
  }
}
    fragment DataVersionFields on DataVersion {
  citation
}
fragment BucketFigures on ComplianceBucket {
  total
  correctedOnAppeal
  compliant
  belowMinimum
  aboveMaximum
  undetermined
  shareBelowMinimum
}`) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
export const DecisionPageDocument = new TypedDocumentString(`
    query DecisionPage($caseNumber: String!, $court: String) {
  decision(caseNumber: $caseNumber, court: $court) {
    id
    ...DecisionHead
    datePrecision
    final
    finalOn
    language
    presidingJudge
    summary
    text
    sourceUrl
    sourceNote
    provenance
    defendants {
      id
      label
      counts {
        id
        sequence
        offenceDate
        chargedCitation
        convictedCitation
        verdict
        imprisonmentMonths
        suspended
        fineEur
        circumstances
        mitigationCited
        finding {
          status
          reasons
          shortfallMonths
          confidence
          imposedMonths
          applicableCitation
          minimumMonths
          maximumMonths
          trace {
            step
            sentence
          }
          final
          finalNote
          finalFinding {
            id
            status
            decision {
              caseNumber
              court {
                name {
                  sq
                  sr
                  en
                }
              }
            }
          }
        }
      }
    }
    reviewed {
      outcome
      decision {
        ...DecisionHead
        reviewed {
          outcome
          decision {
            ...DecisionHead
          }
        }
      }
    }
    reviewedBy {
      outcome
      decision {
        ...DecisionHead
        reviewedBy {
          outcome
          decision {
            ...DecisionHead
          }
        }
      }
    }
  }
  dataVersion {
    ...DataVersionFields
  }
}
    fragment DataVersionFields on DataVersion {
  citation
}
fragment DecisionHead on Decision {
  id
  caseNumber
  date
  decisionType
  synthetic
  court {
    name {
      sq
      sr
      en
    }
  }
}`) as unknown as TypedDocumentString<DecisionPageQuery, DecisionPageQueryVariables>;
export const LawPageDocument = new TypedDocumentString(`
    query LawPage($citation: String!, $asOf: Date, $comparable: ComparableSentencesFilter!) {
  comparableSentences(filter: $comparable) {
    ...ComparableSentencesFields
  }
  dataVersion {
    ...DataVersionFields
  }
  provision(citation: $citation, asOf: $asOf) {
    id
    citation
    asOf
    heading {
      sq
      sr
      en
    }
    instrument {
      id
      shortName
      title {
        sq
        sr
        en
      }
    }
    inForce {
      id
    }
    textSq: fullText(language: SQ)
    textSr: fullText(language: SR)
    textEn: fullText(language: EN)
    versions {
      ...VersionFields
    }
    successionChain {
      id
      citation
      heading {
        sq
        sr
        en
      }
      versions {
        ...VersionFields
      }
    }
    decisions(first: 10) {
      totalCount
      edges {
        node {
          id
          caseNumber
          date
          decisionType
          synthetic
          court {
            name {
              sq
              sr
              en
            }
          }
        }
      }
    }
  }
}
    fragment ComparableSentencesFields on SentenceDistribution {
  provision {
    citation
  }
  chain {
    id
    citation
  }
  n
  total
  sentenceUnknown
  unit
  suppressed
  note
  percentiles {
    p10
    p25
    p50
    p75
    p90
  }
  histogram {
    fromMonths
    toMonths
    label
    count
  }
  shares {
    imprisonment {
      ...SentenceShareFields
    }
    suspended {
      ...SentenceShareFields
    }
    fineOnly {
      ...SentenceShareFields
    }
    noPenalty {
      ...SentenceShareFields
    }
    belowMinimum {
      ...SentenceShareFields
    }
  }
  meanImprisonmentMonths
  meanSuspendedMonths
  meanFineOnlyEur
  undetermined
  unverified
  decisions
  appliedRanges {
    counts
    range {
      ...RangeFields
    }
  }
  countingRules
}
fragment SentenceShareFields on SentenceShare {
  count
  of
  share
  denominator
}
fragment DataVersionFields on DataVersion {
  citation
}
fragment RangeFields on PenaltyRange {
  citation
  validFrom
  validTo
  variant
  minMonths
  maxMonths
  lifeImprisonment
}
fragment PenaltyFields on Penalty {
  id
  variant
  circumstances
  offenceClass
  imprisonmentMinMonths
  imprisonmentMaxMonths
  lifeImprisonment
  fineMinEur
  fineMaxEur
  fineMode
  source {
    url
    document
    verification
    note
  }
}
fragment VersionFields on ProvisionVersion {
  id
  validFrom
  validTo
  text {
    sq
    sr
    en
  }
  source {
    url
    document
    verification
    note
  }
  penalties {
    ...PenaltyFields
  }
}`) as unknown as TypedDocumentString<LawPageQuery, LawPageQueryVariables>;
export const PenaltyPageDocument = new TypedDocumentString(`
    query PenaltyPage($citation: String!, $offenceDate: Date!, $judgmentDate: Date, $finalDate: Date, $circumstances: [Circumstance!], $comparable: ComparableSentencesFilter!) {
  comparableSentences(filter: $comparable) {
    ...ComparableSentencesFields
  }
  dataVersion {
    ...DataVersionFields
  }
  applicablePenalty(
    citation: $citation
    offenceDate: $offenceDate
    judgmentDate: $judgmentDate
    finalDate: $finalDate
    circumstances: $circumstances
  ) {
    provision {
      citation
    }
    range {
      ...RangeFields
      fineMinEur
      fineMaxEur
      fineMode
      penaltySource {
        url
        document
        verification
        note
      }
      versionSource {
        url
        document
        verification
        note
      }
    }
    noVariantMatch
    lexMitiorApplied
    lexMitiorUndecided
    confidence
    candidates {
      citation
      validFrom
      validTo
      reason
      chosen
      range {
        minMonths
        maxMonths
        lifeImprisonment
      }
    }
    trace {
      step
      sentence
    }
  }
}
    fragment ComparableSentencesFields on SentenceDistribution {
  provision {
    citation
  }
  chain {
    id
    citation
  }
  n
  total
  sentenceUnknown
  unit
  suppressed
  note
  percentiles {
    p10
    p25
    p50
    p75
    p90
  }
  histogram {
    fromMonths
    toMonths
    label
    count
  }
  shares {
    imprisonment {
      ...SentenceShareFields
    }
    suspended {
      ...SentenceShareFields
    }
    fineOnly {
      ...SentenceShareFields
    }
    noPenalty {
      ...SentenceShareFields
    }
    belowMinimum {
      ...SentenceShareFields
    }
  }
  meanImprisonmentMonths
  meanSuspendedMonths
  meanFineOnlyEur
  undetermined
  unverified
  decisions
  appliedRanges {
    counts
    range {
      ...RangeFields
    }
  }
  countingRules
}
fragment SentenceShareFields on SentenceShare {
  count
  of
  share
  denominator
}
fragment DataVersionFields on DataVersion {
  citation
}
fragment RangeFields on PenaltyRange {
  citation
  validFrom
  validTo
  variant
  minMonths
  maxMonths
  lifeImprisonment
}`) as unknown as TypedDocumentString<PenaltyPageQuery, PenaltyPageQueryVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {
  search(query: $query, filter: $filter, first: $first) {
    estimatedTotal
    countsExact
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        kind
        title
        highlight
        score
        provision {
          citation
          heading {
            sq
            sr
            en
          }
        }
        decision {
          caseNumber
          date
          synthetic
          court {
            name {
              sq
              sr
              en
            }
          }
        }
      }
    }
    facets {
      kind {
        value
        label
        count
      }
      instrument {
        value
        label
        count
      }
      court {
        value
        label
        count
      }
      year {
        value
        label
        count
      }
      findingStatus {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;