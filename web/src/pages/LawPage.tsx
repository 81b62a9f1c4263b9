import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, useApi } from '../api/client';
import { graphql } from '../api/generated';
import { ComparableSentences, comparableFilter } from '../components/ComparableSentences';
import { PrintBar } from '../components/Layout';
import { LocalText, localName, PageHeading, SourceRef } from '../components/Legal';
import { PenaltyTable } from '../components/Penalties';
import { ErrorMessage, Loading } from '../components/Status';
import { VersionComparison } from '../components/VersionComparison';
import { isIsoDate } from '../format/format';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { decisionHref, lawHref, parseLaw, toQuery } from '../url/params';

const LAW = graphql(`
  query LawPage($citation: String!, $asOf: Date, $comparable: ComparableSentencesFilter!) {
    comparableSentences(filter: $comparable) {
      ...ComparableSentencesFields
    }
    dataVersion {
      ...DataVersionFields
    }
    provision(citation: $citation, asOf: $asOf) {
      id
      citation
      asOf
      heading {
        sq
        sr
        en
      }
      instrument {
        id
        shortName
        title {
          sq
          sr
          en
        }
      }
      inForce {
        id
      }
      textSq: fullText(language: SQ)
      textSr: fullText(language: SR)
      textEn: fullText(language: EN)
      versions {
        ...VersionFields
      }
      successionChain {
        id
        citation
        heading {
          sq
          sr
          en
        }
        versions {
          ...VersionFields
        }
      }
      decisions(first: 10) {
        totalCount
        edges {
          node {
            id
            caseNumber
            date
            decisionType
            synthetic
            court {
              name {
                sq
                sr
                en
              }
            }
          }
        }
      }
    }
  }
  fragment VersionFields on ProvisionVersion {
    id
    validFrom
    validTo
    text {
      sq
      sr
      en
    }
    source {
      url
      document
      verification
      note
    }
    penalties {
      ...PenaltyFields
    }
  }
`);

