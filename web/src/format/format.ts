import { INTL_LOCALE, type Locale } from '../i18n/locales';

/**
 * Numbers, dates and durations in the reader's language, through Intl (pure: tested in test/unit/web-format.test.ts).
 * Durations are written in years and months ("5 years", "3 years, 6 months"), never as a bare count of months.
 */

/**
 * Chromium ships without Albanian locale data (Firefox and Node have it). Where Intl does not know `sq`, Albanian
 * dates and durations are written from the words below, and numbers take German separators, which Albanian shares
 * (1.050,5).
 */
let knowsAlbanian: boolean | null = null;
const intlKnowsAlbanian = () => (knowsAlbanian ??= Intl.DateTimeFormat.supportedLocalesOf(['sq']).length > 0);
const MONTHS_SQ = [
  'janar',
  'shkurt',
  'mars',
  'prill',
  'maj',
  'qershor',
  'korrik',
  'gusht',
  'shtator',
  'tetor',
  'nëntor',
  'dhjetor',
];

export function albanianDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS_SQ[month - 1]} ${year}`;
}

export function albanianDuration(months: number, number: (n: number) => string): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years === 1 ? '1 vit' : `${number(years)} vjet`;
  const m = `${number(Number.isInteger(months) && months >= 12 ? rest : months)} muaj`;
  if (!Number.isInteger(months) || months < 12) return m;
  return rest === 0 ? y : `${y} e ${m}`;
}

const intlLocales = (locale: Locale): string[] =>
  locale === 'sq' && !intlKnowsAlbanian() ? ['de-DE'] : [INTL_LOCALE[locale]];

/**
 * One formatter per kind, language and options, made on first use: making an Intl formatter costs far more than
 * using one, and a page formats hundreds of dates and numbers.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function kept<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => F,
): F {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  kept(
    `number|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(intlLocales(locale), options),
  );

export const formatNumber = (locale: Locale, value: number) =>
  numberFormat(locale, { maximumFractionDigits: 1 }).format(value);

export const formatPercent = (locale: Locale, share: number) =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);

export const formatEuros = (locale: Locale, value: number) =>
  numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);

/** A calendar date (`YYYY-MM-DD`) as the reader writes it: "1 June 2015", "1 qershor 2015", "1. jun 2015.". */
export function formatDate(locale: Locale, iso: string, style: 'long' | 'medium' = 'long'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  if (locale === 'sq' && !intlKnowsAlbanian()) return albanianDate(iso);
  return kept(
    `date|${locale}|${style}`,
    () => new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: style, timeZone: 'UTC' }),
  ).format(date);
}

/** A term in months as years and months: 60 → "5 years", 42 → "3 years, 6 months", 0.5 → "0.5 months". */
export function formatDuration(locale: Locale, months: number): string {
  if (locale === 'sq' && !intlKnowsAlbanian())
    return albanianDuration(months, (n) => formatNumber(locale, n));
  const unit = (u: 'year' | 'month', n: number) =>
    numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: 1 }).format(n);
  if (!Number.isInteger(months) || months < 12) return unit('month', months);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (rest === 0) return unit('year', years);
  return kept(
    `list|${locale}`,
    () => new Intl.ListFormat(INTL_LOCALE[locale], { type: 'unit', style: 'long' }),
  ).format([unit('year', years), unit('month', rest)]);
}

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** Whether a string is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
