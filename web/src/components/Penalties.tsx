import { graphql } from '../api/generated';
import type { PenaltyFieldsFragment } from '../api/generated/graphql';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { SourceRef, TableWrap, useRangeText } from './Legal';

export const PENALTY_FIELDS = graphql(`
  fragment PenaltyFields on Penalty {
    id
    variant
    circumstances
    offenceClass
    imprisonmentMinMonths
    imprisonmentMaxMonths
    lifeImprisonment
    fineMinEur
    fineMaxEur
    fineMode
    source {
      url
      document
      verification
      note
    }
  }
`);

export function useVariantName() {
  const { t } = useText();
  return (variant: string) =>
    variant === 'BASIC' ? t('law.variant.BASIC') : variant.replace(/_/g, ' ').toLowerCase();
}

export function useFineText() {
  const { t, euros } = useText();
  return (p: Pick<PenaltyFieldsFragment, 'fineMinEur' | 'fineMaxEur' | 'fineMode'>) =>
    p.fineMode === 'NONE'
      ? t('fine.none')
      : p.fineMinEur !== null &&
          p.fineMinEur !== undefined &&
          p.fineMaxEur !== null &&
          p.fineMaxEur !== undefined
        ? t('fine.between', { min: euros(p.fineMinEur), max: euros(p.fineMaxEur) })
        : p.fineMaxEur
          ? t('range.upTo', { max: euros(p.fineMaxEur) })
          : t('duration.unknown');
}

/** The penalty table of one version: a row per variant, each figure with its source and verification. */
export function PenaltyTable({
  penalties,
  caption,
}: {
  penalties: PenaltyFieldsFragment[];
  caption: string;
}) {
  const { t } = useText();
  const range = useRangeText();
  const fine = useFineText();
  const variant = useVariantName();
  if (penalties.length === 0) return <p>{t('law.penaltiesNone')}</p>;
  return (
    <TableWrap label={caption}>
      <table className="penalties">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('law.col.variant')}</th>
            <th scope="col">{t('law.col.imprisonment')}</th>
            <th scope="col">{t('law.col.fine')}</th>
            <th scope="col">{t('law.col.fineMode')}</th>
            <th scope="col">{t('law.col.source')}</th>
          </tr>
        </thead>
        <tbody>
          {penalties.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {variant(p.variant)}
                {p.offenceClass === 'MINOR_OFFENCE' && (
                  <span className="note"> ({t('law.minorOffence')})</span>
                )}
                {p.circumstances.length > 0 && (
                  <ul className="circumstances">
                    {p.circumstances.map((c) => (
                      <li key={c}>{t(`circumstance.${c}` as MessageKey)}</li>
                    ))}
                  </ul>
                )}
              </th>
              <td>
                {range({
                  minMonths: p.imprisonmentMinMonths,
                  maxMonths: p.imprisonmentMaxMonths,
                  lifeImprisonment: p.lifeImprisonment,
                })}
              </td>
              <td>{fine(p)}</td>
              <td>{t(`fineMode.${p.fineMode}` as MessageKey)}</td>
              <td>
                <SourceRef source={p.source} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
