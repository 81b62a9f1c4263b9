import type {
  AppealOutcome,
  CountSentence,
  DatePrecision,
  DecisionType,
  Provenance,
  Verdict,
} from '../cases/case.model';
import type { IsoDate, Language } from '../law/law.model';
import type { InstrumentEntity, ProvisionEntity, ProvisionVersionEntity } from '../law/law.entity';

/** A decision as the importer writes it, names already resolved to ids. */
export interface DecisionWrite {
  courtId: string;
  caseNumber: string;
  decisionDate: IsoDate;
  decisionDatePrecision: DatePrecision;
  decisionType: DecisionType;
  final: boolean | null;
  language: Language | null;
  presidingJudge: string | null;
  summary: string | null;
  text: string | null;
  sourceUrl: string | null;
  /** The source address named a protected person: only its site (or nothing) is kept. */
  sourceUrlWithheld: boolean;
  sourceNote: string | null;
  provenance: Provenance;
  /** The decision it reviews on appeal, or (`retrial`) the one after which it is a retrial. */
  appealOf: { courtId: string; caseNumber: string; outcome: AppealOutcome | null; retrial?: true } | null;
  protectedNames: string[];
  defendants: { label: string; counts: CountWrite[] }[];
}

export interface CountWrite extends CountSentence {
  seq: number;
  offenceDate: IsoDate | null;
  chargedCitation: string | null;
  chargedProvisionId: string | null;
  convictedCitation: string | null;
  convictedProvisionId: string | null;
  verdict: Verdict | null;
  note: string | null;
}

export interface ImportSummary {
  rows: number;
  decisions: { created: number; updated: number; unchanged: number };
  counts: number;
}

/** The reference data an import resolves names against, read once per import. */
export interface ImportCatalogue {
  courtsByFoldedAlias: Map<string, string>;
  instruments: InstrumentEntity[];
  provisions: ProvisionEntity[];
  versions: ProvisionVersionEntity[];
}
