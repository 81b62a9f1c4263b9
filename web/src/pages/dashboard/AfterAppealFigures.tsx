import { Link } from 'wouter';
import { useText } from '../../i18n/I18n';

/**
 * The dashboard's place for outcomes after appeal (issue 19): when `ComplianceBucket.correctedOnAppeal` and `unit`,
 * `FindingFilter.stage` / `finalOnly` and `comparableSentences` exist, the dashboard's query asks for them and this
 * section shows findings corrected on appeal beside the first-instance figures. Until then it says where to look.
 */
export function AfterAppealFigures() {
  const { t } = useText();
  return (
    <section aria-labelledby="after-appeal" className="after-appeal-figures">
      <h2 id="after-appeal">{t('dashboard.afterAppeal')}</h2>
      <p>
        {t('dashboard.afterAppealNote')} <Link href="/decision">{t('decision.find')}</Link>
      </p>
    </section>
  );
}
