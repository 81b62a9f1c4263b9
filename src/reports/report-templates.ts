/**
 * The report templates monitors publish from, in Markdown: the US TIP report's paragraph (`tip`), the sentence bands
 * table as ASTRA publishes it (`bands`), and the OSCE's kinds of sentence with averages (`types`), each followed by a
 * methods note and the version of the data. Pure: the figures come in (FiguresService.reportFigures), text goes out.
 */
import type { ReportFigures } from '../compliance/figures.service';
import { en } from './messages.en';
import { sq } from './messages.sq';
import { sr } from './messages.sr';
import {
  formatNumber,
  formatPercent,
  type ReportLanguage,
  type ReportMessages,
  type TipFigures,
} from './messages';

export const REPORT_TEMPLATES = ['tip', 'bands', 'types'] as const;
export type ReportTemplate = (typeof REPORT_TEMPLATES)[number];

export const MESSAGES: Record<ReportLanguage, ReportMessages> = { en, sq, sr };

const mdCell = (v: string) => v.replace(/\|/g, '\\|');
const tableRow = (cells: string[]) => `| ${cells.map(mdCell).join(' | ')} |`;

function tipFigures(m: ReportMessages, r: ReportFigures, period: string): TipFigures {
  const { figures: f } = r;
  const determined = f.total - f.byStatus.UNDETERMINED;
  return {
    period,
    total: f.total,
    defendants: r.defendants,
    decisions: r.decisions,
    ...f.byStage,
    determined,
    belowMinimum: f.byStatus.BELOW_MINIMUM,
    belowShare: formatPercent(m.locale, f.shares.belowMinimum.share),
    undetermined: f.byStatus.UNDETERMINED,
    imprisonment: f.kinds.IMPRISONMENT.count,
    minServed: f.kinds.IMPRISONMENT.minMonths,
    maxServed: f.kinds.IMPRISONMENT.maxMonths,
    medianServed: f.percentiles?.p50 ?? null,
    n: f.n,
    suspended: f.kinds.SUSPENDED.count,
    fineOnly: f.kinds.FINE_ONLY.count,
    fineMin: f.kinds.FINE_ONLY.fineMinEur,
    fineMax: f.kinds.FINE_ONLY.fineMaxEur,
  };
}

function tip(m: ReportMessages, r: ReportFigures, period: string): string[] {
  return [r.figures.total === 0 ? m.tipNone(period) : m.tipParagraph(tipFigures(m, r, period))];
}

function bands(m: ReportMessages, r: ReportFigures): string[] {
  const b = r.bands;
  const share = (count: number) => formatPercent(m.locale, b.total === 0 ? null : count / b.total);
  const num = (count: number) => formatNumber(m.locale, count);
  const rows: [string, number, boolean][] = [
    [m.bandRows.belowMinimum, b.belowMinimum, true],
    [m.bandRows.ofWhichSuspended, b.belowMinimumSuspended, false],
    [m.bandRows.ofWhichFineOnly, b.belowMinimumFineOnly, false],
    [m.bandRows.minimumToFiveYears, b.minimumToFiveYears, true],
    [m.bandRows.overFiveYears, b.overFiveYears, true],
  ];
  // Rows that only some periods need: shown when they hold a count, so every count is in the table once.
  const rare: [string, number][] = [
    [m.bandRows.aboveMaximum, b.aboveMaximum],
    [m.bandRows.withinRangeWithoutImprisonment, b.withinRangeWithoutImprisonment],
    [m.bandRows.withinRangeServedUnknown, b.withinRangeServedUnknown],
  ];
  for (const [label, count] of rare) if (count > 0) rows.push([label, count, true]);
  rows.push([m.bandRows.undetermined, b.undetermined, true]);
  return [
    tableRow(m.bandsColumns),
    '|---|---:|---:|',
    ...rows.map(([label, count, shared]) => tableRow([label, num(count), shared ? share(count) : ''])),
    tableRow([`**${m.bandRows.total}**`, `**${num(b.total)}**`, b.total === 0 ? '—' : share(b.total)]),
    '',
    m.bandsNote,
  ];
}

