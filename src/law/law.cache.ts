import { LawSnapshot } from '../compliance/law-snapshot';
import type { CitationCatalogue } from './citation';
import type {
  InstrumentEntity,
  MitigationRuleEntity,
  PenaltyEntity,
  ProvisionEntity,
  ProvisionSuccessionEntity,
  ProvisionVersionEntity,
} from './law.entity';
import type { LawRepository } from './law.repository';
import { catalogueOf } from './law.service';

/** The whole body of law as of one revision, with the indexes lookups need. */
export interface LawView {
  revision: string;
  rows: Awaited<ReturnType<LawRepository['allRows']>>;
  catalogue: CitationCatalogue;
  snapshot: LawSnapshot;
  provisionsByNumber: Map<string, ProvisionEntity[]>;
  instrumentById: Map<string, InstrumentEntity>;
  provisionById: Map<string, ProvisionEntity>;
  versionById: Map<string, ProvisionVersionEntity>;
  penaltyById: Map<string, PenaltyEntity>;
  /** Children of a provision; top-level provisions under their instrument's id. */
  childrenOf: Map<string, ProvisionEntity[]>;
  topLevelOf: Map<string, ProvisionEntity[]>;
  versionsOf: Map<string, ProvisionVersionEntity[]>;
  penaltiesOf: Map<string, PenaltyEntity[]>;
  mitigationRulesOf: Map<string, MitigationRuleEntity[]>;
  successionsFrom: Map<string, ProvisionSuccessionEntity[]>;
  successionsTo: Map<string, ProvisionSuccessionEntity[]>;
}

function groupBy<T>(
  items: T[],
  keyOf: (item: T) => string | null,
  order?: (a: T, b: T) => number,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  if (order) for (const list of groups.values()) list.sort(order);
  return groups;
}

/**
 * The law in memory, per process: a few hundred rows that every citation lookup and compliance question reads.
 * Each use checks the database's law revision (one indexed read, moved by a trigger on every law table), so a
 * change committed by any process is seen by the next request. Only committed data is cached: the repository
 * must read from the pool, never from a transaction.
 */
export class LawCache {
  private current: LawView | null = null;
  private loading: Promise<LawView> | null = null;

  constructor(private readonly law: LawRepository) {}

  async view(): Promise<LawView> {
    const revision = await this.law.revision();
    if (this.current?.revision === revision) return this.current;
    this.loading ??= this.load().finally(() => (this.loading = null));
    return this.loading;
  }

  private async load(): Promise<LawView> {
    const { revision, rows } = await this.law.consistentRows();
    const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
    const view: LawView = {
      revision,
      rows,
      catalogue: catalogueOf(rows.instruments),
      snapshot: new LawSnapshot(rows),
      provisionsByNumber: groupBy(rows.provisions, (p) => p.number),
      instrumentById: byId(rows.instruments),
      provisionById: byId(rows.provisions),
      versionById: byId(rows.versions),
      penaltyById: byId(rows.penalties),
      childrenOf: groupBy(rows.provisions, (p) => p.parentId),
      topLevelOf: groupBy(rows.provisions, (p) => (p.parentId ? null : p.instrumentId)),
      versionsOf: groupBy(
        rows.versions,
        (v) => v.provisionId,
        (a, b) => a.validFrom.localeCompare(b.validFrom),
      ),
      penaltiesOf: groupBy(
        rows.penalties,
        (p) => p.provisionVersionId,
        (a, b) => a.variant.localeCompare(b.variant),
      ),
      mitigationRulesOf: groupBy(
        rows.mitigationRules,
        (r) => r.instrumentId,
        (a, b) => a.statutoryMinimumFromMonths - b.statutoryMinimumFromMonths,
      ),
      successionsFrom: groupBy(rows.successions, (s) => s.predecessorId),
      successionsTo: groupBy(rows.successions, (s) => s.successorId),
    };
    this.current = view;
    return view;
  }
}
