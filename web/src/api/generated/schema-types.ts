export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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

/** A language of a text. */
export const TextLanguage = {
  Sq: 'SQ',
  Sr: 'SR',
  En: 'EN'
} as const;

export type TextLanguage = typeof TextLanguage[keyof typeof TextLanguage];
/** How sure we are of a legal figure, text or date. Unknown figures are null, never guessed. */
export const VerificationStatus = {
  /** Seen verbatim in the primary (official) text. */
  VerifiedPrimary: 'VERIFIED_PRIMARY',
  /** Taken from a secondary source: an official report, a diplomatic cable, a press report quoting the law. */
  VerifiedSecondary: 'VERIFIED_SECONDARY',
  /** Not confirmed in any source we hold: do not cite as fact. */
  Unverified: 'UNVERIFIED'
} as const;

export type VerificationStatus = typeof VerificationStatus[keyof typeof VerificationStatus];
/** The instance of a decision. */
export const DecisionType = {
  FirstInstance: 'FIRST_INSTANCE',
  Appeal: 'APPEAL',
  Supreme: 'SUPREME'
} as const;

export type DecisionType = typeof DecisionType[keyof typeof DecisionType];
/** The outcome of a count. */
export const Verdict = {
  Convicted: 'CONVICTED',
  Acquitted: 'ACQUITTED',
  Dismissed: 'DISMISSED'
} as const;

export type Verdict = typeof Verdict[keyof typeof Verdict];
/** Where a decision record comes from. */
export const Provenance = {
  /** From the official text of the decision. */
  Official: 'OFFICIAL',
  /** Reported in a named public source (press, NGO, government report); see `sourceUrl`. */
  Reported: 'REPORTED',
  /** A made-up example for demonstration and tests. Never evidence. */
  Synthetic: 'SYNTHETIC'
} as const;

export type Provenance = typeof Provenance[keyof typeof Provenance];
/** How precisely a decision's date is known. */
export const DatePrecision = {
  Day: 'DAY',
  /** Only the month is known; the date is the first of that month. */
  Month: 'MONTH',
  /** Only the year is known; the date is 1 January. */
  Year: 'YEAR'
} as const;

export type DatePrecision = typeof DatePrecision[keyof typeof DatePrecision];
/** What a higher court did with the decision it reviewed. */
export const AppealOutcome = {
  Affirms: 'AFFIRMS',
  Modifies: 'MODIFIES',
  Reverses: 'REVERSES',
  PartiallyGrants: 'PARTIALLY_GRANTS',
  Rejects: 'REJECTS',
  /** Annulled the decision and sent the case back for a retrial (see `Decision.retrials`). */
  Annuls: 'ANNULS'
} as const;

export type AppealOutcome = typeof AppealOutcome[keyof typeof AppealOutcome];
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

/** The compliance verdict on a convicted count. */
export const FindingStatus = {
  /** The served imprisonment is within the applicable range. */
  Compliant: 'COMPLIANT',
  /** The served imprisonment is below the applicable statutory minimum. */
  BelowMinimum: 'BELOW_MINIMUM',
  /** The imprisonment is above the applicable maximum. */
  AboveMaximum: 'ABOVE_MAXIMUM',
  /** The law data or the sentence data needed to decide is missing; the trace says what. */
  Undetermined: 'UNDETERMINED'
} as const;

export type FindingStatus = typeof FindingStatus[keyof typeof FindingStatus];
/** Facts that explain a finding. */
export const FindingReason = {
  /** No imprisonment to serve; only a fine. */
  FineOnly: 'FINE_ONLY',
  /** The term of imprisonment was suspended (a suspended term is not served imprisonment). */
  Suspended: 'SUSPENDED',
  /** The court cited mitigating grounds. */
  MitigationCited: 'MITIGATION_CITED',
  /** Below even the lowest term the mitigation rules allow. */
  BelowMitigationFloor: 'BELOW_MITIGATION_FLOOR',
  /** Convicted under a different, lesser provision than the one charged. */
  ChargeDowngraded: 'CHARGE_DOWNGRADED',
  /** A later, more lenient law applied instead of the law of the offence date. */
  LexMitiorApplied: 'LEX_MITIOR_APPLIED',
  /** The range or its dates are not verified from a source: do not cite as fact. */
  RangeUnverified: 'RANGE_UNVERIFIED',
  /** Circumstances were found but no aggravated form matches them; the basic range was used. */
  NoVariantMatch: 'NO_VARIANT_MATCH'
} as const;

export type FindingReason = typeof FindingReason[keyof typeof FindingReason];
/** How well the law data behind a finding is sourced. */
export const FindingConfidence = {
  /** Penalty figures and dates verified from the primary text. */
  PrimarySource: 'PRIMARY_SOURCE',
  /** The weakest figure or date comes from a secondary source. */
  SecondarySource: 'SECONDARY_SOURCE',
  /** Some figure or date is unverified. */
  Unverified: 'UNVERIFIED',
  /** No range applied (undetermined). */
  NotApplicable: 'NOT_APPLICABLE'
} as const;

export type FindingConfidence = typeof FindingConfidence[keyof typeof FindingConfidence];
/** Why a law version is, or is not, the applicable law. */
export const CandidateReason = {
  InForceOnOffenceDate: 'IN_FORCE_ON_OFFENCE_DATE',
  MoreLenient: 'MORE_LENIENT',
  NotMoreLenient: 'NOT_MORE_LENIENT',
  LeniencyUnknown: 'LENIENCY_UNKNOWN'
} as const;

export type CandidateReason = typeof CandidateReason[keyof typeof CandidateReason];
/** The stage of the proceedings a decision belongs to. */
export const Stage = {
  FirstInstance: 'FIRST_INSTANCE',
  Appeal: 'APPEAL',
  Supreme: 'SUPREME'
} as const;

