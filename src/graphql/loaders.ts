import DataLoader from 'dataloader';
import type { CaseRepository } from '../cases/case.repository';
import type { FindingQuery, FindingRepository, StatsGroup } from '../compliance/finding.repository';
import type { CourtRepository } from '../courts/court.repository';
import type { LastWord } from '../compliance/engine';
import type { LawView } from '../law/law.cache';

type FindingKey = { countId: string; decisionId: string };

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

/**
 * Created per request, never shared across requests. The law comes from the process's law cache (law.cache.ts:
 * current as of the latest committed change); decisions, counts and findings from the database.
 */
export function createLoaders(repos: {
  lawView: () => Promise<LawView>;
  /** The last word on findings' counts (ComplianceService.lastWords). */
  lastWords: (findings: readonly FindingKey[]) => Promise<LastWord[]>;
  /** The corrections appeals made to a query's findings (ComplianceService.appealCorrections). */
  appealCorrections: (query: FindingQuery) => Promise<StatsGroup[]>;
  courts: CourtRepository;
  cases: CaseRepository;
  findings: FindingRepository;
}) {
  const { courts, cases, findings } = repos;
  let view: Promise<LawView> | null = null;
  const law = () => (view ??= repos.lawView());
  const fromLaw = <V>(pick: (v: LawView, key: string) => V) =>
    new DataLoader<string, V>(async (keys) => {
      const v = await law();
      return keys.map((k) => pick(v, k));
    });
  return {
    lastWord: new DataLoader<FindingKey, LastWord, string>((keys) => repos.lastWords(keys), {
      cacheKeyFn: (key) => key.countId,
    }),
    // The dashboard asks its statistics grouped four ways with one filter: the corrections are read once.
    appealCorrections: new DataLoader<FindingQuery, StatsGroup[], string>(
      (queries) => Promise.all(queries.map((query) => repos.appealCorrections(query))),
      { cacheKeyFn: (query) => JSON.stringify(query) },
    ),
    instrument: fromLaw((v, id) => v.instrumentById.get(id) ?? null),
    provision: fromLaw((v, id) => v.provisionById.get(id) ?? null),
    children: fromLaw((v, id) => v.childrenOf.get(id) ?? []),
    topLevelProvisions: fromLaw((v, id) => v.topLevelOf.get(id) ?? []),
    versions: fromLaw((v, id) => v.versionsOf.get(id) ?? []),
    penalties: fromLaw((v, id) => v.penaltiesOf.get(id) ?? []),
    mitigationRules: fromLaw((v, id) => v.mitigationRulesOf.get(id) ?? []),
    successionsFrom: fromLaw((v, id) => v.successionsFrom.get(id) ?? []),
    successionsTo: fromLaw((v, id) => v.successionsTo.get(id) ?? []),
    version: fromLaw((v, id) => v.versionById.get(id) ?? null),
    penalty: fromLaw((v, id) => v.penaltyById.get(id) ?? null),
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
    decisionText: byKey(
      (ids) => cases.texts(ids),
      (t) => t.id,
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
    count: byKey(
      (ids) => cases.countsByIds(ids),
      (c) => c.id,
    ),
    findingTrace: byKey(
      (ids) => findings.traces(ids),
      (t) => t.countId,
    ),
    finding: byKey(
      (ids) => findings.byCountIds(ids),
      (f) => f.countId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
