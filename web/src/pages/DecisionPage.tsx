import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { ApiError, useApi } from '../api/client';
import { graphql } from '../api/generated';
import type { DecisionPageQuery } from '../api/generated/graphql';
import { DataVersionLine } from '../components/DataVersion';
import { PrintBar } from '../components/Layout';
import { localName, PageHeading, SyntheticWarning, useRangeText, useSentenceText } from '../components/Legal';
import { ErrorMessage, Loading } from '../components/Status';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { decisionHref, lawHref, parseDecision } from '../url/params';
import { AfterAppeal } from './decision/AfterAppeal';

const DECISION = graphql(`
  query DecisionPage($caseNumber: String!, $court: String) {
    decision(caseNumber: $caseNumber, court: $court) {
      id
      ...DecisionHead
      datePrecision
      final
      finalOn
      language
      presidingJudge
      summary
      text
      sourceUrl
      sourceNote
      provenance
      defendants {
        id
        label
        counts {
          id
          sequence
          offenceDate
          chargedCitation
          convictedCitation
          verdict
          imprisonmentMonths
          suspended
          fineEur
          circumstances
          mitigationCited
          finding {
            status
            reasons
            shortfallMonths
            confidence
            imposedMonths
            applicableCitation
            minimumMonths
            maximumMonths
            trace {
              step
              sentence
            }
            final
            finalNote
            finalFinding {
              id
              status
              decision {
                caseNumber
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
      reviewed {
        outcome
        decision {
          ...DecisionHead
          reviewed {
            outcome
            decision {
              ...DecisionHead
            }
          }
        }
      }
      reviewedBy {
        outcome
        decision {
          ...DecisionHead
          reviewedBy {
            outcome
            decision {
              ...DecisionHead
            }
          }
        }
      }
    }
    dataVersion {
      ...DataVersionFields
    }
  }
  fragment DecisionHead on Decision {
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
`);

type Decision = NonNullable<DecisionPageQuery['decision']>;
type Head = Pick<Decision, 'id' | 'caseNumber' | 'date' | 'decisionType' | 'synthetic' | 'court'>;
interface ChainStep {
  decision: Head;
  /** What this decision did with the one before it in the path. */
  outcome: string | null | undefined;
}

/** The appeal path from the lowest decision recorded to the highest, through this one. */
function appealPath(d: Decision): ChainStep[] {
  const below: ChainStep[] = [];
  const lower = d.reviewed[0];
  if (lower) {
    const lowest = lower.decision.reviewed[0];
    if (lowest) below.push({ decision: lowest.decision, outcome: null });
    below.push({ decision: lower.decision, outcome: lowest?.outcome });
  }
  const here: ChainStep = { decision: d, outcome: lower?.outcome };
  const above: ChainStep[] = [];
  const higher = d.reviewedBy[0];
  if (higher) {
    above.push({ decision: higher.decision, outcome: higher.outcome });
    const highest = higher.decision.reviewedBy[0];
    if (highest) above.push({ decision: highest.decision, outcome: highest.outcome });
  }
  return [...below, here, ...above];
}

