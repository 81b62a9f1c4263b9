import { BadUserInputError, NotFoundError } from '../shared/errors';
import { inForceOn, todayIso } from '../shared/dates';
import type { ParsedCitation } from './citation';
import type { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from './law.entity';
import type { IsoDate } from './law.model';
import { LawCache, type LawView } from './law.cache';
import type { LawChanges } from './law.changes';
import type { LawRepository, ProvisionQuery } from './law.repository';
import { provisionLabel } from './provision-label';
import { parseCitationOrFail, pickCandidate, provisionsCited } from './provision-lookup';

/** A provision as seen on a given day: the day decides which version is "in force". */
export interface ProvisionAt {
  entity: ProvisionEntity;
  asOf: IsoDate;
  /** How the citation it was looked up by was read, where not exactly as written (Provision.citationNote). */
  citationNotes?: string[];
}

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
    const named = parsed.instrumentIds.map((id) => view.instrumentById.get(id)!);
    const { number, candidates } = heldOrEnclosing(view, parsed);
    if (candidates.length === 0) {
      const where = named.length ? ` of ${named.map((i) => i.shortName).join(' or ')}` : '';
      throw new NotFoundError(`No provision ${parsed.label}${where} is held in this service.`, { citation });
    }
    if (candidates.length > 1 && parsed.instrumentIds.length === 0) {
      const codes = [...new Set(candidates.map((c) => view.instrumentById.get(c.instrumentId)!.shortName))];
      throw new BadUserInputError(
        `"${citation}" does not name an instrument, and ${parsed.label} exists in several: ` +
          `${codes.join(', ')}. Add the instrument, e.g. "${codes[0]} ${parsed.label}".`,
        { citation },
      );
    }
    const entity = pickCandidate(candidates, view.rows.versions, view.rows.instruments, asOf);
    const instrument = view.instrumentById.get(entity.instrumentId)!;
    const cited = (n: string) => `${instrument.shortName} ${provisionLabel(instrument.kind, n)}`;
    const citationNotes: string[] = [];
    if (number !== parsed.number) {
      citationNotes.push(
        `${cited(parsed.number)} is not held separately in this service: the whole of ${cited(number)} is given.`,
      );
    }
    if (named.length === 0) {
      citationNotes.push(
        `No instrument was named: ${cited(number)} is the only provision numbered ${provisionLabel(instrument.kind, number)} held in this service.`,
      );
    } else if (named.length > 1) {
      const codes = named
        .map((i) =>
          !i.symbol || i.shortName.includes(i.symbol) ? i.shortName : `${i.shortName} (${i.symbol})`,
        )
        .join(' and ');
      citationNotes.push(
        candidates.length > 1
          ? `The title cited names ${codes}; ${cited(number)} is the one ${
              view.rows.versions.some((v) => v.provisionId === entity.id && inForceOn(v, asOf))
                ? `in force on ${asOf}`
                : `most recently in force before ${asOf}`
            }.`
          : `The title cited names ${codes}; ${provisionLabel(instrument.kind, number)} is held only in ${instrument.shortName}.`,
      );
    }
    return { entity, asOf, citationNotes };
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

/**
 * The provisions a citation names, or, when none is held under its number, those of the nearest enclosing unit held
 * (a paragraph not held on its own leads to its article: 171.1 → 171).
 */
function heldOrEnclosing(
  view: LawView,
  parsed: ParsedCitation,
): { number: string; candidates: ProvisionEntity[] } {
  for (let number = parsed.number; ; number = number.slice(0, number.lastIndexOf('.'))) {
    const candidates = provisionsCited(view, { ...parsed, number });
    if (candidates.length > 0 || !number.includes('.')) return { number, candidates };
  }
}

export function inForceNote(
  citation: string,
  versions: ProvisionVersionEntity[],
  asOf: IsoDate,
  chain: { successors: string[]; predecessors: string[] } = { successors: [], predecessors: [] },
): string {
  const current = versions.find((v) => inForceOn(v, asOf));
  if (current) {
    const until = current.validTo ? ` until ${current.validTo}` : '';
    return `${citation} was in force on ${asOf} (version in force from ${current.validFrom}${until}).`;
  }
  if (versions.length === 0) return `No version of ${citation} is held.`;
  const first = versions[0];
  const list = (citations: string[]) => citations.join(' and ');
  if (asOf < first.validFrom) {
    const before = chain.predecessors.length ? ` Before it, ${list(chain.predecessors)} applied.` : '';
    return `${citation} was not yet in force on ${asOf}: it entered into force on ${first.validFrom}.${before}`;
  }
  const last = versions[versions.length - 1];
  if (last.validTo !== null && asOf >= last.validTo) {
    const after = chain.successors.length ? ` It was replaced by ${list(chain.successors)}.` : '';
    return `${citation} was no longer in force on ${asOf}: it ceased to apply on ${last.validTo}.${after}`;
  }
  return `No version of ${citation} was in force on ${asOf}.`;
}

export const citationOf = (instrument: InstrumentEntity, provision: ProvisionEntity): string =>
  `${instrument.shortName} ${provisionLabel(instrument.kind, provision.number)}`;
