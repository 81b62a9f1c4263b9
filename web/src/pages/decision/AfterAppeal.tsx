import { localName } from '../../components/Legal';
import { useText } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/messages/en';

interface Reviewed {
  reviewedBy: {
    outcome?: string | null;
    decision: {
      caseNumber: string;
      court: { name: { sq?: string | null; sr?: string | null; en?: string | null } };
    };
  }[];
}

/**
 * What became of a finding on appeal. Today it reads the decision's appeal links (who reviewed it, with what
 * outcome). This is the place for the figures of issue 19: when `Finding.stage`, `Finding.final` and
 * `Finding.finalFinding` exist, the page's query asks for them on each count's finding and this component shows
 * the final finding's status beside the first one.
 */
export function AfterAppeal({ decision }: { decision: Reviewed }) {
  const { t, locale } = useText();
  return (
    <div className="after-appeal">
      <p className="reasons-title">{t('decision.afterAppeal')}</p>
      {decision.reviewedBy.length === 0 ? (
        <p>{t('decision.afterAppealNone')}</p>
      ) : (
        <ul>
          {decision.reviewedBy.map((link) => (
            <li key={link.decision.caseNumber}>
              {t('decision.afterAppealReviewed', {
                court: localName(link.decision.court.name, locale),
                caseNumber: link.decision.caseNumber,
                outcome: link.outcome ? t(`outcome.${link.outcome}` as MessageKey) : t('outcome.unknown'),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
