import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useApi } from '../api/client';
import { graphql } from '../api/generated';
import { ComparableSentences, comparableFilter } from '../components/ComparableSentences';
import { PrintBar } from '../components/Layout';
import { PageHeading, SourceRef, TableWrap, useRangeText } from '../components/Legal';
import { useVariantName } from '../components/Penalties';
import { ErrorMessage, Loading } from '../components/Status';
import { isIsoDate, todayIso } from '../format/format';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { CIRCUMSTANCES, lawHref, parsePenalty, toQuery, type PenaltyState } from '../url/params';

const PENALTY = graphql(`
  query PenaltyPage(
    $citation: String!
    $offenceDate: Date!
    $judgmentDate: Date
    $finalDate: Date
    $circumstances: [Circumstance!]
    $comparable: ComparableSentencesFilter!
  ) {
    comparableSentences(filter: $comparable) {
      ...ComparableSentencesFields
    }
    dataVersion {
      ...DataVersionFields
    }
    applicablePenalty(
      citation: $citation
      offenceDate: $offenceDate
      judgmentDate: $judgmentDate
      finalDate: $finalDate
      circumstances: $circumstances
    ) {
      provision {
        citation
      }
      range {
        ...RangeFields
        fineMinEur
        fineMaxEur
        fineMode
        penaltySource {
          url
          document
          verification
          note
        }
        versionSource {
          url
          document
          verification
          note
        }
      }
      noVariantMatch
      lexMitiorApplied
      lexMitiorUndecided
      confidence
      candidates {
        citation
        validFrom
        validTo
        reason
        chosen
        range {
          minMonths
          maxMonths
          lifeImprisonment
        }
      }
      trace {
        step
        sentence
      }
    }
  }
`);

type Field = 'citation' | 'offenceDate' | 'judgmentDate' | 'finalDate';

