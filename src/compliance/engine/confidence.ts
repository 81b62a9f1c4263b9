/**
 * How far a finding (or an applicable range) can be cited: the weakest verification among the penalty figures of the
 * range it applied and the days that decided which law applied to it. A day that is not verified weakens only what
 * falls inside the interval in which its true date must lie; outside it, the bounds' own verification counts. Pure.
 */
import { sideOf } from '../../law/date-boundary';
import type { DateBoundary, IsoDate, VerificationStatus } from '../../law/law.model';
import type { DateFact, FindingConfidence } from './model';

const STRENGTH: Record<VerificationStatus, number> = {
  VERIFIED_PRIMARY: 2,
  VERIFIED_SECONDARY: 1,
  UNVERIFIED: 0,
};

const PHRASES: Record<VerificationStatus, string> = {
  VERIFIED_PRIMARY: 'checked against the primary text',
  VERIFIED_SECONDARY: 'taken from a secondary source',
  UNVERIFIED: 'unverified',
};

const isExact = (b: DateBoundary) => b.earliest !== null && b.earliest === b.latest;

/** A boundary held against a day: exact, it counts as sure as it is; inexact, it depends on the side the day is on. */
export function dateFact(
  event: string,
  day: IsoDate,
  boundary: DateBoundary,
  against: IsoDate,
  againstName: string,
): DateFact {
  const side = sideOf(against, boundary);
  const verification = isExact(boundary)
    ? boundary.verification
    : side === 'inside'
      ? boundary.verification
      : boundary.boundsVerification;
  return { event, day, boundary, against: againstName, side, verification };
}

export const weaker = (a: VerificationStatus, b: VerificationStatus) => (STRENGTH[a] <= STRENGTH[b] ? a : b);

const confidenceOf = (v: VerificationStatus): FindingConfidence =>
  v === 'VERIFIED_PRIMARY'
    ? 'PRIMARY_SOURCE'
    : v === 'VERIFIED_SECONDARY'
      ? 'SECONDARY_SOURCE'
      : 'UNVERIFIED';

export interface Confidence {
  confidence: FindingConfidence;
  /** The date fact that set it, when one is weaker than the penalty figures (else null: the figures set it). */
  setBy: DateFact | null;
}

/** The weakest of the penalty figures' verification and the date facts'. */
export function confidenceFrom(penalty: VerificationStatus, facts: readonly DateFact[]): Confidence {
  let weakest = penalty;
  let setBy: DateFact | null = null;
  for (const fact of facts) {
    if (STRENGTH[fact.verification] < STRENGTH[weakest]) {
      weakest = fact.verification;
      setBy = fact;
    }
  }
  return { confidence: confidenceOf(weakest), setBy };
}

/** The fact in words: when the day is known, or the interval the sources allow and where the day in question lies. */
export function describeFact(fact: DateFact): string {
  const { boundary, event, against } = fact;
  if (isExact(boundary)) return `${event} on ${fact.day} (${PHRASES[boundary.verification]})`;
  if (boundary.earliest === null && boundary.latest === null)
    return `${event} on a day not verified, which the sources do not bound, so ${against} could fall either side of it`;
  const interval =
    boundary.earliest === null
      ? `${event} on a day not verified, by ${boundary.latest} at the latest`
      : boundary.latest === null
        ? `${event} on a day not verified, on or after ${boundary.earliest}`
        : `${event} on a day not verified, between ${boundary.earliest} and ${boundary.latest}`;
  if (fact.side === 'inside') return `${interval}, and ${against} falls inside that interval`;
  return `${interval} (bounds ${PHRASES[boundary.boundsVerification]}), and ${against} falls ${fact.side} it`;
}

/** The confidence step's sentence: the figures' verification, the deciding days, and which of them set it. */
export function confidenceSentence(
  citation: string,
  penalty: VerificationStatus,
  facts: readonly DateFact[],
  { confidence, setBy }: Confidence,
  subject: 'finding' | 'range',
): string {
  const figures = `The penalty figures of ${citation} are ${PHRASES[penalty]}`;
  const days = facts.length
    ? `; the days that decided which law applied: ${facts.map(describeFact).join('; ')}`
    : '';
  const set = setBy === null ? 'the penalty figures' : `the day ${setBy.event}`;
  const tail = confidence === 'UNVERIFIED' ? `, so this ${subject} must not be cited as fact` : '';
  return `${figures}${days}. The weakest of these, ${set}, sets the confidence: ${confidence}${tail}.`;
}
