/**
 * The last word on a count: following a case's decisions from the one a finding is on, through appeals and retrials,
 * to the decision after which nothing follows, and finding there the count that answers for this one. Pure: the
 * decisions, their counts and the links between them are read by the caller.
 *
 * How a count of a later decision is matched to the count it reviews (docs/compliance.md, "Outcomes after appeal"):
 * 1. the later decision's counts of the same defendant (by label) under the same succession chain: exactly one is
 *    the match; several leave it ambiguous;
 * 2. otherwise, when the defendant has exactly one count in each of the two decisions, those two (the provision
 *    changed on appeal, which the sentence says);
 * 3. a later decision that does not restate the defendant's counts (none of them, or none with a verdict) decides by
 *    its outcome: AFFIRMS and REJECTS leave
 *    the count as it stood, REVERSES and ANNULS take the conviction away (an annulment until a retrial restates it),
 *    and MODIFIES, PARTIALLY_GRANTS or an unknown outcome leave the last word unknown: it is said, never guessed.
 */
import type { AppealOutcome, DecisionLinkKind, DecisionType, Verdict } from '../../cases/case.model';

export interface ChainCount {
  id: string;
  /** The defendant's label (initials or a code), the same in every decision of a case. */
  defendant: string;
  /** The succession chain of the count's convicted (else charged) provision; null when it names none. */
  chainKey: string | null;
  /** How the count's provision is cited, for sentences. */
  citation: string | null;
  verdict: Verdict | null;
}

export interface ChainDecision {
  id: string;
  /** e.g. `PAKR 52/14 (Court of Appeals, 2015-11-06)`. */
  name: string;
  type: DecisionType;
  counts: ChainCount[];
}

export interface ChainLink {
  /** The later decision: the higher court's, or the retrial. */
  decisionId: string;
  lowerDecisionId: string;
  outcome: AppealOutcome | null;
  kind: DecisionLinkKind;
}

export interface LastWord {
  /** No later decision in the case follows the count's decision. */
  final: boolean;
  /** Whether the last word could be told (false: ambiguous, or a later decision changed it without restating it). */
  known: boolean;
  /** The conviction that is the last word; null when the case ends without one, or when it cannot be told. */
  finalCountId: string | null;
  /** How it was found, a sentence a step. */
  steps: string[];
}

const OUTCOME_VERBS: Record<AppealOutcome, string> = {
  AFFIRMS: 'affirmed',
  REJECTS: 'rejected the appeal against',
  REVERSES: 'reversed',
  ANNULS: 'annulled',
  MODIFIES: 'modified',
  PARTIALLY_GRANTS: 'partly granted the appeal against',
};

type Match =
  | { kind: 'one'; count: ChainCount; byDefendantOnly: boolean }
  | { kind: 'none' }
  | { kind: 'ambiguous'; counts: ChainCount[] };

function matchIn(subject: ChainCount, previous: ChainDecision, next: ChainDecision): Match {
  // A count without a verdict (a decision recorded without its outcome per count) restates nothing.
  const theirs = next.counts.filter((c) => c.defendant === subject.defendant && c.verdict !== null);
  if (theirs.length === 0) return { kind: 'none' };
  const sameChain = theirs.filter((c) => c.chainKey === subject.chainKey);
  if (sameChain.length === 1) return { kind: 'one', count: sameChain[0], byDefendantOnly: false };
  if (sameChain.length > 1) return { kind: 'ambiguous', counts: sameChain };
  const before = previous.counts.filter((c) => c.defendant === subject.defendant && c.verdict !== null);
  if (theirs.length === 1 && before.length <= 1)
    return { kind: 'one', count: theirs[0], byDefendantOnly: true };
  return { kind: 'ambiguous', counts: theirs };
}

const countText = (count: ChainCount) =>
  `the count of ${count.defendant}${count.citation ? ` under ${count.citation}` : ''}`;

const standing = (count: ChainCount | null) =>
  count === null
    ? 'no conviction stands'
    : count.verdict === 'CONVICTED'
      ? 'the conviction stands'
      : `the count ends in ${count.verdict === null ? 'an unknown verdict' : count.verdict.toLowerCase()}`;

/**
 * The last word on `countId` of `decisionId`, following the links to the end of the case. `decisions` holds every
 * decision linked to it, at any distance.
 */
