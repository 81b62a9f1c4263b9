import { toSourceRef } from '../db/columns';
import type {
  InstrumentEntity,
  MitigationRuleEntity,
  PenaltyEntity,
  ProvisionEntity,
  ProvisionSuccessionEntity,
  ProvisionVersionEntity,
} from '../law/law.entity';
import type { LawData } from './engine';

/** The law's stored rows, as LawRepository.allRows reads them. */
export interface LawRows {
  instruments: InstrumentEntity[];
  provisions: ProvisionEntity[];
  versions: ProvisionVersionEntity[];
  penalties: PenaltyEntity[];
  successions: ProvisionSuccessionEntity[];
  mitigationRules: MitigationRuleEntity[];
}

/** The engine's plain law from the stored rows: the one place entities become the engine's shapes. */
export const lawDataOf = (rows: LawRows): LawData => ({
  instruments: rows.instruments.map((i) => ({ id: i.id, kind: i.kind, shortName: i.shortName })),
  provisions: rows.provisions.map((p) => ({
    id: p.id,
    instrumentId: p.instrumentId,
    parentId: p.parentId,
    number: p.number,
  })),
  versions: rows.versions.map((v) => ({
    id: v.id,
    provisionId: v.provisionId,
    validFrom: v.validFrom,
    validTo: v.validTo,
    validFromBoundary: v.validFromBoundary,
    validToBoundary: v.validToBoundary,
    text: { sq: v.textSq ?? undefined, sr: v.textSr ?? undefined, en: v.textEn ?? undefined },
    source: toSourceRef(v.source),
  })),
  penalties: rows.penalties.map((p) => ({
    provisionVersionId: p.provisionVersionId,
    variant: p.variant,
    circumstances: p.circumstances,
    offenceClass: p.offenceClass,
    imprisonmentMinMonths: p.imprisonmentMinMonths,
    imprisonmentMaxMonths: p.imprisonmentMaxMonths,
    lifeImprisonment: p.lifeImprisonment,
    fineMinEur: p.fineMinEur,
    fineMaxEur: p.fineMaxEur,
    fineMode: p.fineMode,
    source: toSourceRef(p.source),
    furtherSources: p.furtherSources,
  })),
  successions: rows.successions.map((s) => ({ predecessorId: s.predecessorId, successorId: s.successorId })),
  mitigationRules: rows.mitigationRules.map((r) => ({
    instrumentId: r.instrumentId,
    statutoryMinimumFromMonths: r.statutoryMinimumFromMonths,
    floorMonths: r.floorMonths,
    fineSubstitutionAllowed: r.fineSubstitutionAllowed,
    description: r.description,
    source: toSourceRef(r.source),
  })),
});
