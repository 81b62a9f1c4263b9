import { useState } from 'react';
import type { LawPageQuery, PenaltyFieldsFragment } from '../api/generated/graphql';
import { diffWords } from '../format/diff';
import { useText } from '../i18n/I18n';
import { TEXT_LANGUAGE } from '../i18n/locales';
import { serbianToCyrillic } from '../i18n/transliterate';
import { TableWrap, useRangeText } from './Legal';
import { useFineText, useVariantName } from './Penalties';

/** The provision as the law page's request gives it (the comparison takes the page's answer). */
type LawProvision = NonNullable<LawPageQuery['provision']>;
type Version = LawProvision['versions'][number];
interface Option {
  key: string;
  label: string;
  version: Version;
}

/**
 * Two versions side by side, of this provision or of the laws before and after it: the text with the words that
 * changed marked, and each penalty variant's figures marked where they differ.
 */
export function VersionComparison({
  provision,
  shownId,
}: {
  provision: LawProvision;
  shownId: string | null;
}) {
  const { t, date, locale } = useText();
  const range = useRangeText();
  const fine = useFineText();
  const variantName = useVariantName();
  const chain = provision.successionChain.length ? provision.successionChain : [provision];
  const options: Option[] = chain.flatMap((p) =>
    p.versions.map((v) => ({
      key: v.id,
      label: `${p.citation}, ${t('law.versionFrom', { date: date(v.validFrom) })}`,
      version: v,
    })),
  );
  const rightIndex = Math.max(
    0,
    options.findIndex((o) => o.key === shownId),
  );
  const [left, setLeft] = useState(options[Math.max(0, rightIndex - 1)]?.key);
  const [right, setRight] = useState(options[rightIndex]?.key);
  if (options.length < 2)
    return (
      <section aria-labelledby="compare">
        <h2 id="compare">{t('law.compare')}</h2>
        <p>{t('law.compareNone')}</p>
      </section>
    );
  const a = options.find((o) => o.key === left) ?? options[0];
  const b = options.find((o) => o.key === right) ?? options[1];
  const lang = TEXT_LANGUAGE[locale];
  const textOf = (v: Version) => {
    const raw = v.text[lang] ?? v.text.en ?? v.text.sq ?? v.text.sr ?? '';
    return locale === 'sr-Cyrl' && v.text[lang] ? serbianToCyrillic(raw) : raw;
  };
  const parts = diffWords(textOf(a.version), textOf(b.version));
  const variants = [...new Set([...a.version.penalties, ...b.version.penalties].map((p) => p.variant))];
  const byVariant = (v: Version, variant: string) => v.penalties.find((p) => p.variant === variant);
  const describe = (p: PenaltyFieldsFragment | undefined) =>
    p
      ? `${range({ minMonths: p.imprisonmentMinMonths, maxMonths: p.imprisonmentMaxMonths, lifeImprisonment: p.lifeImprisonment })}; ${fine(p)}`
      : '—';
  return (
    <section aria-labelledby="compare" className="comparison">
      <h2 id="compare">{t('law.compare')}</h2>
      <p className="hint no-print">{t('law.compareHint')}</p>
      <div className="compare-pickers no-print">
        <div className="field">
          <label htmlFor="compare-left">{t('law.compareLeft')}</label>
          <select id="compare-left" value={a.key} onChange={(e) => setLeft(e.target.value)}>
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="compare-right">{t('law.compareRight')}</label>
          <select id="compare-right" value={b.key} onChange={(e) => setRight(e.target.value)}>
            {options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TableWrap label={t('law.compare')}>
        <table className="compare-table">
          <caption>
            {a.label} · {b.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('law.col.variant')}</th>
              <th scope="col">{a.label}</th>
              <th scope="col">{b.label}</th>
              <th scope="col">
                {t('law.compareChanged')} / {t('law.compareSame')}
              </th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => {
              const left = describe(byVariant(a.version, variant));
              const right = describe(byVariant(b.version, variant));
              const changed = left !== right;
              return (
                <tr key={variant} className={changed ? 'changed' : undefined}>
                  <th scope="row">{variantName(variant)}</th>
                  <td>{left}</td>
                  <td>{right}</td>
                  <td>{changed ? <strong>{t('law.compareChanged')}</strong> : t('law.compareSame')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <h3>{t('law.text')}</h3>
      {parts.length === 0 && <p>{t('law.noText')}</p>}
      <p className="diff-text">
        {parts.map((part, i) =>
          part.change === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.change === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <del key={i}>{part.text}</del>
          ),
        )}
      </p>
    </section>
  );
}
