import { LawSnapshot } from '../compliance/law-snapshot';
import type { CitationCatalogue } from './citation';
import type { LawChanges } from './law.changes';
import type {
  InstrumentEntity,
  MitigationRuleEntity,
  PenaltyEntity,
  ProvisionEntity,
  ProvisionSuccessionEntity,
  ProvisionVersionEntity,
} from './law.entity';
import type { LawRepository } from './law.repository';
import { catalogueOf } from './citation';

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
 * With a change feed that is listening, the copy is trusted until the feed reports a change (a change committed by
 * any process, or the feed's connection lost or regained); otherwise, and after each change, the next use checks
 * the database's law revision (one indexed read, moved by a trigger on every law table). Only committed data is
 * cached: the repository must read from the pool, never from a transaction.
 */
export class LawCache {
  private current: LawView | null = null;
  private loading: Promise<LawView> | null = null;
  /** Moves on every change the feed reports (and on `invalidate`). */
  private generation = 0;
  /** Whether `current` was the latest committed law after the last change reported. */
  private verified = false;
  /** Writes under way in this process: until they end, a commit may not have been announced yet. */
  private writes = 0;

  constructor(
    private readonly law: LawRepository,
    private readonly changes: LawChanges | null = null,
  ) {
    changes?.onChange(() => this.invalidate());
  }

  async view(): Promise<LawView> {
    if (this.trusted()) return this.current!;
    const generation = this.generation;
    const revision = await this.law.revision();
    let view = this.current;
    if (view?.revision !== revision) {
      this.loading ??= this.load().finally(() => (this.loading = null));
      view = await this.loading;
      // A load already under way may have started before the revision we read.
      if (BigInt(view.revision) < BigInt(revision)) view = await this.load();
    }
    // A change reported while we read may not be in what we read: the next use checks again.
    if (generation === this.generation && view.revision === revision) this.verified = true;
    return view;
  }

  /** The next use checks the revision. */
  invalidate(): void {
    this.generation++;
    this.verified = false;
  }

  /**
   * This process may change the law (a mutation starts): every use checks the revision until `writeEnded`, so
   * what it commits is seen at once, in the same request and the next, without waiting for the notification.
   */
  writeStarted(): void {
    this.writes++;
  }

  writeEnded(): void {
    this.writes--;
    this.invalidate();
  }

  private trusted(): boolean {
    return this.current !== null && this.verified && this.writes === 0 && this.changes?.listening === true;
  }

  /**
   * A number that stays the same while the law in memory is known to be the latest committed (the feed is
   * listening and nothing changed since it was checked); null when the next use has to check. Anything derived
   * from the law may be kept for as long as this number holds.
   */
  freshGeneration(): number | null {
    return this.trusted() ? this.generation : null;
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
