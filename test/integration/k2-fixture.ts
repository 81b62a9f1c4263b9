import { countRow, type CsvRow } from './factories';

/**
 * The 2016 convictions as K2.0 (29 June 2017) reports them: 24 convicted under the trafficking article with its
 * five-year minimum; one got 66 months, the others between 42 months and fines of just over 1,000 euros.
 * Individual rows are a reconstruction, so they are SYNTHETIC.
 */
export function k2Convictions2016(tag: string): CsvRow[] {
  const prison = [66, 42, 42, 40, 36, 36, 30, 30, 24, 24, 24, 18, 18, 12, 12, 12, 6];
  const suspendedTerms = [12, 6];
  const fines = [1050, 1100, 1200, 1500, 3000];
  const rows = [
    ...prison.map((months) => ({ imprisonment_months: String(months), suspended: 'false', fine_eur: '' })),
    ...suspendedTerms.map((months) => ({
      imprisonment_months: String(months),
      suspended: 'true',
      fine_eur: '',
    })),
    ...fines.map((eur) => ({ imprisonment_months: '', suspended: '', fine_eur: String(eur) })),
  ];
  return rows.map((sentence, i) =>
    countRow({
      case_number: `${tag}-${i + 1}/16`,
      court: ['Basic Court of Pristina', 'Basic Court of Prizren', 'Basic Court of Gjilan'][i % 3],
      decision_date: `2016-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      offence_date: '2015-03-01',
      ...sentence,
    }),
  );
}
