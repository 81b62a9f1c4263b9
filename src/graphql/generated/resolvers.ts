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

/** An object with a stable id. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** Relay-style pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** Text in the three languages of Kosovo's legal order; a language with no text is null. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** Albanian. */
  sq?: Maybe<Scalars['String']['output']>;
  /** Serbian (Latin script). */
  sr?: Maybe<Scalars['String']['output']>;
  /** English. */
  en?: Maybe<Scalars['String']['output']>;
};

/** A language of a text. */
export type TextLanguage =
  | 'SQ'
  | 'SR'
  | 'EN';

/** How sure we are of a legal figure, text or date. Unknown figures are null, never guessed. */
export type VerificationStatus =
  /** Seen verbatim in the primary (official) text. */
  | 'VERIFIED_PRIMARY'
  /** Taken from a secondary source: an official report, a diplomatic cable, a press report quoting the law. */
  | 'VERIFIED_SECONDARY'
  /** Not confirmed in any source we hold: do not cite as fact. */
  | 'UNVERIFIED';

/** Where a figure, text or date comes from. */
export type Source = {
  __typename?: 'Source';
  url?: Maybe<Scalars['String']['output']>;
  /** A document held with the project's sources (its file name), when there is no URL. */
  document?: Maybe<Scalars['String']['output']>;
  /** Where that document can be read on this service (`/sources/<file>`); null when there is none. */
  documentUrl?: Maybe<Scalars['String']['output']>;
  verification: VerificationStatus;
  note?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** Whether the service can answer now: its version and whether its database answers. */
  health: Health;
  /** Decisions matching the filter, newest first. `first` is at most 100. */
  decisions: DecisionConnection;
  /** A decision by id, or by case number (with the court when the number is not unique). */
  decision?: Maybe<Decision>;
  /** Every court, before and after the 2013 reform. */
  courts: Array<Court>;
  /** A court by any of its names or aliases, in any of the three languages. */
  court?: Maybe<Court>;
  /**
   * The distribution of sentences of convicted counts under a provision's succession chain (months of imprisonment to
   * serve, kinds of sentence, findings below the minimum), beside the statutory ranges that applied.
   */
  comparableSentences: SentenceDistribution;
  /** The law revision, the findings' version and the time: cite them with any figure. */
  dataVersion: DataVersion;
  instruments: Array<Instrument>;
  instrument?: Maybe<Instrument>;
  /**
   * A provision by citation, in English, Albanian or Serbian: "CCK Art. 171(1)", "neni 171 KPRK", "čl. 171 KZRK",
   * "UNMIK Reg 2001/4 s 2.1", "PCCK 139". `asOf` selects the version in force on that day (default today). An
   * unreadable citation is a BAD_USER_INPUT error; a well-formed citation of a provision we do not hold is NOT_FOUND.
   */
  provision?: Maybe<Provision>;
  provisions: Array<Provision>;
  /** Every write, newest first (admins only). */
  auditLog: AuditConnection;
  /**
   * What the public would see of a decision's fields before they are saved, with each redaction marked and explained
   * (editors only; nothing is stored). With `decisionId`, the decision's protected names are used too, as
   * `updateDecision` would.
   */
  previewRedaction: RedactionPreviewResult;
  /**
   * The range that applies to an offence committed on `offenceDate` and judged on `judgmentDate` (default today),
   * with the circumstances found: the law of the offence date, or a later more lenient law (lex mitior).
   */
  applicablePenalty: ApplicablePenalty;
  /** Findings matching the filter, newest decision first. `first` is at most 100. */
  sentencingFindings: FindingConnection;
  /** Findings grouped by the given dimensions (none: one bucket of everything). */
  complianceStats: Array<ComplianceBucket>;
  /**
   * Provisions and decisions together, in Albanian, Serbian (Latin or Cyrillic) or English: diacritics and script do
   * not matter, synonyms across the three languages and typos in longer words are forgiven, and the last word is
   * matched as a prefix. A query that is a citation ("neni 171", "Art. 171 CCK") puts that provision first.
   * `first` is at most 100.
   */
  search: SearchConnection;
  searchHealth: SearchHealth;
};


