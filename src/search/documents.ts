/**
 * The one place search documents are built, from an allow-list of public fields: provision texts and headings,
 * decisions' summaries and redacted texts, never defendants and never unredacted text. `null` means the row is
 * gone (or no longer public) and its document must be removed. Pure: the rows come from search.repository.ts.
 */
import type { FindingStatus } from '../compliance/engine';
import type { InstrumentKind, IsoDate } from '../law/law.model';
import { provisionLabel } from '../law/provision-label';
import type { SearchDocument } from './search.model';

export interface ProvisionSource {
  id: string;
  number: string;
  instrument: { id: string; kind: InstrumentKind; shortName: string; citationAliases: string[] };
  heading: { sq: string | null; sr: string | null; en: string | null };
  /** The latest version's texts and start. */
  latest: { validFrom: IsoDate; sq: string | null; sr: string | null; en: string | null } | null;
}

export interface DecisionSource {
  id: string;
  caseNumber: string;
  court: { id: string; nameEn: string; nameSq: string; nameSr: string };
  decisionDate: IsoDate;
  summary: string | null;
  redactedText: string | null;
  provenance: string;
  language: string | null;
  citations: string[];
  findingStatuses: FindingStatus[];
}

export const provisionDocumentId = (id: string) => `provision-${id}`;
export const decisionDocumentId = (id: string) => `decision-${id}`;

const present = (...parts: (string | null | undefined)[]) =>
  parts.filter((p): p is string => !!p && p.trim() !== '');

/** How people cite a provision: "CCK Art. 171", "neni 171 KPRK", "čl. 171 KZRK", "Article 171 of …". */
export function citationForms(p: ProvisionSource): string[] {
  const label = provisionLabel(p.instrument.kind, p.number);
  const names = [p.instrument.shortName, ...p.instrument.citationAliases.slice(0, 6)];
  const base = p.number.split('.')[0];
  const forms =
    p.instrument.kind === 'REGULATION'
      ? names.flatMap((n) => [`${n} ${label}`, `${n} section ${p.number}`])
      : names.flatMap((n) => [`${n} ${label}`, `neni ${base} ${n}`, `čl. ${base} ${n}`]);
  return [...new Set(forms)];
}

export function provisionDocument(p: ProvisionSource): SearchDocument {
  const citation = `${p.instrument.shortName} ${provisionLabel(p.instrument.kind, p.number)}`;
  const heading = p.heading.en ?? p.heading.sq ?? p.heading.sr;
  return {
    id: provisionDocumentId(p.id),
    kind: 'PROVISION',
    entityId: p.id,
    title: heading ? `${citation} — ${heading}` : citation,
    citations: citationForms(p),
    summary: present(p.heading.sq, p.heading.sr, p.heading.en).join(' · '),
    body: present(p.latest?.en, p.latest?.sq, p.latest?.sr).join('\n'),
    instrumentId: p.instrument.id,
    courtId: null,
    courtName: null,
    year: null,
    date: p.latest?.validFrom ?? null,
    findingStatuses: [],
    provenance: null,
    language: null,
  };
}

export function decisionDocument(d: DecisionSource): SearchDocument {
  return {
    id: decisionDocumentId(d.id),
    kind: 'DECISION',
    entityId: d.id,
    title: `${d.caseNumber} — ${d.court.nameEn}`,
    citations: [...new Set([d.caseNumber, ...d.citations])],
    summary: present(d.summary, d.court.nameSq, d.court.nameSr).join(' · '),
    body: d.redactedText ?? '',
    instrumentId: null,
    courtId: d.court.id,
    courtName: d.court.nameEn,
    year: Number(d.decisionDate.slice(0, 4)),
    date: d.decisionDate,
    findingStatuses: [...new Set(d.findingStatuses)].sort(),
    provenance: d.provenance,
    language: d.language,
  };
}