export function lastWordOn(
  countId: string,
  decisionId: string,
  decisions: ReadonlyMap<string, ChainDecision>,
  links: readonly ChainLink[],
): LastWord {
  const start = decisions.get(decisionId);
  const subject = start?.counts.find((c) => c.id === countId);
  if (!start || !subject) throw new Error(`Count ${countId} is not in decision ${decisionId}.`);
  const following = (id: string) => links.filter((l) => l.lowerDecisionId === id);
  if (following(start.id).length === 0) {
    return {
      final: true,
      known: true,
      finalCountId: subject.verdict === 'CONVICTED' ? subject.id : null,
      steps: [
        `No later decision in the case follows ${start.name}: it is the last word on ${countText(subject)}.`,
      ],
    };
  }
  const unknown = (steps: string[]): LastWord => ({ final: false, known: false, finalCountId: null, steps });
  const steps: string[] = [];
  const seen = new Set([start.id]);
  let decision = start;
  let current: ChainCount | null = subject;
  for (;;) {
    const next = following(decision.id).filter((l) => !seen.has(l.decisionId));
    if (next.length === 0) break;
    if (next.length > 1) {
      const names = next.map((l) => decisions.get(l.decisionId)?.name ?? l.decisionId).join(' and ');
      return unknown([
        ...steps,
        `${decision.name} is followed by several decisions (${names}): which is the last word cannot be told.`,
      ]);
    }
    const link = next[0];
    const later = decisions.get(link.decisionId);
    if (!later) return unknown([...steps, `A decision following ${decision.name} is not held.`]);
    seen.add(later.id);
    const what = link.kind === 'RETRIAL' ? `The retrial ${later.name}` : `${later.name}`;
    const match = matchIn(subject, decision, later);
    if (match.kind === 'ambiguous') {
      return unknown([
        ...steps,
        `${what} records ${match.counts.length} counts of ${subject.defendant} that could answer for this one: which does cannot be told.`,
      ]);
    }
    if (match.kind === 'one') {
      current = match.count;
      const how = match.byDefendantOnly
        ? ` (matched by defendant alone: ${match.count.citation ?? 'no provision'} in place of ${subject.citation ?? 'no provision'})`
        : '';
      steps.push(`${what} restates ${countText(subject)}${how}: ${standing(current)}.`);
    } else if (link.kind === 'RETRIAL') {
      return unknown([
        ...steps,
        `${what} does not record ${countText(subject)}: how the retrial ended for it is not held.`,
      ]);
    } else {
      switch (link.outcome) {
        case 'AFFIRMS':
        case 'REJECTS':
          steps.push(
            `${later.name} ${OUTCOME_VERBS[link.outcome]} ${decision.name} without restating ${countText(subject)}: ${standing(current)} as before.`,
          );
          break;
        case 'REVERSES':
        case 'ANNULS':
          if (current?.verdict !== 'CONVICTED' && link.outcome === 'REVERSES') {
            return unknown([
              ...steps,
              `${later.name} reversed ${decision.name}, where ${countText(subject)} had not ended in a conviction, without restating it: how it ended is not held.`,
            ]);
          }
          steps.push(
            `${later.name} ${OUTCOME_VERBS[link.outcome]} ${decision.name}${current?.verdict === 'CONVICTED' ? ': the conviction no longer stands' : ''}.`,
          );
          current = null;
          break;
        default:
          return unknown([
            ...steps,
            `${later.name} ${link.outcome ? OUTCOME_VERBS[link.outcome] : 'ruled on'} ${decision.name} without restating ${countText(subject)}: its sentence after that is not held.`,
          ]);
      }
    }
    decision = later;
  }
  const finalCountId = current?.verdict === 'CONVICTED' ? current.id : null;
  steps.push(
    finalCountId === null
      ? `The case ends in ${decision.name} without a conviction on this count.`
      : `The last word is ${decision.name}.`,
  );
  return { final: false, known: true, finalCountId, steps };
}

/** A case's rows as `lastWordOn` takes them: the decisions with their counts, each count's chain named by `chainKeyOf`. */
export function chainOf(
  rows: {
    decisions: { id: string; caseNumber: string; court: string; date: string; type: DecisionType }[];
    counts: (Omit<ChainCount, 'chainKey'> & { decisionId: string; provisionId: string | null })[];
  },
  chainKeyOf: (provisionId: string) => string,
): Map<string, ChainDecision> {
  const decisions = new Map<string, ChainDecision>(
    rows.decisions.map((d) => [
      d.id,
      { id: d.id, name: `${d.caseNumber} (${d.court}, ${d.date})`, type: d.type, counts: [] },
    ]),
  );
  for (const { decisionId, provisionId, ...c } of rows.counts) {
    decisions
      .get(decisionId)
      ?.counts.push({ ...c, chainKey: provisionId === null ? null : chainKeyOf(provisionId) });
  }
  return decisions;
}
