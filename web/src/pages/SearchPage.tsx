import { Link, useLocation, useSearch } from 'wouter';
import { useApi } from '../api/client';
import { graphql } from '../api/generated';
import type { SearchPageQuery } from '../api/generated/graphql';
import { localName, PageHeading } from '../components/Legal';
import { SearchBox } from '../components/SearchBox';
import { ErrorMessage, Loading } from '../components/Status';
import { highlightParts } from '../format/highlight';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import { decisionHref, lawHref, parseSearch, searchQuery, type SearchState } from '../url/params';

const SEARCH = graphql(`
  query SearchPage($query: String!, $filter: SearchFilter, $first: Int) {
    search(query: $query, filter: $filter, first: $first) {
      estimatedTotal
      countsExact
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          kind
          title
          highlight
          score
          provision {
            citation
            heading {
              sq
              sr
              en
            }
          }
          decision {
            caseNumber
            date
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
      facets {
        kind {
          value
          label
          count
        }
        instrument {
          value
          label
          count
        }
        court {
          value
          label
          count
        }
        year {
          value
          label
          count
        }
        findingStatus {
          value
          label
          count
        }
      }
    }
  }
`);

type Facets = SearchPageQuery['search']['facets'];
type FacetName = keyof Facets & string;
const PAGE = 20;

/** Which URL list a facet value toggles, and how the value is written there. */
function toggled(state: SearchState, facet: FacetName, value: string, label: string): SearchState {
  const flip = <T,>(list: T[], item: T) =>
    list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  switch (facet) {
    case 'kind':
      return { ...state, kinds: flip(state.kinds, value as SearchState['kinds'][number]) };
    case 'instrument':
      return { ...state, instruments: flip(state.instruments, value) };
    case 'court':
      // The API takes courts by name: the facet's label is the court's name.
      return { ...state, courts: flip(state.courts, label) };
    case 'year': {
      const y = Number(value);
      const on = state.yearFrom === y && state.yearTo === y;
      return { ...state, yearFrom: on ? null : y, yearTo: on ? null : y };
    }
    case 'findingStatus':
      return { ...state, statuses: flip(state.statuses, value as SearchState['statuses'][number]) };
    default:
      return state;
  }
}

function isOn(state: SearchState, facet: FacetName, value: string, label: string): boolean {
  switch (facet) {
    case 'kind':
      return (state.kinds as string[]).includes(value);
    case 'instrument':
      return state.instruments.includes(value);
    case 'court':
      return state.courts.includes(label);
    case 'year':
      return state.yearFrom === Number(value) && state.yearTo === Number(value);
    case 'findingStatus':
      return (state.statuses as string[]).includes(value);
    default:
      return false;
  }
}

/** The search page's one request: a page of results with their facets. */
export function searchRequest(search: string) {
  const params = new URLSearchParams(search);
  const state = parseSearch(params);
  const first = Math.min(100, Math.max(PAGE, Number(params.get('first')) || PAGE));
  const filter = {
    kinds: state.kinds.length ? state.kinds : undefined,
    instruments: state.instruments.length ? state.instruments : undefined,
    courts: state.courts.length ? state.courts : undefined,
    yearFrom: state.yearFrom ?? undefined,
    yearTo: state.yearTo ?? undefined,
    findingStatuses: state.statuses.length ? state.statuses : undefined,
  };
  return { document: SEARCH, variables: { query: state.q, filter, first }, enabled: state.q !== '' };
}

