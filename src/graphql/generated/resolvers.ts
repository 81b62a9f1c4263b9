import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { InstrumentEntity as InstrumentEntityMapper, ProvisionVersionEntity as ProvisionVersionEntityMapper, PenaltyEntity as PenaltyEntityMapper, MitigationRuleEntity as MitigationRuleEntityMapper } from '../../law/law.entity';
import { ProvisionAt as ProvisionAtMapper } from '../../law/law.service';
import { SourceRef as SourceRefMapper } from '../../law/law.model';
import { LocalizedTextModel as LocalizedTextModelMapper } from '../../shared/localized';
import { CourtEntity as CourtEntityMapper } from '../../courts/court.entity';
import { DecisionEntity as DecisionEntityMapper, DefendantEntity as DefendantEntityMapper, CountEntity as CountEntityMapper } from '../../cases/case.entity';
import { AppealLinkModel as AppealLinkModelMapper, DecisionPage as DecisionPageMapper, DecisionEdgeModel as DecisionEdgeModelMapper } from '../../cases/case.service';
import { FindingEntity as FindingEntityMapper } from '../../compliance/finding.entity';
import { FindingPage as FindingPageMapper, ComplianceBucketModel as ComplianceBucketModelMapper, ApplicablePenaltyModel as ApplicablePenaltyModelMapper } from '../../compliance/compliance.service';
import { ApplicableRange as ApplicableRangeMapper, CandidateLaw as CandidateLawMapper, TraceStep as TraceStepMapper } from '../../compliance/engine';
import { SentenceDistributionModel as SentenceDistributionModelMapper, AppliedRange as AppliedRangeMapper, DataVersionModel as DataVersionModelMapper } from '../../compliance/figures.service';
import { SearchHit as SearchHitMapper } from '../../search/search.model';
import { SearchPage as SearchPageMapper } from '../../search/search.service';
import { DecisionResultModel as DecisionResultModelMapper, DefendantResultModel as DefendantResultModelMapper, CountResultModel as CountResultModelMapper, VersionResultModel as VersionResultModelMapper, PenaltyResultModel as PenaltyResultModelMapper } from '../../editing/editing.write';
import { AuditRow as AuditRowMapper } from '../../editing/editing.repository';
import { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`. */
  Date: { input: string; output: string; }
  /** Any JSON value (used for machine-readable traces). */
  JSON: { input: unknown; output: unknown; }
};

/** A link between a decision and another one in the same case's appeal chain. */
export type AppealLink = {
  __typename?: 'AppealLink';
  decision: Decision;
  outcome?: Maybe<AppealOutcome>;
};

/** What a higher court did with the decision it reviewed. */
export type AppealOutcome =
  | 'AFFIRMS'
  /** Annulled the decision and sent the case back for a retrial (see `Decision.retrials`). */
  | 'ANNULS'
  | 'MODIFIES'
  | 'PARTIALLY_GRANTS'
  | 'REJECTS'
  | 'REVERSES';

/** The range that applies to an offence, and why. */
export type ApplicablePenalty = {
  __typename?: 'ApplicablePenalty';
  candidates: Array<CandidateLaw>;
  confidence: FindingConfidence;
  /** The trace's sentences as one paragraph. */
  explanation: Scalars['String']['output'];
  lexMitiorApplied: Scalars['Boolean']['output'];
  /** A later version might be more lenient, but a missing figure prevents the comparison. */
  lexMitiorUndecided: Scalars['Boolean']['output'];
  noVariantMatch: Scalars['Boolean']['output'];
  /** The provision the citation named. */
  provision: Provision;
  /** The applicable range; null when none could be determined (the trace says why). */
  range?: Maybe<PenaltyRange>;
  trace: Array<TraceStep>;
  variant?: Maybe<Scalars['String']['output']>;
};

/** A statutory range and how many of the counts it applied to. */
export type AppliedRange = {
  __typename?: 'AppliedRange';
  counts: Scalars['Int']['output'];
  range: PenaltyRange;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** One write, as the audit log keeps it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  /** The name of the API key that made the change. */
  actor: Scalars['String']['output'];
  after?: Maybe<Scalars['JSON']['output']>;
  at: Scalars['String']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Scalars['String']['output'];
};

/** A law version that could have applied. */
export type CandidateLaw = {
  __typename?: 'CandidateLaw';
  chosen: Scalars['Boolean']['output'];
  citation: Scalars['String']['output'];
  explanation: Scalars['String']['output'];
  noVariantMatch: Scalars['Boolean']['output'];
  range?: Maybe<PenaltyRange>;
  reason: CandidateReason;
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
};

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
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** Counts whose found circumstances include all of these. */
  circumstances?: InputMaybe<Array<Circumstance>>;
  /** Only the counts of decisions that no later decision held here reviews (the last word). Default false. */
  finalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decisions of these provenances. Default: OFFICIAL and REPORTED (SYNTHETIC examples only when asked for). */
  provenance?: InputMaybe<Array<Provenance>>;
  /**
   * Any citation of the succession chain (`CCK Art. 171`, `PCCK 139`, `neni 165 KPRK`): every provision of the chain
   * counts, each count against the law that applied to it.
   */
  provision: Scalars['String']['input'];
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

/** Compliance statistics of one group of findings. Key fields not grouped by are null. */
export type ComplianceBucket = {
  __typename?: 'ComplianceBucket';
  aboveMaximum: Scalars['Int']['output'];
  belowMinimum: Scalars['Int']['output'];
  compliant: Scalars['Int']['output'];
  /**
   * Findings below the minimum whose final finding (the last word after appeal or retrial) is not below it: the
   * sentence was raised on appeal, or set within the range at a retrial. A conviction that the case ends without is
   * not counted here, nor a finding whose last word cannot be told.
   */
  correctedOnAppeal: Scalars['Int']['output'];
  court?: Maybe<Court>;
  downgraded?: Maybe<Scalars['Boolean']['output']>;
  /** The findings behind this bucket. */
  findings: FindingConnection;
  judge?: Maybe<Scalars['String']['output']>;
  /** Median imprisonment to serve, in months, over findings that have one. */
  medianImposedMonths?: Maybe<Scalars['Float']['output']>;
  /** Median applicable minimum, in months, over findings that have one. */
  medianMinimumMonths?: Maybe<Scalars['Float']['output']>;
  provision?: Maybe<Provision>;
  /** belowMinimum / total. */
  shareBelowMinimum: Scalars['Float']['output'];
  stage?: Maybe<Stage>;
  status?: Maybe<FindingStatus>;
  total: Scalars['Int']['output'];
  undetermined: Scalars['Int']['output'];
  /** What `total` and the other counts count: convicted counts, each with its own finding. */
  unit: Scalars['String']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};


/** Compliance statistics of one group of findings. Key fields not grouped by are null. */
export type ComplianceBucketFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One charge against one defendant, with its verdict and sentence. */
export type Count = Node & {
  __typename?: 'Count';
  /** The citation as the source gives it. */
  chargedCitation?: Maybe<Scalars['String']['output']>;
  chargedProvision?: Maybe<Provision>;
  /** Circumstances the court found. */
  circumstances: Array<Circumstance>;
  convictedCitation?: Maybe<Scalars['String']['output']>;
  convictedProvision?: Maybe<Provision>;
  decision: Decision;
  defendant: Defendant;
  /** The compliance finding; null unless the count is a conviction. */
  finding?: Maybe<Finding>;
  fineEur?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Imprisonment imposed, in months (suspended or not). */
  imprisonmentMonths?: Maybe<Scalars['Float']['output']>;
  mitigationCited?: Maybe<Scalars['Boolean']['output']>;
  /** Redacted like every public text. */
  note?: Maybe<Scalars['String']['output']>;
  offenceDate?: Maybe<Scalars['Date']['output']>;
  /** Order of the count within its defendant. */
  sequence: Scalars['Int']['output'];
  suspended?: Maybe<Scalars['Boolean']['output']>;
  verdict?: Maybe<Verdict>;
};

export type CountInput = {
  chargedProvision?: InputMaybe<Scalars['String']['input']>;
  circumstances?: InputMaybe<Array<Circumstance>>;
  convictedProvision?: InputMaybe<Scalars['String']['input']>;
  fineEur?: InputMaybe<Scalars['Float']['input']>;
  imprisonmentMonths?: InputMaybe<Scalars['Float']['input']>;
  mitigationCited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Public: redacted against every name the decision protects before it is stored. */
  note?: InputMaybe<Scalars['String']['input']>;
  offenceDate?: InputMaybe<Scalars['Date']['input']>;
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
  verdict?: InputMaybe<Verdict>;
};

export type CountResult = {
  __typename?: 'CountResult';
  count?: Maybe<Count>;
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
};

export type Court = Node & {
  __typename?: 'Court';
  activeFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day plus one (exclusive); null while active. */
  activeTo?: Maybe<Scalars['Date']['output']>;
  /** Other spellings accepted wherever a court is named (diacritics and case do not matter). */
  aliases: Array<Scalars['String']['output']>;
  /** Stable slug, e.g. `basic-pristina`. */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  level: CourtLevel;
  name: LocalizedText;
  seat?: Maybe<Scalars['String']['output']>;
  source: Source;
  /** The court that took over its cases. */
  successor?: Maybe<Court>;
};

/** The level of a court in Kosovo's judicial system. */
export type CourtLevel =
  /** Court of Appeals (from 2013). */
  | 'APPEALS'
  /** Basic court (from 2013). */
  | 'BASIC'
  /** District court (before the 2013 reform). */
  | 'DISTRICT'
  /** Minor offences court (before the 2013 reform). */
  | 'MINOR_OFFENCES'
  /** Municipal court (before the 2013 reform). */
  | 'MUNICIPAL'
  | 'SPECIAL'
  | 'SUPREME';

/** The version of the data a figure comes from, to cite beside it. */
export type DataVersion = {
  __typename?: 'DataVersion';
  /** One line to paste under a figure: `Data: law revision …, findings version …, read …`. */
  citation: Scalars['String']['output'];
  /** Moves with every statement that writes findings or appeal links (and so with every change of counts and decisions). */
  findingsVersion: Scalars['String']['output'];
  /** Moves with every change to the law tables. */
  lawRevision: Scalars['String']['output'];
  /** When the database read them: UTC, to the second, e.g. `2026-12-07T10:15:00Z`. */
  readAt: Scalars['String']['output'];
};

/**
 * How sure we are of a day a version entered into force or ceased to apply. A verified day is its own interval
 * (`earliest` = `latest`); an unverified one carries the interval in which the true day must lie, from what the sources
 * say. A finding is weakened by such a day only when the day it turns on (the offence date, the end of the lex mitior
 * window) falls inside that interval.
 */
export type DateBoundary = {
  __typename?: 'DateBoundary';
  /** How sure we are of those bounds. */
  boundsVerification: VerificationStatus;
  /** The earliest the true day can be; null when the sources set no lower bound. */
  earliest?: Maybe<Scalars['Date']['output']>;
  /** The latest the true day can be; null when the sources set no upper bound. */
  latest?: Maybe<Scalars['Date']['output']>;
  source: Source;
  /** How sure we are of the day itself. */
  verification: VerificationStatus;
};

/** How precisely a decision's date is known. */
export type DatePrecision =
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January. */
  | 'YEAR';

/** A court decision in a trafficking or related case. Public fields hold redacted text only. */
export type Decision = Node & {
  __typename?: 'Decision';
  caseNumber: Scalars['String']['output'];
  /** Every count of every defendant. */
  counts: Array<Count>;
  court: Court;
  date: Scalars['Date']['output'];
  datePrecision: DatePrecision;
  decisionType: DecisionType;
  defendants: Array<Defendant>;
  /** Whether the decision is final; null when unknown. */
  final?: Maybe<Scalars['Boolean']['output']>;
  /** The day it became final, when known. */
  finalOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** Language of the text: `sq`, `sr` or `en`. */
  language?: Maybe<Scalars['String']['output']>;
  presidingJudge?: Maybe<Scalars['String']['output']>;
  /** Every name the decision has protected, with removals. Editors only. */
  protectedNameHistory: Array<ProtectedNameEntry>;
  /** Protected names (victims, minors, witnesses) the public fields are redacted against now. Editors only. */
  protectedNames: Array<Scalars['String']['output']>;
  provenance: Provenance;
  /** For a retrial: the decision that annulled and sent the case back, after which this retrial took place. */
  retrialAfter?: Maybe<Decision>;
  /** The retrials held after this decision annulled and sent the case back. */
  retrials: Array<Decision>;
  /** The lower decisions this decision reviewed. */
  reviewed: Array<AppealLink>;
  /** The higher decisions that reviewed this one. */
  reviewedBy: Array<AppealLink>;
  sourceNote?: Maybe<Scalars['String']['output']>;
  /** The source's address; only its site (or null) when the address named a protected person (see `sourceUrlWithheld`). */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** True when the source's address named a protected person, so that all or part of it is withheld. */
  sourceUrlWithheld: Scalars['Boolean']['output'];
  summary?: Maybe<Scalars['String']['output']>;
  /** True for made-up examples: never cite these. */
  synthetic: Scalars['Boolean']['output'];
  /** Redacted text of the decision. */
  text?: Maybe<Scalars['String']['output']>;
};

/** Decisions, newest first. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  edges: Array<DecisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  cursor: Scalars['String']['output'];
  node: Decision;
};

export type DecisionFilter = {
  /** A court by name or alias. */
  court?: InputMaybe<Scalars['String']['input']>;
  decisionType?: InputMaybe<DecisionType>;
  provenance?: InputMaybe<Provenance>;
  /** A provision by citation: decisions with a count charged or convicted under it or its sub-provisions. */
  provision?: InputMaybe<Scalars['String']['input']>;
  /** Decisions with at least one count of this verdict. */
  verdict?: InputMaybe<Verdict>;
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type DecisionInput = {
  caseNumber: Scalars['String']['input'];
  /** A court by name or alias. */
  court: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  datePrecision?: InputMaybe<DatePrecision>;
  decisionType: DecisionType;
  final?: InputMaybe<Scalars['Boolean']['input']>;
  finalOn?: InputMaybe<Scalars['Date']['input']>;
  /** `sq`, `sr` or `en`. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Redacted before it is stored, like every public text field. */
  presidingJudge?: InputMaybe<Scalars['String']['input']>;
  /**
   * Victims, minors and witnesses whose names must never appear, besides those the decision protects already: a name
   * is never removed by leaving it out (see `removeProtectedName`). Every public field of the decision, its counts'
   * notes included, is redacted against all of them. Give every form of a name you know (maiden name, nickname, the
   * Serbian and Albanian spellings), and check `previewRedaction` first. Editors only can read them back.
   */
  protectedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  provenance: Provenance;
  /** Redacted before it is stored. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  /**
   * Published whole unless it names a protected person: then only its site is published (or nothing, when the site's
   * own name does), and `Decision.sourceUrlWithheld` says so.
   */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Redacted before it is stored: every protected name is replaced. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Redacted before it is stored: every protected name is replaced. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type DecisionResult = {
  __typename?: 'DecisionResult';
  decision?: Maybe<Decision>;
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
};

/** The instance of a decision. */
export type DecisionType =
  | 'APPEAL'
  | 'FIRST_INSTANCE'
  | 'SUPREME';

/** A defendant, by initials or a code; never a name. */
export type Defendant = Node & {
  __typename?: 'Defendant';
  counts: Array<Count>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
};

export type DefendantResult = {
  __typename?: 'DefendantResult';
  defendant?: Maybe<Defendant>;
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  error?: Maybe<MutationError>;
  /** The id of what was deleted. */
  id?: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  /** A readable name: the court's or instrument's name; the value itself otherwise. */
  label: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** The compliance verdict on one convicted count, kept fresh whenever the count or the law changes. */
export type Finding = Node & {
  __typename?: 'Finding';
  applicableCitation?: Maybe<Scalars['String']['output']>;
  applicableProvision?: Maybe<Provision>;
  confidence: FindingConfidence;
  count: Count;
  decision: Decision;
  /** The trace's sentences as one paragraph, ready to quote. */
  explanation: Scalars['String']['output'];
  /** True when no later decision in the case (an appeal of it, or a retrial after it) reviews this count. */
  final: Scalars['Boolean']['output'];
  /**
   * The finding of the last decision in the case on the same defendant and count: itself when final; null when the
   * case ends without a conviction on it, or when the last word cannot be told (`finalNote` says which).
   */
  finalFinding?: Maybe<Finding>;
  /** How the last word was found, decision by decision, or why it cannot be told. */
  finalNote: Scalars['String']['output'];
  /** The count's id. */
  id: Scalars['ID']['output'];
  /** Imprisonment to serve, in months (0 when suspended or fine only). */
  imposedMonths?: Maybe<Scalars['Float']['output']>;
  maximumMonths?: Maybe<Scalars['Int']['output']>;
  minimumMonths?: Maybe<Scalars['Int']['output']>;
  reasons: Array<FindingReason>;
  /** Months the served imprisonment falls short of the minimum (BELOW_MINIMUM only). */
  shortfallMonths?: Maybe<Scalars['Float']['output']>;
  /** The stage of the decision this finding is on. */
  stage: Stage;
  status: FindingStatus;
  trace: Array<TraceStep>;
};

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

/** Findings, newest decision first. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

export type FindingFilter = {
  confidence?: InputMaybe<FindingConfidence>;
  /** A court by name or alias. */
  court?: InputMaybe<Scalars['String']['input']>;
  /** Only the last word on each count: findings whose decision no later decision (appeal or retrial) follows. */
  finalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only decisions of these provenances (e.g. leave out SYNTHETIC). */
  provenance?: InputMaybe<Array<Provenance>>;
  /** A provision by citation (its article when a paragraph is cited). */
  provision?: InputMaybe<Scalars['String']['input']>;
  /** Findings that carry all of these reasons. */
  reasons?: InputMaybe<Array<FindingReason>>;
  /** Only findings on decisions of these stages. */
  stage?: InputMaybe<Array<Stage>>;
  status?: InputMaybe<FindingStatus>;
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
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

export type Health = {
  __typename?: 'Health';
  /** Whether the database answered a trivial query just now (within 2 s). */
  databaseReachable: Scalars['Boolean']['output'];
  /** False while the database cannot be reached: other queries then fail with SERVICE_UNAVAILABLE (HTTP 503). */
  ok: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** A problem with one input field, that the user can fix. */
export type InputError = {
  __typename?: 'InputError';
  /** The input field, as a path: `counts.0.imprisonmentMonths`. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A legal act: a regulation, a code or a law. */
export type Instrument = Node & {
  __typename?: 'Instrument';
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  /** Names and abbreviations that cite this instrument, in the three languages. */
  citationAliases: Array<Scalars['String']['output']>;
  /** Source and certainty of the dates above. */
  datesSource: Source;
  /** ELI-like stable id, e.g. `unmik-reg/2001/4`. */
  id: Scalars['ID']['output'];
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  kind: InstrumentKind;
  /** How far below a minimum a court may go when it cites mitigating grounds (general part of the code). */
  mitigationRules: Array<MitigationRule>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Top-level provisions, in numeric order. */
  provisions: Array<Provision>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  repealedOn?: Maybe<Scalars['Date']['output']>;
  /** The abbreviation citations use, e.g. `PCCK`. */
  shortName: Scalars['String']['output'];
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** Official symbol or number, e.g. `UNMIK/REG/2001/4`, `04/L-082`. */
  symbol?: Maybe<Scalars['String']['output']>;
  title: LocalizedText;
};

/** The kind of a legal act. */
export type InstrumentKind =
  | 'CODE'
  | 'LAW'
  | 'REGULATION';

/** Text in the three languages of Kosovo's legal order; a language with no text is null. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English. */
  en?: Maybe<Scalars['String']['output']>;
  /** Albanian. */
  sq?: Maybe<Scalars['String']['output']>;
  /** Serbian (Latin script). */
  sr?: Maybe<Scalars['String']['output']>;
};

/** A tier of the general part's mitigation limits. */
export type MitigationRule = {
  __typename?: 'MitigationRule';
  description: Scalars['String']['output'];
  fineSubstitutionAllowed?: Maybe<Scalars['Boolean']['output']>;
  /** Lowest term a court may impose with mitigating grounds; null when unknown. */
  floorMonths?: Maybe<Scalars['Int']['output']>;
  source: Source;
  /** Applies when the statutory minimum is at least this many months. */
  statutoryMinimumFromMonths: Scalars['Int']['output'];
};

/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  addCount: CountResult;
  addDefendant: DefendantResult;
  /**
   * Adds a version of a provision: the version in force until then is closed on its validFrom; history is never
   * overwritten. Findings that depend on the provision are recomputed in the same transaction.
   */
  addProvisionVersion: ProvisionVersionResult;
  createDecision: DecisionResult;
  deleteCount: DeleteResult;
  deleteDecision: DeleteResult;
  deleteDefendant: DeleteResult;
  /**
   * Ends the protection of one of a decision's names (admins only; the reason is required and kept). Texts stored
   * before stay redacted; later writes are no longer redacted against the name. The name stays in
   * `protectedNameHistory`.
   */
  removeProtectedName: DecisionResult;
  /** Sets a penalty's verification status, with the source that verifies it. */
  setPenaltyVerification: PenaltyResult;
  updateCount: CountResult;
  updateDecision: DecisionResult;
  updateDefendant: DefendantResult;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddCountArgs = {
  defendantId: Scalars['ID']['input'];
  input: CountInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddDefendantArgs = {
  decisionId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddProvisionVersionArgs = {
  citation: Scalars['String']['input'];
  input: ProvisionVersionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationCreateDecisionArgs = {
  input: DecisionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteCountArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteDecisionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteDefendantArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationRemoveProtectedNameArgs = {
  decisionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationSetPenaltyVerificationArgs = {
  penaltyId: Scalars['ID']['input'];
  source: SourceInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateCountArgs = {
  id: Scalars['ID']['input'];
  input: CountInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateDecisionArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateDefendantArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};

/** Why a write was refused; nothing was changed. */
export type MutationError = {
  __typename?: 'MutationError';
  inputErrors: Array<InputError>;
  message: Scalars['String']['output'];
};

/** An object with a stable id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Whether the penalty is for a criminal offence or a minor (misdemeanour) offence. */
export type OffenceClass =
  | 'CRIMINAL_OFFENCE'
  | 'MINOR_OFFENCE';

/** Relay-style pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A sentencing range of a provision version, for its basic form or an aggravated variant. */
export type Penalty = Node & {
  __typename?: 'Penalty';
  /** Circumstances that must all be found for this variant. */
  circumstances: Array<Circumstance>;
  fineMaxEur?: Maybe<Scalars['Float']['output']>;
  fineMinEur?: Maybe<Scalars['Float']['output']>;
  fineMode: FineMode;
  /** Further sources that give the same figures (a court quoting the code, a second report). */
  furtherSources: Array<Source>;
  id: Scalars['ID']['output'];
  /** Null when no source gives it. */
  imprisonmentMaxMonths?: Maybe<Scalars['Int']['output']>;
  /** Null when no source gives it. */
  imprisonmentMinMonths?: Maybe<Scalars['Int']['output']>;
  lifeImprisonment: Scalars['Boolean']['output'];
  offenceClass: OffenceClass;
  source: Source;
  /** `BASIC`, or the aggravated form's name. */
  variant: Scalars['String']['output'];
};

export type PenaltyInput = {
  circumstances?: InputMaybe<Array<Circumstance>>;
  fineMaxEur?: InputMaybe<Scalars['Float']['input']>;
  fineMinEur?: InputMaybe<Scalars['Float']['input']>;
  fineMode: FineMode;
  imprisonmentMaxMonths?: InputMaybe<Scalars['Int']['input']>;
  imprisonmentMinMonths?: InputMaybe<Scalars['Int']['input']>;
  lifeImprisonment?: InputMaybe<Scalars['Boolean']['input']>;
  offenceClass: OffenceClass;
  source: SourceInput;
  variant: Scalars['String']['input'];
};

/** A statutory range: one penalty variant of one provision version. */
export type PenaltyRange = {
  __typename?: 'PenaltyRange';
  circumstances: Array<Circumstance>;
  /** e.g. `PCCK Art. 139`. */
  citation: Scalars['String']['output'];
  fineMaxEur?: Maybe<Scalars['Float']['output']>;
  fineMinEur?: Maybe<Scalars['Float']['output']>;
  fineMode: FineMode;
  lifeImprisonment: Scalars['Boolean']['output'];
  maxMonths?: Maybe<Scalars['Int']['output']>;
  minMonths?: Maybe<Scalars['Int']['output']>;
  offenceClass: OffenceClass;
  /** Source of the penalty figures. */
  penaltySource: Source;
  provision: Provision;
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
  variant: Scalars['String']['output'];
  /** Source of the version's text and dates. */
  versionSource: Source;
};

export type PenaltyResult = {
  __typename?: 'PenaltyResult';
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
  penalty?: Maybe<Penalty>;
};

/** A name a decision protects or protected: a name is never forgotten, only removed by an admin, with a reason. */
export type ProtectedNameEntry = {
  __typename?: 'ProtectedNameEntry';
  addedAt: Scalars['String']['output'];
  name: Scalars['String']['output'];
  removalReason?: Maybe<Scalars['String']['output']>;
  /** When its protection was removed; null while it is protected. */
  removedAt?: Maybe<Scalars['String']['output']>;
  /** The key that removed it. */
  removedBy?: Maybe<Scalars['String']['output']>;
};

/** Where a decision record comes from. */
export type Provenance =
  /** From the official text of the decision. */
  | 'OFFICIAL'
  /** Reported in a named public source (press, NGO, government report); see `sourceUrl`. */
  | 'REPORTED'
  /** A made-up example for demonstration and tests. Never evidence. */
  | 'SYNTHETIC';

/** An article, section or paragraph of an instrument. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** The date this provision was looked up for (the query's `asOf`; today when none was given). */
  asOf: Scalars['Date']['output'];
  children: Array<Provision>;
  /** Canonical citation, e.g. `CCK Art. 171(1)`. */
  citation: Scalars['String']['output'];
  /**
   * How the citation asked for was read, where not exactly as written: a paragraph not held on its own (its article
   * is given instead), an instrument inferred from the number, or one chosen among codes of the same title. Null when
   * the citation was read as written, or the provision was not looked up by citation.
   */
  citationNote?: Maybe<Scalars['String']['output']>;
  /** Decisions with a count charged or convicted under this provision or its sub-provisions, newest first. `first` is at most 100. */
  decisions: DecisionConnection;
  /** The provision's text in force on `asOf` with the texts of its sub-provisions, in order; null when not held. */
  fullText?: Maybe<Scalars['String']['output']>;
  /**
   * Why `fullText` is null in that language: no version in force on `asOf`, the text held only in other languages,
   * or not held in this service at all. Null when the text is given.
   */
  fullTextNote?: Maybe<Scalars['String']['output']>;
  heading: LocalizedText;
  id: Scalars['ID']['output'];
  /** The version in force on `asOf`; null when none was. */
  inForce?: Maybe<ProvisionVersion>;
  /**
   * Says whether and since when a version was in force on `asOf`, or why none was; for a provision that had ceased
   * to apply, what replaced it, and for one not yet in force, what it replaced.
   */
  inForceNote: Scalars['String']['output'];
  instrument: Instrument;
  kind: ProvisionKind;
  /** Readable label, e.g. `Art. 171(1)` or `s. 2.1`. */
  label: Scalars['String']['output'];
  /** Normalised number: `171.1` is Art. 171(1). */
  number: Scalars['String']['output'];
  parent?: Maybe<Provision>;
  /** Provisions this one replaced (e.g. PCCK Art. 139 for CCK Art. 171). */
  predecessors: Array<Provision>;
  /**
   * The whole succession chain, oldest first: every provision linked to this one by succession at any distance
   * (e.g. Reg 2001/4 s.2 → PCCK Art. 139 → CCK Art. 171 → CC Art. 165), this one (or the article that carries its
   * penalties) included; only that one when no succession is recorded.
   */
  successionChain: Array<Provision>;
  /** Provisions that replaced this one. */
  successors: Array<Provision>;
  /** Every version, oldest first. */
  versions: Array<ProvisionVersion>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionFullTextArgs = {
  language?: InputMaybe<TextLanguage>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionFullTextNoteArgs = {
  language?: InputMaybe<TextLanguage>;
};

export type ProvisionFilter = {
  /** Only provisions with a version in force on this day. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only provisions of this instrument (id). */
  instrument?: InputMaybe<Scalars['ID']['input']>;
  /** Only top-level provisions (articles, sections). */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The kind of a numbered unit of a legal act. */
export type ProvisionKind =
  | 'ARTICLE'
  | 'PARAGRAPH'
  | 'SECTION'
  | 'SUBPARAGRAPH';

/** A provision's text and penalties as they stood over a period. */
export type ProvisionVersion = Node & {
  __typename?: 'ProvisionVersion';
  id: Scalars['ID']['output'];
  penalties: Array<Penalty>;
  /** Source and certainty of the text and the dates. */
  source: Source;
  text: LocalizedText;
  /** In force from this day (inclusive). */
  validFrom: Scalars['Date']['output'];
  /** How sure we are of `validFrom`: verified, or the interval in which the true day must lie. */
  validFromBoundary: DateBoundary;
  /** In force until this day (exclusive); null while still in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** How sure we are of `validTo`; null while the version is in force. */
  validToBoundary?: Maybe<DateBoundary>;
};

export type ProvisionVersionInput = {
  penalties: Array<PenaltyInput>;
  source: SourceInput;
  textEn?: InputMaybe<Scalars['String']['input']>;
  textSq?: InputMaybe<Scalars['String']['input']>;
  textSr?: InputMaybe<Scalars['String']['input']>;
  /** The day the new version enters into force; the version in force until then ends that day (validTo is exclusive). */
  validFrom: Scalars['Date']['input'];
};

export type ProvisionVersionResult = {
  __typename?: 'ProvisionVersionResult';
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
  version?: Maybe<ProvisionVersion>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * The range that applies to an offence committed on `offenceDate` and judged on `judgmentDate` (default today),
   * with the circumstances found: the law of the offence date, or a later more lenient law (lex mitior).
   */
  applicablePenalty: ApplicablePenalty;
  /** Every write, newest first (admins only). */
  auditLog: AuditConnection;
  /**
   * The distribution of sentences of convicted counts under a provision's succession chain (months of imprisonment to
   * serve, kinds of sentence, findings below the minimum), beside the statutory ranges that applied.
   */
  comparableSentences: SentenceDistribution;
  /** Findings grouped by the given dimensions (none: one bucket of everything). */
  complianceStats: Array<ComplianceBucket>;
  /** A court by any of its names or aliases, in any of the three languages. */
  court?: Maybe<Court>;
  /** Every court, before and after the 2013 reform. */
  courts: Array<Court>;
  /** The law revision, the findings' version and the time: cite them with any figure. */
  dataVersion: DataVersion;
  /** A decision by id, or by case number (with the court when the number is not unique). */
  decision?: Maybe<Decision>;
  /** Decisions matching the filter, newest first. `first` is at most 100. */
  decisions: DecisionConnection;
  /** Whether the service can answer now: its version and whether its database answers. */
  health: Health;
  instrument?: Maybe<Instrument>;
  instruments: Array<Instrument>;
  /**
   * What the public would see of a decision's fields before they are saved, with each redaction marked and explained
   * (editors only; nothing is stored). With `decisionId`, the decision's protected names are used too, as
   * `updateDecision` would.
   */
  previewRedaction: RedactionPreviewResult;
  /**
   * A provision by citation, in English, Albanian or Serbian: "CCK Art. 171(1)", "neni 171 KPRK", "čl. 171 KZRK",
   * "UNMIK Reg 2001/4 s 2.1", "PCCK 139". `asOf` selects the version in force on that day (default today). An
   * unreadable citation is a BAD_USER_INPUT error; a well-formed citation of a provision we do not hold is NOT_FOUND.
   */
  provision?: Maybe<Provision>;
  provisions: Array<Provision>;
  /**
   * Provisions and decisions together, in Albanian, Serbian (Latin or Cyrillic) or English: diacritics and script do
   * not matter, synonyms across the three languages and typos in longer words are forgiven, and the last word is
   * matched as a prefix. A query that is a citation ("neni 171", "Art. 171 CCK") puts that provision first.
   * `first` is at most 100.
   */
  search: SearchConnection;
  searchHealth: SearchHealth;
  /** Findings matching the filter, newest decision first. `first` is at most 100. */
  sentencingFindings: FindingConnection;
};


export type QueryApplicablePenaltyArgs = {
  circumstances?: InputMaybe<Array<Circumstance>>;
  citation: Scalars['String']['input'];
  finalDate?: InputMaybe<Scalars['Date']['input']>;
  judgmentDate?: InputMaybe<Scalars['Date']['input']>;
  offenceDate: Scalars['Date']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComparableSentencesArgs = {
  filter: ComparableSentencesFilter;
};


export type QueryComplianceStatsArgs = {
  filter?: InputMaybe<FindingFilter>;
  groupBy: Array<StatsDimension>;
};


export type QueryCourtArgs = {
  name: Scalars['String']['input'];
};


export type QueryDecisionArgs = {
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  court?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPreviewRedactionArgs = {
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  input: RedactionPreviewInput;
};


export type QueryProvisionArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  citation: Scalars['String']['input'];
};


export type QueryProvisionsArgs = {
  filter?: InputMaybe<ProvisionFilter>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySentencingFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RedactedTextPreview = {
  __typename?: 'RedactedTextPreview';
  /** Exactly what the public will see. */
  public: Scalars['String']['output'];
  /** The text as entered, in order, each redacted stretch marked. */
  segments: Array<RedactionSegment>;
};

export type RedactedUrlPreview = {
  __typename?: 'RedactedUrlPreview';
  /** What the public will see: the address, its site only, or null. */
  public?: Maybe<Scalars['String']['output']>;
  segments: Array<RedactionSegment>;
  /** True when the address named a protected person. */
  withheld: Scalars['Boolean']['output'];
};

export type RedactionPreview = {
  __typename?: 'RedactionPreview';
  countNotes: Array<RedactedTextPreview>;
  presidingJudge?: Maybe<RedactedTextPreview>;
  /** Every name the fields were redacted against: the decision's and those given. */
  protectedNames: Array<Scalars['String']['output']>;
  /** How many stretches are redacted in all the fields. */
  redactions: Scalars['Int']['output'];
  sourceNote?: Maybe<RedactedTextPreview>;
  sourceUrl?: Maybe<RedactedUrlPreview>;
  summary?: Maybe<RedactedTextPreview>;
  text?: Maybe<RedactedTextPreview>;
};

/** The public fields of a decision as an editor would enter them, for `previewRedaction`. */
export type RedactionPreviewInput = {
  countNotes?: InputMaybe<Array<Scalars['String']['input']>>;
  presidingJudge?: InputMaybe<Scalars['String']['input']>;
  /** Names to redact, besides those of the decision (when one is given). */
  protectedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type RedactionPreviewResult = {
  __typename?: 'RedactionPreviewResult';
  error?: Maybe<MutationError>;
  ok: Scalars['Boolean']['output'];
  preview?: Maybe<RedactionPreview>;
};

/** How a redacted stretch was found to be a protected name. */
export type RedactionReason =
  /** Initials of the name's parts (A.K., М.П.). */
  | 'INITIALS'
  /** Parts written together (ArditaKrasniqi, akrasniqi@...). */
  | 'JOINED'
  /** The name or one of its parts, in any case, script, spelling or case ending (Krasniqit, Petrovićeva). */
  | 'NAME'
  /** A near spelling or another transliteration (Krasniqe, Petrovitch, Mariya). */
  | 'NEAR_SPELLING'
  /** Letters spaced out (A r d i t a). */
  | 'SPACED_LETTERS'
  /** A word split by a line-end hyphen, a line break or a space (Kras-⏎niqi). */
  | 'SPLIT_WORD';

/** A stretch of a text as entered: kept, or redacted. */
export type RedactionSegment = {
  __typename?: 'RedactionSegment';
  /** The protected names it is a form of. */
  names: Array<Scalars['String']['output']>;
  reason?: Maybe<RedactionReason>;
  redacted: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  /**
   * True when `estimatedTotal` and every facet count count each matching document. False when they are estimates:
   * the PostgreSQL engine counts a query matching more than about 2,000 documents on a uniform sample of the index
   * and scales the counts up (a value rare among the matches may then be missing from a facet); Meilisearch estimates
   * its total.
   */
  countsExact: Scalars['Boolean']['output'];
  edges: Array<SearchEdge>;
  /** The engine that answered: `postgres` or `meilisearch`. */
  engine: Scalars['String']['output'];
  /** An estimate of the number of matching documents. */
  estimatedTotal: Scalars['Int']['output'];
  facets: SearchFacets;
  pageInfo: PageInfo;
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** Counts of the matching documents by kind, instrument, court, year and finding status. */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  court: Array<FacetValue>;
  findingStatus: Array<FacetValue>;
  instrument: Array<FacetValue>;
  kind: Array<FacetValue>;
  year: Array<FacetValue>;
};

export type SearchFilter = {
  /** Only decisions of this court (a name or alias in any language), as every other filter names it. */
  court?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only decisions of these courts (names or aliases).
   * @deprecated Use `court`, as the other filters do; `courts` is accepted until 2027-06.
   */
  courts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only decisions with a finding of one of these statuses. */
  findingStatuses?: InputMaybe<Array<FindingStatus>>;
  /** Only provisions of these instruments (ids, e.g. `ks-law/04-L-082`). */
  instruments?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds of hit. */
  kinds?: InputMaybe<Array<SearchHitKind>>;
  /** Only decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
};

export type SearchHealth = {
  __typename?: 'SearchHealth';
  /** The engine that serves search. */
  engine: Scalars['String']['output'];
  /** Every index with documents waiting (an index in step is not listed). */
  lag: Array<SearchIndexLag>;
};

/** A provision or a decision that matches the query. */
export type SearchHit = {
  __typename?: 'SearchHit';
  decision?: Maybe<Decision>;
  /** A fragment of the matching text, HTML-escaped, with matches in <mark>…</mark>; null when none. */
  highlight?: Maybe<Scalars['String']['output']>;
  /** The document id: `provision-<id>` or `decision-<id>`. */
  id: Scalars['ID']['output'];
  kind: SearchHitKind;
  provision?: Maybe<Provision>;
  /** The engine's relevance score; null for a provision ranked first because the query cites it. */
  score?: Maybe<Scalars['Float']['output']>;
  title: Scalars['String']['output'];
};

/** What a search hit is. */
export type SearchHitKind =
  | 'DECISION'
  | 'PROVISION';

/** How far an index lags behind the database. */
export type SearchIndexLag = {
  __typename?: 'SearchIndexLag';
  /** Of those, documents the index has refused at least once (retried with backoff). */
  failing: Scalars['Int']['output'];
  /** Age of the oldest waiting document, in seconds; null when none waits. */
  oldestPendingSeconds?: Maybe<Scalars['Float']['output']>;
  /** Documents waiting to be delivered. */
  pending: Scalars['Int']['output'];
  /** `postgres` or `meilisearch`. */
  target: Scalars['String']['output'];
};

/**
 * A band of months served: the counts with `fromMonths` ≤ months < `toMonths` (no upper bound when `toMonths` is
 * null). The first band, "none served", holds 0 months exactly (`fromMonths` = `toMonths` = 0).
 */
export type SentenceBand = {
  __typename?: 'SentenceBand';
  count: Scalars['Int']['output'];
  fromMonths: Scalars['Int']['output'];
  /** e.g. `2 to under 3 years`. */
  label: Scalars['String']['output'];
  toMonths?: Maybe<Scalars['Int']['output']>;
};

/**
 * The sentences of comparable convicted counts, beside the statutory ranges that applied to them. Every figure counts
 * convicted counts (see `unit` and `countingRules`).
 */
export type SentenceDistribution = {
  __typename?: 'SentenceDistribution';
  /** The same ranges, each with how many counts it applied to. */
  appliedRanges: Array<AppliedRange>;
  /** The provisions counted: its succession chain, oldest first. */
  chain: Array<Provision>;
  /** How suspended terms, fines, life imprisonment, stages and provenance are counted, as sentences to quote. */
  countingRules: Array<Scalars['String']['output']>;
  /** How many decisions the counts come from (many counts of one case are not many cases). */
  decisions: Scalars['Int']['output'];
  /** The counts behind these figures, newest decision first. `first` is at most 100. */
  findings: FindingConnection;
  /** Counts by months served, in fixed bands (the same for every provision). */
  histogram: Array<SentenceBand>;
  /** Mean fine, in euros, over the counts with a fine alone; null when none. */
  meanFineOnlyEur?: Maybe<Scalars['Float']['output']>;
  /** Mean months to serve over the counts with imprisonment to serve; null when none. */
  meanImprisonmentMonths?: Maybe<Scalars['Float']['output']>;
  /** Mean suspended term, in months, over the counts with a suspended term; null when none. */
  meanSuspendedMonths?: Maybe<Scalars['Float']['output']>;
  /** Counts whose months to serve are known: the base of the percentiles, the bands and the kinds' shares. */
  n: Scalars['Int']['output'];
  /** Why figures are withheld or need care; null when there is nothing to say. */
  note?: Maybe<Scalars['String']['output']>;
  /** How the percentiles are computed. */
  percentileMethod: Scalars['String']['output'];
  /** Months of imprisonment to serve; null when suppressed. */
  percentiles?: Maybe<SentencePercentiles>;
  /** The provision the filter's citation named. */
  provision: Provision;
  /** The statutory ranges that applied to these counts, oldest law first. */
  ranges: Array<PenaltyRange>;
  /** Counts left out of `n`: no sentence recorded, or a term whose suspension is not recorded. */
  sentenceUnknown: Scalars['Int']['output'];
  shares: SentenceShares;
  /** True when `n` is below 5: the percentiles are withheld (null) and `note` says so. */
  suppressed: Scalars['Boolean']['output'];
  /** Convicted counts matched, whatever is known of their sentence. */
  total: Scalars['Int']['output'];
  /** Findings that could not be determined (missing law or sentence data); left out of the share below the minimum. */
  undetermined: Scalars['Int']['output'];
  /** What is counted, and in what unit. */
  unit: Scalars['String']['output'];
  /** Findings that rest on unverified law (confidence UNVERIFIED): check before citing. */
  unverified: Scalars['Int']['output'];
};


/**
 * The sentences of comparable convicted counts, beside the statutory ranges that applied to them. Every figure counts
 * convicted counts (see `unit` and `countingRules`).
 */
export type SentenceDistributionFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Percentiles of the months of imprisonment to serve (see `percentileMethod`). */
export type SentencePercentiles = {
  __typename?: 'SentencePercentiles';
  p10: Scalars['Float']['output'];
  p25: Scalars['Float']['output'];
  p50: Scalars['Float']['output'];
  p75: Scalars['Float']['output'];
  p90: Scalars['Float']['output'];
};

/** A part of a whole: `count` out of `of`, and what `of` counts. */
export type SentenceShare = {
  __typename?: 'SentenceShare';
  count: Scalars['Int']['output'];
  /** What the denominator counts. */
  denominator: Scalars['String']['output'];
  of: Scalars['Int']['output'];
  /** `count / of`; null when `of` is 0. */
  share?: Maybe<Scalars['Float']['output']>;
};

/**
 * The kinds of sentence, each counted once: imprisonment to serve first, then a suspended term, then a fine alone.
 * Shares of kinds are of `n`; the share below the minimum is of the findings determined.
 */
export type SentenceShares = {
  __typename?: 'SentenceShares';
  /** Findings below the statutory minimum that applied, of the findings determined. */
  belowMinimum: SentenceShare;
  /** A fine and no imprisonment. */
  fineOnly: SentenceShare;
  /** A term of imprisonment to serve (a fine may come with it). */
  imprisonment: SentenceShare;
  /** Neither imprisonment to serve, nor a suspended term, nor a fine. */
  noPenalty: SentenceShare;
  /** A suspended term and nothing to serve (a fine may come with it). */
  suspended: SentenceShare;
};

/** Where a figure, text or date comes from. */
export type Source = {
  __typename?: 'Source';
  /** A document held with the project's sources (its file name), when there is no URL. */
  document?: Maybe<Scalars['String']['output']>;
  /** Where that document can be read on this service (`/sources/<file>`); null when there is none. */
  documentUrl?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
  verification: VerificationStatus;
};

export type SourceInput = {
  document?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  verification: VerificationStatus;
};

/** The stage of the proceedings a decision belongs to. */
export type Stage =
  | 'APPEAL'
  | 'FIRST_INSTANCE'
  | 'SUPREME';

/** A dimension to group compliance statistics by. */
export type StatsDimension =
  | 'COURT'
  /** Whether the count was convicted under a lesser provision than the one charged (reason CHARGE_DOWNGRADED). */
  | 'DOWNGRADED'
  /** The presiding judge, where recorded (null groups the findings without one). */
  | 'JUDGE'
  /** The convicted provision. */
  | 'PROVISION'
  /** The stage of the decision: first instance, appeal or supreme. */
  | 'STAGE'
  | 'STATUS'
  /** The decision's year. */
  | 'YEAR';

/** A language of a text. */
export type TextLanguage =
  | 'EN'
  | 'SQ'
  | 'SR';

/** One step of a reasoned trace: a sentence a monitor can quote, and the same facts as data. */
export type TraceStep = {
  __typename?: 'TraceStep';
  data: Scalars['JSON']['output'];
  sentence: Scalars['String']['output'];
  step: Scalars['String']['output'];
};

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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Node:
    | ( CountEntityMapper )
    | ( CourtEntityMapper )
    | ( DecisionEntityMapper )
    | ( DefendantEntityMapper )
    | ( FindingEntityMapper )
    | ( InstrumentEntityMapper )
    | ( PenaltyEntityMapper )
    | ( ProvisionAtMapper )
    | ( ProvisionVersionEntityMapper )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppealLink: ResolverTypeWrapper<AppealLinkModelMapper>;
  AppealOutcome: AppealOutcome;
  ApplicablePenalty: ResolverTypeWrapper<ApplicablePenaltyModelMapper>;
  AppliedRange: ResolverTypeWrapper<AppliedRangeMapper>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntry: ResolverTypeWrapper<AuditRowMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CandidateLaw: ResolverTypeWrapper<CandidateLawMapper>;
  CandidateReason: CandidateReason;
  Circumstance: Circumstance;
  ComparableSentencesFilter: ComparableSentencesFilter;
  ComplianceBucket: ResolverTypeWrapper<ComplianceBucketModelMapper>;
  Count: ResolverTypeWrapper<CountEntityMapper>;
  CountInput: CountInput;
  CountResult: ResolverTypeWrapper<CountResultModelMapper>;
  Court: ResolverTypeWrapper<CourtEntityMapper>;
  CourtLevel: CourtLevel;
  DataVersion: ResolverTypeWrapper<DataVersionModelMapper>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateBoundary: ResolverTypeWrapper<Omit<DateBoundary, 'source'> & { source: ResolversTypes['Source'] }>;
  DatePrecision: DatePrecision;
  Decision: ResolverTypeWrapper<DecisionEntityMapper>;
  DecisionConnection: ResolverTypeWrapper<DecisionPageMapper>;
  DecisionEdge: ResolverTypeWrapper<DecisionEdgeModelMapper>;
  DecisionFilter: DecisionFilter;
  DecisionInput: DecisionInput;
  DecisionResult: ResolverTypeWrapper<DecisionResultModelMapper>;
  DecisionType: DecisionType;
  Defendant: ResolverTypeWrapper<DefendantEntityMapper>;
  DefendantResult: ResolverTypeWrapper<DefendantResultModelMapper>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  Finding: ResolverTypeWrapper<FindingEntityMapper>;
  FindingConfidence: FindingConfidence;
  FindingConnection: ResolverTypeWrapper<FindingPageMapper>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  FindingReason: FindingReason;
  FindingStatus: FindingStatus;
  FineMode: FineMode;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  InputError: ResolverTypeWrapper<InputError>;
  Instrument: ResolverTypeWrapper<InstrumentEntityMapper>;
  InstrumentKind: InstrumentKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedTextModelMapper>;
  MitigationRule: ResolverTypeWrapper<MitigationRuleEntityMapper>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MutationError: ResolverTypeWrapper<MutationError>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OffenceClass: OffenceClass;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Penalty: ResolverTypeWrapper<PenaltyEntityMapper>;
  PenaltyInput: PenaltyInput;
  PenaltyRange: ResolverTypeWrapper<ApplicableRangeMapper>;
  PenaltyResult: ResolverTypeWrapper<PenaltyResultModelMapper>;
  ProtectedNameEntry: ResolverTypeWrapper<ProtectedNameEntry>;
  Provenance: Provenance;
  Provision: ResolverTypeWrapper<ProvisionAtMapper>;
  ProvisionFilter: ProvisionFilter;
  ProvisionKind: ProvisionKind;
  ProvisionVersion: ResolverTypeWrapper<ProvisionVersionEntityMapper>;
  ProvisionVersionInput: ProvisionVersionInput;
  ProvisionVersionResult: ResolverTypeWrapper<VersionResultModelMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RedactedTextPreview: ResolverTypeWrapper<RedactedTextPreview>;
  RedactedUrlPreview: ResolverTypeWrapper<RedactedUrlPreview>;
  RedactionPreview: ResolverTypeWrapper<RedactionPreview>;
  RedactionPreviewInput: RedactionPreviewInput;
  RedactionPreviewResult: ResolverTypeWrapper<RedactionPreviewResult>;
  RedactionReason: RedactionReason;
  RedactionSegment: ResolverTypeWrapper<RedactionSegment>;
  SearchConnection: ResolverTypeWrapper<SearchPageMapper>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchFilter: SearchFilter;
  SearchHealth: ResolverTypeWrapper<SearchHealth>;
  SearchHit: ResolverTypeWrapper<SearchHitMapper>;
  SearchHitKind: SearchHitKind;
  SearchIndexLag: ResolverTypeWrapper<SearchIndexLag>;
  SentenceBand: ResolverTypeWrapper<SentenceBand>;
  SentenceDistribution: ResolverTypeWrapper<SentenceDistributionModelMapper>;
  SentencePercentiles: ResolverTypeWrapper<SentencePercentiles>;
  SentenceShare: ResolverTypeWrapper<SentenceShare>;
  SentenceShares: ResolverTypeWrapper<SentenceShares>;
  Source: ResolverTypeWrapper<SourceRefMapper>;
  SourceInput: SourceInput;
  Stage: Stage;
  StatsDimension: StatsDimension;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TextLanguage: TextLanguage;
  TraceStep: ResolverTypeWrapper<TraceStepMapper>;
  Verdict: Verdict;
  VerificationStatus: VerificationStatus;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealLink: AppealLinkModelMapper;
  ApplicablePenalty: ApplicablePenaltyModelMapper;
  AppliedRange: AppliedRangeMapper;
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntry: AuditRowMapper;
  Boolean: Scalars['Boolean']['output'];
  CandidateLaw: CandidateLawMapper;
  ComparableSentencesFilter: ComparableSentencesFilter;
  ComplianceBucket: ComplianceBucketModelMapper;
  Count: CountEntityMapper;
  CountInput: CountInput;
  CountResult: CountResultModelMapper;
  Court: CourtEntityMapper;
  DataVersion: DataVersionModelMapper;
  Date: Scalars['Date']['output'];
  DateBoundary: Omit<DateBoundary, 'source'> & { source: ResolversParentTypes['Source'] };
  Decision: DecisionEntityMapper;
  DecisionConnection: DecisionPageMapper;
  DecisionEdge: DecisionEdgeModelMapper;
  DecisionFilter: DecisionFilter;
  DecisionInput: DecisionInput;
  DecisionResult: DecisionResultModelMapper;
  Defendant: DefendantEntityMapper;
  DefendantResult: DefendantResultModelMapper;
  DeleteResult: DeleteResult;
  FacetValue: FacetValue;
  Finding: FindingEntityMapper;
  FindingConnection: FindingPageMapper;
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  InputError: InputError;
  Instrument: InstrumentEntityMapper;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  LocalizedText: LocalizedTextModelMapper;
  MitigationRule: MitigationRuleEntityMapper;
  Mutation: Record<PropertyKey, never>;
  MutationError: MutationError;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Penalty: PenaltyEntityMapper;
  PenaltyInput: PenaltyInput;
  PenaltyRange: ApplicableRangeMapper;
  PenaltyResult: PenaltyResultModelMapper;
  ProtectedNameEntry: ProtectedNameEntry;
  Provision: ProvisionAtMapper;
  ProvisionFilter: ProvisionFilter;
  ProvisionVersion: ProvisionVersionEntityMapper;
  ProvisionVersionInput: ProvisionVersionInput;
  ProvisionVersionResult: VersionResultModelMapper;
  Query: Record<PropertyKey, never>;
  RedactedTextPreview: RedactedTextPreview;
  RedactedUrlPreview: RedactedUrlPreview;
  RedactionPreview: RedactionPreview;
  RedactionPreviewInput: RedactionPreviewInput;
  RedactionPreviewResult: RedactionPreviewResult;
  RedactionSegment: RedactionSegment;
  SearchConnection: SearchPageMapper;
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchFacets: SearchFacets;
  SearchFilter: SearchFilter;
  SearchHealth: SearchHealth;
  SearchHit: SearchHitMapper;
  SearchIndexLag: SearchIndexLag;
  SentenceBand: SentenceBand;
  SentenceDistribution: SentenceDistributionModelMapper;
  SentencePercentiles: SentencePercentiles;
  SentenceShare: SentenceShare;
  SentenceShares: SentenceShares;
  Source: SourceRefMapper;
  SourceInput: SourceInput;
  String: Scalars['String']['output'];
  TraceStep: TraceStepMapper;
}>;

export type AppealLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppealLink'] = ResolversParentTypes['AppealLink']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
}>;

export type ApplicablePenaltyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicablePenalty'] = ResolversParentTypes['ApplicablePenalty']> = ResolversObject<{
  candidates?: Resolver<Array<ResolversTypes['CandidateLaw']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FindingConfidence'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lexMitiorApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lexMitiorUndecided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  noVariantMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  range?: Resolver<Maybe<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  trace?: Resolver<Array<ResolversTypes['TraceStep']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AppliedRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppliedRange'] = ResolversParentTypes['AppliedRange']> = ResolversObject<{
  counts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  range?: Resolver<ResolversTypes['PenaltyRange'], ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CandidateLawResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CandidateLaw'] = ResolversParentTypes['CandidateLaw']> = ResolversObject<{
  chosen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  noVariantMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  range?: Resolver<Maybe<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CandidateReason'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type ComplianceBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceBucket'] = ResolversParentTypes['ComplianceBucket']> = ResolversObject<{
  aboveMaximum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  belowMinimum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compliant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  correctedOnAppeal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  court?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType>;
  downgraded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<ComplianceBucketFindingsArgs, 'first'>>;
  judge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  medianImposedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianMinimumMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  shareBelowMinimum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['FindingStatus']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undetermined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  chargedCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chargedProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  convictedCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convictedProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  defendant?: Resolver<ResolversTypes['Defendant'], ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  fineEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imprisonmentMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mitigationCited?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offenceDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suspended?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['Verdict']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountResult'] = ResolversParentTypes['CountResult']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CourtResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Court'] = ResolversParentTypes['Court']> = ResolversObject<{
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CourtLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DataVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataVersion'] = ResolversParentTypes['DataVersion']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findingsVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lawRevision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DateBoundaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DateBoundary'] = ResolversParentTypes['DateBoundary']> = ResolversObject<{
  boundsVerification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
}>;

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = ResolversObject<{
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  decisionType?: Resolver<ResolversTypes['DecisionType'], ParentType, ContextType>;
  defendants?: Resolver<Array<ResolversTypes['Defendant']>, ParentType, ContextType>;
  final?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  finalOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presidingJudge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protectedNameHistory?: Resolver<Array<ResolversTypes['ProtectedNameEntry']>, ParentType, ContextType>;
  protectedNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  retrialAfter?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  retrials?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  reviewed?: Resolver<Array<ResolversTypes['AppealLink']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Array<ResolversTypes['AppealLink']>, ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrlWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DecisionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DecisionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
}>;

export type DecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionResult'] = ResolversParentTypes['DecisionResult']> = ResolversObject<{
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DefendantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Defendant'] = ResolversParentTypes['Defendant']> = ResolversObject<{
  counts?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DefendantResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DefendantResult'] = ResolversParentTypes['DefendantResult']> = ResolversObject<{
  defendant?: Resolver<Maybe<ResolversTypes['Defendant']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type FacetValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  applicableCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicableProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FindingConfidence'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  finalFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  finalNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imposedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maximumMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minimumMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['FindingReason']>, ParentType, ContextType>;
  shortfallMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  trace?: Resolver<Array<ResolversTypes['TraceStep']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  databaseReachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InputErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InputError'] = ResolversParentTypes['InputError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  citationAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datesSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstrumentKind'], ParentType, ContextType>;
  mitigationRules?: Resolver<Array<ResolversTypes['MitigationRule']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  repealedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MitigationRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MitigationRule'] = ResolversParentTypes['MitigationRule']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fineSubstitutionAllowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  floorMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statutoryMinimumFromMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addCount?: Resolver<ResolversTypes['CountResult'], ParentType, ContextType, RequireFields<MutationAddCountArgs, 'defendantId' | 'input'>>;
  addDefendant?: Resolver<ResolversTypes['DefendantResult'], ParentType, ContextType, RequireFields<MutationAddDefendantArgs, 'decisionId' | 'label'>>;
  addProvisionVersion?: Resolver<ResolversTypes['ProvisionVersionResult'], ParentType, ContextType, RequireFields<MutationAddProvisionVersionArgs, 'citation' | 'input'>>;
  createDecision?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationCreateDecisionArgs, 'input'>>;
  deleteCount?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteCountArgs, 'id'>>;
  deleteDecision?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDecisionArgs, 'id'>>;
  deleteDefendant?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDefendantArgs, 'id'>>;
  removeProtectedName?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationRemoveProtectedNameArgs, 'decisionId' | 'name' | 'reason'>>;
  setPenaltyVerification?: Resolver<ResolversTypes['PenaltyResult'], ParentType, ContextType, RequireFields<MutationSetPenaltyVerificationArgs, 'penaltyId' | 'source'>>;
  updateCount?: Resolver<ResolversTypes['CountResult'], ParentType, ContextType, RequireFields<MutationUpdateCountArgs, 'id' | 'input'>>;
  updateDecision?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationUpdateDecisionArgs, 'id' | 'input'>>;
  updateDefendant?: Resolver<ResolversTypes['DefendantResult'], ParentType, ContextType, RequireFields<MutationUpdateDefendantArgs, 'id' | 'label'>>;
}>;

export type MutationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MutationError'] = ResolversParentTypes['MutationError']> = ResolversObject<{
  inputErrors?: Resolver<Array<ResolversTypes['InputError']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Count' | 'Court' | 'Decision' | 'Defendant' | 'Finding' | 'Instrument' | 'Penalty' | 'Provision' | 'ProvisionVersion', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PenaltyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Penalty'] = ResolversParentTypes['Penalty']> = ResolversObject<{
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  fineMaxEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMinEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMode?: Resolver<ResolversTypes['FineMode'], ParentType, ContextType>;
  furtherSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imprisonmentMaxMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  imprisonmentMinMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lifeImprisonment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offenceClass?: Resolver<ResolversTypes['OffenceClass'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PenaltyRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PenaltyRange'] = ResolversParentTypes['PenaltyRange']> = ResolversObject<{
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fineMaxEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMinEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMode?: Resolver<ResolversTypes['FineMode'], ParentType, ContextType>;
  lifeImprisonment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  maxMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  offenceClass?: Resolver<ResolversTypes['OffenceClass'], ParentType, ContextType>;
  penaltySource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versionSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type PenaltyResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PenaltyResult'] = ResolversParentTypes['PenaltyResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  penalty?: Resolver<Maybe<ResolversTypes['Penalty']>, ParentType, ContextType>;
}>;

export type ProtectedNameEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProtectedNameEntry'] = ResolversParentTypes['ProtectedNameEntry']> = ResolversObject<{
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProvisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<ProvisionDecisionsArgs, 'first'>>;
  fullText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionFullTextArgs, 'language'>>;
  fullTextNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionFullTextNoteArgs, 'language'>>;
  heading?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<Maybe<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
  inForceNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  successionChain?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvisionVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvisionVersion'] = ResolversParentTypes['ProvisionVersion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  penalties?: Resolver<Array<ResolversTypes['Penalty']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validFromBoundary?: Resolver<ResolversTypes['DateBoundary'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validToBoundary?: Resolver<Maybe<ResolversTypes['DateBoundary']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvisionVersionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvisionVersionResult'] = ResolversParentTypes['ProvisionVersionResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  applicablePenalty?: Resolver<ResolversTypes['ApplicablePenalty'], ParentType, ContextType, RequireFields<QueryApplicablePenaltyArgs, 'citation' | 'offenceDate'>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  comparableSentences?: Resolver<ResolversTypes['SentenceDistribution'], ParentType, ContextType, RequireFields<QueryComparableSentencesArgs, 'filter'>>;
  complianceStats?: Resolver<Array<ResolversTypes['ComplianceBucket']>, ParentType, ContextType, RequireFields<QueryComplianceStatsArgs, 'groupBy'>>;
  court?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType, RequireFields<QueryCourtArgs, 'name'>>;
  courts?: Resolver<Array<ResolversTypes['Court']>, ParentType, ContextType>;
  dataVersion?: Resolver<ResolversTypes['DataVersion'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, Partial<QueryDecisionArgs>>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<QueryDecisionsArgs, 'first'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  previewRedaction?: Resolver<ResolversTypes['RedactionPreviewResult'], ParentType, ContextType, RequireFields<QueryPreviewRedactionArgs, 'input'>>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryProvisionArgs, 'citation'>>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<QueryProvisionsArgs>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchHealth?: Resolver<ResolversTypes['SearchHealth'], ParentType, ContextType>;
  sentencingFindings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QuerySentencingFindingsArgs, 'first'>>;
}>;

export type RedactedTextPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactedTextPreview'] = ResolversParentTypes['RedactedTextPreview']> = ResolversObject<{
  public?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['RedactionSegment']>, ParentType, ContextType>;
}>;

export type RedactedUrlPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactedUrlPreview'] = ResolversParentTypes['RedactedUrlPreview']> = ResolversObject<{
  public?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['RedactionSegment']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RedactionPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionPreview'] = ResolversParentTypes['RedactionPreview']> = ResolversObject<{
  countNotes?: Resolver<Array<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  presidingJudge?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  protectedNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  redactions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['RedactedUrlPreview']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
}>;

export type RedactionPreviewResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionPreviewResult'] = ResolversParentTypes['RedactionPreviewResult']> = ResolversObject<{
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['RedactionPreview']>, ParentType, ContextType>;
}>;

export type RedactionSegmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionSegment'] = ResolversParentTypes['RedactionSegment']> = ResolversObject<{
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RedactionReason']>, ParentType, ContextType>;
  redacted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  countsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  estimatedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type SearchFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = ResolversObject<{
  court?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  findingStatus?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  instrument?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  kind?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  year?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
}>;

export type SearchHealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHealth'] = ResolversParentTypes['SearchHealth']> = ResolversObject<{
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lag?: Resolver<Array<ResolversTypes['SearchIndexLag']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  highlight?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchIndexLagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchIndexLag'] = ResolversParentTypes['SearchIndexLag']> = ResolversObject<{
  failing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestPendingSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SentenceBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceBand'] = ResolversParentTypes['SentenceBand']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type SentenceDistributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceDistribution'] = ResolversParentTypes['SentenceDistribution']> = ResolversObject<{
  appliedRanges?: Resolver<Array<ResolversTypes['AppliedRange']>, ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  countingRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<SentenceDistributionFindingsArgs, 'first'>>;
  histogram?: Resolver<Array<ResolversTypes['SentenceBand']>, ParentType, ContextType>;
  meanFineOnlyEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanImprisonmentMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanSuspendedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percentileMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentiles?: Resolver<Maybe<ResolversTypes['SentencePercentiles']>, ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  ranges?: Resolver<Array<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  sentenceUnknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shares?: Resolver<ResolversTypes['SentenceShares'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undetermined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SentencePercentilesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentencePercentiles'] = ResolversParentTypes['SentencePercentiles']> = ResolversObject<{
  p10?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p25?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p75?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SentenceShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceShare'] = ResolversParentTypes['SentenceShare']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SentenceSharesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceShares'] = ResolversParentTypes['SentenceShares']> = ResolversObject<{
  belowMinimum?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  fineOnly?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  imprisonment?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  noPenalty?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
}>;

export type TraceStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceStep'] = ResolversParentTypes['TraceStep']> = ResolversObject<{
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AppealLink?: AppealLinkResolvers<ContextType>;
  ApplicablePenalty?: ApplicablePenaltyResolvers<ContextType>;
  AppliedRange?: AppliedRangeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  CandidateLaw?: CandidateLawResolvers<ContextType>;
  ComplianceBucket?: ComplianceBucketResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  CountResult?: CountResultResolvers<ContextType>;
  Court?: CourtResolvers<ContextType>;
  DataVersion?: DataVersionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateBoundary?: DateBoundaryResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DecisionResult?: DecisionResultResolvers<ContextType>;
  Defendant?: DefendantResolvers<ContextType>;
  DefendantResult?: DefendantResultResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  InputError?: InputErrorResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  MitigationRule?: MitigationRuleResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MutationError?: MutationErrorResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Penalty?: PenaltyResolvers<ContextType>;
  PenaltyRange?: PenaltyRangeResolvers<ContextType>;
  PenaltyResult?: PenaltyResultResolvers<ContextType>;
  ProtectedNameEntry?: ProtectedNameEntryResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  ProvisionVersion?: ProvisionVersionResolvers<ContextType>;
  ProvisionVersionResult?: ProvisionVersionResultResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RedactedTextPreview?: RedactedTextPreviewResolvers<ContextType>;
  RedactedUrlPreview?: RedactedUrlPreviewResolvers<ContextType>;
  RedactionPreview?: RedactionPreviewResolvers<ContextType>;
  RedactionPreviewResult?: RedactionPreviewResultResolvers<ContextType>;
  RedactionSegment?: RedactionSegmentResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchHealth?: SearchHealthResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchIndexLag?: SearchIndexLagResolvers<ContextType>;
  SentenceBand?: SentenceBandResolvers<ContextType>;
  SentenceDistribution?: SentenceDistributionResolvers<ContextType>;
  SentencePercentiles?: SentencePercentilesResolvers<ContextType>;
  SentenceShare?: SentenceShareResolvers<ContextType>;
  SentenceShares?: SentenceSharesResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  TraceStep?: TraceStepResolvers<ContextType>;
}>;

