/**
 * Mitigation explains a shortfall but does not cure it: the mitigation rules of the code, and whether the served term
 * was below even the lowest a court may impose with mitigating grounds. Pure.
 */
import type { MitigationRuleData } from '../../law/law.model';
import type { ApplicableRange, ConvictedCount, LawProvision, SuccessionChain, TraceStep } from './model';
import type { Settled } from './sentence';
import { months, traceStep } from './wording';

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
export function mitigationOf(
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
