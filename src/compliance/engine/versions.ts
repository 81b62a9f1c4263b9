/**
 * The versions of a succession chain in time, the law in force on the offence date, and the penalty form (variant)
 * that applies to the circumstances found. Pure.
 */
import type { IsoDate } from '../../law/law.model';
import { circumstancesText } from './wording';
import type { Circumstance, PenaltyData } from '../../law/law.model';
import type {
  ApplicableRange,
  LawProvision,
  LawVersion,
  SuccessionChain,
  TraceStep,
  WindowEndEvent,
} from './model';
import { describeRange, listed, traceStep } from './wording';

const BASIC_VARIANT = 'BASIC';

// Provisions and versions ------------------------------------------------------------------------------------------

export interface PlacedVersion {
  provision: LawProvision;
  version: LawVersion;
}

export interface WindowEnd {
  date: IsoDate;
  event: WindowEndEvent;
}

export function citationOf(provision: LawProvision): string {
  return `${provision.instrumentName} ${provision.label}`;
}

export function isAmendment({ provision, version }: PlacedVersion): boolean {
  return provision.versions.some((other) => other.validFrom < version.validFrom);
}

/** Names a version in sentences; a later version of the same provision is told apart by its start date. */
export function versionName(placed: PlacedVersion): string {
  const citation = citationOf(placed.provision);
  return isAmendment(placed) ? `${citation} as in force from ${placed.version.validFrom}` : citation;
}

function isInForceOn(version: LawVersion, date: IsoDate): boolean {
  return version.validFrom <= date && (version.validTo === null || date < version.validTo);
}

/** placedVersions of the chains seen, kept while the chain is (a law snapshot shares one chain among its counts). */
const placedByChain = new WeakMap<SuccessionChain, readonly PlacedVersion[]>();

/** Every version of the chain, by entry into force (stable, so chain order breaks ties). */
export function placedVersions(chain: SuccessionChain): readonly PlacedVersion[] {
  let placed = placedByChain.get(chain);
  if (!placed) {
    placed = Object.freeze(
      chain
        .flatMap((provision) => provision.versions.map((version) => ({ provision, version })))
        .sort((a, b) =>
          a.version.validFrom < b.version.validFrom ? -1 : a.version.validFrom > b.version.validFrom ? 1 : 0,
        ),
    );
    placedByChain.set(chain, placed);
  }
  return placed;
}

export function windowEndNoun(end: WindowEnd): string {
  switch (end.event) {
    case 'DECISION':
      return `the decision of ${end.date}`;
    case 'FINALITY':
      return `the day the decision became final (${end.date})`;
    case 'JUDGMENT':
      return `the judgment date ${end.date}`;
  }
}

export function provisionStep(
  chain: SuccessionChain,
  provisionId: string,
): { provision: LawProvision | null; step: TraceStep } {
  const provision = chain.find((candidate) => candidate.id === provisionId) ?? null;
  const chainIds = chain.map((member) => member.id);
  const chainText = chain.map(citationOf).join(' → ');
  if (provision === null) {
    const sentence =
      chain.length === 0
        ? `No law data was supplied for the provision ${provisionId}, so no statutory range can be applied.`
        : `The provision ${provisionId} is not in the succession chain supplied (${chainText}), so no statutory range can be applied.`;
    return {
      provision,
      step: traceStep('RESOLVE_PROVISION', sentence, { provisionId, found: false, chainIds }),
    };
  }
  const sentence =
    chain.length === 1
      ? `The provision cited is ${citationOf(provision)}; no predecessor or successor is held in this service.`
      : `The provision cited is ${citationOf(provision)}, in the succession chain ${chainText}.`;
  return {
    provision,
    step: traceStep('RESOLVE_PROVISION', sentence, { provisionId, found: true, chainIds }),
  };
}

function noVersionInForceStep(placed: readonly PlacedVersion[], offenceDate: IsoDate): TraceStep {
  const earliest = placed[0];
  const sentence =
    earliest !== undefined && offenceDate < earliest.version.validFrom
      ? `On the offence date ${offenceDate}, no provision of the chain was in force yet: the earliest, ${versionName(earliest)}, entered into force on ${earliest.version.validFrom}.`
      : `On the offence date ${offenceDate}, no provision of the chain was in force.`;
  return traceStep('CANDIDATE_LAWS', sentence, { offenceDate, versionId: null });
}

/**
 * The version in force on the offence date. Several can be: a predecessor recorded without an end date, or parallel
 * predecessors (distinct older offences that one newer provision replaced). The convicted provision's own version
 * comes first; otherwise the most recently enacted one, unless provisions entered into force together, when the
 * conduct could have fallen under either.
 */
