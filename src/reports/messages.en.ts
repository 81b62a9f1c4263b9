import type { Provenance } from '../cases/case.entity';
import { dataVersionCitation } from '../compliance/data-version';
import { formatNumber, plural, type RangeWords, type ReportMessages } from './messages';

const LOCALE = 'en-GB';
const num = (value: number) => formatNumber(LOCALE, value);
const noun = (n: number, one: string, other: string) => `${num(n)} ${plural(LOCALE, n, { one, other })}`;

function duration(months: number): string {
  if (months < 12) return noun(months, 'month', 'months');
  const years = Math.floor(months / 12);
  const rest = months - years * 12;
  return rest === 0
    ? noun(years, 'year', 'years')
    : `${noun(years, 'year', 'years')} ${noun(rest, 'month', 'months')}`;
}

const PROVENANCE: Record<Provenance, string> = {
  OFFICIAL: 'OFFICIAL (official text)',
  REPORTED: 'REPORTED (reported in a named public source)',
  SYNTHETIC: 'SYNTHETIC (made-up examples)',
};

const listed = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

function rangeFigures(r: RangeWords): string {
  const life = r.lifeImprisonment ? ' or life imprisonment' : '';
  if (r.minMonths !== null && r.maxMonths !== null)
    return `${num(r.minMonths)} to ${num(r.maxMonths)} months${life}`;
  if (r.minMonths !== null) return `at least ${num(r.minMonths)} months${life} (maximum not held)`;
  if (r.maxMonths !== null) return `up to ${num(r.maxMonths)} months${life} (minimum not held)`;
  return 'a term not held';
}

