import { useEffect, useId, useState } from 'react';
import { useLocation } from 'wouter';
import { request } from '../api/client';
import { graphql } from '../api/generated';
import { useText } from '../i18n/I18n';
import { lawHref, toQuery } from '../url/params';

const CITED = graphql(`
  query CitedProvision($query: String!) {
    search(query: $query, first: 1) {
      edges {
        node {
          kind
          score
          provision {
            citation
          }
        }
      }
    }
  }
`);

/**
 * The one search box. Submitting a query that reads as a citation opens the provision; anything else opens the
 * results. With `live`, the results follow the typing (search as you type) without leaving the page.
 */
export function SearchBox({ initial = '', live = false }: { initial?: string; live?: boolean }) {
  const { t } = useText();
  const [, navigate] = useLocation();
  const [value, setValue] = useState(initial);
  const id = useId();
  // The URL changed under the box (back, a facet, a link): show its query, unless it is what is being typed.
  const [shownFor, setShownFor] = useState(initial);
  if (initial !== shownFor) {
    setShownFor(initial);
    if (initial !== value.trim()) setValue(initial);
  }
  useEffect(() => {
    if (!live || value.trim() === initial) return;
    const timer = setTimeout(
      () => navigate(`/search${toQuery({ q: value.trim() })}`, { replace: true }),
      250,
    );
    return () => clearTimeout(timer);
  }, [live, value, initial, navigate]);
  const submit = async () => {
    const query = value.trim();
    if (!query) return;
    try {
      const data = await request(CITED, { query });
      const top = data.search.edges[0]?.node;
      if (top?.kind === 'PROVISION' && top.score === null && top.provision) {
        navigate(lawHref(top.provision.citation));
        return;
      }
    } catch {
      // The results page says what went wrong.
    }
    navigate(`/search${toQuery({ q: query })}`);
  };
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-q`}>{t('search.label')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
      <div className="search-row">
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={value}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="button">
          {t('search.button')}
        </button>
      </div>
    </form>
  );
}
