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
/** What a search hit is. */
export const SearchHitKind = {
  Provision: 'PROVISION',
  Decision: 'DECISION'
} as const;

export type SearchHitKind = typeof SearchHitKind[keyof typeof SearchHitKind];