export const en: ReportMessages = {
  locale: LOCALE,
  name: 'English',
  duration,
  counts: (n) => noun(n, 'convicted count', 'convicted counts'),
  euros: (amount) => `${amount} €`,
  period: (from, to) => (from === to ? String(from) : `${from}–${to}`),
  provenance: (p) => PROVENANCE[p],
  court: (names) => names.en,

  tipTitle: (period) => `Trafficking convictions, ${period}: a TIP-style summary`,
  bandsTitle: (period) => `Sentences against the statutory range, ${period}`,
  typesTitle: (period) => `Kinds of sentence, ${period}`,
  scope: (court, chain) =>
    [
      court ? `Court: ${court}.` : 'All courts.',
      chain
        ? `Provisions: ${chain.join(' → ')} (one succession chain).`
        : 'All provisions held in this service.',
    ].join(' '),
  syntheticWarning:
    '**These figures include SYNTHETIC example decisions: they are not evidence and must not be published.**',

  tipNone: (period) => `In ${period}, no conviction within this scope is recorded in this service.`,
  tipParagraph(f) {
    const stages = [
      f.firstInstance ? `${num(f.firstInstance)} at first instance` : '',
      f.appeal ? `${num(f.appeal)} on appeal` : '',
      f.supreme ? `${num(f.supreme)} before the Supreme Court` : '',
    ].filter(Boolean);
    const sentences = [
      `In ${f.period}, courts convicted ${noun(f.defendants, 'defendant', 'defendants')} on ${noun(f.total, 'count', 'counts')} in ${noun(f.decisions, 'decision', 'decisions')} (${listed(stages)}).`,
    ];
    if (f.determined === 0) {
      sentences.push('Whether any sentence fell below the statutory minimum could not be determined.');
    } else {
      const of =
        f.determined === f.total
          ? ' of them'
          : ` of the ${num(f.determined)} whose compliance could be determined (${num(f.undetermined)} could not)`;
      sentences.push(
        f.belowMinimum === 0
          ? `None${of} was sentenced below the statutory minimum.`
          : `${num(f.belowMinimum)}${of} ${f.belowMinimum === 1 ? 'was' : 'were'} sentenced below the statutory minimum (${f.belowShare}).`,
      );
    }
    if (f.imprisonment === 0) sentences.push('No count received a term of imprisonment to serve.');
    else if (f.minServed === f.maxServed)
      sentences.push(
        `${f.imprisonment === 1 ? 'One count' : `All ${num(f.imprisonment)} counts`} with imprisonment to serve received ${duration(f.minServed!)}.`,
      );
    else
      sentences.push(
        `Terms of imprisonment to serve ranged from ${duration(f.minServed!)} to ${duration(f.maxServed!)}.`,
      );
    if (f.medianServed !== null)
      sentences.push(
        `The median sentence served was ${duration(f.medianServed)} (over the ${num(f.n)} counts with a known sentence, a suspended term or a fine alone counting as 0).`,
      );
    const fines =
      f.fineOnly === 0
        ? ''
        : f.fineMin === f.fineMax
          ? `${noun(f.fineOnly, 'count', 'counts')} received a fine alone (${num(f.fineMin!)} €)`
          : `${noun(f.fineOnly, 'count', 'counts')} received a fine alone (${num(f.fineMin!)} € to ${num(f.fineMax!)} €)`;
    const suspended =
      f.suspended === 0 ? '' : `${noun(f.suspended, 'count', 'counts')} received a suspended sentence`;
    if (suspended || fines) sentences.push(`${[suspended, fines].filter(Boolean).join(', and ')}.`);
    else sentences.push('No count received a suspended sentence or a fine alone.');
    return sentences.join(' ');
  },

  bandsColumns: ['Sentence', 'Convicted counts', 'Share'],
  bandRows: {
    belowMinimum: 'Below the statutory minimum',
    ofWhichSuspended: '— of which a suspended term',
    ofWhichFineOnly: '— of which a fine alone',
    minimumToFiveYears: 'From the minimum to 5 years',
    overFiveYears: 'More than 5 years',
    aboveMaximum: 'Above the statutory maximum',
    withinRangeWithoutImprisonment: 'Within the range without imprisonment (a fine the law allows instead)',
    withinRangeServedUnknown: 'Within the range, months served not recorded',
    undetermined: 'Not determined (law or sentence data missing)',
    total: 'Total',
  },
  bandsNote:
    'Shares are of all the convicted counts in the table. Each count is held against the range that applied to it; the minimum differs between the laws of the chain (see the methods note).',

  typesColumns: ['Sentence', 'Convicted counts', 'Share', 'Average'],
  typeRows: {
    imprisonment: 'Imprisonment to serve',
    suspended: 'Suspended imprisonment',
    fineOnly: 'Fine alone',
    noPenalty: 'No penalty recorded (0 months, no fine)',
    known: 'Total with a known sentence',
    unknown: 'Sentence not recorded, or suspension not recorded',
  },
  averageServed: (d) => `${d} to serve`,
  averageSuspended: (d) => `${d} suspended`,
  averageFine: (e) => e,
  typesNote:
    'Shares are of the counts with a known sentence; counts whose sentence or suspension is not recorded are listed apart. Averages are means over the counts of their row.',
  finesBeside: (count, mean) =>
    `A fine came beside imprisonment or a suspended term in ${noun(count, 'count', 'counts')} (mean ${mean}).`,
  median: (d, n) =>
    `Median sentence served: ${d} (over ${noun(n, 'count', 'counts')} with a known sentence, a suspended term or a fine alone counting as 0).`,
  medianWithheld: (n) =>
    `No median is given: only ${noun(n, 'count has', 'counts have')} a known sentence, fewer than 5.`,

  methodsTitle: 'Methods',
  methodsScope: (period, court, chain) =>
    `Scope: decisions dated in ${period}${court ? ` by the ${court}` : ''}; ${chain ? `convictions under ${chain.join(', ')} (a succession chain: each count is held against the law that applied to it)` : 'convictions under every provision held'}.`,
  unit: 'Unit: one convicted count, that is one defendant convicted of one offence in one decision; a defendant convicted on two counts is counted twice.',
  stageAll:
    'Stages: every decision of the period is counted, at first instance, on appeal and before the Supreme Court, so a count reviewed on appeal within the period is counted once in each decision.',
  stageFinal:
    'Stages: only final findings are counted, those of decisions that no later decision held in this service reviews.',
  monthsServed:
    'Months served: the term of imprisonment to serve. A suspended term counts as 0 months served and is counted as a suspended sentence; a fine alone counts as 0 months and is counted as a fine; a fine beside a term changes neither.',
  lifeImprisonment:
    'Life imprisonment: a count cannot hold a life sentence in this service (terms are recorded in months), and no decision held has one; ranges that allow it say so.',
  belowMinimum:
    'Below the minimum: the months served, or a fine where the law allows one instead of imprisonment, held against the statutory range that applied to the count: the law of the offence date, or a later and more lenient law (lex mitior). A term whose suspension is not recorded is read both ways and counted only where both readings agree.',
  provenanceRule: (kinds, synthetic) =>
    synthetic
      ? `Provenance: ${listed(kinds)}. SYNTHETIC decisions are made-up examples: these figures are not evidence.`
      : `Provenance: ${listed(kinds)}; SYNTHETIC examples are left out.`,
  unverified: (u, total) =>
    u === 0
      ? `None of the ${noun(total, 'finding rests', 'findings rest')} on law data marked unverified.`
      : `${num(u)} of the ${noun(total, 'finding', 'findings')} ${u === 1 ? 'rests' : 'rest'} on law data not verified from a source (confidence UNVERIFIED): check ${u === 1 ? 'it' : 'them'} before citing.`,
  rangesApplied: (ranges) => `Statutory ranges applied: ${ranges.join('; ')}.`,
  noRanges: 'No statutory range could be applied to these counts.',
  range: (r) =>
    `${r.citation} (from ${r.validFrom}${r.circumstances.length ? `, aggravated: ${r.circumstances.join(', ')}` : ''}), ${rangeFigures(r)}: ${noun(r.counts, 'count', 'counts')}`,
  countsBehind: (link) => `The counts behind these figures, one row each: ${link}`,
  dataVersion: (v) => `${dataVersionCitation(v)}.`,
};