function LawForm({ citation, asOf }: { citation: string; asOf: string }) {
  const { t } = useText();
  const [, navigate] = useLocation();
  const [values, setValues] = useState({ citation, asOf });
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="inline-form no-print"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!values.citation.trim()) return setError(t('penalty.needCitation'));
        if (values.asOf && !isIsoDate(values.asOf))
          return setError(t('penalty.badDate', { field: t('law.asOf') }));
        setError(null);
        navigate(lawHref(values.citation.trim(), values.asOf || null));
      }}
    >
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="law-citation">{t('law.citation')}</label>
        <p className="hint" id="law-citation-hint">
          {t('law.citationHint')}
        </p>
        <input
          id="law-citation"
          aria-describedby="law-citation-hint"
          value={values.citation}
          onChange={(e) => setValues({ ...values, citation: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="law-asof">{t('law.asOf')}</label>
        <p className="hint" id="law-asof-hint">
          {t('law.asOfHint')}
        </p>
        <input
          id="law-asof"
          type="date"
          aria-describedby="law-asof-hint"
          value={values.asOf}
          onChange={(e) => setValues({ ...values, asOf: e.target.value })}
        />
      </div>
      <button type="submit" className="button">
        {t('law.show')}
      </button>
    </form>
  );
}

/** The law page's one request: the provision as of the day, its comparable sentences and the data version. */
export function lawRequest(search: string) {
  const state = parseLaw(new URLSearchParams(search));
  const asOf = isIsoDate(state.asOf) ? state.asOf : undefined;
  return {
    document: LAW,
    variables: {
      citation: state.citation,
      asOf,
      comparable: comparableFilter(state.citation, search, { asOf }),
    },
    enabled: state.citation !== '',
  };
}

/** `/law?citation=…&asOf=…`: a provision as it stood on a day, its history, penalties and the decisions under it. */
export function LawPage() {
  const { t, date, locale } = useText();
  const search = useSearch();
  const state = parseLaw(new URLSearchParams(search));
  const asOf = isIsoDate(state.asOf) ? state.asOf : undefined;
  // The law and its comparable sentences in one request; while a new choice of the panel loads, the page stays.
  const page = lawRequest(search);
  const query = useApi(page.document, page.variables, {
    enabled: page.enabled,
    keepPrevious: (previous) => previous.citation === state.citation && previous.asOf === asOf,
  });
  const provision = query.data?.provision;
  const shown = provision?.versions.find((v) => v.id === provision.inForce?.id) ?? null;
  const title = provision ? provision.citation : t('law.title');
  return (
    <div className="law-page">
      <PageHeading title={title}>
        {provision ? (
          <>
            {provision.citation}
            <span className="subtitle">
              <LocalText text={provision.heading} as="span" withNote={false} />
            </span>
          </>
        ) : (
          t('law.title')
        )}
      </PageHeading>
      {provision && (
        <p className="as-of-banner">
          <strong>{t('law.asOfHeading', { date: date(provision.asOf) })}</strong>
        </p>
      )}
      <LawForm key={`${state.citation}|${state.asOf}`} citation={state.citation} asOf={state.asOf} />
      {state.citation === '' ? null : query.isError ? (
        <ErrorMessage error={query.error} retry={() => void query.refetch()} />
      ) : query.isPending ? (
        <Loading />
      ) : !provision ? (
        <ErrorMessage error={new ApiError('NOT_FOUND', state.citation)} />
      ) : (
        <>
          <PrintBar />
          <p className="instrument">
            <LocalText text={provision.instrument.title} as="span" withNote={false} />
          </p>
          {shown ? (
            <section aria-labelledby="in-force">
              <h2 id="in-force">{t('law.datesSource')}</h2>
              <p>
                {t('law.inForceFrom', { date: date(shown.validFrom) })},{' '}
                {shown.validTo ? t('law.inForceTo', { date: date(shown.validTo) }) : t('law.stillInForce')}.{' '}
                <SourceRef source={shown.source} />
              </p>
              {shown.source.note && <p className="note source-note">{shown.source.note}</p>}
            </section>
          ) : (
            <p className="warning" role="note">
              {t('law.noneInForce', { citation: provision.citation, date: date(provision.asOf) })}
            </p>
          )}
          {shown && (
            <section aria-labelledby="text">
              <h2 id="text">{t('law.text')}</h2>
              {provision.textSq || provision.textSr || provision.textEn ? (
                <LocalText
                  className="law-text"
                  text={{ sq: provision.textSq, sr: provision.textSr, en: provision.textEn }}
                />
              ) : (
                <p>{t('law.noText')}</p>
              )}
            </section>
          )}
          {shown && (
            <section aria-labelledby="penalties">
              <h2 id="penalties">{t('law.penalties')}</h2>
              <PenaltyTable
                penalties={shown.penalties}
                caption={`${provision.citation}, ${t('law.inForceFrom', { date: date(shown.validFrom) })}`}
              />
              <p className="no-print">
                <Link
                  href={`/penalty${toQuery({ citation: provision.citation, offenceDate: provision.asOf })}`}
                >
                  {t('law.openPenalty')}
                </Link>
              </p>
            </section>
          )}
          <ComparableSentences
            figures={query.data!.comparableSentences}
            dataVersion={query.data!.dataVersion}
            busy={query.isFetching}
          />
          <section aria-labelledby="timeline" className="no-print-break">
            <h2 id="timeline">{t('law.timeline')}</h2>
            <ol className="timeline">
              {provision.versions.map((v) => (
                <li key={v.id} aria-current={v.id === shown?.id ? 'true' : undefined}>
                  <Link href={lawHref(provision.citation, v.validFrom)}>
                    {t('law.versionFrom', { date: date(v.validFrom) })}
                  </Link>
                  {v.validTo && <> – {date(v.validTo)}</>} <SourceRef source={v.source} />
                  {v.id === shown?.id && <strong> ({t('law.versionShown')})</strong>}
                </li>
              ))}
            </ol>
            {provision.successionChain.length > 1 && (
              <>
                <h3>{t('law.chain')}</h3>
                <p className="hint">{t('law.chainHint')}</p>
                <ol className="chain">
                  {provision.successionChain.map((p) => {
                    const first = p.versions[0];
                    const here = p.id === provision.id;
                    return (
                      <li key={p.id} aria-current={here ? 'true' : undefined}>
                        <Link href={lawHref(p.citation, first?.validFrom ?? null)}>{p.citation}</Link>{' '}
                        <LocalText text={p.heading} as="span" withNote={false} />
                        {first && (
                          <span className="meta">
                            {' '}
                            · {t('law.versionFrom', { date: date(first.validFrom) })}
                          </span>
                        )}
                        {here && <strong> ({t('law.chainThis')})</strong>}
                      </li>
                    );
                  })}
                </ol>
              </>
            )}
          </section>
          <VersionComparison provision={provision} shownId={shown?.id ?? null} />
          <section aria-labelledby="decisions" className="no-print">
            <h2 id="decisions">{t('law.decisions')}</h2>
            {provision.decisions.totalCount === 0 ? (
              <p>{t('law.decisionsNone')}</p>
            ) : (
              <>
                <p>
                  {t('law.decisionsCount', {
                    shown: provision.decisions.edges.length,
                    total: provision.decisions.totalCount,
                  })}
                </p>
                <ul className="decision-list">
                  {provision.decisions.edges.map(({ node }) => (
                    <li key={node.id}>
                      <Link href={decisionHref(node.court.name.en ?? '', node.caseNumber)}>
                        {node.caseNumber}
                      </Link>{' '}
                      · {localName(node.court.name, locale)} · {date(node.date)} ·{' '}
                      {t(`decisionType.${node.decisionType}` as MessageKey)}
                      {node.synthetic && (
                        <strong className="synthetic-tag"> · {t('provenance.SYNTHETIC')}</strong>
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
