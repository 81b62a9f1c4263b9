/**
 * Which law applied: the law of the offence date, or a later and strictly more lenient law that entered into force
 * before the decision became final (lex mitior); the days that decided it; and the answer to applicablePenalty.
 * Pure.
 */
import type { IsoDate } from '../../law/law.model';
import { circumstancesText } from './wording';
import { months } from './wording';
import type { Circumstance } from '../../law/law.model';
import { type Confidence, confidenceFrom, confidenceSentence, dateFact } from './confidence';
import type {
  ApplicableLaw,
  ApplicablePenalty,
  ApplicableRange,
  CandidateLaw,
  CandidateReason,
  DateFact,
  SuccessionChain,
  TraceStep,
  WindowEndEvent,
} from './model';
import {
  type PlacedVersion,
  type VariantChoice,
  type WindowEnd,
  chooseVariant,
  citationOf,
  findOffenceLaw,
  isAmendment,
  placedVersions,
  provisionStep,
  rangeOf,
  variantSentence,
  versionName,
  windowEndNoun,
} from './versions';
import { traceStep } from './wording';

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

export function candidateOf(placed: PlacedVersion, found: Circumstance[]): Candidate {
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

export function noApplicableLaw(trace: TraceStep[]): ApplicableLaw {
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
export function confidenceOfLaw(law: ApplicableLaw): Confidence {
  return law.range === null
    ? { confidence: 'NOT_APPLICABLE', setBy: null }
    : confidenceFrom(law.range.penaltySource.verification, law.dateFacts);
}

export function confidenceStep(
  law: ApplicableLaw,
  confidence: Confidence,
  subject: 'finding' | 'range',
): TraceStep {
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
