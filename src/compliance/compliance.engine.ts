/**
 * The sentencing-compliance engine. Finds the statutory range that applied to a conviction (the law of the offence
 * date, or a later and strictly more lenient law that entered into force before the decision became final) and
 * holds the sentence against it. Pure functions over plain data; every conclusion is written into a trace whose
 * sentences a monitor can quote. Where the data cannot support an answer, the answer is UNDETERMINED, never a guess.
 */
import type { Circumstance, IsoDate, MitigationRuleData, PenaltyData } from '../law/law.model';
import {
  FINDING_REASONS,
  type ApplicableLaw,
  type ApplicablePenalty,
  type ApplicableRange,
  type CandidateLaw,
  type CandidateReason,
  type ConvictedCount,
  type FindingConfidence,
  type DateFact,
  type Finding,
  type FindingReason,
  type FindingStatus,
  type ImposedSentence,
  type LawProvision,
  type LawVersion,
  type SuccessionChain,
  type TraceStep,
  type TraceStepKind,
  type WindowEndEvent,
} from './compliance.model';
import { confidenceFrom, confidenceSentence, dateFact, type Confidence } from './confidence';

const BASIC_VARIANT = 'BASIC';

// Wording --------------------------------------------------------------------------------------------------------

const CIRCUMSTANCE_PHRASES: Record<Circumstance, string> = {
  VICTIM_CHILD: 'a child victim',
  ORGANISED_GROUP: 'an organised group',
  OFFICIAL_CAPACITY: 'an offender acting in an official capacity',
  DEATH_CAUSED: 'a death caused',
  SERIOUS_HARM: 'serious harm',
  REPEAT_OFFENCE: 'a repeat offence',
  ORGANISER: 'an organiser',
};

function months(count: number): string {
  return `${count} ${count === 1 ? 'month' : 'months'}`;
}

function euros(amount: number): string {
  return `${amount.toLocaleString('en-US')} €`;
}

