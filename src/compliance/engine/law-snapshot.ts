/**
 * The law as the compliance engine needs it: for any cited provision, the succession chain it belongs to, each
 * provision with its dated versions and penalties. Pure: built from rows the caller read.
 */
import type {
  DateBoundary,
  InstrumentKind,
  IsoDate,
  Language,
  MitigationRuleData,
  PenaltyData,
  SourceRef,
} from '../../law/law.model';
import { provisionLabel } from '../../law/provision-label';
import type { LawProvision, LawVersion, SuccessionChain } from './model';

/** The law held, as plain data (compliance/law-data.ts maps the stored rows to it). */
export interface LawData {
  instruments: { id: string; kind: InstrumentKind; shortName: string }[];
  provisions: { id: string; instrumentId: string; parentId: string | null; number: string }[];
  versions: {
    id: string;
    provisionId: string;
    validFrom: IsoDate;
    validTo: IsoDate | null;
    validFromBoundary: DateBoundary;
    validToBoundary: DateBoundary | null;
    text: Partial<Record<Language, string>>;
    source: SourceRef;
  }[];
  penalties: (PenaltyData & { provisionVersionId: string })[];
  successions: { predecessorId: string; successorId: string }[];
  mitigationRules: (MitigationRuleData & { instrumentId: string })[];
}

type ProvisionData = LawData['provisions'][number];
type InstrumentData = LawData['instruments'][number];

export class LawSnapshot {
  private readonly provisions: Map<string, ProvisionData>;
  private readonly instruments: Map<string, InstrumentData>;
  private readonly versionsByProvision = new Map<string, LawVersion[]>();
  private readonly childrenOf = new Map<string, string[]>();
  private readonly linked = new Map<string, Set<string>>();
  private readonly replacedBy = new Map<string, string[]>();
  private readonly rulesByInstrument = new Map<string, MitigationRuleData[]>();
  private readonly chains = new Map<string, { anchorId: string; chain: SuccessionChain } | null>();

  constructor(rows: LawData) {
    this.provisions = new Map(rows.provisions.map((p) => [p.id, p]));
    this.instruments = new Map(rows.instruments.map((i) => [i.id, i]));
    const penaltiesByVersion = new Map<string, PenaltyData[]>();
    for (const p of rows.penalties) {
      penaltiesByVersion.set(p.provisionVersionId, [
        ...(penaltiesByVersion.get(p.provisionVersionId) ?? []),
        p,
      ]);
    }
    for (const v of [...rows.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom))) {
      const version: LawVersion = {
        id: v.id,
        validFrom: v.validFrom,
        validTo: v.validTo,
        text: v.text,
        penalties: penaltiesByVersion.get(v.id) ?? [],
        source: v.source,
        validFromBoundary: v.validFromBoundary,
        validToBoundary: v.validToBoundary,
      };
      this.versionsByProvision.set(v.provisionId, [
        ...(this.versionsByProvision.get(v.provisionId) ?? []),
        version,
      ]);
    }
    for (const p of rows.provisions) {
      if (p.parentId) this.childrenOf.set(p.parentId, [...(this.childrenOf.get(p.parentId) ?? []), p.id]);
    }
    for (const s of rows.successions) {
      this.link(s.predecessorId, s.successorId);
      this.link(s.successorId, s.predecessorId);
      this.replacedBy.set(s.successorId, [...(this.replacedBy.get(s.successorId) ?? []), s.predecessorId]);
    }
    for (const r of rows.mitigationRules) {
      this.rulesByInstrument.set(r.instrumentId, [...(this.rulesByInstrument.get(r.instrumentId) ?? []), r]);
    }
  }

  private link(a: string, b: string) {
    this.linked.set(a, (this.linked.get(a) ?? new Set()).add(b));
  }

  private hasPenalties(provisionId: string): boolean {
    return (this.versionsByProvision.get(provisionId) ?? []).some((v) => v.penalties.length > 0);
  }

  /**
   * The provision that stands for a citation in the succession chain: itself when it carries penalties or
   * succession links; otherwise its nearest ancestor that has links (a count under Art. 171(1) belongs to the
   * chain of Art. 171), else its top-level article.
   */
  anchorOf(provisionId: string): string {
    const start = this.provisions.get(provisionId);
    if (!start || this.hasPenalties(provisionId) || this.linked.has(provisionId)) return provisionId;
    let current = start;
    while (current.parentId && !this.linked.has(current.id)) {
      const parent = this.provisions.get(current.parentId);
      if (!parent) break;
      current = parent;
    }
    return current.id;
  }

  /**
   * The anchor and every provision linked to it by succession, at any distance, oldest first. Worked out once per
   * provision (a snapshot never changes) and shared, frozen, by every count that cites it: an import or a refresh
   * evaluates thousands of counts under a handful of provisions.
   */
  chainFor(provisionId: string): { anchorId: string; chain: SuccessionChain } | null {
    let known = this.chains.get(provisionId);
    if (known === undefined) {
      known = this.buildChain(provisionId);
      this.chains.set(provisionId, known);
    }
    return known;
  }

  private buildChain(provisionId: string): { anchorId: string; chain: SuccessionChain } | null {
    if (!this.provisions.has(provisionId)) return null;
    const anchorId = this.anchorOf(provisionId);
    const seen = new Set([anchorId]);
    const queue = [anchorId];
    while (queue.length) {
      for (const next of this.linked.get(queue.shift()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    const chain = [...seen]
      .map((id) => this.lawProvision(id))
      .sort((a, b) => (a.versions[0]?.validFrom ?? '').localeCompare(b.versions[0]?.validFrom ?? ''));
    return Object.freeze({ anchorId, chain: Object.freeze(chain) });
  }

  /**
   * A provision with the versions that carry its penalties: its own, or, when only one of its paragraphs has
   * penalties (the figure of Art. 231 sits on 231(1)), that paragraph's.
   */
  private lawProvision(id: string): LawProvision {
    const provision = this.provisions.get(id)!;
    const instrument = this.instruments.get(provision.instrumentId)!;
    const own = this.versionsByProvision.get(id) ?? [];
    const withPenalties = (this.childrenOf.get(id) ?? []).filter((c) => this.hasPenalties(c));
    const versions =
      !this.hasPenalties(id) && withPenalties.length === 1
        ? this.versionsByProvision.get(withPenalties[0])!
        : own;
    return {
      id,
      instrumentId: instrument.id,
      instrumentName: instrument.shortName,
      label: provisionLabel(instrument.kind, provision.number),
      versions,
      mitigationRules: this.rulesByInstrument.get(instrument.id) ?? [],
      replaces: this.replacedBy.get(id) ?? [],
    };
  }
}