/** `/search?q=…`: results with highlights, facets as filters in the URL, search as you type. */
export function SearchPage() {
  const { t, date, locale } = useText();
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const state = parseSearch(params);
  const page = searchRequest(search);
  const { first } = page.variables;
  const query = useApi(page.document, page.variables, { enabled: page.enabled, keepPrevious: true });
  const go = (next: SearchState) => navigate(`/search${searchQuery(next)}`);
  const facetLabel = (facet: FacetName, value: string, label: string) =>
    facet === 'kind'
      ? t(`search.kind.${value}` as MessageKey)
      : facet === 'findingStatus'
        ? t(`status.${value}` as MessageKey)
        : label;
  const result = query.data?.search;
  const citedTop = result?.edges[0]?.node.kind === 'PROVISION' && result.edges[0].node.score === null;
  const filtered =
    state.kinds.length + state.instruments.length + state.courts.length + state.statuses.length > 0 ||
    state.yearFrom !== null;
  return (
    <div className="search-page">
      <PageHeading title={state.q ? t('search.titleFor', { query: state.q }) : t('search.title')}>
        {t('search.title')}
      </PageHeading>
      <SearchBox initial={state.q} live />
      {state.q === '' ? (
        <p>{t('search.empty')}</p>
      ) : query.isError ? (
        <ErrorMessage error={query.error} retry={() => void query.refetch()} />
      ) : !result ? (
        <Loading />
      ) : (
        <div className="search-layout">
          <aside className="facets" aria-labelledby="facets-title">
            <h2 id="facets-title">{t('search.filters')}</h2>
            {(['kind', 'instrument', 'court', 'year', 'findingStatus'] as const).map((facet) =>
              result.facets[facet].length === 0 ? null : (
                <fieldset key={facet}>
                  <legend>{t(`facet.${facet}` as MessageKey)}</legend>
                  <ul>
                    {result.facets[facet].map((f) => {
                      const id = `facet-${facet}-${f.value}`;
                      return (
                        <li key={f.value}>
                          <input
                            type="checkbox"
                            id={id}
                            checked={isOn(state, facet, f.value, f.label)}
                            onChange={() => go(toggled(state, facet, f.value, f.label))}
                          />
                          <label htmlFor={id}>
                            {t('facet.count', { label: facetLabel(facet, f.value, f.label), count: f.count })}
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              ),
            )}
            {filtered && (
              <button
                type="button"
                className="button secondary small"
                onClick={() =>
                  go({
                    ...state,
                    kinds: [],
                    instruments: [],
                    courts: [],
                    statuses: [],
                    yearFrom: null,
                    yearTo: null,
                  })
                }
              >
                {t('search.clear')}
              </button>
            )}
          </aside>
          <section className="results" aria-labelledby="results-count" aria-busy={query.isFetching}>
            <h2 id="results-count" aria-live="polite">
              {result.countsExact
                ? t('search.count', { count: result.estimatedTotal })
                : t('search.countApprox', { count: result.estimatedTotal })}
              {query.isPlaceholderData && <span className="updating"> · {t('search.updating')}</span>}
            </h2>
            {citedTop && result.edges[0].node.provision && (
              <p className="cited">
                {t('search.citation', { citation: result.edges[0].node.provision.citation })}{' '}
                <Link href={lawHref(result.edges[0].node.provision.citation)}>
                  {t('search.openProvision', { citation: result.edges[0].node.provision.citation })}
                </Link>
              </p>
            )}
            {result.edges.length === 0 && <p>{t('search.none', { query: state.q })}</p>}
            <ol className="result-list">
              {result.edges.map(({ node }) => (
                <li key={node.id} className={`result result-${node.kind.toLowerCase()}`}>
                  <p className="result-kind">
                    {t(`search.kind.${node.kind}` as MessageKey)}
                    {node.decision?.synthetic && (
                      <strong className="synthetic-tag"> · {t('provenance.SYNTHETIC')}</strong>
                    )}
                  </p>
                  <h3>
                    {node.provision ? (
                      <Link href={lawHref(node.provision.citation)}>{node.title}</Link>
                    ) : node.decision ? (
                      <Link href={decisionHref(node.decision.court.name.en ?? '', node.decision.caseNumber)}>
                        {node.title}
                      </Link>
                    ) : (
                      node.title
                    )}
                  </h3>
                  {node.decision && (
                    <p className="meta">
                      {localName(node.decision.court.name, locale)} · {date(node.decision.date)}
                    </p>
                  )}
                  {node.highlight && (
                    <p className="highlight">
                      {highlightParts(node.highlight).map((part, i) =>
                        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {result.pageInfo.hasNextPage && first < 100 && (
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  const next = new URLSearchParams(search);
                  next.set('first', String(Math.min(100, first + PAGE)));
                  navigate(`/search?${next}`, { replace: true });
                }}
              >
                {t('search.more')}
              </button>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
