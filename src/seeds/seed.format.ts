/**
 * The shape of the files in `seeds/`. The loader validates every file against these shapes before it writes
 * anything, and upserts by natural keys, so loading twice changes nothing.
 */
import type {
  Circumstance,
  InstrumentKind,
  IsoDate,
  Language,
  MitigationRuleData,
  ProvisionKind,
  ProvisionVersionData,
  SourceRef,
  SuccessionKind,
} from '../law/law.model';

/** `seeds/law/instruments.json`: an array of these. */
export interface InstrumentSeed {
  /** ELI-like stable id, e.g. `unmik-reg/2001/4`, `ks-law/04-L-082`. */
  id: string;
  kind: InstrumentKind;
  /** Official symbol or number, e.g. `UNMIK/REG/2001/4`, `04/L-082`. */
  symbol: string | null;
  titles: Partial<Record<Language, string>> & { en: string };
  issuer: string | null;
  adoptedOn: IsoDate | null;
  publishedOn: IsoDate | null;
  inForceFrom: IsoDate | null;
  repealedOn: IsoDate | null;
  /** Source and certainty of the dates above. */
  datesSource: SourceRef;
  sourceUrl: string | null;
  notes: string | null;
  provisions: ProvisionSeed[];
  mitigationRules: MitigationRuleData[];
}

export interface ProvisionSeed {
  /**
   * Normalised number: numbering units joined by dots. `171` is Art. 171, `171.1` its paragraph 1, `1.1.a`
   * section 1.1(a) of a regulation, `18.8` Art. 18(8).
   */
  number: string;
  kind: ProvisionKind;
  /** Number of the parent provision in the same instrument, or null for a top-level one. */
  parent: string | null;
  heading: Partial<Record<Language, string>>;
  versions: ProvisionVersionData[];
}

/** `seeds/law/successions.json`: an array of these. */
export interface SuccessionSeed {
  from: { instrument: string; number: string };
  to: { instrument: string; number: string };
  kind: SuccessionKind;
  /** The day the successor took over. */
  effectiveOn: IsoDate | null;
  source: SourceRef;
}

/** `seeds/law/citation-aliases.json`: instrument id → the names and abbreviations citations use for it. */
export type CitationAliasesSeed = Record<string, string[]>;

/** `seeds/courts.json`: an array of these. */
export interface CourtSeed {
  /** Stable slug, e.g. `basic-pristina`, `district-peja`. */
  code: string;
  names: Record<Language, string>;
  /** Other spellings people use, in any of the three languages (diacritics and case are folded on lookup). */
  aliases: string[];
  level: 'MUNICIPAL' | 'DISTRICT' | 'MINOR_OFFENCES' | 'BASIC' | 'APPEALS' | 'SUPREME' | 'SPECIAL';
  seat: string | null;
  activeFrom: IsoDate | null;
  activeTo: IsoDate | null;
  /** Code of the court that took over its cases. */
  successor: string | null;
  source: SourceRef;
}

/**
 * `seeds/decisions/*.json`: arrays of import rows, the same rows `npm run import` takes (see the README), one per
 * count. Every key of the CSV header, plus the optional extras below.
 */
export interface DecisionRowSeed {
  case_number: string;
  court: string;
  decision_date: IsoDate;
  decision_type: 'FIRST_INSTANCE' | 'APPEAL' | 'SUPREME';
  final: boolean | null;
  defendant: string | null;
  offence_date: IsoDate | null;
  charged_provision: string | null;
  convicted_provision: string | null;
  verdict: 'CONVICTED' | 'ACQUITTED' | 'DISMISSED' | null;
  imprisonment_months: number | null;
  suspended: boolean | null;
  fine_eur: number | null;
  /** `;`-separated circumstance codes. */
  circumstances: string | Circumstance[] | null;
  mitigation_cited: boolean | null;
  source_url: string | null;
  provenance: 'OFFICIAL' | 'REPORTED' | 'SYNTHETIC';
  /** Optional extras (decision level: the first row of a decision that has them wins). */
  decision_date_precision?: 'DAY' | 'MONTH' | 'YEAR';
  language?: Language;
  summary?: string;
  text?: string;
  presiding_judge?: string;
  source_note?: string;
  appeal_of_court?: string;
  appeal_of_case_number?: string;
  appeal_outcome?: 'AFFIRMS' | 'MODIFIES' | 'REVERSES' | 'PARTIALLY_GRANTS' | 'REJECTS' | 'ANNULS';
  /** For a retrial: the decision that annulled and sent the case back. */
  retrial_after_court?: string;
  retrial_after_case_number?: string;
  /** Count level. */
  count_note?: string;
}
