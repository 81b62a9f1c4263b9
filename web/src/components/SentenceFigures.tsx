import { Link } from 'wouter';
import type { ComparableSentencesFieldsFragment } from '../api/generated/graphql';
import { useText } from '../i18n/I18n';
import { lawHref } from '../url/params';
import { BarChart } from './Charts';
import { Figure, SMALL_N } from './Figure';
import { TableWrap, useRangeText } from './Legal';
import { useVariantName } from './Penalties';

export type Distribution = ComparableSentencesFieldsFragment;
type Band = Distribution['histogram'][number];
type Applied = Distribution['appliedRanges'][number];

/** Whether every month of a band lies below a range's minimum (the band "none served" is 0 months exactly). */
export const bandBelow = (
  band: Pick<Band, 'fromMonths' | 'toMonths'>,
  minMonths: number | null | undefined,
) =>
  minMonths !== null &&
  minMonths !== undefined &&
  band.toMonths !== null &&
  band.toMonths !== undefined &&
  (band.toMonths === band.fromMonths ? band.toMonths < minMonths : band.toMonths <= minMonths);

/** A band in the reader's words: "none served", "under 1 year", "2 years to under 3 years", "12 years or more". */
function useBandLabel() {
  const { t, duration } = useText();
  return (b: Pick<Band, 'fromMonths' | 'toMonths'>) =>
    b.toMonths === null || b.toMonths === undefined
      ? t('comparable.band.over', { from: duration(b.fromMonths) })
      : b.toMonths === b.fromMonths
        ? t('comparable.band.none')
        : b.fromMonths === 0
          ? t('comparable.band.under', { to: duration(b.toMonths) })
          : t('comparable.band.between', { from: duration(b.fromMonths), to: duration(b.toMonths) });
}

