import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useApi } from '../api/client';
import { graphql } from '../api/generated';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { parseComparable, withComparable, type CircumstanceValue, type ComparableState } from '../url/params';
import { DataVersionLine } from './DataVersion';
import { SentenceFigures } from './SentenceFigures';
import { ErrorMessage, Loading } from './Status';

const COMPARABLE = graphql(`
  query ComparableSentences($filter: ComparableSentencesFilter!) {
    comparableSentences(filter: $filter) {
      provision {
        citation
      }
      chain {
        id
        citation
      }
      n
      total
      sentenceUnknown
      unit
      suppressed
      note
      percentiles {
        p10
        p25
        p50
        p75
        p90
      }
      histogram {
        fromMonths
        toMonths
        label
        count
      }
      shares {
        imprisonment {
          ...SentenceShareFields
        }
        suspended {
          ...SentenceShareFields
        }
        fineOnly {
          ...SentenceShareFields
        }
        noPenalty {
          ...SentenceShareFields
        }
        belowMinimum {
          ...SentenceShareFields
        }
      }
      meanImprisonmentMonths
      meanSuspendedMonths
      meanFineOnlyEur
      undetermined
      unverified
      decisions
      appliedRanges {
        counts
        range {
          citation
          validFrom
          validTo
          variant
          minMonths
          maxMonths
          lifeImprisonment
        }
      }
      countingRules
    }
    dataVersion {
      ...DataVersionFields
    }
  }
  fragment SentenceShareFields on SentenceShare {
    count
    of
    share
    denominator
  }
`);

/** The panel's choices: final decisions only, and the years of the decisions. Written into the page's URL. */
function ComparableForm({ state }: { state: ComparableState }) {
  const { t } = useText();
  const [path, navigate] = useLocation();
  const search = useSearch();
  const [values, setValues] = useState({
    finalOnly: state.finalOnly,
    yearFrom: state.yearFrom?.toString() ?? '',
    yearTo: state.yearTo?.toString() ?? '',
  });
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="filters no-print"
      aria-labelledby="comparable-filters"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        for (const field of ['yearFrom', 'yearTo'] as const) {
          if (values[field] && !/^\d{4}$/.test(values[field].trim()))
            return setError(t('comparable.badYear', { field: t(`comparable.${field}`) }));
        }
        setError(null);
        navigate(
          `${path}${withComparable(search, {
            finalOnly: values.finalOnly,
            yearFrom: values.yearFrom.trim() ? Number(values.yearFrom) : null,
            yearTo: values.yearTo.trim() ? Number(values.yearTo) : null,
          })}`,
        );
      }}
    >
      <h3 id="comparable-filters">{t('comparable.filters')}</h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="checkboxes">
        <li>
          <input
            type="checkbox"
            id="comparable-finalOnly"
            aria-describedby="comparable-finalOnly-hint"
            checked={values.finalOnly}
            onChange={(e) => setValues({ ...values, finalOnly: e.target.checked })}
          />
          <label htmlFor="comparable-finalOnly">{t('comparable.finalOnly')}</label>
        </li>
      </ul>
      <p className="hint" id="comparable-finalOnly-hint">
        {t('comparable.finalOnlyHint')}
      </p>
      <div className="filter-grid">
        {(['yearFrom', 'yearTo'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`comparable-${field}`}>{t(`comparable.${field}`)}</label>
            <input
              id={`comparable-${field}`}
              inputMode="numeric"
              size={6}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            />
          </div>
        ))}
      </div>
      <button type="submit" className="button secondary">
        {t('comparable.apply')}
      </button>
    </form>
  );
}

/**
 * Comparable sentences (issue 18's `comparableSentences`): how courts sentenced the convicted counts under a
 * provision's succession chain, beside the statutory ranges that applied, with the data version to cite. The choices
 * live in the page's URL (`finalOnly`, `yearFrom`, `yearTo`), so the panel can be bookmarked.
 */
export function ComparableSentences({
  provision,
  circumstances,
}: {
  provision: string;
  circumstances?: readonly CircumstanceValue[];
}) {
  const { t } = useText();
  const search = useSearch();
  const state = parseComparable(new URLSearchParams(search));
  const filter = {
    provision,
    circumstances: circumstances?.length ? [...circumstances] : null,
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
    finalOnly: state.finalOnly,
  };
  const query = useApi(COMPARABLE, { filter }, { enabled: provision !== '' && state.invalid.length === 0 });
  const data = query.data;
  return (
    <section aria-labelledby="comparable" className="comparable-sentences">
      <h2 id="comparable">{t('comparable.title')}</h2>
      <p>{t('comparable.lead')}</p>
      <p>
        <strong>{t('comparable.official')}</strong>
        {circumstances?.length
          ? ` ${t('comparable.withCircumstances', {
              list: circumstances.map((c) => t(`circumstance.${c}` as MessageKey)).join('; '),
            })}`
          : ''}
      </p>
      <ComparableForm key={`${state.finalOnly}|${state.yearFrom}|${state.yearTo}`} state={state} />
      <div aria-live="polite" aria-busy={query.isFetching}>
        {state.invalid.length > 0 ? (
          <p className="field-error" role="alert">
            {t('comparable.badYear', { field: t(`comparable.${state.invalid[0]}`) })}
          </p>
        ) : query.isError ? (
          <ErrorMessage error={query.error} retry={() => void query.refetch()} />
        ) : !data ? (
          <Loading />
        ) : (
          <>
            <SentenceFigures figures={data.comparableSentences} finalOnly={state.finalOnly} />
            <DataVersionLine version={data.dataVersion} />
          </>
        )}
      </div>
    </section>
  );
}