function FindDecision({ court, caseNumber }: { court: string; caseNumber: string }) {
  const { t } = useText();
  const [, navigate] = useLocation();
  const [values, setValues] = useState({ court, caseNumber });
  return (
    <form
      className="inline-form no-print"
      onSubmit={(e) => {
        e.preventDefault();
        if (values.caseNumber.trim()) navigate(decisionHref(values.court.trim(), values.caseNumber.trim()));
      }}
    >
      <div className="field">
        <label htmlFor="decision-case">{t('decision.caseNumber')}</label>
        <input
          id="decision-case"
          required
          value={values.caseNumber}
          onChange={(e) => setValues({ ...values, caseNumber: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="decision-court">{t('decision.court')}</label>
        <p className="hint" id="decision-court-hint">
          {t('decision.courtHint')}
        </p>
        <input
          id="decision-court"
          aria-describedby="decision-court-hint"
          value={values.court}
          onChange={(e) => setValues({ ...values, court: e.target.value })}
        />
      </div>
      <button type="submit" className="button">
        {t('decision.open')}
      </button>
    </form>
  );
}

/** The decision page's one request. */
export function decisionRequest(search: string) {
  const state = parseDecision(new URLSearchParams(search));
  return {
    document: DECISION,
    variables: { caseNumber: state.caseNumber, court: state.court || undefined },
    enabled: state.caseNumber !== '',
  };
}

/** `/decision?court=…&caseNumber=…`: a decision, its counts and findings, and its appeal chain. */
export function DecisionPage() {
  const { t, date, duration, locale } = useText();
  const range = useRangeText();
  const sentence = useSentenceText();
  const search = useSearch();
  const state = parseDecision(new URLSearchParams(search));
  const page = decisionRequest(search);
  const query = useApi(page.document, page.variables, { enabled: page.enabled });
  const d = query.data?.decision;
  const finality = (x: Decision) =>
    x.final === true
      ? x.finalOn
        ? t('decision.finalOn', { date: date(x.finalOn) })
        : t('decision.final')
      : x.final === false
        ? t('decision.notFinal')
        : t('decision.finalUnknown');
  return (
    <div className="decision-page">
      <PageHeading title={d ? t('decision.title', { caseNumber: d.caseNumber }) : t('decision.find')}>
        {d ? t('decision.title', { caseNumber: d.caseNumber }) : t('decision.find')}
      </PageHeading>
      {state.caseNumber === '' ? (
        <FindDecision court={state.court} caseNumber={state.caseNumber} />
      ) : query.isError ? (
        <>
          <ErrorMessage error={query.error} retry={() => void query.refetch()} />
          <FindDecision court={state.court} caseNumber={state.caseNumber} />
        </>
      ) : query.isPending ? (
        <Loading />
      ) : !d ? (
        <>
          <ErrorMessage error={new ApiError('NOT_FOUND', state.caseNumber)} />
          <FindDecision court={state.court} caseNumber={state.caseNumber} />
        </>
      ) : (
        <>
          {d.synthetic && <SyntheticWarning>{t('decision.synthetic')}</SyntheticWarning>}
          <PrintBar />
          <dl className="facts">
            <dt>{t('decision.court')}</dt>
            <dd>{localName(d.court.name, locale)}</dd>
            <dt>{t('decision.date')}</dt>
            <dd>{date(d.date)}</dd>
            <dt>{t('decision.type')}</dt>
            <dd>{t(`decisionType.${d.decisionType}` as MessageKey)}</dd>
            <dt>{t('decision.finality')}</dt>
            <dd>{finality(d)}</dd>
            <dt>{t('decision.provenance')}</dt>
            <dd>
              <strong className={d.synthetic ? 'synthetic-tag' : undefined}>
                {t(`provenance.${d.provenance}` as MessageKey)}
              </strong>
            </dd>
            {d.presidingJudge && (
              <>
                <dt>{t('decision.judge')}</dt>
                <dd>{d.presidingJudge}</dd>
              </>
            )}
            <dt>{t('decision.source')}</dt>
            <dd>
              {d.sourceUrl ? (
                <a href={d.sourceUrl} rel="noopener noreferrer" target="_blank" className="print-url">
                  {d.sourceUrl}
                </a>
              ) : (
                t('source.none')
              )}
              {d.sourceNote && <p className="note source-note">{d.sourceNote}</p>}
            </dd>
          </dl>
          {d.summary && (
            <section aria-labelledby="summary">
              <h2 id="summary">{t('decision.summary')}</h2>
              <p lang={d.language ?? undefined}>{d.summary}</p>
            </section>
          )}
          <section aria-labelledby="defendants">
            <h2 id="defendants">{t('decision.defendants')}</h2>
            {d.defendants.length === 0 && <p>{t('decision.noDefendants')}</p>}
            {d.defendants.map((defendant) => (
              <div key={defendant.id} className="defendant">
                <h3>{t('decision.defendant', { label: defendant.label })}</h3>
                {defendant.counts.map((c) => (
                  <article key={c.id} className="count" aria-labelledby={`count-${c.id}`}>
                    <h4 id={`count-${c.id}`}>
                      {t('decision.count', { n: c.sequence })}:{' '}
                      {c.verdict ? t(`verdict.${c.verdict}` as MessageKey) : t('decision.unknown')}
                    </h4>
                    <dl className="facts compact">
                      <dt>{t('decision.offenceDate')}</dt>
                      <dd>{c.offenceDate ? date(c.offenceDate) : t('decision.unknown')}</dd>
                      <dt>{t('decision.charged')}</dt>
                      <dd>
                        {c.chargedCitation ? (
                          <Link href={lawHref(c.chargedCitation, c.offenceDate)}>{c.chargedCitation}</Link>
                        ) : (
                          t('decision.unknown')
                        )}
                      </dd>
                      {c.convictedCitation && (
                        <>
                          <dt>{t('decision.convicted')}</dt>
                          <dd>
                            <Link href={lawHref(c.convictedCitation, c.offenceDate)}>
                              {c.convictedCitation}
                            </Link>
                          </dd>
                        </>
                      )}
                      {c.verdict === 'CONVICTED' && (
                        <>
                          <dt>{t('decision.sentence')}</dt>
                          <dd>{sentence(c)}</dd>
                        </>
                      )}
                      {c.circumstances.length > 0 && (
                        <>
                          <dt>{t('decision.circumstances')}</dt>
                          <dd>
                            {c.circumstances.map((x) => t(`circumstance.${x}` as MessageKey)).join('; ')}
                          </dd>
                        </>
                      )}
                      {c.mitigationCited !== null && c.mitigationCited !== undefined && (
                        <>
                          <dt>{t('decision.mitigation')}</dt>
                          <dd>{c.mitigationCited ? t('yes') : t('no')}</dd>
                        </>
                      )}
                    </dl>
                    {c.finding ? (
                      <div className={`finding finding-${c.finding.status.toLowerCase()}`}>
                        <p className="finding-status">
                          {t('decision.finding')}:{' '}
                          <strong>{t(`status.${c.finding.status}` as MessageKey)}</strong>
                          {c.finding.shortfallMonths ? (
                            <>
                              {' '}
                              · {t('decision.shortfall', { duration: duration(c.finding.shortfallMonths) })}
                            </>
                          ) : null}
                        </p>
                        <dl className="facts compact">
                          <dt>{t('decision.applicableRange')}</dt>
                          <dd>
                            {c.finding.applicableCitation
                              ? `${range({ minMonths: c.finding.minimumMonths, maxMonths: c.finding.maximumMonths })} (${c.finding.applicableCitation})`
                              : t('duration.unknown')}
                          </dd>
                          <dt>{t('decision.served')}</dt>
                          <dd>
                            {c.finding.imposedMonths === null || c.finding.imposedMonths === undefined
                              ? t('decision.unknown')
                              : duration(c.finding.imposedMonths)}
                          </dd>
                          <dt>{t('penalty.confidence')}</dt>
                          <dd>{t(`confidence.${c.finding.confidence}` as MessageKey)}</dd>
                        </dl>
                        {c.finding.reasons.length > 0 && (
                          <>
                            <p className="reasons-title">{t('decision.reasons')}</p>
                            <ul className="reasons">
                              {c.finding.reasons.map((r) => (
                                <li key={r}>{t(`reason.${r}` as MessageKey)}</li>
                              ))}
                            </ul>
                          </>
                        )}
                        <details className="trace-details">
                          <summary>{t('decision.steps')}</summary>
                          <p className="note">{t('traceNote')}</p>
                          <ol className="trace" lang="en">
                            {c.finding.trace.map((s, i) => (
                              <li key={i}>{s.sentence}</li>
                            ))}
                          </ol>
                        </details>
                        <AfterAppeal finding={{ ...c.finding, id: c.id }} />
                      </div>
                    ) : (
                      c.verdict !== 'CONVICTED' && <p className="note">{t('decision.findingNone')}</p>
                    )}
                  </article>
                ))}
              </div>
            ))}
            <DataVersionLine version={query.data?.dataVersion} />
          </section>
          <section aria-labelledby="appeals">
            <h2 id="appeals">{t('decision.appeals')}</h2>
            {d.reviewed.length === 0 && d.reviewedBy.length === 0 ? (
              <p>{t('decision.appealsNone')}</p>
            ) : (
              <ol className="appeal-path">
                {appealPath(d).map(({ decision, outcome }, i) => (
                  <li key={decision.id} aria-current={decision.id === d.id ? 'step' : undefined}>
                    {i > 0 && (
                      <p className="outcome">
                        {t('decision.appealOutcome', {
                          outcome: outcome ? t(`outcome.${outcome}` as MessageKey) : t('outcome.unknown'),
                        })}
                      </p>
                    )}
                    {decision.id === d.id ? (
                      <strong>
                        {decision.caseNumber} ({t('decision.thisDecision')})
                      </strong>
                    ) : (
                      <Link href={decisionHref(decision.court.name.en ?? '', decision.caseNumber)}>
                        {decision.caseNumber}
                      </Link>
                    )}{' '}
                    · {localName(decision.court.name, locale)} · {date(decision.date)} ·{' '}
                    {t(`decisionType.${decision.decisionType}` as MessageKey)}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="text">
            <h2 id="text">{t('decision.text')}</h2>
            {d.text ? (
              <div className="decision-text" lang={d.language ?? undefined}>
                {d.text}
              </div>
            ) : (
              <p>{t('decision.noText')}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