function PenaltyForm({ initial }: { initial: PenaltyState }) {
  const { t } = useText();
  const [, navigate] = useLocation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<{ field: Field; message: string }[]>([]);
  const labels: Record<Field, string> = {
    citation: t('penalty.citation'),
    offenceDate: t('penalty.offenceDate'),
    judgmentDate: t('penalty.judgmentDate'),
    finalDate: t('penalty.finalDate'),
  };
  const submit = () => {
    const found: { field: Field; message: string }[] = [];
    if (!values.citation.trim()) found.push({ field: 'citation', message: t('penalty.needCitation') });
    if (!values.offenceDate) found.push({ field: 'offenceDate', message: t('penalty.needOffence') });
    for (const field of ['offenceDate', 'judgmentDate', 'finalDate'] as const) {
      if (values[field] && !isIsoDate(values[field]))
        found.push({ field, message: t('penalty.badDate', { field: labels[field] }) });
    }
    setErrors(found);
    if (found.length) {
      requestAnimationFrame(() => document.getElementById('penalty-errors')?.focus());
      return;
    }
    navigate(`/penalty${toQuery({ ...values, citation: values.citation.trim() })}`);
  };
  const errorOf = (field: Field) => errors.find((e) => e.field === field)?.message;
  const input = (field: Field, type: 'text' | 'date', hint?: string) => (
    <div className={`field${errorOf(field) ? ' has-error' : ''}`}>
      <label htmlFor={`penalty-${field}`}>{labels[field]}</label>
      {hint && (
        <p className="hint" id={`penalty-${field}-hint`}>
          {hint}
        </p>
      )}
      {errorOf(field) && (
        <p className="field-error" id={`penalty-${field}-error`}>
          {errorOf(field)}
        </p>
      )}
      <input
        id={`penalty-${field}`}
        type={type}
        value={values[field]}
        aria-invalid={errorOf(field) ? true : undefined}
        aria-describedby={
          [hint && `penalty-${field}-hint`, errorOf(field) && `penalty-${field}-error`]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
      />
    </div>
  );
  return (
    <form
      className="penalty-form no-print"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {errors.length > 0 && (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          id="penalty-errors"
          aria-labelledby="penalty-errors-title"
        >
          <h2 id="penalty-errors-title">{t('error.title')}</h2>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#penalty-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {input('citation', 'text', t('law.citationHint'))}
      {input('offenceDate', 'date', t('penalty.dateHint'))}
      {input('judgmentDate', 'date', t('penalty.judgmentHint'))}
      {input('finalDate', 'date', t('penalty.finalHint'))}
      <fieldset>
        <legend>{t('penalty.circumstances')}</legend>
        <ul className="checkboxes">
          {CIRCUMSTANCES.map((c) => (
            <li key={c}>
              <input
                type="checkbox"
                id={`circumstance-${c}`}
                checked={values.circumstances.includes(c)}
                onChange={(e) =>
                  setValues({
                    ...values,
                    circumstances: e.target.checked
                      ? [...values.circumstances, c]
                      : values.circumstances.filter((x) => x !== c),
                  })
                }
              />
              <label htmlFor={`circumstance-${c}`}>{t(`circumstance.${c}` as MessageKey)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button">
        {t('penalty.submit')}
      </button>
    </form>
  );
}

/**
 * The calculator's one request: the range (the citation read as of the offence date), the comparable sentences under
 * the same reading and the data version.
 */
export function penaltyRequest(search: string) {
  const state = parsePenalty(new URLSearchParams(search));
  return {
    document: PENALTY,
    variables: {
      citation: state.citation,
      offenceDate: state.offenceDate,
      judgmentDate: isIsoDate(state.judgmentDate) ? state.judgmentDate : undefined,
      finalDate: isIsoDate(state.finalDate) ? state.finalDate : undefined,
      circumstances: state.circumstances,
      comparable: comparableFilter(state.citation, search, {
        asOf: state.offenceDate,
        circumstances: state.circumstances,
      }),
    },
    enabled: state.citation !== '' && isIsoDate(state.offenceDate),
  };
}

/** `/penalty?citation=…&offenceDate=…&judgmentDate=…&finalDate=…&circumstances=A,B`: the applicable range, and why. */
export function PenaltyPage() {
  const { t, date } = useText();
  const range = useRangeText();
  const variantName = useVariantName();
  const search = useSearch();
  const state = parsePenalty(new URLSearchParams(search));
  const page = penaltyRequest(search);
  const { comparable: _, ...calculation } = page.variables;
  // While a new choice of the comparable sentences panel loads, the calculation stays on screen.
  const query = useApi(page.document, page.variables, {
    enabled: page.enabled,
    keepPrevious: (previous) =>
      (Object.keys(calculation) as (keyof typeof calculation)[]).every(
        (k) => JSON.stringify(previous[k]) === JSON.stringify(calculation[k]),
      ),
  });
  const answer = query.data?.applicablePenalty;
  return (
    <div className="penalty-page">
      <PageHeading
        title={answer ? `${t('penalty.title')}: ${answer.provision.citation}` : t('penalty.title')}
      >
        {t('penalty.title')}
      </PageHeading>
      <p className="lead no-print">{t('penalty.lead')}</p>
      <PenaltyForm key={JSON.stringify(state)} initial={state} />
      {!page.enabled ? null : query.isError ? (
        <ErrorMessage error={query.error} retry={() => void query.refetch()} />
      ) : !answer ? (
        <Loading />
      ) : (
        <section aria-labelledby="penalty-result" className="result-panel">
          <PrintBar />
          <h2 id="penalty-result">{t('penalty.result')}</h2>
          <p className="as-of-banner">
            {t('penalty.for', {
              citation: answer.provision.citation,
              offence: date(state.offenceDate),
              judgment: date(isIsoDate(state.judgmentDate) ? state.judgmentDate : todayIso()),
            })}
          </p>
          {answer.range ? (
            <div className="big-answer">
              <p className="range-figure">{range(answer.range)}</p>
              <p>
                <Link href={lawHref(answer.range.citation, state.offenceDate)}>{answer.range.citation}</Link>,{' '}
                {variantName(answer.range.variant)} ·{' '}
                {t('law.inForceFrom', { date: date(answer.range.validFrom) })}
              </p>
              <p>
                {t('law.penalties')}: <SourceRef source={answer.range.penaltySource} />
              </p>
              <p>
                {t('law.datesSource')}: <SourceRef source={answer.range.versionSource} />
              </p>
            </div>
          ) : (
            <p className="warning">{t('penalty.noRange')}</p>
          )}
          <ul className="flags">
            {answer.lexMitiorApplied && <li>{t('penalty.lexMitior')}</li>}
            {answer.lexMitiorUndecided && <li>{t('penalty.lexMitiorUndecided')}</li>}
            {answer.noVariantMatch && <li>{t('penalty.noVariantMatch')}</li>}
            <li>
              {t('penalty.confidence')}: <strong>{t(`confidence.${answer.confidence}` as MessageKey)}</strong>
            </li>
          </ul>
          <h3>{t('penalty.candidates')}</h3>
          <TableWrap label={t('penalty.candidates')}>
            <table>
              <caption className="visually-hidden">{t('penalty.candidates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('penalty.col.law')}</th>
                  <th scope="col">{t('penalty.col.from')}</th>
                  <th scope="col">{t('penalty.col.range')}</th>
                  <th scope="col">{t('penalty.col.reason')}</th>
                  <th scope="col">{t('penalty.col.chosen')}</th>
                </tr>
              </thead>
              <tbody>
                {answer.candidates.map((c) => (
                  <tr key={`${c.citation}|${c.validFrom}`} className={c.chosen ? 'chosen' : undefined}>
                    <th scope="row">{c.citation}</th>
                    <td>{date(c.validFrom)}</td>
                    <td>{c.range ? range(c.range) : t('duration.unknown')}</td>
                    <td>{t(`candidate.${c.reason}` as MessageKey)}</td>
                    <td>{c.chosen ? <strong>{t('penalty.chosen')}</strong> : t('penalty.notChosen')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <h3>{t('penalty.steps')}</h3>
          <p className="note">{t('traceNote')}</p>
          <ol className="trace" lang="en">
            {answer.trace.map((s, i) => (
              <li key={i}>{s.sentence}</li>
            ))}
          </ol>
        </section>
      )}
      {answer && (
        <ComparableSentences
          figures={query.data!.comparableSentences}
          dataVersion={query.data!.dataVersion}
          busy={query.isFetching}
          circumstances={state.circumstances}
        />
      )}
    </div>
  );
}
