import { BadUserInputError, NotFoundError } from '../shared/errors';
import { inForceOn, todayIso } from '../shared/dates';
import { CitationError, parseCitation, type CitationCatalogue, type ParsedCitation } from './citation';
import type { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from './law.entity';
import type { IsoDate } from './law.model';
import { LawCache, type LawView } from './law.cache';
import type { LawChanges } from './law.changes';
import type { LawRepository, ProvisionQuery } from './law.repository';
import { provisionLabel } from './provision-label';

/** A provision as seen on a given day: the day decides which version is "in force". */
export interface ProvisionAt {
  entity: ProvisionEntity;
  asOf: IsoDate;
}

export const catalogueOf = (instruments: InstrumentEntity[]): CitationCatalogue => ({
  instruments: instruments.map((i) => ({ id: i.id, aliases: [i.shortName, ...i.citationAliases] })),
});

/** Rules of looking up the law: citations to provisions, and which version was in force when. */
export class LawService {
  private readonly cache: LawCache;

  /** With `changes`, the law in memory is trusted until they report a change; without, each use checks it. */
  constructor(
    private readonly law: LawRepository,
    changes: LawChanges | null = null,
  ) {
    this.cache = new LawCache(law, changes);
  }

  listInstruments(): Promise<InstrumentEntity[]> {
    return this.law.listInstruments();
  }

  async instrument(id: string): Promise<InstrumentEntity | null> {
    const [found] = await this.law.instrumentsByIds([id]);
    return found ?? null;
  }

  async provisions(query: ProvisionQuery, asOf: IsoDate = todayIso()): Promise<ProvisionAt[]> {
    const found = await this.law.findProvisions(query);
    return found.map((entity) => ({ entity, asOf }));
  }

  /**
   * Resolves a citation to one provision. Where an abbreviation names several codes (KPRK is the title of both
   * the 2012 and the 2019 code), the provision with a version in force on `asOf` wins, then the one of the
   * code most recently in force before that day.
   */
  async provisionByCitation(citation: string, asOf: IsoDate = todayIso()): Promise<ProvisionAt> {
    const view = await this.cache.view();
    const parsed = parseCitationOrFail(citation, view.catalogue);
    const candidates = provisionsCited(view, parsed);
    if (candidates.length === 0) {
      const where = parsed.instrumentIds.length ? ` in ${parsed.instrumentIds.join(' or ')}` : '';
      throw new NotFoundError(`No provision ${parsed.label}${where} is held in this service.`, { citation });
    }
    if (candidates.length > 1 && parsed.instrumentIds.length === 0) {
      throw new BadUserInputError(
        `"${citation}" does not name an instrument, and ${parsed.label} exists in several: ` +
          `${[...new Set(candidates.map((c) => c.instrumentId))].join(', ')}. Add the instrument, e.g. "CCK ${parsed.label}".`,
        { citation },
      );
    }
    return { entity: pickCandidate(candidates, view.rows.versions, view.rows.instruments, asOf), asOf };
  }

  /**
   * Every provision linked to this one by succession, at any distance, oldest first: the provision (or the article
   * that carries its penalties) among them. Read from the law in memory.
   */
  async successionChain(provisionId: string): Promise<ProvisionEntity[]> {
    const view = await this.lawView();
    const found = view.snapshot.chainFor(provisionId);
    return (found?.chain ?? []).map((p) => view.provisionById.get(p.id)!).filter(Boolean);
  }

  /** The law in memory, as of the latest committed revision. */
  lawView(): Promise<LawView> {
    return this.cache.view();
  }

  /** A request that may change the law starts: until it ends, every use of the law reads the revision. */
  lawWriteStarted(): void {
    this.cache.writeStarted();
  }

  /** That request ended: the next use reads the revision, which moved if it committed a change. */
  lawWriteEnded(): void {
    this.cache.writeEnded();
  }

  /** See LawCache.freshGeneration: what is derived from the law may be kept while this number holds. */
  lawGeneration(): number | null {
    return this.cache.freshGeneration();
  }
}

/** The provisions a parsed citation can name: its number, in the instruments it names (in any, when it names none). */
export const provisionsCited = (view: LawView, parsed: ParsedCitation): ProvisionEntity[] =>
  (view.provisionsByNumber.get(parsed.number) ?? []).filter(
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

export function inForceNote(citation: string, versions: ProvisionVersionEntity[], asOf: IsoDate): string {
  const current = versions.find((v) => inForceOn(v, asOf));
  if (current) {
    const until = current.validTo ? ` until ${current.validTo}` : '';
    return `${citation} was in force on ${asOf} (version in force from ${current.validFrom}${until}).`;
  }
  if (versions.length === 0) return `No version of ${citation} is held.`;
  const first = versions[0];
  if (asOf < first.validFrom)
    return `${citation} was not yet in force on ${asOf}: it entered into force on ${first.validFrom}.`;
  const last = versions[versions.length - 1];
  if (last.validTo !== null && asOf >= last.validTo) {
    return `${citation} was no longer in force on ${asOf}: it ceased to apply on ${last.validTo}.`;
  }
  return `No version of ${citation} was in force on ${asOf}.`;
}

export const citationOf = (instrument: InstrumentEntity, provision: ProvisionEntity): string =>
  `${instrument.shortName} ${provisionLabel(instrument.kind, provision.number)}`;
