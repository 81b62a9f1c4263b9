import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { graphql } from '../api/generated';
import type { ComparableSentencesFieldsFragment, ComparableSentencesFilter } from '../api/generated/graphql';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { parseComparable, withComparable, type CircumstanceValue, type ComparableState } from '../url/params';
import { DataVersionLine } from './DataVersion';
import { SentenceFigures } from './SentenceFigures';

/**
 * What the panel shows, asked for in the page's own request (one request a page):
 * `comparableSentences(filter: $comparable) { ...ComparableSentencesFields } dataVersion { ...DataVersionFields }`,
 * with the filter `comparableFilter` makes from the page's URL.
 */
export const COMPARABLE_SENTENCES_FIELDS = graphql(`
  fragment ComparableSentencesFields on SentenceDistribution {
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
        ...RangeFields
      }
    }
    countingRules
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

/** The filter of the page's `comparableSentences`, from its provision citation and the panel's URL parameters. */
export function comparableFilter(
  provision: string,
  search: string,
  extra: { asOf?: string; circumstances?: readonly CircumstanceValue[] } = {},
): ComparableSentencesFilter {
  const state = parseComparable(new URLSearchParams(search));
  const valid = state.invalid.length === 0 && !state.reversed;
  return {
    provision,
    asOf: extra.asOf,
    circumstances: extra.circumstances?.length ? [...extra.circumstances] : null,
    yearFrom: valid ? state.yearFrom : null,
    yearTo: valid ? state.yearTo : null,
    finalOnly: state.finalOnly,
  };
}

/**
 * Comparable sentences (issue 19's `comparableSentences`): how courts sentenced the convicted counts under a
 * provision's succession chain, beside the statutory ranges that applied, with the data version to cite. The figures
 * come in the page's request; the choices live in the page's URL (`finalOnly`, `yearFrom`, `yearTo`), so the panel
 * can be bookmarked, and a new choice is the page's next request.
 */
export function ComparableSentences({
  figures,
  dataVersion,
  busy,
  circumstances,
}: {
  figures: ComparableSentencesFieldsFragment;
  dataVersion: { citation: string };
  /** The page is asking for new figures (the old ones stay on screen meanwhile). */
  busy: boolean;
  circumstances?: readonly CircumstanceValue[];
}) {
  const { t } = useText();
  const state = parseComparable(new URLSearchParams(useSearch()));
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
      <div aria-live="polite" aria-busy={busy}>
        {state.invalid.length > 0 && (
          <p className="field-error" role="alert">
            {t('comparable.badYear', { field: t(`comparable.${state.invalid[0]}`) })}
          </p>
        )}
        {state.reversed && (
          <p className="field-error" role="alert">
            {t('comparable.yearOrder', { from: String(state.yearFrom), to: String(state.yearTo) })}
          </p>
        )}
        <SentenceFigures figures={figures} finalOnly={state.finalOnly} />
        <DataVersionLine version={dataVersion} />
      </div>
    </section>
  );
}
