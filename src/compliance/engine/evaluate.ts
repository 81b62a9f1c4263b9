/**
 * The sentencing-compliance engine's answer for one convicted count: the law that applied, the sentence held against
 * it, the reasons and the trace; and, where a fact is unknown but bounded, the same under every possibility. Pure
 * functions over plain data; where the data cannot support an answer, the answer is UNDETERMINED, never a guess.
 */
import type { IsoDate } from '../../law/law.model';
import { citationOf } from './versions';
import type { Circumstance } from '../../law/law.model';
import {
  candidateOf,
  confidenceOfLaw,
  confidenceStep,
  noApplicableLaw,
  resolveApplicableLaw,
} from './applicable-law';
import type { Confidence } from './confidence';
import { mitigationOf } from './mitigation';
import {
  type ApplicableLaw,
  type ApplicableRange,
  type ConvictedCount,
  FINDING_REASONS,
  type Finding,
  type FindingConfidence,
  type FindingReason,
  type FindingStatus,
  type SuccessionChain,
  type TraceStep,
} from './model';
import { type Settled, isFineImposed, readSentence, scenariosOf, settle } from './sentence';
import { type WindowEnd, placedVersions, provisionStep } from './versions';
import { describeRange, months, traceStep } from './wording';

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
