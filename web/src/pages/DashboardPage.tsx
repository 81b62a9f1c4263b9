import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useApi } from '../api/client';
import { graphql } from '../api/generated';
import type { DashboardPageQuery } from '../api/generated/graphql';
import { BarChart, RangeChart, type Mark, type MarkKind } from '../components/Charts';
import { DataVersionLine } from '../components/DataVersion';
import { Figure, SMALL_N } from '../components/Figure';
import { localName, PageHeading, SyntheticWarning, TableWrap, useRangeText } from '../components/Legal';
import { ErrorMessage, Loading } from '../components/Status';
import { useText } from '../i18n/I18n';
import type { MessageKey } from '../i18n/messages/en';
import {
  dashboardQuery,
  decisionHref,
  findingsCsvHref,
  parseDashboard,
  PROVENANCES,
  type DashboardState,
} from '../url/params';
import { AfterAppealFigures } from './dashboard/AfterAppealFigures';
import { BucketTable } from './dashboard/BucketTable';

const DASHBOARD = graphql(`
  query DashboardPage($filter: FindingFilter!) {
    overall: complianceStats(groupBy: [], filter: $filter) {
      ...BucketFigures
    }
    byYear: complianceStats(groupBy: [YEAR], filter: $filter) {
      year
      ...BucketFigures
    }
    byCourt: complianceStats(groupBy: [COURT], filter: $filter) {
      court {
        code
        name {
          sq
          sr
          en
        }
      }
      ...BucketFigures
    }
    byStage: complianceStats(groupBy: [STAGE], filter: $filter) {
      stage
      total
      belowMinimum
      correctedOnAppeal
    }
    byStatus: complianceStats(groupBy: [STATUS], filter: $filter) {
      status
      total
    }
    marks: sentencingFindings(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          status
          reasons
          imposedMonths
          minimumMonths
          maximumMonths
          applicableCitation
          count {
            mitigationCited
          }
          decision {
            caseNumber
            date
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
    courts {
      code
      name {
        sq
        sr
        en
      }
    }
    dataVersion {
      ...DataVersionFields
    }
  }
  fragment BucketFigures on ComplianceBucket {
    total
    correctedOnAppeal
    compliant
    belowMinimum
    aboveMaximum
    undetermined
    shareBelowMinimum
  }
`);

type Data = DashboardPageQuery;
type Finding = Data['marks']['edges'][number]['node'];

const markKind = (f: Finding): MarkKind =>
  f.reasons.includes('FINE_ONLY')
    ? 'fine'
    : f.reasons.includes('SUSPENDED')
      ? 'suspended'
      : f.reasons.includes('MITIGATION_CITED') || f.count.mitigationCited
        ? 'mitigation'
        : 'other';