/** The statutory ranges that applied to the counts, each with how many counts it applied to. */
function AppliedRanges({ applied }: { applied: Applied[] }) {
  const { t, date } = useText();
  const range = useRangeText();
  const variantName = useVariantName();
  return (
    <section aria-labelledby="comparable-ranges" className="comparable-ranges">
      <h3 id="comparable-ranges">{t('comparable.ranges')}</h3>
      {applied.length === 0 ? (
        <p>{t('comparable.rangesNone')}</p>
      ) : (
        <TableWrap label={t('comparable.ranges')}>
          <table>
            <caption className="visually-hidden">{t('comparable.ranges')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('comparable.col.law')}</th>
                <th scope="col">{t('comparable.col.range')}</th>
                <th scope="col">{t('comparable.col.rangeCounts')}</th>
              </tr>
            </thead>
            <tbody>
              {applied.map(({ range: r, counts }) => (
                <tr key={`${r.citation}|${r.validFrom}|${r.variant}`}>
                  <th scope="row">
                    <Link href={lawHref(r.citation, r.validFrom)}>{r.citation}</Link>
                    <span className="meta">
                      {' '}
                      ·{' '}
                      {r.validTo
                        ? t('comparable.inForce', { from: date(r.validFrom), to: date(r.validTo) })
                        : t('comparable.inForceOpen', { from: date(r.validFrom) })}
                      {` · ${variantName(r.variant)}`}
                    </span>
                  </th>
                  <td className="range-cell">{range(r)}</td>
                  <td>{counts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

/** The distribution's figures: n and its base, percentiles, the bands as a chart and a table, kinds, and care. */
export function SentenceFigures({ figures: f, finalOnly }: { figures: Distribution; finalOnly: boolean }) {
  const { t, locale, percent, duration, euros, number } = useText();
  const bandLabel = useBandLabel();
  const minima = f.appliedRanges.filter((a) => a.range.minMonths !== null && a.range.minMonths !== undefined);
  const belowOf = (b: Band) =>
    minima
      .filter((a) => bandBelow(b, a.range.minMonths))
      .map((a) => a.range.citation)
      .filter((c, i, all) => all.indexOf(c) === i);
  const share = (s: { share?: number | null }) =>
    s.share === null || s.share === undefined ? '—' : percent(s.share);
  const kinds = [
    ['imprisonment', f.shares.imprisonment, f.meanImprisonmentMonths, 'months'],
    ['suspended', f.shares.suspended, f.meanSuspendedMonths, 'months'],
    ['fineOnly', f.shares.fineOnly, f.meanFineOnlyEur, 'euros'],
    ['noPenalty', f.shares.noPenalty, null, null],
    ['belowMinimum', f.shares.belowMinimum, null, null],
  ] as const;
  const percentiles = f.percentiles
    ? ([10, 25, 50, 75, 90] as const).map((p) => [p, f.percentiles![`p${p}`]] as const)
    : [];
  return (
    <div className="sentence-figures">
      <p className="headline">
        <strong>{t('comparable.summary', { n: f.n, total: f.total, decisions: f.decisions })}</strong>
      </p>
      <p className="chart-meta">
        {t('comparable.chain', { citations: f.chain.map((p) => p.citation).join(' → ') })}.{' '}
        {finalOnly ? t('comparable.finalOnlyOn') : t('comparable.everyStage')}
      </p>
      <p>
        {t('comparable.unit')} <span lang="en">{f.unit}</span>
      </p>
      {f.sentenceUnknown > 0 && <p>{t('comparable.unknownSentence', { count: f.sentenceUnknown })}</p>}
      {f.total === 0 ? (
        <p>{t('comparable.none')}</p>
      ) : (
        <>
          <section aria-labelledby="comparable-percentiles">
            <h3 id="comparable-percentiles">{t('comparable.percentiles')}</h3>
            {f.suppressed || !f.percentiles ? (
              <div className="warning" role="note">
                {/* The service says why in English; other readers have it in their language first. */}
                {(locale !== 'en' || !f.note) && (
                  <p>{t('comparable.suppressed', { n: f.n, min: SMALL_N })}</p>
                )}
                {f.note && (
                  <p>
                    {locale !== 'en' && `${t('comparable.serviceNote')} `}
                    <span lang="en">{f.note}</span>
                  </p>
                )}
              </div>
            ) : (
              <TableWrap label={t('comparable.percentiles')}>
                <table className="percentiles">
                  <caption className="visually-hidden">{t('comparable.percentiles')}</caption>
                  <thead>
                    <tr>
                      {percentiles.map(([p]) => (
                        <th scope="col" key={p}>
                          {t('comparable.percentile', { p })}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    <tr>
                      {percentiles.map(([p, months]) => (
                        <td key={p}>{duration(Math.round(months * 10) / 10)}</td>
                      ))}
                    </tr>
                  </tbody>
                </table>
              </TableWrap>
            )}
            {f.note && !f.suppressed && (
              <p className="note">
                {t('comparable.serviceNote')} <span lang="en">{f.note}</span>
              </p>
            )}
          </section>
          <div className="comparable-grid">
            <Figure
              id="comparable-bands"
              level={3}
              title={t('comparable.histogram')}
              n={f.n}
              smallNumbers={f.n < SMALL_N}
              chart={
                <BarChart
                  scale="count"
                  bars={f.histogram.map((b) => ({
                    key: `${b.fromMonths}-${b.toMonths ?? ''}`,
                    label: bandLabel(b),
                    part: b.count,
                    total: f.n,
                    figure: t('comparable.bandFigure', {
                      count: b.count,
                      share: f.n === 0 ? '—' : percent(b.count / f.n),
                    }),
                  }))}
                />
              }
              table={
                <TableWrap label={t('comparable.histogram')}>
                  <table className="comparable-bands">
                    <caption className="visually-hidden">{t('comparable.histogram')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('comparable.col.band')}</th>
                        <th scope="col">{t('comparable.col.counts')}</th>
                        <th scope="col">{t('comparable.col.shareOfN')}</th>
                        <th scope="col">{t('comparable.col.belowMinimumOf')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {f.histogram.map((b) => (
                        <tr key={`${b.fromMonths}-${b.toMonths ?? ''}`}>
                          <th scope="row">{bandLabel(b)}</th>
                          <td>{b.count}</td>
                          <td>{f.n === 0 ? '—' : percent(b.count / f.n)}</td>
                          <td>{belowOf(b).join(', ') || '—'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              }
            />
            <AppliedRanges applied={f.appliedRanges} />
          </div>
          <section aria-labelledby="comparable-kinds">
            <h3 id="comparable-kinds">{t('comparable.shares')}</h3>
            <TableWrap label={t('comparable.shares')}>
              <table>
                <caption className="visually-hidden">{t('comparable.shares')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('comparable.col.kind')}</th>
                    <th scope="col">{t('comparable.col.counts')}</th>
                    <th scope="col">{t('comparable.col.of')}</th>
                    <th scope="col">{t('comparable.col.share')}</th>
                    <th scope="col">{t('comparable.col.mean')}</th>
                  </tr>
                </thead>
                <tbody>
                  {kinds.map(([kind, s, mean, unit]) => (
                    <tr key={kind}>
                      <th scope="row">{t(`comparable.kind.${kind}`)}</th>
                      <td>{s.count}</td>
                      <td>
                        {number(s.of)}{' '}
                        <span className="meta">
                          ({kind === 'belowMinimum' ? t('comparable.ofDetermined') : t('comparable.ofN')})
                        </span>
                      </td>
                      <td>{share(s)}</td>
                      <td>
                        {mean === null || mean === undefined
                          ? '—'
                          : unit === 'euros'
                            ? euros(Math.round(mean))
                            : duration(Math.round(mean * 10) / 10)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          </section>
        </>
      )}
      <section aria-labelledby="comparable-care">
        <h3 id="comparable-care">{t('comparable.care')}</h3>
        <ul>
          <li>{t('comparable.undetermined', { count: f.undetermined })}</li>
          <li>
            {f.unverified > 0 ? (
              <strong>{t('comparable.unverified', { count: f.unverified })}</strong>
            ) : (
              t('comparable.unverifiedNone')
            )}
          </li>
        </ul>
        {f.unverified > 0 && (
          <p className="warning" role="note">
            {t('comparable.unverifiedWarning')}
          </p>
        )}
      </section>
      <section aria-labelledby="comparable-rules">
        <h3 id="comparable-rules">{t('comparable.rules')}</h3>
        <p className="note">{t('comparable.rulesNote')}</p>
        <ul className="counting-rules" lang="en">
          {f.countingRules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
