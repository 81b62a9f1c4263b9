/**
 * Citations to provisions, over the law held: which provisions a parsed citation can name, and which of several one
 * title names applies on a day. Pure: the caller passes the law in (the law cache's view, or an import's catalogue),
 * and the entities only as data.
 */
import { BadUserInputError } from '../shared/errors';
import { inForceOn } from '../shared/dates';
import { CitationError, parseCitation, type CitationCatalogue, type ParsedCitation } from './citation';
import type { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from './law.entity';
import type { IsoDate } from './law.model';

/** The provisions a parsed citation can name: its number, in the instruments it names (in any, when it names none). */
export const provisionsCited = (
  law: { provisionsByNumber: ReadonlyMap<string, ProvisionEntity[]> },
  parsed: ParsedCitation,
): ProvisionEntity[] =>
  (law.provisionsByNumber.get(parsed.number) ?? []).filter(
    (p) => parsed.instrumentIds.length === 0 || parsed.instrumentIds.includes(p.instrumentId),
  );

/** parseCitation with its error turned into the service's BAD_USER_INPUT. */
export function parseCitationOrFail(citation: string, catalogue: CitationCatalogue) {
  try {
    return parseCitation(citation, catalogue);
  } catch (e) {
    if (e instanceof CitationError) throw new BadUserInputError(e.message, { citation });
    throw e;
  }
}

/**
 * Among provisions with the same number in several instruments (a citation by a title two codes share), the one
 * with a version in force on the day, else the one of the instrument most recently in force before it.
 */
export function pickCandidate(
  candidates: ProvisionEntity[],
  versions: ProvisionVersionEntity[],
  instruments: InstrumentEntity[],
  day: IsoDate,
): ProvisionEntity {
  const inForce = candidates.find((c) => versions.some((v) => v.provisionId === c.id && inForceOn(v, day)));
  if (inForce) return inForce;
  const byStart = candidates
    .map((c) => ({ c, start: instruments.find((i) => i.id === c.instrumentId)?.inForceFrom ?? '0000-00-00' }))
    .sort((a, b) => a.start.localeCompare(b.start));
  return (byStart.filter((x) => x.start <= day).pop() ?? byStart[0]).c;
}

/**
 * Whether and since when a version was in force on `asOf`, or why none was; where the provision had ceased to apply,
 * the provisions that replaced it, and where it was not yet in force, the ones it replaced.
 */