function listed(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function circumstancesText(circumstances: Circumstance[]): string {
  return listed(circumstances.map((circumstance) => CIRCUMSTANCE_PHRASES[circumstance]));
}

/** A sentence turned into a clause that can follow a comma: no final period, no capital on an ordinary word. */
function asClause(sentence: string): string {
  const body = sentence.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function traceStep(step: TraceStepKind, sentence: string, data: Record<string, unknown> = {}): TraceStep {
  return { step, sentence, data };
}

function describeImprisonment(range: ApplicableRange): string {
  const { minMonths: min, maxMonths: max, lifeImprisonment: life } = range;
  if (min !== null && max !== null) {
    return `${min} to ${months(max)} of imprisonment${life ? ' or life imprisonment' : ''}`;
  }
  if (min !== null) {
    return life
      ? `at least ${months(min)} of imprisonment or life imprisonment`
      : `at least ${months(min)} of imprisonment (maximum not held)`;
  }
  if (max !== null)
    return `up to ${months(max)} of imprisonment${life ? ' or life imprisonment' : ''} (minimum not held)`;
  return life ? 'life imprisonment or a term not held' : 'imprisonment for a term not held';
}

function describeFineRange(range: ApplicableRange): string {
  const { fineMinEur: min, fineMaxEur: max } = range;
  if (min !== null && max !== null) return ` of ${euros(min)} to ${euros(max)}`;
  if (min !== null) return ` of at least ${euros(min)}`;
  if (max !== null) return ` of up to ${euros(max)}`;
  return '';
}

function describeRange(range: ApplicableRange): string {
  const imprisonment = describeImprisonment(range);
  switch (range.fineMode) {
    case 'NONE':
      return imprisonment;
    case 'CUMULATIVE':
      return `${imprisonment} and a fine${describeFineRange(range)}`;
    case 'ALTERNATIVE':
      return `${imprisonment}, or a fine${describeFineRange(range)} instead`;
    case 'NOT_ALTERNATIVE':
      return `${imprisonment}; a fine cannot replace it, and whether one may be added is not held`;
    case 'UNKNOWN':
      return `${imprisonment}; whether a fine applies is not held`;
  }
}

// Provisions and versions ------------------------------------------------------------------------------------------

interface PlacedVersion {
  provision: LawProvision;
  version: LawVersion;
}

interface WindowEnd {
  date: IsoDate;
  event: WindowEndEvent;
}

function citationOf(provision: LawProvision): string {
  return `${provision.instrumentName} ${provision.label}`;
}

function isAmendment({ provision, version }: PlacedVersion): boolean {
  return provision.versions.some((other) => other.validFrom < version.validFrom);
}

/** Names a version in sentences; a later version of the same provision is told apart by its start date. */
function versionName(placed: PlacedVersion): string {
  const citation = citationOf(placed.provision);
  return isAmendment(placed) ? `${citation} as in force from ${placed.version.validFrom}` : citation;
}

function isInForceOn(version: LawVersion, date: IsoDate): boolean {
  return version.validFrom <= date && (version.validTo === null || date < version.validTo);
}

/** placedVersions of the chains seen, kept while the chain is (a law snapshot shares one chain among its counts). */
const placedByChain = new WeakMap<SuccessionChain, readonly PlacedVersion[]>();

/** Every version of the chain, by entry into force (stable, so chain order breaks ties). */
function placedVersions(chain: SuccessionChain): readonly PlacedVersion[] {
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

function windowEndNoun(end: WindowEnd): string {
  switch (end.event) {
    case 'DECISION':
      return `the decision of ${end.date}`;
    case 'FINALITY':
      return `the day the decision became final (${end.date})`;
    case 'JUDGMENT':
      return `the judgment date ${end.date}`;
  }
}

function provisionStep(
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
function findOffenceLaw(
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

interface VariantChoice {
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
function chooseVariant(penalties: PenaltyData[], found: Circumstance[]): VariantChoice {
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

function rangeOf({ provision, version }: PlacedVersion, penalty: PenaltyData): ApplicableRange {
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

function variantSentence(placed: PlacedVersion, choice: VariantChoice, found: Circumstance[]): string {
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

// Lex mitior -------------------------------------------------------------------------------------------------------

interface Candidate {
  placed: PlacedVersion;
  choice: VariantChoice;
  range: ApplicableRange | null;
}

type LeniencyVerdict = Exclude<CandidateReason, 'IN_FORCE_ON_OFFENCE_DATE'>;

interface Leniency {
  verdict: LeniencyVerdict;
  /** The figures the verdict rests on, as a parenthetical. */
  basis: string;
}

function candidateOf(placed: PlacedVersion, found: Circumstance[]): Candidate {
  const choice = chooseVariant(placed.version.penalties, found);
  return { placed, choice, range: choice.penalty === null ? null : rangeOf(placed, choice.penalty) };
}

function ceilingText(range: ApplicableRange): string {
  if (range.lifeImprisonment) return 'life imprisonment';
  return range.maxMonths === null ? 'no recorded maximum' : `a maximum of ${months(range.maxMonths)}`;
}

/** Compares the recorded figures: lower minimum, then lower maximum (life above any term); unknown when one is null. */
function compareFigures(
  later: Candidate,
  current: Candidate,
  a: ApplicableRange,
  b: ApplicableRange,
): Leniency {
  if (a.minMonths === null || b.minMonths === null) {
    const missing = a.minMonths === null ? later : current;
    return {
      verdict: 'LENIENCY_UNKNOWN',
      basis: `the minimum of ${versionName(missing.placed)} is not held`,
    };
  }
  if (a.minMonths !== b.minMonths) {
    return {
      verdict: a.minMonths < b.minMonths ? 'MORE_LENIENT' : 'NOT_MORE_LENIENT',
      basis: `minimum ${months(a.minMonths)} against ${b.minMonths}`,
    };
  }
  const sameMinimum = `same minimum of ${months(a.minMonths)}`;
  if (a.lifeImprisonment && b.lifeImprisonment) {
    return { verdict: 'NOT_MORE_LENIENT', basis: `${sameMinimum}, and both allow life imprisonment` };
  }
  if (a.lifeImprisonment || b.lifeImprisonment) {
    return {
      verdict: b.lifeImprisonment ? 'MORE_LENIENT' : 'NOT_MORE_LENIENT',
      basis: `${sameMinimum}, ${ceilingText(a)} against ${ceilingText(b)}`,
    };
  }
  if (a.maxMonths === null || b.maxMonths === null) {
    const missing = a.maxMonths === null ? later : current;
    return {
      verdict: 'LENIENCY_UNKNOWN',
      basis: `${sameMinimum}, and the maximum of ${versionName(missing.placed)} is not held`,
    };
  }
  return {
    verdict: a.maxMonths < b.maxMonths ? 'MORE_LENIENT' : 'NOT_MORE_LENIENT',
    basis: `${sameMinimum}, maximum ${months(a.maxMonths)} against ${b.maxMonths}`,
  };
}

/**
 * Whether `later` is strictly more lenient than `current`, by their recorded figures. When `later` looks more
 * lenient only because no form of it is held for circumstances `current` aggravates, that form may exist
 * unrecorded, so it cannot be told. (A missing form never makes a later law look harsher than it is: an aggravated
 * form is harsher than the form that stood in for it.)
 */
function compareLeniency(later: Candidate, current: Candidate): Leniency {
  const [a, b] = [later.range, current.range];
  if (a === null || b === null) {
    const missing = a === null ? later : current;
    return {
      verdict: 'LENIENCY_UNKNOWN',
      basis: `no penalty of ${versionName(missing.placed)} is held for the form that applies`,
    };
  }
  const byFigures = compareFigures(later, current, a, b);
  if (byFigures.verdict !== 'MORE_LENIENT' || a.circumstances.length >= b.circumstances.length)
    return byFigures;
  const uncovered = b.circumstances.filter((circumstance) => !a.circumstances.includes(circumstance));
  return {
    verdict: 'LENIENCY_UNKNOWN',
    basis: `${byFigures.basis}, but no form of ${versionName(later.placed)} for ${circumstancesText(uncovered)} is held`,
  };
}

function laterCandidateSentence(
  candidate: Candidate,
  current: Candidate,
  currentIsOffenceLaw: boolean,
  leniency: Leniency,
  end: WindowEnd,
): string {
  const { placed } = candidate;
  const subject = isAmendment(placed)
    ? `A new version of ${citationOf(placed.provision)}`
    : citationOf(placed.provision);
  const timing = placed.version.validFrom === end.date ? 'the same day as' : 'before';
  const entry = `${subject} entered into force on ${placed.version.validFrom}, ${timing} ${windowEndNoun(end)}`;
  const currentName = currentIsOffenceLaw ? 'the law of the offence date' : versionName(current.placed);
  const than = currentIsOffenceLaw ? '' : ` than ${currentName}`;
  switch (leniency.verdict) {
    case 'MORE_LENIENT':
      return `${entry}, and it is more lenient${than} (${leniency.basis}), so it applies instead (lex mitior).`;
    case 'NOT_MORE_LENIENT':
      return currentIsOffenceLaw
        ? `${entry}, but it is not more lenient (${leniency.basis}), so the law of the offence date applies.`
        : `${entry}, but it is not more lenient${than} (${leniency.basis}), which still applies.`;
    case 'LENIENCY_UNKNOWN':
      return `${entry}, but whether it is more lenient cannot be told (${leniency.basis}), so ${currentName} is kept, though ${versionName(placed)} may apply instead.`;
  }
}

function candidateLaw(
  candidate: Candidate,
  reason: CandidateReason,
  chosen: boolean,
  explanation: string,
): CandidateLaw {
  const { provision, version } = candidate.placed;
  return {
    versionId: version.id,
    provisionId: provision.id,
    citation: citationOf(provision),
    validFrom: version.validFrom,
    validTo: version.validTo,
    range: candidate.range,
    noVariantMatch: candidate.choice.noVariantMatch,
    reason,
    chosen,
    explanation,
  };
}

function noApplicableLaw(trace: TraceStep[]): ApplicableLaw {
  return {
    range: null,
    chosen: null,
    candidates: [],
    noVariantMatch: false,
    lexMitiorApplied: false,
    undecided: [],
    dateFacts: [],
    trace,
  };
}

/**
 * The days that decided which law applied: the offence-date law's entry into force and end against the offence date,
 * a more lenient later law's entry into force against the window's end, and any other day of the chain whose true
 * date could fall either side of the offence date or the window's end (so that which laws were candidates is not
 * sure).
 */
function decidingDays(
  placed: readonly PlacedVersion[],
  offenceLaw: PlacedVersion,
  chosen: PlacedVersion,
  offenceDate: IsoDate,
  end: WindowEnd,
): DateFact[] {
  const offence = `the offence date ${offenceDate}`;
  const window = windowEndNoun(end);
  const entered = (p: PlacedVersion, against: IsoDate, name: string) =>
    dateFact(
      `${versionName(p)} entered into force`,
      p.version.validFrom,
      p.version.validFromBoundary,
      against,
      name,
    );
  const ended = (p: PlacedVersion) =>
    p.version.validTo === null || p.version.validToBoundary === null
      ? null
      : dateFact(
          `${versionName(p)} ceased to apply`,
          p.version.validTo,
          p.version.validToBoundary,
          offenceDate,
          offence,
        );
  const facts = [entered(offenceLaw, offenceDate, offence), ended(offenceLaw)];
  if (chosen !== offenceLaw) facts.push(entered(chosen, end.date, window));
  for (const other of placed) {
    if (other === offenceLaw || other === chosen) continue;
    facts.push(
      ...[entered(other, offenceDate, offence), entered(other, end.date, window), ended(other)].filter(
        (fact) => fact !== null && fact.side === 'inside',
      ),
    );
  }
  return facts.filter((fact): fact is DateFact => fact !== null);
}

/**
 * The penalty that applies to an offence committed on `offenceDate` and judged by `windowEnd` (the day the decision
 * became final, else the decision or judgment date): the version of any provision of the chain in force on the
 * offence date, unless a version that entered into force after it and by `windowEnd` is strictly more lenient. A
 * later version whose leniency cannot be compared (a null figure, or no form for the circumstances found) leaves
 * the current choice in place and is listed in `undecided`.
 */
export function resolveApplicableLaw(
  chain: SuccessionChain,
  convictedProvisionId: string,
  offenceDate: IsoDate,
  windowEnd: IsoDate,
  circumstances: Circumstance[],
  windowEndEvent: WindowEndEvent = 'DECISION',
): ApplicableLaw {
  const found = [...new Set(circumstances)];
  const resolved = provisionStep(chain, convictedProvisionId);
  if (resolved.provision === null) return noApplicableLaw([resolved.step]);

  const placed = placedVersions(chain);
  const search = findOffenceLaw(placed, convictedProvisionId, offenceDate);
  if (search.law === null) return noApplicableLaw([resolved.step, search.step]);
  const offenceLawVersion = search.law;
  const offenceLaw = candidateOf(offenceLawVersion, found);
  const offenceSentence = `On the offence date ${offenceDate}, ${citationOf(offenceLawVersion.provision)} was in force (from ${offenceLawVersion.version.validFrom}).`;

  const end: WindowEnd = { date: windowEnd, event: windowEndEvent };
  const later = placed
    .filter(({ version }) => version.validFrom > offenceDate && version.validFrom <= windowEnd)
    .map((laterVersion) => candidateOf(laterVersion, found));

  let chosen = offenceLaw;
  const judged = later.map((candidate) => {
    const leniency = compareLeniency(candidate, chosen);
    const explanation = laterCandidateSentence(candidate, chosen, chosen === offenceLaw, leniency, end);
    const comparedWithVersionId = chosen.placed.version.id;
    if (leniency.verdict === 'MORE_LENIENT') chosen = candidate;
    return { candidate, leniency, explanation, comparedWithVersionId };
  });
  // Re-checked against the final choice: a candidate left open earlier may be settled by a more lenient later law.
  const undecided = judged.filter(
    ({ candidate, leniency }) =>
      leniency.verdict === 'LENIENCY_UNKNOWN' &&
      compareLeniency(candidate, chosen).verdict === 'LENIENCY_UNKNOWN',
  );

  const toCandidateLaw = (candidate: Candidate, reason: CandidateReason, explanation: string): CandidateLaw =>
    candidateLaw(candidate, reason, candidate === chosen, explanation);
  const candidates = [
    toCandidateLaw(offenceLaw, 'IN_FORCE_ON_OFFENCE_DATE', offenceSentence),
    ...judged.map(({ candidate, leniency, explanation }) =>
      toCandidateLaw(candidate, leniency.verdict, explanation),
    ),
  ];
  const chosenLaw = candidates.find((candidate) => candidate.chosen) ?? null;

  const laterSteps =
    judged.length === 0
      ? [
          traceStep(
            'APPLICABLE_LAW',
            `No later version entered into force between the offence date and ${windowEndNoun(end)}, so the law of the offence date applies.`,
            { versionId: offenceLawVersion.version.id, windowEnd, windowEndEvent },
          ),
        ]
      : judged.map(({ candidate, leniency, explanation, comparedWithVersionId }) =>
          traceStep('APPLICABLE_LAW', explanation, {
            versionId: candidate.placed.version.id,
            validFrom: candidate.placed.version.validFrom,
            comparedWithVersionId,
            verdict: leniency.verdict,
          }),
        );

  const trace = [
    resolved.step,
    traceStep('CANDIDATE_LAWS', offenceSentence, {
      offenceDate,
      windowEnd,
      windowEndEvent,
      versionId: offenceLawVersion.version.id,
      provisionId: offenceLawVersion.provision.id,
      validFrom: offenceLawVersion.version.validFrom,
      validTo: offenceLawVersion.version.validTo,
      alsoInForceVersionIds: search.alsoInForce.map(({ version }) => version.id),
      laterVersionIds: later.map(({ placed: laterVersion }) => laterVersion.version.id),
    }),
    ...laterSteps,
    traceStep('VARIANT', variantSentence(chosen.placed, chosen.choice, found), {
      versionId: chosen.placed.version.id,
      circumstancesFound: found,
      variant: chosen.choice.penalty?.variant ?? null,
      noVariantMatch: chosen.choice.noVariantMatch,
      minMonths: chosen.range?.minMonths ?? null,
      maxMonths: chosen.range?.maxMonths ?? null,
      lifeImprisonment: chosen.range?.lifeImprisonment ?? null,
      fineMode: chosen.range?.fineMode ?? null,
    }),
  ];

  return {
    range: chosen.range,
    chosen: chosenLaw,
    candidates,
    noVariantMatch: chosen.choice.noVariantMatch,
    lexMitiorApplied: chosen !== offenceLaw,
    dateFacts: decidingDays(placed, offenceLawVersion, chosen.placed, offenceDate, end),
    undecided: candidates.filter((candidate) =>
      undecided.some(({ candidate: open }) => open.placed.version.id === candidate.versionId),
    ),
    trace,
  };
}

// Confidence -------------------------------------------------------------------------------------------------------

/** The confidence of a range held with the days that decided it (confidence.ts). */
function confidenceOfLaw(law: ApplicableLaw): Confidence {
  return law.range === null
    ? { confidence: 'NOT_APPLICABLE', setBy: null }
    : confidenceFrom(law.range.penaltySource.verification, law.dateFacts);
}

function confidenceStep(law: ApplicableLaw, confidence: Confidence, subject: 'finding' | 'range'): TraceStep {
  const { range } = law;
  const data = {
    confidence: confidence.confidence,
    penaltyVerification: range?.penaltySource.verification ?? null,
    dates: law.dateFacts.map((f) => ({
      event: f.event,
      day: f.day,
      earliest: f.boundary.earliest,
      latest: f.boundary.latest,
      side: f.side,
      verification: f.verification,
    })),
    setBy: confidence.setBy?.event ?? (range === null ? null : 'penalty figures'),
  };
  if (range === null) {
    return traceStep(
      'CONFIDENCE',
      'No applicable range was established, so no source confidence applies.',
      data,
    );
  }
  if (confidence.confidence === 'NOT_APPLICABLE') {
    return traceStep(
      'CONFIDENCE',
      'The law data the comparison needs is missing, so no source confidence applies.',
      data,
    );
  }
  const sentence = confidenceSentence(
    range.citation,
    range.penaltySource.verification,
    law.dateFacts,
    confidence,
    subject,
  );
  return traceStep('CONFIDENCE', sentence, data);
}

/**
 * The answer to `applicablePenalty(citation, offenceDate, judgmentDate, circumstances)` once the citation is
 * resolved to a provision and its succession chain. `finalDate`, when known, else `judgmentDate` closes the lex
 * mitior window: pass today for "judged now".
 */
export function applicablePenalty(
  chain: SuccessionChain,
  provisionId: string,
  offenceDate: IsoDate,
  judgmentDate: IsoDate,
  circumstances: Circumstance[],
  finalDate: IsoDate | null = null,
): ApplicablePenalty {
  // A more lenient law applies if it came into force before the decision became final, when that day is known.
  const law =
    finalDate === null
      ? resolveApplicableLaw(chain, provisionId, offenceDate, judgmentDate, circumstances, 'JUDGMENT')
      : resolveApplicableLaw(chain, provisionId, offenceDate, finalDate, circumstances, 'FINALITY');
  const confidence = confidenceOfLaw(law);
  return {
    range: law.range,
    variant: law.range?.variant ?? null,
    noVariantMatch: law.noVariantMatch,
    chosen: law.chosen,
    candidates: law.candidates,
    lexMitiorApplied: law.lexMitiorApplied,
    lexMitiorUndecided: law.undecided.length > 0,
    confidence: confidence.confidence,
    trace: [...law.trace, confidenceStep(law, confidence, 'range')],
  };
}

// The sentence -----------------------------------------------------------------------------------------------------

interface ReadSentence {
  imposed: ImposedSentence;
  /** Possible months actually served, the likeliest first: two when a term's suspension is not recorded. */
  readings: number[];
  step: TraceStep;
}

function isFineImposed(fineEur: number | null): fineEur is number {
  return fineEur !== null && fineEur > 0;
}

function sentenceText(count: ConvictedCount): string {
  const { imprisonmentMonths: term, suspended, fineEur } = count;
  const andFine = isFineImposed(fineEur) ? ` and a fine of ${euros(fineEur)}` : '';
  if (suspended === true) {
    return term === null
      ? `The court imposed a suspended term of unrecorded length${andFine}: 0 months of imprisonment to serve.`
      : `The court imposed ${months(term)}, suspended${andFine ? `,${andFine}` : ''}: 0 months of imprisonment to serve.`;
  }
  if (term === null) {
    return fineEur === null
      ? 'No sentence is recorded for this count: neither a term of imprisonment nor a fine.'
      : `The court imposed a fine of ${euros(fineEur)}; no term of imprisonment is recorded.`;
  }
  if (suspended === null && term > 0) {
    return `The court imposed ${months(term)} of imprisonment${andFine}; whether the term was suspended is not recorded.`;
  }
  return `The court imposed ${months(term)} of imprisonment${andFine}.`;
}

/**
 * A suspended term is not served. A fine with no recorded term means no imprisonment. A term whose suspension is not
 * recorded is read both ways; the finding stands only if both readings agree.
 */
function readSentence(count: ConvictedCount): ReadSentence {
  const { imprisonmentMonths: term, suspended, fineEur } = count;
  const effective = suspended === true ? 0 : (term ?? (fineEur === null ? null : 0));
  const readings =
    effective === null ? [] : suspended === null && term !== null && term !== 0 ? [term, 0] : [effective];
  const imposed = { effectiveImprisonmentMonths: effective, imprisonmentMonths: term, suspended, fineEur };
  return { imposed, readings, step: traceStep('SENTENCE', sentenceText(count), { ...imposed, readings }) };
}

// Comparison -------------------------------------------------------------------------------------------------------

/** Which side lacks the data an undetermined comparison needed. */
type Gap = 'LAW' | 'SENTENCE';

interface Outcome {
  status: FindingStatus;
  shortfallMonths: number | null;
  gap: Gap | null;
  sentence: string;
  data: Record<string, unknown>;
}

function outcome(
  status: FindingStatus,
  sentence: string,
  data: Record<string, unknown>,
  shortfallMonths: number | null = null,
  gap: Gap | null = null,
): Outcome {
  return { status, shortfallMonths, gap, sentence, data: { status, shortfallMonths, ...data } };
}

function compareFine(fineEur: number, range: ApplicableRange): Outcome {
  const lead = `A fine of ${euros(fineEur)} instead of imprisonment is allowed for this offence`;
  const { fineMinEur: min, fineMaxEur: max } = range;
  const data = { fineEur, fineMinEur: min, fineMaxEur: max };
  if (min !== null && fineEur < min) {
    const fineShortfallEur = min - fineEur;
    return outcome(
      'BELOW_MINIMUM',
      `${lead}, but it is ${euros(fineShortfallEur)} below the minimum fine of ${euros(min)}.`,
      {
        ...data,
        fineShortfallEur,
      },
    );
  }
  if (max !== null && fineEur > max) {
    return outcome(
      'ABOVE_MAXIMUM',
      `${lead}, but it is ${euros(fineEur - max)} above the maximum fine of ${euros(max)}.`,
      data,
    );
  }
  const within =
    min === null && max === null
      ? '; no fine range is recorded to hold it against'
      : `, and it is within the fine range${describeFineRange(range)}`;
  return outcome('COMPLIANT', `${lead}${within}.`, data);
}

/** When nothing is served, only a fine replacing imprisonment could make it lawful; says what is unknown about that. */
function unknownFineAlternative(
  fineEur: number | null,
  range: ApplicableRange,
): { gap: Gap; missing: string } | null {
  if (range.fineMode === 'ALTERNATIVE' && fineEur === null) {
    return {
      gap: 'SENTENCE',
      missing:
        'this offence allows a fine instead of imprisonment and whether a fine was imposed is not recorded',
    };
  }
  if (range.fineMode !== 'UNKNOWN' || fineEur === 0) return null;
  return {
    gap: 'LAW',
    missing:
      fineEur === null
        ? 'whether this offence allows a fine instead of imprisonment is not held, nor whether a fine was imposed'
        : 'whether this offence allows a fine instead of imprisonment is not held',
  };
}

function fineOnlyNote(effective: number, fineEur: number | null, range: ApplicableRange): string {
  if (effective !== 0 || !isFineImposed(fineEur)) return '';
  switch (range.fineMode) {
    case 'NONE':
      return '; this offence has no fine that could replace imprisonment';
    case 'CUMULATIVE':
      return '; the fine comes on top of imprisonment, not instead of it';
    case 'NOT_ALTERNATIVE':
      return '; a fine cannot replace imprisonment for this offence';
    default:
      return '';
  }
}

function compareSentence(effective: number, fineEur: number | null, range: ApplicableRange | null): Outcome {
  if (range === null) {
    return outcome(
      'UNDETERMINED',
      'No statutory range is recorded for the form that applies.',
      {},
      null,
      'LAW',
    );
  }
  const { minMonths: min, maxMonths: max, lifeImprisonment: life } = range;
  const served = months(effective);
  const data = {
    effectiveImprisonmentMonths: effective,
    minMonths: min,
    maxMonths: max,
    lifeImprisonment: life,
  };
  if (effective === 0 && isFineImposed(fineEur) && range.fineMode === 'ALTERNATIVE')
    return compareFine(fineEur, range);
  const aboveMaximum = !life && max !== null && effective > max;
  if (aboveMaximum) {
    return outcome(
      'ABOVE_MAXIMUM',
      `${served} is ${months(effective - max)} above the maximum of ${months(max)}.`,
      data,
    );
  }
  if (min === null) {
    return outcome(
      'UNDETERMINED',
      `The minimum for this form is not held in this service, so whether ${served} falls below it cannot be told.`,
      data,
      null,
      'LAW',
    );
  }
  if (effective < min) {
    const open = effective === 0 ? unknownFineAlternative(fineEur, range) : null;
    if (open !== null) {
      return outcome(
        'UNDETERMINED',
        `${served} is below the minimum of ${months(min)}, but ${open.missing}, so compliance cannot be determined.`,
        data,
        null,
        open.gap,
      );
    }
    const shortfall = min - effective;
    return outcome(
      'BELOW_MINIMUM',
      `${served} is ${months(shortfall)} below the minimum of ${months(min)}${fineOnlyNote(effective, fineEur, range)}.`,
      data,
      shortfall,
    );
  }
  if (life)
    return outcome(
      'COMPLIANT',
      `${served} meets the minimum of ${months(min)}, and the law allows up to life imprisonment.`,
      data,
    );
  if (max === null)
    return outcome(
      'COMPLIANT',
      `${served} meets the minimum of ${months(min)}; the maximum is not held in this service.`,
      data,
    );
  return outcome('COMPLIANT', `${served} is within the range of ${min} to ${months(max)}.`, data);
}

interface Scenario {
  range: ApplicableRange | null;
  effective: number;
  /** How the trace introduces this reading, e.g. "if the term was suspended"; empty for the likeliest reading. */
  label: string;
  lawDiffers: boolean;
}

interface Settled {
  status: FindingStatus;
  shortfallMonths: number | null;
  gap: Gap | null;
  steps: TraceStep[];
}

function scenariosOf(law: ApplicableLaw, readings: number[]): Scenario[] {
  const chosenProvisionId = law.range?.provisionId;
  const laws = [
    { range: law.range, label: '' },
    ...law.undecided.map((candidate) => ({
      range: candidate.range,
      label: `under ${candidate.citation}${candidate.provisionId === chosenProvisionId ? ` as in force from ${candidate.validFrom}` : ''}, which might be more lenient`,
    })),
  ];
  return laws.flatMap((lawReading, lawIndex) =>
    readings.map((effective, readingIndex) => ({
      range: lawReading.range,
      effective,
      label: [lawReading.label, readingIndex === 0 ? '' : 'if the term was suspended']
        .filter(Boolean)
        .join(', and '),
      lawDiffers: lawIndex > 0,
    })),
  );
}

/**
 * The finding stands only if every possible reading (an undecided later law, an unrecorded suspension) gives the
 * same status; a shortfall that differs between readings is reported as the smallest, the part that is certain.
 */
function settle(scenarios: Scenario[], fineEur: number | null): Settled {
  const [primary, ...alternatives] = scenarios.map((scenario) => ({
    scenario,
    result: compareSentence(scenario.effective, fineEur, scenario.range),
  }));
  if (primary === undefined) {
    return {
      status: 'UNDETERMINED',
      shortfallMonths: null,
      gap: 'SENTENCE',
      steps: [traceStep('COMPARISON', 'Without a recorded sentence, compliance cannot be determined.')],
    };
  }
  const agree = alternatives.every(({ result }) => result.status === primary.result.status);
  const shortfalls = [primary, ...alternatives].map(({ result }) => result.shortfallMonths);
  const certainShortfall = shortfalls.every((value): value is number => value !== null)
    ? Math.min(...shortfalls)
    : null;
  const alternativeSteps = alternatives.map(({ scenario, result }) => {
    const data = {
      ...result.data,
      versionId: scenario.range?.versionId ?? null,
      reading: scenario.effective,
    };
    if (result.status !== primary.result.status) {
      const sentence = `${capitalised(scenario.label)}, ${asClause(result.sentence)}; the result therefore cannot be determined.`;
      return traceStep('COMPARISON', sentence, data);
    }
    if (result.shortfallMonths !== primary.result.shortfallMonths) {
      return traceStep('COMPARISON', `${capitalised(scenario.label)}, ${asClause(result.sentence)}.`, data);
    }
    return traceStep('COMPARISON', `The result would be the same ${scenario.label}.`, data);
  });
  const steps = [traceStep('COMPARISON', primary.result.sentence, primary.result.data), ...alternativeSteps];
  if (!agree) {
    const lawDiffers = alternatives.some(
      ({ scenario, result }) => scenario.lawDiffers && result.status !== primary.result.status,
    );
    return { status: 'UNDETERMINED', shortfallMonths: null, gap: lawDiffers ? 'LAW' : 'SENTENCE', steps };
  }
  if (
    primary.result.status === 'BELOW_MINIMUM' &&
    certainShortfall !== null &&
    new Set(shortfalls).size > 1
  ) {
    steps.push(
      traceStep(
        'COMPARISON',
        `On every reading the term is below the minimum, by at least ${months(certainShortfall)}.`,
        {
          shortfallMonths: certainShortfall,
        },
      ),
    );
  }
  const shortfallMonths = primary.result.status === 'BELOW_MINIMUM' ? certainShortfall : null;
  return { status: primary.result.status, shortfallMonths, gap: primary.result.gap, steps };
}

// Mitigation -------------------------------------------------------------------------------------------------------

/** The tier with the highest threshold the statutory minimum reaches. */
function mitigationTier(rules: MitigationRuleData[], minimum: number): MitigationRuleData | null {
  return rules
    .filter((rule) => rule.statutoryMinimumFromMonths <= minimum)
    .reduce<MitigationRuleData | null>(
      (best, rule) =>
        best === null || rule.statutoryMinimumFromMonths > best.statutoryMinimumFromMonths ? rule : best,
      null,
    );
}

function mitigationFloorCheck(
  provision: LawProvision,
  minimum: number,
  effective: number,
  fineOnly: boolean,
): { belowFloor: boolean; steps: TraceStep[] } {
  const instrument = provision.instrumentName;
  const tier = mitigationTier(provision.mitigationRules, minimum);
  const served = months(effective);
  const data = {
    instrumentId: provision.instrumentId,
    statutoryMinimumFromMonths: tier?.statutoryMinimumFromMonths ?? null,
    floorMonths: tier?.floorMonths ?? null,
    fineSubstitutionAllowed: tier?.fineSubstitutionAllowed ?? null,
  };
  if (tier === null) {
    return {
      belowFloor: false,
      steps: [
        traceStep(
          'MITIGATION',
          `No mitigation rule of ${instrument} held in this service covers a minimum of ${months(minimum)}.`,
          data,
        ),
      ],
    };
  }
  const threshold = tier.statutoryMinimumFromMonths;
  const rule = `Under ${instrument}'s mitigation rule${threshold > 0 ? ` for minimums of ${months(threshold)} or more` : ''}`;
  const belowFloor = tier.floorMonths !== null && effective < tier.floorMonths;
  const floorSentence =
    tier.floorMonths === null
      ? `${rule}, the lowest term a court may impose is not held, so whether ${served} respects it cannot be told.`
      : `${rule}, a court citing mitigating grounds may go down to ${months(tier.floorMonths)}; ${served} is ${belowFloor ? 'below even that floor' : 'not below that floor'}.`;
  const steps = [traceStep('MITIGATION', floorSentence, { ...data, belowFloor })];
  if (fineOnly && tier.fineSubstitutionAllowed !== null) {
    const verb = tier.fineSubstitutionAllowed ? 'allows' : 'does not allow';
    steps.push(traceStep('MITIGATION', `The same rule ${verb} a fine instead of imprisonment.`, data));
  }
  return { belowFloor, steps };
}

/**
 * Mitigation explains a shortfall but does not cure it. The floor is checked whenever the served term is below the
 * minimum, cited or not: a term below the floor was out of reach even with mitigating grounds.
 */
function mitigationOf(
  count: ConvictedCount,
  chain: SuccessionChain,
  range: ApplicableRange | null,
  settled: Settled,
  served: number | undefined,
  fineOnly: boolean,
): { belowFloor: boolean; steps: TraceStep[] } {
  const cited =
    count.mitigationCited === true
      ? [
          traceStep(
            'MITIGATION',
            settled.status === 'BELOW_MINIMUM'
              ? 'The court cited mitigating grounds, but the statutory minimum was not met.'
              : 'The court cited mitigating grounds.',
            { mitigationCited: true },
          ),
        ]
      : [];
  const provision = chain.find((candidate) => candidate.id === range?.provisionId);
  // A fine below the fine minimum leaves no shortfall in months, and no term to hold against the floor.
  const imprisonmentShortfall = settled.status === 'BELOW_MINIMUM' && settled.shortfallMonths !== null;
  const minimum = range?.minMonths ?? null;
  if (!imprisonmentShortfall || provision === undefined || minimum === null || served === undefined) {
    return { belowFloor: false, steps: cited };
  }
  const floor = mitigationFloorCheck(provision, minimum, served, fineOnly);
  return { belowFloor: floor.belowFloor, steps: [...cited, ...floor.steps] };
}

// Findings ---------------------------------------------------------------------------------------------------------

function windowEndOf(count: ConvictedCount): WindowEnd {
  return count.finalOn === null
    ? { date: count.decisionDate, event: 'DECISION' }
    : { date: count.finalOn, event: 'FINALITY' };
}

function lawForCount(
  count: ConvictedCount,
  chain: SuccessionChain,
): { law: ApplicableLaw | null; trace: TraceStep[] } {
  const { convictedProvisionId, offenceDate, decisionDate } = count;
  if (convictedProvisionId === null) {
    const sentence =
      'No convicted provision is recorded for this count, so no statutory range can be applied.';
    return {
      law: null,
      trace: [traceStep('RESOLVE_PROVISION', sentence, { provisionId: null, found: false })],
    };
  }
  if (offenceDate === null) {
    const sentence =
      'The offence date is not recorded, so the law in force when the offence was committed cannot be determined.';
    return {
      law: null,
      trace: [
        provisionStep(chain, convictedProvisionId).step,
        traceStep('CANDIDATE_LAWS', sentence, { offenceDate }),
      ],
    };
  }
  if (offenceDate > decisionDate) {
    const sentence = `The recorded offence date ${offenceDate} is after the decision of ${decisionDate}, so the record is inconsistent and the applicable law cannot be determined.`;
    return {
      law: null,
      trace: [
        provisionStep(chain, convictedProvisionId).step,
        traceStep('CANDIDATE_LAWS', sentence, { offenceDate, decisionDate }),
      ],
    };
  }
  const end = windowEndOf(count);
  const law = resolveApplicableLaw(
    chain,
    convictedProvisionId,
    offenceDate,
    end.date,
    count.circumstances,
    end.event,
  );
  return { law, trace: law.trace };
}

/** Convicted of an offence outside the succession chain of the one charged. */
function downgradeStep(count: ConvictedCount, chain: SuccessionChain): TraceStep | null {
  const { chargedProvisionId: charged, convictedProvisionId: convicted } = count;
  const convictedProvision = chain.find((provision) => provision.id === convicted);
  if (
    charged === null ||
    convictedProvision === undefined ||
    chain.some((provision) => provision.id === charged)
  ) {
    return null;
  }
  const chargedName = count.chargedProvisionCitation ?? charged;
  const sentence = `The count was charged under ${chargedName} but convicted under ${citationOf(convictedProvision)}, which neither succeeds nor precedes it: the charge was downgraded.`;
  return traceStep('RESOLVE_PROVISION', sentence, {
    chargedProvisionId: charged,
    convictedProvisionId: convicted,
  });
}

function orderedReasons(reasons: Set<FindingReason>): FindingReason[] {
  return FINDING_REASONS.filter((reason) => reasons.has(reason));
}

/**
 * The compliance finding for one convicted count, against the succession chain of its convicted provision: the
 * served imprisonment (a suspended term counts as 0) held against the applicable minimum and maximum, or a fine
 * alone against the fine range where the law allows a fine instead. UNDETERMINED whenever the law data or the
 * sentence cannot settle it, with the trace saying what is missing; mitigation explains a shortfall but leaves it.
 */
function evaluateKnown(count: ConvictedCount, chain: SuccessionChain): Finding {
  const { law, trace: lawTrace } = lawForCount(count, chain);
  const sentence = readSentence(count);
  const downgrade = downgradeStep(count, chain);
  const range = law?.range ?? null;

  const settled: Settled =
    law === null || law.range === null
      ? {
          status: 'UNDETERMINED',
          shortfallMonths: null,
          gap: 'LAW',
          steps: [
            traceStep(
              'COMPARISON',
              'Without an applicable statutory range, compliance cannot be determined.',
            ),
          ],
        }
      : settle(scenariosOf(law, sentence.readings), count.fineEur);

  const likeliestServed = sentence.readings[0];
  const fineOnly = likeliestServed === 0 && isFineImposed(count.fineEur);
  const mitigation = mitigationOf(count, chain, range, settled, likeliestServed, fineOnly);

  const confidence: Confidence =
    law === null || range === null || (settled.status === 'UNDETERMINED' && settled.gap === 'LAW')
      ? { confidence: 'NOT_APPLICABLE', setBy: null }
      : confidenceOfLaw(law);

  const reasons = new Set<FindingReason>();
  if (fineOnly) reasons.add('FINE_ONLY');
  if (count.suspended === true) reasons.add('SUSPENDED');
  if (count.mitigationCited === true) reasons.add('MITIGATION_CITED');
  if (mitigation.belowFloor) reasons.add('BELOW_MITIGATION_FLOOR');
  if (downgrade !== null) reasons.add('CHARGE_DOWNGRADED');
  if (law?.lexMitiorApplied) reasons.add('LEX_MITIOR_APPLIED');
  // Said of the range found even when the finding is undetermined for want of other law data.
  if (law !== null && range !== null && confidenceOfLaw(law).confidence === 'UNVERIFIED')
    reasons.add('RANGE_UNVERIFIED');
  if (law?.noVariantMatch) reasons.add('NO_VARIANT_MATCH');

  // Provision steps lead, so the downgrade is told before the law of the offence date.
  const isProvisionStep = (entry: TraceStep): boolean => entry.step === 'RESOLVE_PROVISION';
  const trace = [
    ...lawTrace.filter(isProvisionStep),
    ...(downgrade === null ? [] : [downgrade]),
    ...lawTrace.filter((entry) => !isProvisionStep(entry)),
    sentence.step,
    ...settled.steps,
    ...mitigation.steps,
    law === null
      ? confidenceStep(noApplicableLaw([]), confidence, 'finding')
      : confidenceStep(law, confidence, 'finding'),
  ];

  return {
    status: settled.status,
    reasons: orderedReasons(reasons),
    shortfallMonths: settled.shortfallMonths,
    confidence: confidence.confidence,
    applicable: range,
    imposed: sentence.imposed,
    trace,
  };
}

// Facts unknown but bounded -------------------------------------------------------------------------------------

/** A day the engine may take for an unknown fact, with the last day the same law choice holds (null: open-ended). */
interface Possibility {
  offenceDate: IsoDate | null;
  offenceUntil: IsoDate | null;
  finalOn: IsoDate | null;
  finalUntil: IsoDate | null;
}

const dayBefore = (day: IsoDate): IsoDate => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** Days from `from` to `to` (inclusive) on which a version of the chain begins or ends: where the law can change. */
function changesWithin(chain: SuccessionChain, from: IsoDate, to: IsoDate): IsoDate[] {
  const days = placedVersions(chain).flatMap(({ version }) => [version.validFrom, version.validTo]);
  return [...new Set(days.filter((d): d is IsoDate => d !== null && d > from && d <= to))].sort();
}

/** Segments [start, next start) of the days from `from` to `to`, cut where the law changes. */
function segments(chain: SuccessionChain, from: IsoDate, to: IsoDate): [IsoDate, IsoDate | null][] {
  const starts = [from, ...changesWithin(chain, from, to)];
  return starts.map((start, i) => [start, i + 1 < starts.length ? dayBefore(starts[i + 1]) : to]);
}

/**
 * The possible values of the facts a count leaves unknown but bounded: an unrecorded offence date lies between the
 * entry into force of the convicted provision or of one it directly replaced (a conviction under it implies an
 * offence while it or its predecessor was in force) and the decision; an unrecorded finality date lies between the decision and the
 * decision that reviewed it. One possibility per stretch of days over which the law that could apply stays the
 * same. Null when nothing is unknown, or nothing bounds it.
 */
function possibilitiesOf(count: ConvictedCount, chain: SuccessionChain): Possibility[] | null {
  const provision = chain.find((p) => p.id === count.convictedProvisionId);
  let offences: [IsoDate | null, IsoDate | null][] = [[count.offenceDate, null]];
  if (count.offenceDate === null && provision && provision.versions.length) {
    // The provision convicted under, or one it directly replaced: conduct older than that would have to be judged
    // under an earlier law still, which a conviction under this provision does not suggest.
    const earliest = [provision, ...chain.filter((p) => provision.replaces?.includes(p.id))]
      .flatMap((p) => (p.versions.length ? [p.versions[0].validFrom] : []))
      .sort()[0];
    if (earliest <= count.decisionDate) offences = segments(chain, earliest, count.decisionDate);
  }
  let finals: [IsoDate | null, IsoDate | null][] = [[count.finalOn, null]];
  const bound = count.finalNoLaterThan ?? null;
  if (count.finalOn === null && bound !== null && bound > count.decisionDate)
    finals = segments(chain, count.decisionDate, bound);
  if (offences.length === 1 && finals.length === 1 && offences[0][0] === count.offenceDate) {
    if (finals[0][0] === count.finalOn) return null;
  }
  return offences.flatMap(([offenceDate, offenceUntil]) =>
    finals.map(([finalOn, finalUntil]) => ({ offenceDate, offenceUntil, finalOn, finalUntil })),
  );
}

function possibilityText(p: Possibility, count: ConvictedCount): string {
  const parts: string[] = [];
  if (count.offenceDate === null && p.offenceDate !== null) {
    parts.push(
      p.offenceUntil === null || p.offenceUntil === p.offenceDate
        ? `the offence was committed on ${p.offenceDate}`
        : `the offence was committed between ${p.offenceDate} and ${p.offenceUntil}`,
    );
  }
  if (count.finalOn === null && p.finalOn !== null && (count.finalNoLaterThan ?? null) !== null) {
    parts.push(
      p.finalUntil === null || p.finalUntil === p.finalOn
        ? `the decision became final on ${p.finalOn}`
        : `the decision became final between ${p.finalOn} and ${p.finalUntil}`,
    );
  }
  return parts.join(' and ');
}

const STATUS_WORDS: Record<FindingStatus, string> = {
  COMPLIANT: 'compliant',
  BELOW_MINIMUM: 'below the minimum',
  ABOVE_MAXIMUM: 'above the maximum',
  UNDETERMINED: 'undetermined',
};

/**
 * The finding of a count with an unknown but bounded fact: evaluated under every possibility; when all agree, that
 * is the finding, said to hold for every candidate; when they differ, it is UNDETERMINED and the trace says which
 * facts would decide it.
 */
export function evaluateCount(count: ConvictedCount, chain: SuccessionChain): Finding {
  const possibilities = possibilitiesOf(count, chain);
  if (possibilities === null) return evaluateKnown(count, chain);
  const outcomes = possibilities.map((p) => ({
    possibility: p,
    finding: evaluateKnown({ ...count, offenceDate: p.offenceDate, finalOn: p.finalOn }, chain),
  }));
  const statuses = new Set(outcomes.map((o) => o.finding.status));
  const agree = statuses.size === 1 && !statuses.has('UNDETERMINED');
  // The range shown is that of the latest possible facts (the offence nearest the decision): the likeliest reading.
  const shown = outcomes[outcomes.length - 1].finding;
  const unknowns = [
    count.offenceDate === null
      ? `The offence date is not recorded; the conviction under the provision cited places it on or after ${possibilities[0].offenceDate} (when it, or a provision it directly replaced, entered into force) and it preceded the decision of ${count.decisionDate}.`
      : null,
    count.finalOn === null && (count.finalNoLaterThan ?? null) !== null
      ? `The day the decision became final is not recorded; it lies between the decision of ${count.decisionDate} and the review of ${count.finalNoLaterThan}.`
      : null,
  ].filter((s): s is string => s !== null);
  const provisionSteps = shown.trace.filter((t) => t.step === 'RESOLVE_PROVISION');
  const perPossibility = outcomes.map(({ possibility, finding }) =>
    traceStep(
      'CANDIDATE_LAWS',
      `If ${possibilityText(possibility, count)}: ${
        finding.applicable
          ? `${finding.applicable.citation} applies (${describeRange(finding.applicable)}), and the sentence is ${STATUS_WORDS[finding.status]}`
          : `no statutory range can be applied, so the result is ${STATUS_WORDS[finding.status]}`
      }${finding.shortfallMonths !== null ? ` by ${months(finding.shortfallMonths)}` : ''}.`,
      {
        offenceDate: possibility.offenceDate,
        offenceUntil: possibility.offenceUntil,
        finalOn: possibility.finalOn,
        finalUntil: possibility.finalUntil,
        versionId: finding.applicable?.versionId ?? null,
        status: finding.status,
      },
    ),
  );
  const conclusion = agree
    ? `Under every law that could have applied (${outcomes.length === 1 ? 'one possibility' : `${outcomes.length} possibilities`}), the sentence is ${STATUS_WORDS[shown.status]}: the finding holds whatever the unrecorded facts were.`
    : `The possibilities give different results, so the finding cannot be determined: ${
        count.offenceDate === null ? 'the offence date' : 'the day the decision became final'
      } would decide it.`;
  const shortfalls = outcomes.map((o) => o.finding.shortfallMonths);
  const weakest = outcomes
    .map((o) => o.finding)
    .reduce((a, b) =>
      CONFIDENCE_ORDER.indexOf(b.confidence) > CONFIDENCE_ORDER.indexOf(a.confidence) ? b : a,
    );
  const common = (reason: FindingReason) => outcomes.every((o) => o.finding.reasons.includes(reason));
  const any = (reason: FindingReason) => outcomes.some((o) => o.finding.reasons.includes(reason));
  const reasons = FINDING_REASONS.filter((r) => (r === 'RANGE_UNVERIFIED' ? any(r) : common(r)));
  return {
    status: agree ? shown.status : 'UNDETERMINED',
    reasons,
    shortfallMonths:
      agree && shown.status === 'BELOW_MINIMUM' && shortfalls.every((v): v is number => v !== null)
        ? Math.min(...shortfalls)
        : null,
    confidence: agree ? weakest.confidence : 'NOT_APPLICABLE',
    applicable: shown.applicable,
    imposed: shown.imposed,
    trace: [
      ...provisionSteps,
      traceStep('CANDIDATE_LAWS', unknowns.join(' '), {
        offenceDate: count.offenceDate,
        decisionDate: count.decisionDate,
        finalNoLaterThan: count.finalNoLaterThan ?? null,
        possibilities: outcomes.length,
      }),
      ...perPossibility,
      traceStep('COMPARISON', conclusion, { agree, statuses: [...statuses] }),
      ...shown.trace.filter((t) => t.step === 'SENTENCE'),
      ...(agree ? weakest.trace.filter((t) => t.step === 'CONFIDENCE') : []),
    ],
  };
}

/** From the strongest to the weakest: the weakest confidence of several readings is the one furthest down. */
const CONFIDENCE_ORDER: FindingConfidence[] = [
  'PRIMARY_SOURCE',
  'SECONDARY_SOURCE',
  'UNVERIFIED',
  'NOT_APPLICABLE',
];

/**
 * The range one version of the chain applies to an offence with these circumstances, chosen as a finding chooses it:
 * a stored finding keeps the version it applied but not the form, which the circumstances decide. Null when the
 * version is not in the chain or no form of it applies.
 */
export function rangeOfVersion(
  chain: SuccessionChain,
  versionId: string,
  circumstances: Circumstance[],
): ApplicableRange | null {
  const placed = placedVersions(chain).find(({ version }) => version.id === versionId);
  return placed ? candidateOf(placed, [...new Set(circumstances)]).range : null;
}
