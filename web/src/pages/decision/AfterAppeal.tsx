import { localName } from '../../components/Legal';
import { useText } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/en';

interface LastWord {
  final: boolean;
  finalNote: string;
  finalFinding?: {
    id: string;
    status: string;
    decision: {
      caseNumber: string;
      court: { name: { sq?: string | null; sr?: string | null; en?: string | null } };
    };
  } | null;
}

/**
 * What became of a finding after appeal or retrial: whether it is the last word on its count, and if not, which
 * finding is (`Finding.final`, `finalFinding`, `finalNote`, from issue 19).
 */
export function AfterAppeal({ finding }: { finding: LastWord & { id: string } }) {
  const { t, locale } = useText();
  const last = finding.finalFinding;
  return (
    <div className="after-appeal">
      <p className="reasons-title">{t('decision.afterAppeal')}</p>
      <p>
        {finding.final
          ? t('decision.afterAppealFinal')
          : last
            ? t('decision.afterAppealLastWord', {
                status: t(`status.${last.status}` as MessageKey),
                caseNumber: last.decision.caseNumber,
                court: localName(last.decision.court.name, locale),
              })
            : t('decision.afterAppealUntold')}
      </p>
      {!finding.final && (
        <details>
          <summary>{t('decision.afterAppealHow')}</summary>
          <p className="note" lang="en">
            {finding.finalNote}
          </p>
        </details>
      )}
    </div>
  );
}
