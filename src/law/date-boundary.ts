import type { DateBoundary, IsoDate, SourceRef } from './law.model';

/** The boundary of a day a source gives as such: its own interval, as sure as the source. */
export const exactBoundary = (day: IsoDate, source: SourceRef): DateBoundary => ({
  verification: source.verification,
  earliest: source.verification === 'UNVERIFIED' ? null : day,
  latest: source.verification === 'UNVERIFIED' ? null : day,
  boundsVerification: source.verification,
  source,
});

/**
 * Where a day lies against a boundary of uncertain date: `before` its earliest possible day, `after` (on or after)
 * its latest, or `inside` the interval, when the sources cannot tell on which side of the true day it falls.
 */
export function sideOf(day: IsoDate, boundary: DateBoundary): 'before' | 'inside' | 'after' {
  if (boundary.earliest !== null && day < boundary.earliest) return 'before';
  if (boundary.latest !== null && day >= boundary.latest) return 'after';
  return 'inside';
}
