/** What a count records, as the editors and the importer write it. */
export interface CountValues {
  offenceDate: string | null;
  chargedCitation: string | null;
  chargedProvisionId: string | null;
  convictedCitation: string | null;
  convictedProvisionId: string | null;
  verdict: string | null;
  imprisonmentMonths: number | null;
  suspended: boolean | null;
  fineEur: number | null;
  circumstances: string[];
  mitigationCited: boolean | null;
  note: string | null;
}

/**
 * A count's values in the order of its columns offence_date, charged_citation, charged_provision_id,
 * convicted_citation, convicted_provision_id, verdict, imprisonment_months, suspended, fine_eur, circumstances,
 * mitigation_cited, note: the order the editors' statements and the importer's COPY both write them in.
 */
export const countValues = (c: CountValues) =>
  [
    c.offenceDate,
    c.chargedCitation,
    c.chargedProvisionId,
    c.convictedCitation,
    c.convictedProvisionId,
    c.verdict,
    c.imprisonmentMonths,
    c.suspended,
    c.fineEur,
    c.circumstances,
    c.mitigationCited,
    c.note,
  ] as const;
