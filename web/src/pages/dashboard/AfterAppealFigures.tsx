import { TableWrap } from '../../components/Legal';
import { useText } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/en';

export interface StageBucket {
  stage?: string | null;
  total: number;
  belowMinimum: number;
  correctedOnAppeal: number;
}

/**
 * Outcomes after appeal (issue 19's `correctedOnAppeal`, grouped by `STAGE`): how many sentences below the minimum
 * the last word in the case corrected, and the findings of each stage.
 */
export function AfterAppealFigures({
  overall,
  byStage,
}: {
  overall: { belowMinimum: number; correctedOnAppeal: number };
  byStage: StageBucket[];
}) {
  const { t } = useText();
  return (
    <section aria-labelledby="after-appeal" className="after-appeal-figures">
      <h2 id="after-appeal">{t('dashboard.afterAppeal')}</h2>
      <p>
        {t('dashboard.afterAppealLead', {
          corrected: overall.correctedOnAppeal,
          below: overall.belowMinimum,
        })}
      </p>
      <TableWrap label={`${t('dashboard.afterAppeal')}: ${t('dashboard.col.stage')}`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.col.stage')}</th>
              <th scope="col">{t('dashboard.col.total')}</th>
              <th scope="col">{t('dashboard.col.below')}</th>
              <th scope="col">{t('dashboard.col.corrected')}</th>
            </tr>
          </thead>
          <tbody>
            {byStage.map((b) => (
              <tr key={b.stage ?? '—'}>
                <th scope="row">{b.stage ? t(`decisionType.${b.stage}` as MessageKey) : '—'}</th>
                <td>{b.total}</td>
                <td>{b.belowMinimum}</td>
                <td>{b.correctedOnAppeal}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