export type Stage = typeof Stage[keyof typeof Stage];
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

/** A dimension to group compliance statistics by. */
export const StatsDimension = {
  /** The decision's year. */
  Year: 'YEAR',
  Court: 'COURT',
  /** The convicted provision. */
  Provision: 'PROVISION',
  Status: 'STATUS',
  /** The stage of the decision: first instance, appeal or supreme. */
  Stage: 'STAGE',
  /** The presiding judge, where recorded (null groups the findings without one). */
  Judge: 'JUDGE',
  /** Whether the count was convicted under a lesser provision than the one charged (reason CHARGE_DOWNGRADED). */
  Downgraded: 'DOWNGRADED'
} as const;

export type StatsDimension = typeof StatsDimension[keyof typeof StatsDimension];
/** The level of a court in Kosovo's judicial system. */
export const CourtLevel = {
  /** Municipal court (before the 2013 reform). */
  Municipal: 'MUNICIPAL',
  /** District court (before the 2013 reform). */
  District: 'DISTRICT',
  /** Minor offences court (before the 2013 reform). */
  MinorOffences: 'MINOR_OFFENCES',
  /** Basic court (from 2013). */
  Basic: 'BASIC',
  /** Court of Appeals (from 2013). */
  Appeals: 'APPEALS',
  Supreme: 'SUPREME',
  Special: 'SPECIAL'
} as const;

export type CourtLevel = typeof CourtLevel[keyof typeof CourtLevel];
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
export const RedactionReason = {
  /** The name or one of its parts, in any case, script, spelling or case ending (Krasniqit, Petrovićeva). */
  Name: 'NAME',
  /** A near spelling or another transliteration (Krasniqe, Petrovitch, Mariya). */
  NearSpelling: 'NEAR_SPELLING',
  /** Parts written together (ArditaKrasniqi, akrasniqi@...). */
  Joined: 'JOINED',
  /** Initials of the name's parts (A.K., М.П.). */
  Initials: 'INITIALS',
  /** Letters spaced out (A r d i t a). */
  SpacedLetters: 'SPACED_LETTERS',
  /** A word split by a line-end hyphen, a line break or a space (Kras-⏎niqi). */
  SplitWord: 'SPLIT_WORD'
} as const;

export type RedactionReason = typeof RedactionReason[keyof typeof RedactionReason];
/** Which convicted counts a sentence distribution is drawn from. */
export type ComparableSentencesFilter = {
  /**
   * Any citation of the succession chain (`CCK Art. 171`, `PCCK 139`, `neni 165 KPRK`): every provision of the chain
   * counts, each count against the law that applied to it.
   */
  provision: Scalars['String']['input'];
  /**
   * The day the citation is read as of, as `provision(citation, asOf)` reads it (a number that two codes share, as in
   * `neni 171 KPRK`, names the article of the code in force that day). Default today.
   */
  asOf?: InputMaybe<Scalars['Date']['input']>;
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

/** The kind of a legal act. */
export const InstrumentKind = {
  Regulation: 'REGULATION',
  Code: 'CODE',
  Law: 'LAW'
} as const;

export type InstrumentKind = typeof InstrumentKind[keyof typeof InstrumentKind];
/** The kind of a numbered unit of a legal act. */
export const ProvisionKind = {
  Article: 'ARTICLE',
  Section: 'SECTION',
  Paragraph: 'PARAGRAPH',
  Subparagraph: 'SUBPARAGRAPH'
} as const;

export type ProvisionKind = typeof ProvisionKind[keyof typeof ProvisionKind];
/** How a fine combines with imprisonment in a penalty. */
export const FineMode = {
  /** No fine is provided. */
  None: 'NONE',
  /** A fine or imprisonment. */
  Alternative: 'ALTERNATIVE',
  /** A fine and imprisonment. */
  Cumulative: 'CUMULATIVE',
  /** Imprisonment is the minimum penalty, so a fine cannot replace it; whether a fine may be added is not known. */
  NotAlternative: 'NOT_ALTERNATIVE',
  /** The source does not say. */
  Unknown: 'UNKNOWN'
} as const;

export type FineMode = typeof FineMode[keyof typeof FineMode];
/** Whether the penalty is for a criminal offence or a minor (misdemeanour) offence. */
export const OffenceClass = {
  CriminalOffence: 'CRIMINAL_OFFENCE',
  MinorOffence: 'MINOR_OFFENCE'
} as const;

export type OffenceClass = typeof OffenceClass[keyof typeof OffenceClass];
/** A circumstance a court may find; aggravated penalty variants are keyed by them. */
export const Circumstance = {
  VictimChild: 'VICTIM_CHILD',
  OrganisedGroup: 'ORGANISED_GROUP',
  OfficialCapacity: 'OFFICIAL_CAPACITY',
  DeathCaused: 'DEATH_CAUSED',
  SeriousHarm: 'SERIOUS_HARM',
  RepeatOffence: 'REPEAT_OFFENCE',
  Organiser: 'ORGANISER'
} as const;

export type Circumstance = typeof Circumstance[keyof typeof Circumstance];
export type ProvisionFilter = {
  /** Only provisions of this instrument (id). */
  instrument?: InputMaybe<Scalars['ID']['input']>;
  /** Only provisions with a version in force on this day. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only top-level provisions (articles, sections). */
  topLevelOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a search hit is. */
export const SearchHitKind = {
  Provision: 'PROVISION',
  Decision: 'DECISION'
} as const;

export type SearchHitKind = typeof SearchHitKind[keyof typeof SearchHitKind];
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