function types(m: ReportMessages, r: ReportFigures): string[] {
  const { figures: f } = r;
  const num = (count: number) => formatNumber(m.locale, count);
  const euros = (amount: number) => m.euros(formatNumber(m.locale, amount, 0));
  const share = (count: number) => formatPercent(m.locale, f.n === 0 ? null : count / f.n);
  const { IMPRISONMENT: prison, SUSPENDED: suspended, FINE_ONLY: fine, NO_PENALTY: none } = f.kinds;
  const average = <T>(value: T | null, say: (v: T) => string) => (value === null ? '—' : say(value));
  const lines = [
    tableRow(m.typesColumns),
    '|---|---:|---:|---|',
    tableRow([
      m.typeRows.imprisonment,
      num(prison.count),
      share(prison.count),
      average(prison.meanMonths, (v) => m.averageServed(m.duration(v))),
    ]),
    tableRow([
      m.typeRows.suspended,
      num(suspended.count),
      share(suspended.count),
      average(suspended.meanMonths, (v) => m.averageSuspended(m.duration(v))),
    ]),
    tableRow([
      m.typeRows.fineOnly,
      num(fine.count),
      share(fine.count),
      average(fine.meanFineEur, (v) => m.averageFine(euros(v))),
    ]),
    tableRow([m.typeRows.noPenalty, num(none.count), share(none.count), '—']),
    tableRow([`**${m.typeRows.known}**`, `**${num(f.n)}**`, f.n === 0 ? '—' : share(f.n), '']),
  ];
  if (f.sentenceUnknown > 0) lines.push(tableRow([m.typeRows.unknown, num(f.sentenceUnknown), '', '']));
  lines.push('', m.typesNote);
  const beside = prison.fines + suspended.fines;
  if (beside > 0) {
    const mean =
      ((prison.meanFineEur ?? 0) * prison.fines + (suspended.meanFineEur ?? 0) * suspended.fines) / beside;
    lines.push('', m.finesBeside(beside, euros(mean)));
  }
  lines.push('', f.percentiles ? m.median(m.duration(f.percentiles.p50), f.n) : m.medianWithheld(f.n));
  return lines;
}

function methods(m: ReportMessages, r: ReportFigures, period: string, court: string | null, link: string) {
  const { scope, figures: f } = r;
  const synthetic = scope.provenance.includes('SYNTHETIC');
  return [
    m.methodsScope(period, court, scope.chainCitations),
    m.unit,
    scope.finalOnly ? m.stageFinal : m.stageAll,
    m.monthsServed,
    m.lifeImprisonment,
    m.belowMinimum,
    m.provenanceRule(scope.provenance.map(m.provenance), synthetic),
    m.unverified(f.unverified, f.total),
    r.ranges.length === 0
      ? m.noRanges
      : m.rangesApplied(
          r.ranges.map(({ range, counts }) =>
            m.range({
              citation: range.citation,
              validFrom: range.validFrom,
              circumstances: range.circumstances,
              minMonths: range.minMonths,
              maxMonths: range.maxMonths,
              lifeImprisonment: range.lifeImprisonment,
              counts,
            }),
          ),
        ),
    m.countsBehind(link),
  ];
}

/** One template in one language, as Markdown: the title, the scope, the figures, the methods note, the data version. */
export function renderReport(
  template: ReportTemplate,
  language: ReportLanguage,
  r: ReportFigures,
  countsLink: string,
): string {
  const m = MESSAGES[language];
  const period = m.period(r.scope.yearFrom, r.scope.yearTo);
  const court = r.scope.court
    ? m.court({ sq: r.scope.court.nameSq, sr: r.scope.court.nameSr, en: r.scope.court.nameEn })
    : null;
  const title = { tip: m.tipTitle, bands: m.bandsTitle, types: m.typesTitle }[template](period);
  const body = { tip: () => tip(m, r, period), bands: () => bands(m, r), types: () => types(m, r) }[
    template
  ]();
  const out = [`# ${title}`, '', m.scope(court, r.scope.chainCitations), ''];
  if (r.scope.provenance.includes('SYNTHETIC')) out.push(m.syntheticWarning, '');
  out.push(...body, '', `## ${m.methodsTitle}`, '');
  out.push(...methods(m, r, period, court, countsLink).map((line) => `- ${line}`));
  // Its own line, the only one with a time: cited as it is, and easy to find.
  out.push('', m.dataVersion(r.dataVersion));
  return out.join('\n') + '\n';
}

/** The scope of a report as its user wrote it, for the link to the counts behind it. */
export interface ReportRequest {
  yearFrom: number;
  yearTo: number;
  court?: string | null;
  provision?: string | null;
  finalOnly: boolean;
  includeSynthetic: boolean;
}

/** `/reports/findings.csv?…`: the counts behind a report's figures, one row each, under the same scope. */
export function findingsCsvLink(request: ReportRequest): string {
  const params = new URLSearchParams();
  if (request.yearFrom === request.yearTo) params.set('year', String(request.yearFrom));
  else {
    params.set('yearFrom', String(request.yearFrom));
    params.set('yearTo', String(request.yearTo));
  }
  if (request.court) params.set('court', request.court);
  if (request.provision) {
    params.set('provision', request.provision);
    params.set('chain', 'true');
  }
  if (request.finalOnly) params.set('finalOnly', 'true');
  if (request.includeSynthetic) params.set('includeSynthetic', 'true');
  return `/reports/findings.csv?${params.toString().replace(/\+/g, '%20')}`;
}