export type QueryDecisionsArgs = {
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDecisionArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  court?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCourtArgs = {
  name: Scalars['String']['input'];
};


export type QueryComparableSentencesArgs = {
  filter: ComparableSentencesFilter;
};


export type QueryInstrumentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvisionArgs = {
  citation: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryProvisionsArgs = {
  filter?: InputMaybe<ProvisionFilter>;
};


export type QueryAuditLogArgs = {
  entityType?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPreviewRedactionArgs = {
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  input: RedactionPreviewInput;
};


export type QueryApplicablePenaltyArgs = {
  citation: Scalars['String']['input'];
  offenceDate: Scalars['Date']['input'];
  judgmentDate?: InputMaybe<Scalars['Date']['input']>;
  finalDate?: InputMaybe<Scalars['Date']['input']>;
  circumstances?: InputMaybe<Array<Circumstance>>;
};


export type QuerySentencingFindingsArgs = {
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryComplianceStatsArgs = {
  groupBy: Array<StatsDimension>;
  filter?: InputMaybe<FindingFilter>;
};


export type QuerySearchArgs = {
  query: Scalars['String']['input'];
  filter?: InputMaybe<SearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

export type Health = {
  __typename?: 'Health';
  /** False while the database cannot be reached: other queries then fail with SERVICE_UNAVAILABLE (HTTP 503). */
  ok: Scalars['Boolean']['output'];
  /** Whether the database answered a trivial query just now (within 2 s). */
  databaseReachable: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** The instance of a decision. */
export type DecisionType =
  | 'FIRST_INSTANCE'
  | 'APPEAL'
  | 'SUPREME';

/** The outcome of a count. */
export type Verdict =
  | 'CONVICTED'
  | 'ACQUITTED'
  | 'DISMISSED';

/** Where a decision record comes from. */
export type Provenance =
  /** From the official text of the decision. */
  | 'OFFICIAL'
  /** Reported in a named public source (press, NGO, government report); see `sourceUrl`. */
  | 'REPORTED'
  /** A made-up example for demonstration and tests. Never evidence. */
  | 'SYNTHETIC';

/** How precisely a decision's date is known. */
export type DatePrecision =
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January. */
  | 'YEAR';

/** What a higher court did with the decision it reviewed. */
export type AppealOutcome =
  | 'AFFIRMS'
  | 'MODIFIES'
  | 'REVERSES'
  | 'PARTIALLY_GRANTS'
  | 'REJECTS'
  /** Annulled the decision and sent the case back for a retrial (see `Decision.retrials`). */
  | 'ANNULS';

/** A court decision in a trafficking or related case. Public fields hold redacted text only. */
export type Decision = Node & {
  __typename?: 'Decision';
  id: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  court: Court;
  date: Scalars['Date']['output'];
  datePrecision: DatePrecision;
  decisionType: DecisionType;
  /** Whether the decision is final; null when unknown. */
  final?: Maybe<Scalars['Boolean']['output']>;
  /** The day it became final, when known. */
  finalOn?: Maybe<Scalars['Date']['output']>;
  /** Language of the text: `sq`, `sr` or `en`. */
  language?: Maybe<Scalars['String']['output']>;
  presidingJudge?: Maybe<Scalars['String']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  /** Redacted text of the decision. */
  text?: Maybe<Scalars['String']['output']>;
  /** The source's address; only its site (or null) when the address named a protected person (see `sourceUrlWithheld`). */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** True when the source's address named a protected person, so that all or part of it is withheld. */
  sourceUrlWithheld: Scalars['Boolean']['output'];
  sourceNote?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  /** True for made-up examples: never cite these. */
  synthetic: Scalars['Boolean']['output'];
  defendants: Array<Defendant>;
  /** Every count of every defendant. */
  counts: Array<Count>;
  /** The lower decisions this decision reviewed. */
  reviewed: Array<AppealLink>;
  /** The higher decisions that reviewed this one. */
  reviewedBy: Array<AppealLink>;
  /** For a retrial: the decision that annulled and sent the case back, after which this retrial took place. */
  retrialAfter?: Maybe<Decision>;
  /** The retrials held after this decision annulled and sent the case back. */
  retrials: Array<Decision>;
  /** Protected names (victims, minors, witnesses) the public fields are redacted against now. Editors only. */
  protectedNames: Array<Scalars['String']['output']>;
  /** Every name the decision has protected, with removals. Editors only. */
  protectedNameHistory: Array<ProtectedNameEntry>;
};

/** A link between a decision and another one in the same case's appeal chain. */
export type AppealLink = {
  __typename?: 'AppealLink';
  decision: Decision;
  outcome?: Maybe<AppealOutcome>;
};

/** A defendant, by initials or a code; never a name. */
export type Defendant = Node & {
  __typename?: 'Defendant';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  counts: Array<Count>;
};

/** One charge against one defendant, with its verdict and sentence. */
export type Count = Node & {
  __typename?: 'Count';
  id: Scalars['ID']['output'];
  /** Order of the count within its defendant. */
  sequence: Scalars['Int']['output'];
  defendant: Defendant;
  decision: Decision;
  offenceDate?: Maybe<Scalars['Date']['output']>;
  /** The citation as the source gives it. */
  chargedCitation?: Maybe<Scalars['String']['output']>;
  chargedProvision?: Maybe<Provision>;
  convictedCitation?: Maybe<Scalars['String']['output']>;
  convictedProvision?: Maybe<Provision>;
  verdict?: Maybe<Verdict>;
  /** Imprisonment imposed, in months (suspended or not). */
  imprisonmentMonths?: Maybe<Scalars['Float']['output']>;
  suspended?: Maybe<Scalars['Boolean']['output']>;
  fineEur?: Maybe<Scalars['Float']['output']>;
  /** Circumstances the court found. */
  circumstances: Array<Circumstance>;
  mitigationCited?: Maybe<Scalars['Boolean']['output']>;
  /** Redacted like every public text. */
  note?: Maybe<Scalars['String']['output']>;
  /** The compliance finding; null unless the count is a conviction. */
  finding?: Maybe<Finding>;
};

export type DecisionFilter = {
  /** A court by name or alias. */
  court?: InputMaybe<Scalars['String']['input']>;
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  /** A provision by citation: decisions with a count charged or convicted under it or its sub-provisions. */
  provision?: InputMaybe<Scalars['String']['input']>;
  /** Decisions with at least one count of this verdict. */
  verdict?: InputMaybe<Verdict>;
  provenance?: InputMaybe<Provenance>;
  decisionType?: InputMaybe<DecisionType>;
};

export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  cursor: Scalars['String']['output'];
  node: Decision;
};

/** Decisions, newest first. */
export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  edges: Array<DecisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An article, section or paragraph of an instrument. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** Decisions with a count charged or convicted under this provision or its sub-provisions, newest first. `first` is at most 100. */
  decisions: DecisionConnection;
  id: Scalars['ID']['output'];
  instrument: Instrument;
  /** Normalised number: `171.1` is Art. 171(1). */
  number: Scalars['String']['output'];
  /** Readable label, e.g. `Art. 171(1)` or `s. 2.1`. */
  label: Scalars['String']['output'];
  /** Canonical citation, e.g. `CCK Art. 171(1)`. */
  citation: Scalars['String']['output'];
  kind: ProvisionKind;
  heading: LocalizedText;
  parent?: Maybe<Provision>;
  children: Array<Provision>;
  /** Every version, oldest first. */
  versions: Array<ProvisionVersion>;
  /** The date this provision was looked up for (the query's `asOf`; today when none was given). */
  asOf: Scalars['Date']['output'];
  /** The version in force on `asOf`; null when none was. */
  inForce?: Maybe<ProvisionVersion>;
  /**
   * Says whether and since when a version was in force on `asOf`, or why none was; for a provision that had ceased
   * to apply, what replaced it, and for one not yet in force, what it replaced.
   */
  inForceNote: Scalars['String']['output'];
  /**
   * How the citation asked for was read, where not exactly as written: a paragraph not held on its own (its article
   * is given instead), an instrument inferred from the number, or one chosen among codes of the same title. Null when
   * the citation was read as written, or the provision was not looked up by citation.
   */
  citationNote?: Maybe<Scalars['String']['output']>;
  /** The provision's text in force on `asOf` with the texts of its sub-provisions, in order; null when not held. */
  fullText?: Maybe<Scalars['String']['output']>;
  /**
   * Why `fullText` is null in that language: no version in force on `asOf`, the text held only in other languages,
   * or not held in this service at all. Null when the text is given.
   */
  fullTextNote?: Maybe<Scalars['String']['output']>;
  /** Provisions this one replaced (e.g. PCCK Art. 139 for CCK Art. 171). */
  predecessors: Array<Provision>;
  /** Provisions that replaced this one. */
  successors: Array<Provision>;
  /**
   * The whole succession chain, oldest first: every provision linked to this one by succession at any distance
   * (e.g. Reg 2001/4 s.2 → PCCK Art. 139 → CCK Art. 171 → CC Art. 165), this one (or the article that carries its
   * penalties) included; only that one when no succession is recorded.
   */
  successionChain: Array<Provision>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionDecisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionFullTextArgs = {
  language?: InputMaybe<TextLanguage>;
};


/** An article, section or paragraph of an instrument. */
export type ProvisionFullTextNoteArgs = {
  language?: InputMaybe<TextLanguage>;
};

/** The level of a court in Kosovo's judicial system. */
export type CourtLevel =
  /** Municipal court (before the 2013 reform). */
  | 'MUNICIPAL'
  /** District court (before the 2013 reform). */
  | 'DISTRICT'
  /** Minor offences court (before the 2013 reform). */
  | 'MINOR_OFFENCES'
  /** Basic court (from 2013). */
  | 'BASIC'
  /** Court of Appeals (from 2013). */
  | 'APPEALS'
  | 'SUPREME'
  | 'SPECIAL';

export type Court = Node & {
  __typename?: 'Court';
  id: Scalars['ID']['output'];
  /** Stable slug, e.g. `basic-pristina`. */
  code: Scalars['String']['output'];
  name: LocalizedText;
  /** Other spellings accepted wherever a court is named (diacritics and case do not matter). */
  aliases: Array<Scalars['String']['output']>;
  level: CourtLevel;
  seat?: Maybe<Scalars['String']['output']>;
  activeFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day plus one (exclusive); null while active. */
  activeTo?: Maybe<Scalars['Date']['output']>;
  /** The court that took over its cases. */
  successor?: Maybe<Court>;
  source: Source;
};

/** Which convicted counts a sentence distribution is drawn from. */
export type ComparableSentencesFilter = {
  /**
   * Any citation of the succession chain (`CCK Art. 171`, `PCCK 139`, `neni 165 KPRK`): every provision of the chain
   * counts, each count against the law that applied to it.
   */
  provision: Scalars['String']['input'];
  /** Counts whose found circumstances include all of these. */
  circumstances?: InputMaybe<Array<Circumstance>>;
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  /** Only the counts of decisions that no later decision held here reviews (the last word). Default false. */
  finalOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decisions of these provenances. Default: OFFICIAL and REPORTED (SYNTHETIC examples only when asked for). */
  provenance?: InputMaybe<Array<Provenance>>;
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

/**
 * A band of months served: the counts with `fromMonths` ≤ months < `toMonths` (no upper bound when `toMonths` is
 * null). The first band, "none served", holds 0 months exactly (`fromMonths` = `toMonths` = 0).
 */
export type SentenceBand = {
  __typename?: 'SentenceBand';
  fromMonths: Scalars['Int']['output'];
  toMonths?: Maybe<Scalars['Int']['output']>;
  /** e.g. `2 to under 3 years`. */
  label: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** A part of a whole: `count` out of `of`, and what `of` counts. */
export type SentenceShare = {
  __typename?: 'SentenceShare';
  count: Scalars['Int']['output'];
  of: Scalars['Int']['output'];
  /** `count / of`; null when `of` is 0. */
  share?: Maybe<Scalars['Float']['output']>;
  /** What the denominator counts. */
  denominator: Scalars['String']['output'];
};

/**
 * The kinds of sentence, each counted once: imprisonment to serve first, then a suspended term, then a fine alone.
 * Shares of kinds are of `n`; the share below the minimum is of the findings determined.
 */
export type SentenceShares = {
  __typename?: 'SentenceShares';
  /** A term of imprisonment to serve (a fine may come with it). */
  imprisonment: SentenceShare;
  /** A suspended term and nothing to serve (a fine may come with it). */
  suspended: SentenceShare;
  /** A fine and no imprisonment. */
  fineOnly: SentenceShare;
  /** Neither imprisonment to serve, nor a suspended term, nor a fine. */
  noPenalty: SentenceShare;
  /** Findings below the statutory minimum that applied, of the findings determined. */
  belowMinimum: SentenceShare;
};

/** A statutory range and how many of the counts it applied to. */
export type AppliedRange = {
  __typename?: 'AppliedRange';
  range: PenaltyRange;
  counts: Scalars['Int']['output'];
};

/**
 * The sentences of comparable convicted counts, beside the statutory ranges that applied to them. Every figure counts
 * convicted counts (see `unit` and `countingRules`).
 */
export type SentenceDistribution = {
  __typename?: 'SentenceDistribution';
  /** The provision the filter's citation named. */
  provision: Provision;
  /** The provisions counted: its succession chain, oldest first. */
  chain: Array<Provision>;
  /** Counts whose months to serve are known: the base of the percentiles, the bands and the kinds' shares. */
  n: Scalars['Int']['output'];
  /** Convicted counts matched, whatever is known of their sentence. */
  total: Scalars['Int']['output'];
  /** Counts left out of `n`: no sentence recorded, or a term whose suspension is not recorded. */
  sentenceUnknown: Scalars['Int']['output'];
  /** What is counted, and in what unit. */
  unit: Scalars['String']['output'];
  /** True when `n` is below 5: the percentiles are withheld (null) and `note` says so. */
  suppressed: Scalars['Boolean']['output'];
  /** Why figures are withheld or need care; null when there is nothing to say. */
  note?: Maybe<Scalars['String']['output']>;
  /** How the percentiles are computed. */
  percentileMethod: Scalars['String']['output'];
  /** Months of imprisonment to serve; null when suppressed. */
  percentiles?: Maybe<SentencePercentiles>;
  /** Counts by months served, in fixed bands (the same for every provision). */
  histogram: Array<SentenceBand>;
  shares: SentenceShares;
  /** Mean months to serve over the counts with imprisonment to serve; null when none. */
  meanImprisonmentMonths?: Maybe<Scalars['Float']['output']>;
  /** Mean suspended term, in months, over the counts with a suspended term; null when none. */
  meanSuspendedMonths?: Maybe<Scalars['Float']['output']>;
  /** Mean fine, in euros, over the counts with a fine alone; null when none. */
  meanFineOnlyEur?: Maybe<Scalars['Float']['output']>;
  /** Findings that could not be determined (missing law or sentence data); left out of the share below the minimum. */
  undetermined: Scalars['Int']['output'];
  /** Findings that rest on unverified law (confidence UNVERIFIED): check before citing. */
  unverified: Scalars['Int']['output'];
  /** How many decisions the counts come from (many counts of one case are not many cases). */
  decisions: Scalars['Int']['output'];
  /** The statutory ranges that applied to these counts, oldest law first. */
  ranges: Array<PenaltyRange>;
  /** The same ranges, each with how many counts it applied to. */
  appliedRanges: Array<AppliedRange>;
  /** How suspended terms, fines, life imprisonment, stages and provenance are counted, as sentences to quote. */
  countingRules: Array<Scalars['String']['output']>;
  /** The counts behind these figures, newest decision first. `first` is at most 100. */
  findings: FindingConnection;
};


/**
 * The sentences of comparable convicted counts, beside the statutory ranges that applied to them. Every figure counts
 * convicted counts (see `unit` and `countingRules`).
 */
export type SentenceDistributionFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** The version of the data a figure comes from, to cite beside it. */
export type DataVersion = {
  __typename?: 'DataVersion';
  /** Moves with every change to the law tables. */
  lawRevision: Scalars['String']['output'];
  /** Moves with every statement that writes findings or appeal links (and so with every change of counts and decisions). */
  findingsVersion: Scalars['String']['output'];
  /** When the database read them: UTC, to the second, e.g. `2026-12-07T10:15:00Z`. */
  readAt: Scalars['String']['output'];
  /** One line to paste under a figure: `Data: law revision …, findings version …, read …`. */
  citation: Scalars['String']['output'];
};

/** The kind of a legal act. */
export type InstrumentKind =
  | 'REGULATION'
  | 'CODE'
  | 'LAW';

/** The kind of a numbered unit of a legal act. */
export type ProvisionKind =
  | 'ARTICLE'
  | 'SECTION'
  | 'PARAGRAPH'
  | 'SUBPARAGRAPH';

/** How a fine combines with imprisonment in a penalty. */
export type FineMode =
  /** No fine is provided. */
  | 'NONE'
  /** A fine or imprisonment. */
  | 'ALTERNATIVE'
  /** A fine and imprisonment. */
  | 'CUMULATIVE'
  /** Imprisonment is the minimum penalty, so a fine cannot replace it; whether a fine may be added is not known. */
  | 'NOT_ALTERNATIVE'
  /** The source does not say. */
  | 'UNKNOWN';

/** Whether the penalty is for a criminal offence or a minor (misdemeanour) offence. */
export type OffenceClass =
  | 'CRIMINAL_OFFENCE'
  | 'MINOR_OFFENCE';

/** A circumstance a court may find; aggravated penalty variants are keyed by them. */
export type Circumstance =
  | 'VICTIM_CHILD'
  | 'ORGANISED_GROUP'
  | 'OFFICIAL_CAPACITY'
  | 'DEATH_CAUSED'
  | 'SERIOUS_HARM'
  | 'REPEAT_OFFENCE'
  | 'ORGANISER';

/** A legal act: a regulation, a code or a law. */
export type Instrument = Node & {
  __typename?: 'Instrument';
  /** ELI-like stable id, e.g. `unmik-reg/2001/4`. */
  id: Scalars['ID']['output'];
  kind: InstrumentKind;
  /** Official symbol or number, e.g. `UNMIK/REG/2001/4`, `04/L-082`. */
  symbol?: Maybe<Scalars['String']['output']>;
  /** The abbreviation citations use, e.g. `PCCK`. */
  shortName: Scalars['String']['output'];
  title: LocalizedText;
  issuer?: Maybe<Scalars['String']['output']>;
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  publishedOn?: Maybe<Scalars['Date']['output']>;
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  repealedOn?: Maybe<Scalars['Date']['output']>;
  /** Source and certainty of the dates above. */
  datesSource: Source;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** Names and abbreviations that cite this instrument, in the three languages. */
  citationAliases: Array<Scalars['String']['output']>;
  /** Top-level provisions, in numeric order. */
  provisions: Array<Provision>;
  /** How far below a minimum a court may go when it cites mitigating grounds (general part of the code). */
  mitigationRules: Array<MitigationRule>;
};

/** A provision's text and penalties as they stood over a period. */
export type ProvisionVersion = Node & {
  __typename?: 'ProvisionVersion';
  id: Scalars['ID']['output'];
  /** In force from this day (inclusive). */
  validFrom: Scalars['Date']['output'];
  /** In force until this day (exclusive); null while still in force. */
  validTo?: Maybe<Scalars['Date']['output']>;
  /** How sure we are of `validFrom`: verified, or the interval in which the true day must lie. */
  validFromBoundary: DateBoundary;
  /** How sure we are of `validTo`; null while the version is in force. */
  validToBoundary?: Maybe<DateBoundary>;
  text: LocalizedText;
  /** Source and certainty of the text and the dates. */
  source: Source;
  penalties: Array<Penalty>;
};

/** A sentencing range of a provision version, for its basic form or an aggravated variant. */
export type Penalty = Node & {
  __typename?: 'Penalty';
  id: Scalars['ID']['output'];
  /** `BASIC`, or the aggravated form's name. */
  variant: Scalars['String']['output'];
  /** Circumstances that must all be found for this variant. */
  circumstances: Array<Circumstance>;
  offenceClass: OffenceClass;
  /** Null when no source gives it. */
  imprisonmentMinMonths?: Maybe<Scalars['Int']['output']>;
  /** Null when no source gives it. */
  imprisonmentMaxMonths?: Maybe<Scalars['Int']['output']>;
  lifeImprisonment: Scalars['Boolean']['output'];
  fineMinEur?: Maybe<Scalars['Float']['output']>;
  fineMaxEur?: Maybe<Scalars['Float']['output']>;
  fineMode: FineMode;
  source: Source;
  /** Further sources that give the same figures (a court quoting the code, a second report). */
  furtherSources: Array<Source>;
};

/**
 * How sure we are of a day a version entered into force or ceased to apply. A verified day is its own interval
 * (`earliest` = `latest`); an unverified one carries the interval in which the true day must lie, from what the sources
 * say. A finding is weakened by such a day only when the day it turns on (the offence date, the end of the lex mitior
 * window) falls inside that interval.
 */
export type DateBoundary = {
  __typename?: 'DateBoundary';
  /** How sure we are of the day itself. */
  verification: VerificationStatus;
  /** The earliest the true day can be; null when the sources set no lower bound. */
  earliest?: Maybe<Scalars['Date']['output']>;
  /** The latest the true day can be; null when the sources set no upper bound. */
  latest?: Maybe<Scalars['Date']['output']>;
  /** How sure we are of those bounds. */
  boundsVerification: VerificationStatus;
  source: Source;
};

/** A tier of the general part's mitigation limits. */
export type MitigationRule = {
  __typename?: 'MitigationRule';
  /** Applies when the statutory minimum is at least this many months. */
  statutoryMinimumFromMonths: Scalars['Int']['output'];
  /** Lowest term a court may impose with mitigating grounds; null when unknown. */
  floorMonths?: Maybe<Scalars['Int']['output']>;
  fineSubstitutionAllowed?: Maybe<Scalars['Boolean']['output']>;
  description: Scalars['String']['output'];
  source: Source;
};

export type ProvisionFilter = {
  /** Only provisions of this instrument (id). */
  instrument?: InputMaybe<Scalars['ID']['input']>;
  /** Only provisions with a version in force on this day. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only top-level provisions (articles, sections). */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A problem with one input field, that the user can fix. */
export type InputError = {
  __typename?: 'InputError';
  /** The input field, as a path: `counts.0.imprisonmentMonths`. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Why a write was refused; nothing was changed. */
export type MutationError = {
  __typename?: 'MutationError';
  message: Scalars['String']['output'];
  inputErrors: Array<InputError>;
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
  /** Redacted before it is stored: every protected name is replaced. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Redacted before it is stored: every protected name is replaced. */
  text?: InputMaybe<Scalars['String']['input']>;
  /**
   * Published whole unless it names a protected person: then only its site is published (or nothing, when the site's
   * own name does), and `Decision.sourceUrlWithheld` says so.
   */
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  /** Redacted before it is stored. */
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  provenance: Provenance;
  /**
   * Victims, minors and witnesses whose names must never appear, besides those the decision protects already: a name
   * is never removed by leaving it out (see `removeProtectedName`). Every public field of the decision, its counts'
   * notes included, is redacted against all of them. Give every form of a name you know (maiden name, nickname, the
   * Serbian and Albanian spellings), and check `previewRedaction` first. Editors only can read them back.
   */
  protectedNames?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CountInput = {
  offenceDate?: InputMaybe<Scalars['Date']['input']>;
  chargedProvision?: InputMaybe<Scalars['String']['input']>;
  convictedProvision?: InputMaybe<Scalars['String']['input']>;
  verdict?: InputMaybe<Verdict>;
  imprisonmentMonths?: InputMaybe<Scalars['Float']['input']>;
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
  fineEur?: InputMaybe<Scalars['Float']['input']>;
  circumstances?: InputMaybe<Array<Circumstance>>;
  mitigationCited?: InputMaybe<Scalars['Boolean']['input']>;
  /** Public: redacted against every name the decision protects before it is stored. */
  note?: InputMaybe<Scalars['String']['input']>;
};

export type SourceInput = {
  url?: InputMaybe<Scalars['String']['input']>;
  document?: InputMaybe<Scalars['String']['input']>;
  verification: VerificationStatus;
  note?: InputMaybe<Scalars['String']['input']>;
};

export type PenaltyInput = {
  variant: Scalars['String']['input'];
  circumstances?: InputMaybe<Array<Circumstance>>;
  offenceClass: OffenceClass;
  imprisonmentMinMonths?: InputMaybe<Scalars['Int']['input']>;
  imprisonmentMaxMonths?: InputMaybe<Scalars['Int']['input']>;
  lifeImprisonment?: InputMaybe<Scalars['Boolean']['input']>;
  fineMinEur?: InputMaybe<Scalars['Float']['input']>;
  fineMaxEur?: InputMaybe<Scalars['Float']['input']>;
  fineMode: FineMode;
  source: SourceInput;
};

export type ProvisionVersionInput = {
  /** The day the new version enters into force; the version in force until then ends that day (validTo is exclusive). */
  validFrom: Scalars['Date']['input'];
  textSq?: InputMaybe<Scalars['String']['input']>;
  textSr?: InputMaybe<Scalars['String']['input']>;
  textEn?: InputMaybe<Scalars['String']['input']>;
  source: SourceInput;
  penalties: Array<PenaltyInput>;
};

export type DecisionResult = {
  __typename?: 'DecisionResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  decision?: Maybe<Decision>;
};

export type DefendantResult = {
  __typename?: 'DefendantResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  defendant?: Maybe<Defendant>;
};

export type CountResult = {
  __typename?: 'CountResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  count?: Maybe<Count>;
};

export type ProvisionVersionResult = {
  __typename?: 'ProvisionVersionResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  version?: Maybe<ProvisionVersion>;
};

export type PenaltyResult = {
  __typename?: 'PenaltyResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  penalty?: Maybe<Penalty>;
};

export type DeleteResult = {
  __typename?: 'DeleteResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  /** The id of what was deleted. */
  id?: Maybe<Scalars['ID']['output']>;
};

/** One write, as the audit log keeps it. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  id: Scalars['ID']['output'];
  at: Scalars['String']['output'];
  /** The name of the API key that made the change. */
  actor: Scalars['String']['output'];
  role: Scalars['String']['output'];
  action: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  entityId: Scalars['String']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  after?: Maybe<Scalars['JSON']['output']>;
};

export type AuditEdge = {
  __typename?: 'AuditEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditConnection = {
  __typename?: 'AuditConnection';
  edges: Array<AuditEdge>;
  pageInfo: PageInfo;
};

/** A name a decision protects or protected: a name is never forgotten, only removed by an admin, with a reason. */
export type ProtectedNameEntry = {
  __typename?: 'ProtectedNameEntry';
  name: Scalars['String']['output'];
  addedAt: Scalars['String']['output'];
  /** When its protection was removed; null while it is protected. */
  removedAt?: Maybe<Scalars['String']['output']>;
  /** The key that removed it. */
  removedBy?: Maybe<Scalars['String']['output']>;
  removalReason?: Maybe<Scalars['String']['output']>;
};

/** The public fields of a decision as an editor would enter them, for `previewRedaction`. */
export type RedactionPreviewInput = {
  /** Names to redact, besides those of the decision (when one is given). */
  protectedNames?: InputMaybe<Array<Scalars['String']['input']>>;
  summary?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  sourceNote?: InputMaybe<Scalars['String']['input']>;
  presidingJudge?: InputMaybe<Scalars['String']['input']>;
  sourceUrl?: InputMaybe<Scalars['String']['input']>;
  countNotes?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** How a redacted stretch was found to be a protected name. */
export type RedactionReason =
  /** The name or one of its parts, in any case, script, spelling or case ending (Krasniqit, Petrovićeva). */
  | 'NAME'
  /** A near spelling or another transliteration (Krasniqe, Petrovitch, Mariya). */
  | 'NEAR_SPELLING'
  /** Parts written together (ArditaKrasniqi, akrasniqi@...). */
  | 'JOINED'
  /** Initials of the name's parts (A.K., М.П.). */
  | 'INITIALS'
  /** Letters spaced out (A r d i t a). */
  | 'SPACED_LETTERS'
  /** A word split by a line-end hyphen, a line break or a space (Kras-⏎niqi). */
  | 'SPLIT_WORD';

/** A stretch of a text as entered: kept, or redacted. */
export type RedactionSegment = {
  __typename?: 'RedactionSegment';
  text: Scalars['String']['output'];
  redacted: Scalars['Boolean']['output'];
  reason?: Maybe<RedactionReason>;
  /** The protected names it is a form of. */
  names: Array<Scalars['String']['output']>;
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
  /** True when the address named a protected person. */
  withheld: Scalars['Boolean']['output'];
  segments: Array<RedactionSegment>;
};

export type RedactionPreview = {
  __typename?: 'RedactionPreview';
  /** Every name the fields were redacted against: the decision's and those given. */
  protectedNames: Array<Scalars['String']['output']>;
  summary?: Maybe<RedactedTextPreview>;
  text?: Maybe<RedactedTextPreview>;
  sourceNote?: Maybe<RedactedTextPreview>;
  presidingJudge?: Maybe<RedactedTextPreview>;
  sourceUrl?: Maybe<RedactedUrlPreview>;
  countNotes: Array<RedactedTextPreview>;
  /** How many stretches are redacted in all the fields. */
  redactions: Scalars['Int']['output'];
};

export type RedactionPreviewResult = {
  __typename?: 'RedactionPreviewResult';
  ok: Scalars['Boolean']['output'];
  error?: Maybe<MutationError>;
  preview?: Maybe<RedactionPreview>;
};

/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  createDecision: DecisionResult;
  updateDecision: DecisionResult;
  deleteDecision: DeleteResult;
  addDefendant: DefendantResult;
  updateDefendant: DefendantResult;
  deleteDefendant: DeleteResult;
  addCount: CountResult;
  updateCount: CountResult;
  deleteCount: DeleteResult;
  /**
   * Adds a version of a provision: the version in force until then is closed on its validFrom; history is never
   * overwritten. Findings that depend on the provision are recomputed in the same transaction.
   */
  addProvisionVersion: ProvisionVersionResult;
  /** Sets a penalty's verification status, with the source that verifies it. */
  setPenaltyVerification: PenaltyResult;
  /**
   * Ends the protection of one of a decision's names (admins only; the reason is required and kept). Texts stored
   * before stay redacted; later writes are no longer redacted against the name. The name stays in
   * `protectedNameHistory`.
   */
  removeProtectedName: DecisionResult;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationCreateDecisionArgs = {
  input: DecisionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateDecisionArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteDecisionArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddDefendantArgs = {
  decisionId: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateDefendantArgs = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteDefendantArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddCountArgs = {
  defendantId: Scalars['ID']['input'];
  input: CountInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationUpdateCountArgs = {
  id: Scalars['ID']['input'];
  input: CountInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationDeleteCountArgs = {
  id: Scalars['ID']['input'];
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationAddProvisionVersionArgs = {
  citation: Scalars['String']['input'];
  input: ProvisionVersionInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationSetPenaltyVerificationArgs = {
  penaltyId: Scalars['ID']['input'];
  source: SourceInput;
};


/** Writes need an EDITOR key. Every write is validated, atomic, and kept in the audit log. */
export type MutationRemoveProtectedNameArgs = {
  decisionId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** The compliance verdict on a convicted count. */
export type FindingStatus =
  /** The served imprisonment is within the applicable range. */
  | 'COMPLIANT'
  /** The served imprisonment is below the applicable statutory minimum. */
  | 'BELOW_MINIMUM'
  /** The imprisonment is above the applicable maximum. */
  | 'ABOVE_MAXIMUM'
  /** The law data or the sentence data needed to decide is missing; the trace says what. */
  | 'UNDETERMINED';

/** Facts that explain a finding. */
export type FindingReason =
  /** No imprisonment to serve; only a fine. */
  | 'FINE_ONLY'
  /** The term of imprisonment was suspended (a suspended term is not served imprisonment). */
  | 'SUSPENDED'
  /** The court cited mitigating grounds. */
  | 'MITIGATION_CITED'
  /** Below even the lowest term the mitigation rules allow. */
  | 'BELOW_MITIGATION_FLOOR'
  /** Convicted under a different, lesser provision than the one charged. */
  | 'CHARGE_DOWNGRADED'
  /** A later, more lenient law applied instead of the law of the offence date. */
  | 'LEX_MITIOR_APPLIED'
  /** The range or its dates are not verified from a source: do not cite as fact. */
  | 'RANGE_UNVERIFIED'
  /** Circumstances were found but no aggravated form matches them; the basic range was used. */
  | 'NO_VARIANT_MATCH';

/** How well the law data behind a finding is sourced. */
export type FindingConfidence =
  /** Penalty figures and dates verified from the primary text. */
  | 'PRIMARY_SOURCE'
  /** The weakest figure or date comes from a secondary source. */
  | 'SECONDARY_SOURCE'
  /** Some figure or date is unverified. */
  | 'UNVERIFIED'
  /** No range applied (undetermined). */
  | 'NOT_APPLICABLE';

/** Why a law version is, or is not, the applicable law. */
export type CandidateReason =
  | 'IN_FORCE_ON_OFFENCE_DATE'
  | 'MORE_LENIENT'
  | 'NOT_MORE_LENIENT'
  | 'LENIENCY_UNKNOWN';

/** One step of a reasoned trace: a sentence a monitor can quote, and the same facts as data. */
export type TraceStep = {
  __typename?: 'TraceStep';
  step: Scalars['String']['output'];
  sentence: Scalars['String']['output'];
  data: Scalars['JSON']['output'];
};

/** A statutory range: one penalty variant of one provision version. */
export type PenaltyRange = {
  __typename?: 'PenaltyRange';
  /** e.g. `PCCK Art. 139`. */
  citation: Scalars['String']['output'];
  provision: Provision;
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
  variant: Scalars['String']['output'];
  circumstances: Array<Circumstance>;
  offenceClass: OffenceClass;
  minMonths?: Maybe<Scalars['Int']['output']>;
  maxMonths?: Maybe<Scalars['Int']['output']>;
  lifeImprisonment: Scalars['Boolean']['output'];
  fineMinEur?: Maybe<Scalars['Float']['output']>;
  fineMaxEur?: Maybe<Scalars['Float']['output']>;
  fineMode: FineMode;
  /** Source of the penalty figures. */
  penaltySource: Source;
  /** Source of the version's text and dates. */
  versionSource: Source;
};

/** A law version that could have applied. */
export type CandidateLaw = {
  __typename?: 'CandidateLaw';
  citation: Scalars['String']['output'];
  validFrom: Scalars['Date']['output'];
  validTo?: Maybe<Scalars['Date']['output']>;
  range?: Maybe<PenaltyRange>;
  noVariantMatch: Scalars['Boolean']['output'];
  reason: CandidateReason;
  chosen: Scalars['Boolean']['output'];
  explanation: Scalars['String']['output'];
};

/** The range that applies to an offence, and why. */
export type ApplicablePenalty = {
  __typename?: 'ApplicablePenalty';
  /** The provision the citation named. */
  provision: Provision;
  /** The applicable range; null when none could be determined (the trace says why). */
  range?: Maybe<PenaltyRange>;
  variant?: Maybe<Scalars['String']['output']>;
  noVariantMatch: Scalars['Boolean']['output'];
  lexMitiorApplied: Scalars['Boolean']['output'];
  /** A later version might be more lenient, but a missing figure prevents the comparison. */
  lexMitiorUndecided: Scalars['Boolean']['output'];
  confidence: FindingConfidence;
  candidates: Array<CandidateLaw>;
  trace: Array<TraceStep>;
  /** The trace's sentences as one paragraph. */
  explanation: Scalars['String']['output'];
};

/** The compliance verdict on one convicted count, kept fresh whenever the count or the law changes. */
export type Finding = Node & {
  __typename?: 'Finding';
  /** The count's id. */
  id: Scalars['ID']['output'];
  count: Count;
  decision: Decision;
  status: FindingStatus;
  reasons: Array<FindingReason>;
  /** Months the served imprisonment falls short of the minimum (BELOW_MINIMUM only). */
  shortfallMonths?: Maybe<Scalars['Float']['output']>;
  confidence: FindingConfidence;
  /** Imprisonment to serve, in months (0 when suspended or fine only). */
  imposedMonths?: Maybe<Scalars['Float']['output']>;
  applicableCitation?: Maybe<Scalars['String']['output']>;
  applicableProvision?: Maybe<Provision>;
  minimumMonths?: Maybe<Scalars['Int']['output']>;
  maximumMonths?: Maybe<Scalars['Int']['output']>;
  trace: Array<TraceStep>;
  /** The trace's sentences as one paragraph, ready to quote. */
  explanation: Scalars['String']['output'];
  /** The stage of the decision this finding is on. */
  stage: Stage;
  /** True when no later decision in the case (an appeal of it, or a retrial after it) reviews this count. */
  final: Scalars['Boolean']['output'];
  /**
   * The finding of the last decision in the case on the same defendant and count: itself when final; null when the
   * case ends without a conviction on it, or when the last word cannot be told (`finalNote` says which).
   */
  finalFinding?: Maybe<Finding>;
  /** How the last word was found, decision by decision, or why it cannot be told. */
  finalNote: Scalars['String']['output'];
};

/** The stage of the proceedings a decision belongs to. */
export type Stage =
  | 'FIRST_INSTANCE'
  | 'APPEAL'
  | 'SUPREME';

export type FindingFilter = {
  /** Decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  /** A court by name or alias. */
  court?: InputMaybe<Scalars['String']['input']>;
  /** A provision by citation (its article when a paragraph is cited). */
  provision?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<FindingStatus>;
  /** Findings that carry all of these reasons. */
  reasons?: InputMaybe<Array<FindingReason>>;
  confidence?: InputMaybe<FindingConfidence>;
  /** Only decisions of these provenances (e.g. leave out SYNTHETIC). */
  provenance?: InputMaybe<Array<Provenance>>;
  /** Only findings on decisions of these stages. */
  stage?: InputMaybe<Array<Stage>>;
  /** Only the last word on each count: findings whose decision no later decision (appeal or retrial) follows. */
  finalOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

/** Findings, newest decision first. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** A dimension to group compliance statistics by. */
export type StatsDimension =
  /** The decision's year. */
  | 'YEAR'
  | 'COURT'
  /** The convicted provision. */
  | 'PROVISION'
  | 'STATUS'
  /** The stage of the decision: first instance, appeal or supreme. */
  | 'STAGE'
  /** The presiding judge, where recorded (null groups the findings without one). */
  | 'JUDGE'
  /** Whether the count was convicted under a lesser provision than the one charged (reason CHARGE_DOWNGRADED). */
  | 'DOWNGRADED';

/** Compliance statistics of one group of findings. Key fields not grouped by are null. */
export type ComplianceBucket = {
  __typename?: 'ComplianceBucket';
  year?: Maybe<Scalars['Int']['output']>;
  court?: Maybe<Court>;
  provision?: Maybe<Provision>;
  status?: Maybe<FindingStatus>;
  stage?: Maybe<Stage>;
  judge?: Maybe<Scalars['String']['output']>;
  downgraded?: Maybe<Scalars['Boolean']['output']>;
  /** What `total` and the other counts count: convicted counts, each with its own finding. */
  unit: Scalars['String']['output'];
  total: Scalars['Int']['output'];
  compliant: Scalars['Int']['output'];
  belowMinimum: Scalars['Int']['output'];
  aboveMaximum: Scalars['Int']['output'];
  undetermined: Scalars['Int']['output'];
  /** belowMinimum / total. */
  shareBelowMinimum: Scalars['Float']['output'];
  /** Median imprisonment to serve, in months, over findings that have one. */
  medianImposedMonths?: Maybe<Scalars['Float']['output']>;
  /** Median applicable minimum, in months, over findings that have one. */
  medianMinimumMonths?: Maybe<Scalars['Float']['output']>;
  /**
   * Findings below the minimum whose final finding (the last word after appeal or retrial) is not below it: the
   * sentence was raised on appeal, or set within the range at a retrial. A conviction that the case ends without is
   * not counted here, nor a finding whose last word cannot be told.
   */
  correctedOnAppeal: Scalars['Int']['output'];
  /** The findings behind this bucket. */
  findings: FindingConnection;
};


/** Compliance statistics of one group of findings. Key fields not grouped by are null. */
export type ComplianceBucketFindingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** What a search hit is. */
export type SearchHitKind =
  | 'PROVISION'
  | 'DECISION';

export type SearchFilter = {
  /** Only these kinds of hit. */
  kinds?: InputMaybe<Array<SearchHitKind>>;
  /** Only provisions of these instruments (ids, e.g. `ks-law/04-L-082`). */
  instruments?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only decisions of this court (a name or alias in any language), as every other filter names it. */
  court?: InputMaybe<Scalars['String']['input']>;
  /**
   * Only decisions of these courts (names or aliases).
   * @deprecated Use `court`, as the other filters do; `courts` is accepted until 2027-06.
   */
  courts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only decisions of this year or later. */
  yearFrom?: InputMaybe<Scalars['Int']['input']>;
  /** Only decisions of this year or earlier. */
  yearTo?: InputMaybe<Scalars['Int']['input']>;
  /** Only decisions with a finding of one of these statuses. */
  findingStatuses?: InputMaybe<Array<FindingStatus>>;
};

/** A provision or a decision that matches the query. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The document id: `provision-<id>` or `decision-<id>`. */
  id: Scalars['ID']['output'];
  kind: SearchHitKind;
  title: Scalars['String']['output'];
  /** A fragment of the matching text, HTML-escaped, with matches in <mark>…</mark>; null when none. */
  highlight?: Maybe<Scalars['String']['output']>;
  /** The engine's relevance score; null for a provision ranked first because the query cites it. */
  score?: Maybe<Scalars['Float']['output']>;
  provision?: Maybe<Provision>;
  decision?: Maybe<Decision>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  value: Scalars['String']['output'];
  /** A readable name: the court's or instrument's name; the value itself otherwise. */
  label: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** Counts of the matching documents by kind, instrument, court, year and finding status. */
export type SearchFacets = {
  __typename?: 'SearchFacets';
  kind: Array<FacetValue>;
  instrument: Array<FacetValue>;
  court: Array<FacetValue>;
  year: Array<FacetValue>;
  findingStatus: Array<FacetValue>;
};

export type SearchEdge = {
  __typename?: 'SearchEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchConnection = {
  __typename?: 'SearchConnection';
  edges: Array<SearchEdge>;
  pageInfo: PageInfo;
  /** An estimate of the number of matching documents. */
  estimatedTotal: Scalars['Int']['output'];
  facets: SearchFacets;
  /**
   * True when `estimatedTotal` and every facet count count each matching document. False when they are estimates:
   * the PostgreSQL engine counts a query matching more than about 2,000 documents on a uniform sample of the index
   * and scales the counts up (a value rare among the matches may then be missing from a facet); Meilisearch estimates
   * its total.
   */
  countsExact: Scalars['Boolean']['output'];
  /** The engine that answered: `postgres` or `meilisearch`. */
  engine: Scalars['String']['output'];
};

/** How far an index lags behind the database. */
export type SearchIndexLag = {
  __typename?: 'SearchIndexLag';
  /** `postgres` or `meilisearch`. */
  target: Scalars['String']['output'];
  /** Documents waiting to be delivered. */
  pending: Scalars['Int']['output'];
  /** Of those, documents the index has refused at least once (retried with backoff). */
  failing: Scalars['Int']['output'];
  /** Age of the oldest waiting document, in seconds; null when none waits. */
  oldestPendingSeconds?: Maybe<Scalars['Float']['output']>;
};

export type SearchHealth = {
  __typename?: 'SearchHealth';
  /** The engine that serves search. */
  engine: Scalars['String']['output'];
  /** Every index with documents waiting (an index in step is not listed). */
  lag: Array<SearchIndexLag>;
};

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
    | ( DecisionEntityMapper )
    | ( DefendantEntityMapper )
    | ( CountEntityMapper )
    | ( ProvisionAtMapper )
    | ( CourtEntityMapper )
    | ( InstrumentEntityMapper )
    | ( ProvisionVersionEntityMapper )
    | ( PenaltyEntityMapper )
    | ( FindingEntityMapper )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  LocalizedText: ResolverTypeWrapper<LocalizedTextModelMapper>;
  TextLanguage: TextLanguage;
  VerificationStatus: VerificationStatus;
  Source: ResolverTypeWrapper<SourceRefMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Health: ResolverTypeWrapper<Health>;
  DecisionType: DecisionType;
  Verdict: Verdict;
  Provenance: Provenance;
  DatePrecision: DatePrecision;
  AppealOutcome: AppealOutcome;
  Decision: ResolverTypeWrapper<DecisionEntityMapper>;
  AppealLink: ResolverTypeWrapper<AppealLinkModelMapper>;
  Defendant: ResolverTypeWrapper<DefendantEntityMapper>;
  Count: ResolverTypeWrapper<CountEntityMapper>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DecisionFilter: DecisionFilter;
  DecisionEdge: ResolverTypeWrapper<DecisionEdgeModelMapper>;
  DecisionConnection: ResolverTypeWrapper<DecisionPageMapper>;
  Provision: ResolverTypeWrapper<ProvisionAtMapper>;
  CourtLevel: CourtLevel;
  Court: ResolverTypeWrapper<CourtEntityMapper>;
  ComparableSentencesFilter: ComparableSentencesFilter;
  SentencePercentiles: ResolverTypeWrapper<SentencePercentiles>;
  SentenceBand: ResolverTypeWrapper<SentenceBand>;
  SentenceShare: ResolverTypeWrapper<SentenceShare>;
  SentenceShares: ResolverTypeWrapper<SentenceShares>;
  AppliedRange: ResolverTypeWrapper<AppliedRangeMapper>;
  SentenceDistribution: ResolverTypeWrapper<SentenceDistributionModelMapper>;
  DataVersion: ResolverTypeWrapper<DataVersionModelMapper>;
  InstrumentKind: InstrumentKind;
  ProvisionKind: ProvisionKind;
  FineMode: FineMode;
  OffenceClass: OffenceClass;
  Circumstance: Circumstance;
  Instrument: ResolverTypeWrapper<InstrumentEntityMapper>;
  ProvisionVersion: ResolverTypeWrapper<ProvisionVersionEntityMapper>;
  Penalty: ResolverTypeWrapper<PenaltyEntityMapper>;
  DateBoundary: ResolverTypeWrapper<Omit<DateBoundary, 'source'> & { source: ResolversTypes['Source'] }>;
  MitigationRule: ResolverTypeWrapper<MitigationRuleEntityMapper>;
  ProvisionFilter: ProvisionFilter;
  InputError: ResolverTypeWrapper<InputError>;
  MutationError: ResolverTypeWrapper<MutationError>;
  DecisionInput: DecisionInput;
  CountInput: CountInput;
  SourceInput: SourceInput;
  PenaltyInput: PenaltyInput;
  ProvisionVersionInput: ProvisionVersionInput;
  DecisionResult: ResolverTypeWrapper<DecisionResultModelMapper>;
  DefendantResult: ResolverTypeWrapper<DefendantResultModelMapper>;
  CountResult: ResolverTypeWrapper<CountResultModelMapper>;
  ProvisionVersionResult: ResolverTypeWrapper<VersionResultModelMapper>;
  PenaltyResult: ResolverTypeWrapper<PenaltyResultModelMapper>;
  DeleteResult: ResolverTypeWrapper<DeleteResult>;
  AuditEntry: ResolverTypeWrapper<AuditRowMapper>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  ProtectedNameEntry: ResolverTypeWrapper<ProtectedNameEntry>;
  RedactionPreviewInput: RedactionPreviewInput;
  RedactionReason: RedactionReason;
  RedactionSegment: ResolverTypeWrapper<RedactionSegment>;
  RedactedTextPreview: ResolverTypeWrapper<RedactedTextPreview>;
  RedactedUrlPreview: ResolverTypeWrapper<RedactedUrlPreview>;
  RedactionPreview: ResolverTypeWrapper<RedactionPreview>;
  RedactionPreviewResult: ResolverTypeWrapper<RedactionPreviewResult>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  FindingStatus: FindingStatus;
  FindingReason: FindingReason;
  FindingConfidence: FindingConfidence;
  CandidateReason: CandidateReason;
  TraceStep: ResolverTypeWrapper<TraceStepMapper>;
  PenaltyRange: ResolverTypeWrapper<ApplicableRangeMapper>;
  CandidateLaw: ResolverTypeWrapper<CandidateLawMapper>;
  ApplicablePenalty: ResolverTypeWrapper<ApplicablePenaltyModelMapper>;
  Finding: ResolverTypeWrapper<FindingEntityMapper>;
  Stage: Stage;
  FindingFilter: FindingFilter;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingConnection: ResolverTypeWrapper<FindingPageMapper>;
  StatsDimension: StatsDimension;
  ComplianceBucket: ResolverTypeWrapper<ComplianceBucketModelMapper>;
  SearchHitKind: SearchHitKind;
  SearchFilter: SearchFilter;
  SearchHit: ResolverTypeWrapper<SearchHitMapper>;
  FacetValue: ResolverTypeWrapper<FacetValue>;
  SearchFacets: ResolverTypeWrapper<SearchFacets>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchConnection: ResolverTypeWrapper<SearchPageMapper>;
  SearchIndexLag: ResolverTypeWrapper<SearchIndexLag>;
  SearchHealth: ResolverTypeWrapper<SearchHealth>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Date: Scalars['Date']['output'];
  JSON: Scalars['JSON']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  LocalizedText: LocalizedTextModelMapper;
  Source: SourceRefMapper;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Health: Health;
  Decision: DecisionEntityMapper;
  AppealLink: AppealLinkModelMapper;
  Defendant: DefendantEntityMapper;
  Count: CountEntityMapper;
  Float: Scalars['Float']['output'];
  DecisionFilter: DecisionFilter;
  DecisionEdge: DecisionEdgeModelMapper;
  DecisionConnection: DecisionPageMapper;
  Provision: ProvisionAtMapper;
  Court: CourtEntityMapper;
  ComparableSentencesFilter: ComparableSentencesFilter;
  SentencePercentiles: SentencePercentiles;
  SentenceBand: SentenceBand;
  SentenceShare: SentenceShare;
  SentenceShares: SentenceShares;
  AppliedRange: AppliedRangeMapper;
  SentenceDistribution: SentenceDistributionModelMapper;
  DataVersion: DataVersionModelMapper;
  Instrument: InstrumentEntityMapper;
  ProvisionVersion: ProvisionVersionEntityMapper;
  Penalty: PenaltyEntityMapper;
  DateBoundary: Omit<DateBoundary, 'source'> & { source: ResolversParentTypes['Source'] };
  MitigationRule: MitigationRuleEntityMapper;
  ProvisionFilter: ProvisionFilter;
  InputError: InputError;
  MutationError: MutationError;
  DecisionInput: DecisionInput;
  CountInput: CountInput;
  SourceInput: SourceInput;
  PenaltyInput: PenaltyInput;
  ProvisionVersionInput: ProvisionVersionInput;
  DecisionResult: DecisionResultModelMapper;
  DefendantResult: DefendantResultModelMapper;
  CountResult: CountResultModelMapper;
  ProvisionVersionResult: VersionResultModelMapper;
  PenaltyResult: PenaltyResultModelMapper;
  DeleteResult: DeleteResult;
  AuditEntry: AuditRowMapper;
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  ProtectedNameEntry: ProtectedNameEntry;
  RedactionPreviewInput: RedactionPreviewInput;
  RedactionSegment: RedactionSegment;
  RedactedTextPreview: RedactedTextPreview;
  RedactedUrlPreview: RedactedUrlPreview;
  RedactionPreview: RedactionPreview;
  RedactionPreviewResult: RedactionPreviewResult;
  Mutation: Record<PropertyKey, never>;
  TraceStep: TraceStepMapper;
  PenaltyRange: ApplicableRangeMapper;
  CandidateLaw: CandidateLawMapper;
  ApplicablePenalty: ApplicablePenaltyModelMapper;
  Finding: FindingEntityMapper;
  FindingFilter: FindingFilter;
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingConnection: FindingPageMapper;
  ComplianceBucket: ComplianceBucketModelMapper;
  SearchFilter: SearchFilter;
  SearchHit: SearchHitMapper;
  FacetValue: FacetValue;
  SearchFacets: SearchFacets;
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchConnection: SearchPageMapper;
  SearchIndexLag: SearchIndexLag;
  SearchHealth: SearchHealth;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Decision' | 'Defendant' | 'Count' | 'Provision' | 'Court' | 'Instrument' | 'ProvisionVersion' | 'Penalty' | 'Finding', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  sq?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sr?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  en?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<QueryDecisionsArgs, 'first'>>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, Partial<QueryDecisionArgs>>;
  courts?: Resolver<Array<ResolversTypes['Court']>, ParentType, ContextType>;
  court?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType, RequireFields<QueryCourtArgs, 'name'>>;
  comparableSentences?: Resolver<ResolversTypes['SentenceDistribution'], ParentType, ContextType, RequireFields<QueryComparableSentencesArgs, 'filter'>>;
  dataVersion?: Resolver<ResolversTypes['DataVersion'], ParentType, ContextType>;
  instruments?: Resolver<Array<ResolversTypes['Instrument']>, ParentType, ContextType>;
  instrument?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType, RequireFields<QueryInstrumentArgs, 'id'>>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType, RequireFields<QueryProvisionArgs, 'citation'>>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType, Partial<QueryProvisionsArgs>>;
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  previewRedaction?: Resolver<ResolversTypes['RedactionPreviewResult'], ParentType, ContextType, RequireFields<QueryPreviewRedactionArgs, 'input'>>;
  applicablePenalty?: Resolver<ResolversTypes['ApplicablePenalty'], ParentType, ContextType, RequireFields<QueryApplicablePenaltyArgs, 'citation' | 'offenceDate'>>;
  sentencingFindings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<QuerySentencingFindingsArgs, 'first'>>;
  complianceStats?: Resolver<Array<ResolversTypes['ComplianceBucket']>, ParentType, ContextType, RequireFields<QueryComplianceStatsArgs, 'groupBy'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'query' | 'first'>>;
  searchHealth?: Resolver<ResolversTypes['SearchHealth'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  databaseReachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  court?: Resolver<ResolversTypes['Court'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  decisionType?: Resolver<ResolversTypes['DecisionType'], ParentType, ContextType>;
  final?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  finalOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  presidingJudge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrlWithheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  defendants?: Resolver<Array<ResolversTypes['Defendant']>, ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  reviewed?: Resolver<Array<ResolversTypes['AppealLink']>, ParentType, ContextType>;
  reviewedBy?: Resolver<Array<ResolversTypes['AppealLink']>, ParentType, ContextType>;
  retrialAfter?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  retrials?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  protectedNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  protectedNameHistory?: Resolver<Array<ResolversTypes['ProtectedNameEntry']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AppealLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppealLink'] = ResolversParentTypes['AppealLink']> = ResolversObject<{
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AppealOutcome']>, ParentType, ContextType>;
}>;

export type DefendantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Defendant'] = ResolversParentTypes['Defendant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counts?: Resolver<Array<ResolversTypes['Count']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Count'] = ResolversParentTypes['Count']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  defendant?: Resolver<ResolversTypes['Defendant'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  offenceDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  chargedCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chargedProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  convictedCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convictedProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  verdict?: Resolver<Maybe<ResolversTypes['Verdict']>, ParentType, ContextType>;
  imprisonmentMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  suspended?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  fineEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  mitigationCited?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DecisionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
}>;

export type DecisionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProvisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provision'] = ResolversParentTypes['Provision']> = ResolversObject<{
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, RequireFields<ProvisionDecisionsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  instrument?: Resolver<ResolversTypes['Instrument'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvisionKind'], ParentType, ContextType>;
  heading?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  inForce?: Resolver<Maybe<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
  inForceNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citationNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionFullTextArgs, 'language'>>;
  fullTextNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvisionFullTextNoteArgs, 'language'>>;
  predecessors?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  successionChain?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CourtResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Court'] = ResolversParentTypes['Court']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['CourtLevel'], ParentType, ContextType>;
  seat?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SentencePercentilesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentencePercentiles'] = ResolversParentTypes['SentencePercentiles']> = ResolversObject<{
  p10?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p25?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p50?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p75?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  p90?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SentenceBandResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceBand'] = ResolversParentTypes['SentenceBand']> = ResolversObject<{
  fromMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  toMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SentenceShareResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceShare'] = ResolversParentTypes['SentenceShare']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  share?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SentenceSharesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceShares'] = ResolversParentTypes['SentenceShares']> = ResolversObject<{
  imprisonment?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  suspended?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  fineOnly?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  noPenalty?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
  belowMinimum?: Resolver<ResolversTypes['SentenceShare'], ParentType, ContextType>;
}>;

export type AppliedRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppliedRange'] = ResolversParentTypes['AppliedRange']> = ResolversObject<{
  range?: Resolver<ResolversTypes['PenaltyRange'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SentenceDistributionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SentenceDistribution'] = ResolversParentTypes['SentenceDistribution']> = ResolversObject<{
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentenceUnknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  percentileMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percentiles?: Resolver<Maybe<ResolversTypes['SentencePercentiles']>, ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['SentenceBand']>, ParentType, ContextType>;
  shares?: Resolver<ResolversTypes['SentenceShares'], ParentType, ContextType>;
  meanImprisonmentMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanSuspendedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meanFineOnlyEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  undetermined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unverified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ranges?: Resolver<Array<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  appliedRanges?: Resolver<Array<ResolversTypes['AppliedRange']>, ParentType, ContextType>;
  countingRules?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<SentenceDistributionFindingsArgs, 'first'>>;
}>;

export type DataVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DataVersion'] = ResolversParentTypes['DataVersion']> = ResolversObject<{
  lawRevision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  findingsVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InstrumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstrumentKind'], ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  adoptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  inForceFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  repealedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  datesSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citationAliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['Provision']>, ParentType, ContextType>;
  mitigationRules?: Resolver<Array<ResolversTypes['MitigationRule']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvisionVersionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvisionVersion'] = ResolversParentTypes['ProvisionVersion']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validFromBoundary?: Resolver<ResolversTypes['DateBoundary'], ParentType, ContextType>;
  validToBoundary?: Resolver<Maybe<ResolversTypes['DateBoundary']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['LocalizedText'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  penalties?: Resolver<Array<ResolversTypes['Penalty']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PenaltyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Penalty'] = ResolversParentTypes['Penalty']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  offenceClass?: Resolver<ResolversTypes['OffenceClass'], ParentType, ContextType>;
  imprisonmentMinMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  imprisonmentMaxMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lifeImprisonment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fineMinEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMaxEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMode?: Resolver<ResolversTypes['FineMode'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  furtherSources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DateBoundaryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DateBoundary'] = ResolversParentTypes['DateBoundary']> = ResolversObject<{
  verification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  earliest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  boundsVerification?: Resolver<ResolversTypes['VerificationStatus'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type MitigationRuleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MitigationRule'] = ResolversParentTypes['MitigationRule']> = ResolversObject<{
  statutoryMinimumFromMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  floorMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fineSubstitutionAllowed?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type InputErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InputError'] = ResolversParentTypes['InputError']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MutationError'] = ResolversParentTypes['MutationError']> = ResolversObject<{
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputErrors?: Resolver<Array<ResolversTypes['InputError']>, ParentType, ContextType>;
}>;

export type DecisionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionResult'] = ResolversParentTypes['DecisionResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
}>;

export type DefendantResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DefendantResult'] = ResolversParentTypes['DefendantResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  defendant?: Resolver<Maybe<ResolversTypes['Defendant']>, ParentType, ContextType>;
}>;

export type CountResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CountResult'] = ResolversParentTypes['CountResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Count']>, ParentType, ContextType>;
}>;

export type ProvisionVersionResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProvisionVersionResult'] = ResolversParentTypes['ProvisionVersionResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['ProvisionVersion']>, ParentType, ContextType>;
}>;

export type PenaltyResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PenaltyResult'] = ResolversParentTypes['PenaltyResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  penalty?: Resolver<Maybe<ResolversTypes['Penalty']>, ParentType, ContextType>;
}>;

export type DeleteResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeleteResult'] = ResolversParentTypes['DeleteResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export type AuditEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type AuditConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ProtectedNameEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ProtectedNameEntry'] = ResolversParentTypes['ProtectedNameEntry']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RedactionSegmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionSegment'] = ResolversParentTypes['RedactionSegment']> = ResolversObject<{
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redacted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['RedactionReason']>, ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type RedactedTextPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactedTextPreview'] = ResolversParentTypes['RedactedTextPreview']> = ResolversObject<{
  public?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['RedactionSegment']>, ParentType, ContextType>;
}>;

export type RedactedUrlPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactedUrlPreview'] = ResolversParentTypes['RedactedUrlPreview']> = ResolversObject<{
  public?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withheld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  segments?: Resolver<Array<ResolversTypes['RedactionSegment']>, ParentType, ContextType>;
}>;

export type RedactionPreviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionPreview'] = ResolversParentTypes['RedactionPreview']> = ResolversObject<{
  protectedNames?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  sourceNote?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  presidingJudge?: Resolver<Maybe<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['RedactedUrlPreview']>, ParentType, ContextType>;
  countNotes?: Resolver<Array<ResolversTypes['RedactedTextPreview']>, ParentType, ContextType>;
  redactions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RedactionPreviewResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedactionPreviewResult'] = ResolversParentTypes['RedactionPreviewResult']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['MutationError']>, ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['RedactionPreview']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createDecision?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationCreateDecisionArgs, 'input'>>;
  updateDecision?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationUpdateDecisionArgs, 'id' | 'input'>>;
  deleteDecision?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDecisionArgs, 'id'>>;
  addDefendant?: Resolver<ResolversTypes['DefendantResult'], ParentType, ContextType, RequireFields<MutationAddDefendantArgs, 'decisionId' | 'label'>>;
  updateDefendant?: Resolver<ResolversTypes['DefendantResult'], ParentType, ContextType, RequireFields<MutationUpdateDefendantArgs, 'id' | 'label'>>;
  deleteDefendant?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteDefendantArgs, 'id'>>;
  addCount?: Resolver<ResolversTypes['CountResult'], ParentType, ContextType, RequireFields<MutationAddCountArgs, 'defendantId' | 'input'>>;
  updateCount?: Resolver<ResolversTypes['CountResult'], ParentType, ContextType, RequireFields<MutationUpdateCountArgs, 'id' | 'input'>>;
  deleteCount?: Resolver<ResolversTypes['DeleteResult'], ParentType, ContextType, RequireFields<MutationDeleteCountArgs, 'id'>>;
  addProvisionVersion?: Resolver<ResolversTypes['ProvisionVersionResult'], ParentType, ContextType, RequireFields<MutationAddProvisionVersionArgs, 'citation' | 'input'>>;
  setPenaltyVerification?: Resolver<ResolversTypes['PenaltyResult'], ParentType, ContextType, RequireFields<MutationSetPenaltyVerificationArgs, 'penaltyId' | 'source'>>;
  removeProtectedName?: Resolver<ResolversTypes['DecisionResult'], ParentType, ContextType, RequireFields<MutationRemoveProtectedNameArgs, 'decisionId' | 'name' | 'reason'>>;
}>;

export type TraceStepResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TraceStep'] = ResolversParentTypes['TraceStep']> = ResolversObject<{
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type PenaltyRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PenaltyRange'] = ResolversParentTypes['PenaltyRange']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  circumstances?: Resolver<Array<ResolversTypes['Circumstance']>, ParentType, ContextType>;
  offenceClass?: Resolver<ResolversTypes['OffenceClass'], ParentType, ContextType>;
  minMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lifeImprisonment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fineMinEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMaxEur?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  fineMode?: Resolver<ResolversTypes['FineMode'], ParentType, ContextType>;
  penaltySource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  versionSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
}>;

export type CandidateLawResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CandidateLaw'] = ResolversParentTypes['CandidateLaw']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  range?: Resolver<Maybe<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  noVariantMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['CandidateReason'], ParentType, ContextType>;
  chosen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ApplicablePenaltyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApplicablePenalty'] = ResolversParentTypes['ApplicablePenalty']> = ResolversObject<{
  provision?: Resolver<ResolversTypes['Provision'], ParentType, ContextType>;
  range?: Resolver<Maybe<ResolversTypes['PenaltyRange']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  noVariantMatch?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lexMitiorApplied?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lexMitiorUndecided?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FindingConfidence'], ParentType, ContextType>;
  candidates?: Resolver<Array<ResolversTypes['CandidateLaw']>, ParentType, ContextType>;
  trace?: Resolver<Array<ResolversTypes['TraceStep']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Count'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['FindingReason']>, ParentType, ContextType>;
  shortfallMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['FindingConfidence'], ParentType, ContextType>;
  imposedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  applicableCitation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applicableProvision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  minimumMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maximumMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  trace?: Resolver<Array<ResolversTypes['TraceStep']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['Stage'], ParentType, ContextType>;
  final?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  finalFinding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  finalNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ComplianceBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ComplianceBucket'] = ResolversParentTypes['ComplianceBucket']> = ResolversObject<{
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  court?: Resolver<Maybe<ResolversTypes['Court']>, ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['FindingStatus']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  judge?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downgraded?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  compliant?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  belowMinimum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  aboveMaximum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undetermined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  shareBelowMinimum?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  medianImposedMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianMinimumMonths?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  correctedOnAppeal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, RequireFields<ComplianceBucketFindingsArgs, 'first'>>;
}>;

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlight?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  provision?: Resolver<Maybe<ResolversTypes['Provision']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
}>;

export type FacetValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FacetValue'] = ResolversParentTypes['FacetValue']> = ResolversObject<{
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SearchFacetsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchFacets'] = ResolversParentTypes['SearchFacets']> = ResolversObject<{
  kind?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  instrument?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  court?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  year?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
  findingStatus?: Resolver<Array<ResolversTypes['FacetValue']>, ParentType, ContextType>;
}>;

export type SearchEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
}>;

export type SearchConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  estimatedTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['SearchFacets'], ParentType, ContextType>;
  countsExact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SearchIndexLagResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchIndexLag'] = ResolversParentTypes['SearchIndexLag']> = ResolversObject<{
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestPendingSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type SearchHealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHealth'] = ResolversParentTypes['SearchHealth']> = ResolversObject<{
  engine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lag?: Resolver<Array<ResolversTypes['SearchIndexLag']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Decision?: DecisionResolvers<ContextType>;
  AppealLink?: AppealLinkResolvers<ContextType>;
  Defendant?: DefendantResolvers<ContextType>;
  Count?: CountResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  Provision?: ProvisionResolvers<ContextType>;
  Court?: CourtResolvers<ContextType>;
  SentencePercentiles?: SentencePercentilesResolvers<ContextType>;
  SentenceBand?: SentenceBandResolvers<ContextType>;
  SentenceShare?: SentenceShareResolvers<ContextType>;
  SentenceShares?: SentenceSharesResolvers<ContextType>;
  AppliedRange?: AppliedRangeResolvers<ContextType>;
  SentenceDistribution?: SentenceDistributionResolvers<ContextType>;
  DataVersion?: DataVersionResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  ProvisionVersion?: ProvisionVersionResolvers<ContextType>;
  Penalty?: PenaltyResolvers<ContextType>;
  DateBoundary?: DateBoundaryResolvers<ContextType>;
  MitigationRule?: MitigationRuleResolvers<ContextType>;
  InputError?: InputErrorResolvers<ContextType>;
  MutationError?: MutationErrorResolvers<ContextType>;
  DecisionResult?: DecisionResultResolvers<ContextType>;
  DefendantResult?: DefendantResultResolvers<ContextType>;
  CountResult?: CountResultResolvers<ContextType>;
  ProvisionVersionResult?: ProvisionVersionResultResolvers<ContextType>;
  PenaltyResult?: PenaltyResultResolvers<ContextType>;
  DeleteResult?: DeleteResultResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  ProtectedNameEntry?: ProtectedNameEntryResolvers<ContextType>;
  RedactionSegment?: RedactionSegmentResolvers<ContextType>;
  RedactedTextPreview?: RedactedTextPreviewResolvers<ContextType>;
  RedactedUrlPreview?: RedactedUrlPreviewResolvers<ContextType>;
  RedactionPreview?: RedactionPreviewResolvers<ContextType>;
  RedactionPreviewResult?: RedactionPreviewResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  TraceStep?: TraceStepResolvers<ContextType>;
  PenaltyRange?: PenaltyRangeResolvers<ContextType>;
  CandidateLaw?: CandidateLawResolvers<ContextType>;
  ApplicablePenalty?: ApplicablePenaltyResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  ComplianceBucket?: ComplianceBucketResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  FacetValue?: FacetValueResolvers<ContextType>;
  SearchFacets?: SearchFacetsResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchIndexLag?: SearchIndexLagResolvers<ContextType>;
  SearchHealth?: SearchHealthResolvers<ContextType>;
}>;

