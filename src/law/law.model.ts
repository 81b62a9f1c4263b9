/**
 * Plain data shapes of the law, shared by the pure core (citation parsing, applicable-law resolution,
 * compliance evaluation), the seeds and the repositories. No database, no GraphQL here.
 */

import * as SchemaEnum from '../shared/generated/schema-types';
import type { IsoDate } from '../shared/dates';
import type { Language } from '../shared/localized';
import type { SourceRef, VerificationStatus } from '../shared/source';

// The law speaks of days, languages and sources as the whole service does.
export type { IsoDate } from '../shared/dates';
export { LANGUAGES, type Language } from '../shared/localized';
export { VERIFICATION_STATUSES, type SourceRef, type VerificationStatus } from '../shared/source';

export const INSTRUMENT_KINDS = Object.values(SchemaEnum.InstrumentKind);
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const PROVISION_KINDS = Object.values(SchemaEnum.ProvisionKind);
export type ProvisionKind = (typeof PROVISION_KINDS)[number];

/**
 * How a fine combines with imprisonment. `NOT_ALTERNATIVE`: a source says imprisonment is the minimum penalty (so a
 * fine cannot replace it) but not whether a fine may be added.
 */
export const FINE_MODES = Object.values(SchemaEnum.FineMode);
export type FineMode = (typeof FINE_MODES)[number];

export const OFFENCE_CLASSES = Object.values(SchemaEnum.OffenceClass);
export type OffenceClass = (typeof OFFENCE_CLASSES)[number];

/** Circumstances a court may find; penalty variants are keyed by them. */
export const CIRCUMSTANCES = Object.values(SchemaEnum.Circumstance);
export type Circumstance = (typeof CIRCUMSTANCES)[number];

export const SUCCESSION_KINDS = ['REPLACED_BY', 'RENUMBERED_AS'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export interface PenaltyData {
  /** `BASIC`, or a name for an aggravated form (`VICTIM_CHILD`, `ORGANISED_GROUP`...). */
  variant: string;
  /** The circumstances that must all be found for this variant to apply (empty for the basic form). */
  circumstances: Circumstance[];
  offenceClass: OffenceClass;
  imprisonmentMinMonths: number | null;
  imprisonmentMaxMonths: number | null;
  lifeImprisonment: boolean;
  fineMinEur: number | null;
  fineMaxEur: number | null;
  fineMode: FineMode;
  source: SourceRef;
  /** Further sources that give the same figures (a court quoting the code, a second report). */
  furtherSources?: SourceRef[];
}

/**
 * How sure we are of a day a version entered into force or ceased to apply. A verified day is its own interval
 * (`earliest` = `latest` = the day). An unverified day carries the interval in which the true day must lie, from what
 * the sources say (a code published on 14 January 2019 entered into force on or after that day), with the
 * verification of those bounds; null bounds: the sources set none.
 */
export interface DateBoundary {
  verification: VerificationStatus;
  earliest: IsoDate | null;
  latest: IsoDate | null;
  boundsVerification: VerificationStatus;
  source: SourceRef;
}

export interface ProvisionVersionData {
  /** Half-open validity: in force from `validFrom` (inclusive) until `validTo` (exclusive); null = still in force. */
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** How sure we are of `validFrom`, and of `validTo` (null while the version is in force). */
  validFromBoundary: DateBoundary;
  validToBoundary: DateBoundary | null;
  text: Partial<Record<Language, string>>;
  penalties: PenaltyData[];
  /** Source of the text (and, where no boundary says otherwise, of the version). */
  source: SourceRef;
}

export interface MitigationRuleData {
  /** The tier applies when the statutory minimum is at least this many months. */
  statutoryMinimumFromMonths: number;
  /** The lowest term a court may impose when it cites mitigating grounds; null = unknown. */
  floorMonths: number | null;
  /** Whether mitigation may replace imprisonment with a fine; null = unknown. */
  fineSubstitutionAllowed: boolean | null;
  description: string;
  source: SourceRef;
}
