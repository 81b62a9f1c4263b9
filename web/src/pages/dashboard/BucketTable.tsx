import { SMALL_N } from '../../components/Figure';
import { TableWrap } from '../../components/Legal';
import { useText } from '../../i18n/I18n';

export interface BucketRow {
  key: string;
  label: string;
  total: number;
  belowMinimum: number;
  compliant: number;
  aboveMaximum: number;
  undetermined: number;
  shareBelowMinimum: number;
}

/** A figure's buckets as a table: the accessible alternative to its bars. */
export function BucketTable({ first, rows }: { first: string; rows: BucketRow[] }) {
  const { t, percent } = useText();
  return (
    <TableWrap label={first}>
      <table>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{t('dashboard.col.total')}</th>
            <th scope="col">{t('dashboard.col.below')}</th>
            <th scope="col">{t('dashboard.col.share')}</th>
            <th scope="col">{t('dashboard.col.compliant')}</th>
            <th scope="col">{t('dashboard.col.above')}</th>
            <th scope="col">{t('dashboard.col.undetermined')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">
                {r.label}
                {r.total < SMALL_N && <strong className="small-n"> · {t('dashboard.smallN')}</strong>}
              </th>
              <td>{r.total}</td>
              <td>{r.belowMinimum}</td>
              <td>{percent(r.shareBelowMinimum)}</td>
              <td>{r.compliant}</td>
              <td>{r.aboveMaximum}</td>
              <td>{r.undetermined}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
