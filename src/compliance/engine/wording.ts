/**
 * How the engine words what it finds: months, euros, lists, circumstances, ranges, and the trace steps a monitor can
 * quote. Pure.
 */
import type { Circumstance } from '../../law/law.model';
import type { ApplicableRange, TraceStep, TraceStepKind } from './model';

const CIRCUMSTANCE_PHRASES: Record<Circumstance, string> = {
  VICTIM_CHILD: 'a child victim',
  ORGANISED_GROUP: 'an organised group',
  OFFICIAL_CAPACITY: 'an offender acting in an official capacity',
  DEATH_CAUSED: 'a death caused',
  SERIOUS_HARM: 'serious harm',
  REPEAT_OFFENCE: 'a repeat offence',
  ORGANISER: 'an organiser',
};

export function months(count: number): string {
  return `${count} ${count === 1 ? 'month' : 'months'}`;
}

export function euros(amount: number): string {
  return `${amount.toLocaleString('en-US')} €`;
}

export function listed(items: string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function circumstancesText(circumstances: Circumstance[]): string {
  return listed(circumstances.map((circumstance) => CIRCUMSTANCE_PHRASES[circumstance]));
}

/** A sentence turned into a clause that can follow a comma: no final period, no capital on an ordinary word. */
export function asClause(sentence: string): string {
  const body = sentence.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function traceStep(
  step: TraceStepKind,
  sentence: string,
  data: Record<string, unknown> = {},
): TraceStep {
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

export function describeFineRange(range: ApplicableRange): string {
  const { fineMinEur: min, fineMaxEur: max } = range;
  if (min !== null && max !== null) return ` of ${euros(min)} to ${euros(max)}`;
  if (min !== null) return ` of at least ${euros(min)}`;
  if (max !== null) return ` of up to ${euros(max)}`;
  return '';
}

export function describeRange(range: ApplicableRange): string {
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