export function findOffenceLaw(
  placed: readonly PlacedVersion[],
  provisionId: string,
  offenceDate: IsoDate,
): { law: PlacedVersion; alsoInForce: PlacedVersion[] } | { law: null; step: TraceStep } {
  const inForce = placed.filter(({ version }) => isInForceOn(version, offenceDate));
  const own = inForce.filter(({ provision }) => provision.id === provisionId);
  const pool = own.length > 0 ? own : inForce;
  const latest = pool[pool.length - 1];
  if (latest === undefined) return { law: null, step: noVersionInForceStep(placed, offenceDate) };
  const rivals = pool.filter(
    ({ provision, version }) =>
      version.validFrom === latest.version.validFrom && provision.id !== latest.provision.id,
  );
  if (rivals.length > 0) {
    const names = listed([...rivals, latest].map(versionName));
    const sentence = `On the offence date ${offenceDate}, ${names} were all in force (from ${latest.version.validFrom}), so which of them the conduct fell under cannot be told.`;
    const versionIds = [...rivals, latest].map(({ version }) => version.id);
    return {
      law: null,
      step: traceStep('CANDIDATE_LAWS', sentence, { offenceDate, versionId: null, versionIds }),
    };
  }
  return { law: latest, alsoInForce: inForce.filter((entry) => entry !== latest) };
}

// Penalty variants -------------------------------------------------------------------------------------------------

export interface VariantChoice {
  penalty: PenaltyData | null;
  noVariantMatch: boolean;
}

/** Ranks variants: more circumstances first, then the higher minimum, then the higher ceiling (life highest). */
function variantRank(penalty: PenaltyData): number[] {
  const ceiling = penalty.lifeImprisonment ? Infinity : (penalty.imprisonmentMaxMonths ?? -Infinity);
  return [penalty.circumstances.length, penalty.imprisonmentMinMonths ?? -Infinity, ceiling];
}

function ranksAbove(a: number[], b: number[]): boolean {
  const index = a.findIndex((value, i) => value !== b[i]);
  return index !== -1 && a[index]! > b[index]!;
}

/**
 * The most specific aggravated form whose circumstances were all found; ties go to the harsher form, because the
 * court found every circumstance that form needs. Otherwise the basic form.
 */
export function chooseVariant(penalties: PenaltyData[], found: Circumstance[]): VariantChoice {
  const matching = penalties.filter(
    (penalty) => penalty.circumstances.length > 0 && penalty.circumstances.every((c) => found.includes(c)),
  );
  const mostSpecific = matching.reduce<PenaltyData | null>(
    (best, penalty) =>
      best === null || ranksAbove(variantRank(penalty), variantRank(best)) ? penalty : best,
    null,
  );
  if (mostSpecific !== null) return { penalty: mostSpecific, noVariantMatch: false };
  const basic = penalties.find((penalty) => penalty.variant === BASIC_VARIANT) ?? null;
  return { penalty: basic, noVariantMatch: found.length > 0 };
}

export function rangeOf({ provision, version }: PlacedVersion, penalty: PenaltyData): ApplicableRange {
  return {
    versionId: version.id,
    provisionId: provision.id,
    instrumentId: provision.instrumentId,
    citation: citationOf(provision),
    validFrom: version.validFrom,
    validTo: version.validTo,
    variant: penalty.variant,
    circumstances: penalty.circumstances,
    offenceClass: penalty.offenceClass,
    minMonths: penalty.imprisonmentMinMonths,
    maxMonths: penalty.imprisonmentMaxMonths,
    lifeImprisonment: penalty.lifeImprisonment,
    fineMinEur: penalty.fineMinEur,
    fineMaxEur: penalty.fineMaxEur,
    fineMode: penalty.fineMode,
    penaltySource: penalty.source,
    versionSource: version.source,
  };
}

export function variantSentence(placed: PlacedVersion, choice: VariantChoice, found: Circumstance[]): string {
  const name = versionName(placed);
  const { penalty, noVariantMatch } = choice;
  if (penalty === null) {
    return found.length === 0
      ? `No basic penalty of ${name} is held in this service, so no statutory range can be applied.`
      : `No penalty form of ${name} for ${circumstancesText(found)} is held in this service, nor its basic penalty, so no statutory range can be applied.`;
  }
  const range = describeRange(rangeOf(placed, penalty));
  if (noVariantMatch)
    return `No penalty form of ${name} for ${circumstancesText(found)} is held in this service (the sources read do not give one; an aggravated form may exist), so the basic form is used: ${range}.`;
  if (penalty.circumstances.length === 0) {
    return `No aggravating circumstance was found, so the basic form of ${name} applies: ${range}.`;
  }
  const unused = found.filter((circumstance) => !penalty.circumstances.includes(circumstance));
  const aside =
    unused.length === 0
      ? ''
      : ` (${circumstancesText(unused)} ${unused.length === 1 ? 'plays' : 'play'} no part in it)`;
  return `With ${circumstancesText(found)} found, the ${penalty.variant} form of ${name} applies${aside}: ${range}.`;
}
