import DataLoader from 'dataloader';
import type { CaseRepository } from '../cases/case.repository';
import type { FindingRepository } from '../compliance/finding.repository';
import type { CourtRepository } from '../courts/court.repository';
import type { LawRepository } from '../law/law.repository';

/** One row per key, in key order; a missing row is null. */
function byKey<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string) {
  return new DataLoader<string, V | null>(async (keys) => {
    const rows = new Map((await fetch(keys)).map((v) => [keyOf(v), v] as const));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/** Every row under its key, in the order the repository returned them. */
function groupedBy<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string) {
  return new DataLoader<string, V[]>(async (keys) => {
    const groups = new Map<string, V[]>();
    for (const v of await fetch(keys)) {
      const k = keyOf(v);
      groups.set(k, [...(groups.get(k) ?? []), v]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Created per request, never shared across requests, so nothing is cached beyond one answer. */
export function createLoaders(repos: {
  law: LawRepository;
  courts: CourtRepository;
  cases: CaseRepository;
  findings: FindingRepository;
}) {
  const { law, courts, cases, findings } = repos;
  return {
    instrument: byKey(
      (ids) => law.instrumentsByIds(ids),
      (i) => i.id,
    ),
    provision: byKey(
      (ids) => law.provisionsByIds(ids),
      (p) => p.id,
    ),
    children: groupedBy(
      (ids) => law.childrenOf(ids),
      (p) => p.parentId as string,
    ),
    topLevelProvisions: groupedBy(
      (ids) => law.topLevelProvisionsOf(ids),
      (p) => p.instrumentId,
    ),
    versions: groupedBy(
      (ids) => law.versionsOf(ids),
      (v) => v.provisionId,
    ),
    penalties: groupedBy(
      (ids) => law.penaltiesOf(ids),
      (p) => p.provisionVersionId,
    ),
    mitigationRules: groupedBy(
      (ids) => law.mitigationRulesOf(ids),
      (r) => r.instrumentId,
    ),
    successionsFrom: groupedBy(
      (ids) => law.successionsFrom(ids),
      (s) => s.predecessorId,
    ),
    successionsTo: groupedBy(
      (ids) => law.successionsTo(ids),
      (s) => s.successorId,
    ),
    court: byKey(
      (ids) => courts.byIds(ids),
      (c) => c.id,
    ),
    courtAliases: groupedBy(
      (ids) => courts.aliasesOf(ids),
      (a) => a.courtId,
    ),
    decision: byKey(
      (ids) => cases.decisionsByIds(ids),
      (d) => d.id,
    ),
    defendant: byKey(
      (ids) => cases.defendantsByIds(ids),
      (d) => d.id,
    ),
    defendants: groupedBy(
      (ids) => cases.defendantsOf(ids),
      (d) => d.decisionId,
    ),
    counts: groupedBy(
      (ids) => cases.countsOfDecisions(ids),
      (c) => c.decisionId,
    ),
    linksFrom: groupedBy(
      (ids) => cases.linksFrom(ids),
      (l) => l.decisionId,
    ),
    linksTo: groupedBy(
      (ids) => cases.linksTo(ids),
      (l) => l.lowerDecisionId,
    ),
    version: byKey(
      (ids) => law.versionsByIds(ids),
      (v) => v.id,
    ),
    penalty: byKey(
      (ids) => law.penaltiesByIds(ids),
      (p) => p.id,
    ),
    count: byKey(
      (ids) => cases.countsByIds(ids),
      (c) => c.id,
    ),
    finding: byKey(
      (ids) => findings.byCountIds(ids),
      (f) => f.countId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