function Filters({ state, courts }: { state: DashboardState; courts: Data['courts'] }) {
  const { t, locale } = useText();
  const [, navigate] = useLocation();
  const [values, setValues] = useState({
    yearFrom: state.yearFrom?.toString() ?? '',
    yearTo: state.yearTo?.toString() ?? '',
    court: state.court,
    provision: state.provision,
    provenance: state.provenance,
  });
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="filters no-print"
      aria-labelledby="filters-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        for (const field of ['yearFrom', 'yearTo'] as const) {
          if (values[field] && !/^\d{4}$/.test(values[field]))
            return setError(t('dashboard.badYear', { field: t(`dashboard.${field}`) }));
        }
        setError(null);
        navigate(
          `/dashboard${dashboardQuery({
            yearFrom: values.yearFrom ? Number(values.yearFrom) : null,
            yearTo: values.yearTo ? Number(values.yearTo) : null,
            court: values.court,
            provision: values.provision.trim(),
            provenance: values.provenance,
          })}`,
        );
      }}
    >
      <h2 id="filters-title">{t('dashboard.filters')}</h2>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="filter-grid">
        {(['yearFrom', 'yearTo'] as const).map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`dashboard-${field}`}>{t(`dashboard.${field}`)}</label>
            <input
              id={`dashboard-${field}`}
              inputMode="numeric"
              size={6}
              value={values[field]}
              onChange={(e) => setValues({ ...values, [field]: e.target.value })}
            />
          </div>
        ))}
        <div className="field">
          <label htmlFor="dashboard-court">{t('dashboard.court')}</label>
          <select
            id="dashboard-court"
            value={values.court}
            onChange={(e) => setValues({ ...values, court: e.target.value })}
          >
            <option value="">{t('dashboard.allCourts')}</option>
            {values.court && !courts.some((c) => c.name.en === values.court) && (
              <option value={values.court}>{values.court}</option>
            )}
            {courts.map((c) => (
              <option key={c.code} value={c.name.en ?? c.code}>
                {localName(c.name, locale)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dashboard-provision">{t('dashboard.provision')}</label>
          <p className="hint" id="dashboard-provision-hint">
            {t('dashboard.provisionHint')}
          </p>
          <input
            id="dashboard-provision"
            aria-describedby="dashboard-provision-hint"
            value={values.provision}
            onChange={(e) => setValues({ ...values, provision: e.target.value })}
          />
        </div>
      </div>
      <fieldset>
        <legend>{t('dashboard.provenance')}</legend>
        <ul className="checkboxes inline">
          {PROVENANCES.map((p) => (
            <li key={p}>
              <input
                type="checkbox"
                id={`provenance-${p}`}
                checked={values.provenance.includes(p)}
                onChange={(e) =>
                  setValues({
                    ...values,
                    provenance: e.target.checked
                      ? [...values.provenance, p]
                      : values.provenance.filter((x) => x !== p),
                  })
                }
              />
              <label htmlFor={`provenance-${p}`}>{t(`provenance.${p}` as MessageKey)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="button">
        {t('dashboard.apply')}
      </button>
    </form>
  );
}

/** The dashboard's one request: every figure, the marks, the courts and the data version. */
export function dashboardRequest(search: string) {
  const state = parseDashboard(new URLSearchParams(search));
  const filter = {
    yearFrom: state.yearFrom,
    yearTo: state.yearTo,
    court: state.court || null,
    provision: state.provision || null,
    provenance: state.provenance,
  };
  return { document: DASHBOARD, variables: { filter }, enabled: state.invalid.length === 0 };
}

/**
 * `/dashboard?yearFrom=…&yearTo=…&court=…&provision=…&provenance=…`: compliance figures for monitors, every chart
 * with its unit, n, table and records.
 */
export function DashboardPage() {
  const { t, locale, percent, duration, date } = useText();
  const range = useRangeText();
  const search = useSearch();
  const state = parseDashboard(new URLSearchParams(search));
  const page = dashboardRequest(search);
  const query = useApi(page.document, page.variables, { enabled: page.enabled });
  const data = query.data;
  const csv = findingsCsvHref(state);
  const link = (patch: Partial<DashboardState>) => `/dashboard${dashboardQuery({ ...state, ...patch })}`;
  const synthetic = state.provenance.includes('SYNTHETIC');
  const overall = data?.overall[0];
  return (
    <div className="dashboard-page">
      <PageHeading title={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <p className="lead">{t('dashboard.lead')}</p>
      <Filters key={search} state={state} courts={data?.courts ?? []} />
      {synthetic && <SyntheticWarning>{t('dashboard.syntheticIncluded')}</SyntheticWarning>}
      {state.invalid.length > 0 ? (
        <p className="field-error" role="alert">
          {t('dashboard.badYear', { field: t(`dashboard.${state.invalid[0]}`) })}
        </p>
      ) : query.isError ? (
        <ErrorMessage error={query.error} retry={() => void query.refetch()} />
      ) : !data ? (
        <Loading />
      ) : !overall || overall.total === 0 ? (
        <p>{t('dashboard.none')}</p>
      ) : (
        <>
          <p className="headline" aria-live="polite">
            <strong>{t('dashboard.headline', { below: overall.belowMinimum, total: overall.total })}</strong>{' '}
            ({t('dashboard.headlineShare', { share: percent(overall.shareBelowMinimum) })})
          </p>
          <div className="charts">
            <Figure
              id="by-year"
              title={t('dashboard.byYear')}
              n={overall.total}
              csvHref={csv}
              smallNumbers={data.byYear.some((b) => b.total < SMALL_N)}
              chart={
                <BarChart
                  bars={data.byYear.map((b) => ({
                    key: String(b.year),
                    label: String(b.year),
                    part: b.belowMinimum,
                    total: b.total,
                    href: link({ yearFrom: b.year ?? null, yearTo: b.year ?? null }),
                    figure: t('dashboard.barFigure', {
                      below: b.belowMinimum,
                      total: b.total,
                      share: percent(b.shareBelowMinimum),
                    }),
                  }))}
                />
              }
              table={
                <BucketTable
                  first={t('dashboard.col.year')}
                  rows={data.byYear.map((b) => ({ key: String(b.year), label: String(b.year), ...b }))}
                />
              }
            />
            <Figure
              id="by-court"
              title={t('dashboard.byCourt')}
              n={overall.total}
              csvHref={csv}
              smallNumbers={data.byCourt.some((b) => b.total < SMALL_N)}
              chart={
                <BarChart
                  bars={data.byCourt.map((b) => {
                    const label = b.court ? localName(b.court.name, locale) : '—';
                    return {
                      key: b.court?.code ?? '—',
                      label,
                      part: b.belowMinimum,
                      total: b.total,
                      href: b.court ? link({ court: b.court.name.en ?? b.court.code }) : undefined,
                      figure: t('dashboard.barFigure', {
                        below: b.belowMinimum,
                        total: b.total,
                        share: percent(b.shareBelowMinimum),
                      }),
                    };
                  })}
                />
              }
              table={
                <BucketTable
                  first={t('dashboard.col.court')}
                  rows={data.byCourt.map((b) => ({
                    key: b.court?.code ?? '—',
                    label: b.court ? localName(b.court.name, locale) : '—',
                    ...b,
                  }))}
                />
              }
            />
            <Figure
              id="by-status"
              title={t('dashboard.byStatus')}
              n={overall.total}
              csvHref={csv}
              smallNumbers={overall.total < SMALL_N}
              chart={
                <BarChart
                  scale="count"
                  bars={data.byStatus.map((b) => {
                    const label = t(`status.${b.status}` as MessageKey);
                    return {
                      key: b.status ?? '—',
                      label,
                      part: b.total,
                      total: overall.total,
                      figure: t('dashboard.statusFigure', { count: b.total, total: overall.total }),
                    };
                  })}
                />
              }
              table={
                <TableWrap label={t('dashboard.byStatus')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard.col.status')}</th>
                        <th scope="col">{t('dashboard.col.count')}</th>
                        <th scope="col">{t('dashboard.col.shareOfAll')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.byStatus.map((b) => (
                        <tr key={b.status}>
                          <th scope="row">{t(`status.${b.status}` as MessageKey)}</th>
                          <td>{b.total}</td>
                          <td>{percent(b.total / overall.total)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              }
            />
            <Figure
              id="sentences"
              title={t('dashboard.sentences')}
              n={data.marks.totalCount}
              csvHref={csv}
              smallNumbers={data.marks.totalCount < SMALL_N}
              tableOpen={false}
              chart={
                <>
                  {data.marks.totalCount > data.marks.edges.length && (
                    <p className="note">
                      {t('dashboard.truncated', {
                        shown: data.marks.edges.length,
                        total: data.marks.totalCount,
                      })}
                    </p>
                  )}
                  <RangeChart
                    title={t('dashboard.sentences')}
                    marks={sentenceMarks(data.marks.edges.map((e) => e.node)).map((f): Mark => {
                      const court = localName(f.decision.court.name, locale);
                      const served = f.imposedMonths ?? 0;
                      const rangeText =
                        f.minimumMonths === null && f.maximumMonths === null
                          ? t('duration.unknown')
                          : range({ minMonths: f.minimumMonths, maxMonths: f.maximumMonths });
                      return {
                        key: f.id,
                        label: f.decision.caseNumber,
                        served,
                        min: f.minimumMonths ?? null,
                        max: f.maximumMonths ?? null,
                        kind: markKind(f),
                        href: decisionHref(f.decision.court.name.en ?? '', f.decision.caseNumber),
                        ariaLabel: t('dashboard.mark', {
                          caseNumber: f.decision.caseNumber,
                          court,
                          served: duration(served),
                          range: rangeText,
                          status: t(`status.${f.status}` as MessageKey),
                        }),
                      };
                    })}
                  />
                </>
              }
              table={
                <TableWrap label={t('dashboard.sentences')}>
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">{t('dashboard.col.case')}</th>
                        <th scope="col">{t('dashboard.col.court')}</th>
                        <th scope="col">{t('dashboard.col.date')}</th>
                        <th scope="col">{t('dashboard.col.served')}</th>
                        <th scope="col">{t('dashboard.col.range')}</th>
                        <th scope="col">{t('dashboard.col.status')}</th>
                        <th scope="col">{t('dashboard.col.reasons')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.marks.edges.map(({ node: f }) => (
                        <tr key={f.id}>
                          <th scope="row">{f.decision.caseNumber}</th>
                          <td>{localName(f.decision.court.name, locale)}</td>
                          <td>{date(f.decision.date)}</td>
                          <td>
                            {f.imposedMonths === null || f.imposedMonths === undefined
                              ? '—'
                              : duration(f.imposedMonths)}
                          </td>
                          <td>
                            {range({ minMonths: f.minimumMonths, maxMonths: f.maximumMonths })}
                            {f.applicableCitation && ` (${f.applicableCitation})`}
                          </td>
                          <td>{t(`status.${f.status}` as MessageKey)}</td>
                          <td>{f.reasons.map((r) => t(`reason.${r}` as MessageKey)).join('; ')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableWrap>
              }
            />
          </div>
          <AfterAppealFigures overall={overall} byStage={data.byStage} />
          <DataVersionLine version={data.dataVersion} />
        </>
      )}
    </div>
  );
}

/** Marks in reading order: lowest served term first, so the counts far below the band stand together. */
const sentenceMarks = (findings: Finding[]) =>
  [...findings].sort(
    (a, b) =>
      (a.imposedMonths ?? 0) - (b.imposedMonths ?? 0) ||
      a.decision.caseNumber.localeCompare(b.decision.caseNumber),
  );
