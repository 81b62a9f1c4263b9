/**
 * The sentence imposed, the imprisonment actually served (a suspended term is not), and how it compares with the
 * range: below the minimum, above the maximum, within, or undetermined; settled only if every reading agrees. Pure.
 */
import { asClause } from './wording';
import { capitalised } from './wording';
import { describeFineRange } from './wording';
import { euros } from './wording';
import type {
  ApplicableLaw,
  ApplicableRange,
  ConvictedCount,
  FindingStatus,
  ImposedSentence,
  TraceStep,
} from './model';
import { months, traceStep } from './wording';

interface ReadSentence {
  imposed: ImposedSentence;
  /** Possible months actually served, the likeliest first: two when a term's suspension is not recorded. */
  readings: number[];
  step: TraceStep;
}

export function isFineImposed(fineEur: number | null): fineEur is number {
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
export function readSentence(count: ConvictedCount): ReadSentence {
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

export interface Settled {
  status: FindingStatus;
  shortfallMonths: number | null;
  gap: Gap | null;
  steps: TraceStep[];
}

export function scenariosOf(law: ApplicableLaw, readings: number[]): Scenario[] {
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
export function settle(scenarios: Scenario[], fineEur: number | null): Settled {
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
