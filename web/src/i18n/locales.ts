/** The interface languages, as BCP 47 tags; the first is the default for a browser that prefers none of them. */
export const LOCALES = ['sq', 'sr-Latn', 'sr-Cyrl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as the switch shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  sq: 'Shqip',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
  en: 'English',
};

/** The locale Intl formats dates and numbers with (British English: day before month, as in Kosovo). */
export const INTL_LOCALE: Record<Locale, string> = {
  sq: 'sq',
  'sr-Latn': 'sr-Latn',
  'sr-Cyrl': 'sr-Cyrl',
  en: 'en-GB',
};

/** The language of the law's texts each interface language reads: Serbian texts are held in Latin script. */
export const TEXT_LANGUAGE: Record<Locale, 'sq' | 'sr' | 'en'> = {
  sq: 'sq',
  'sr-Latn': 'sr',
  'sr-Cyrl': 'sr',
  en: 'en',
};

export const isLocale = (value: string | null | undefined): value is Locale =>
  (LOCALES as readonly string[]).includes(value ?? '');

/** A `lang` value as people write it: `sr`, `sr-latn`, `SR-Cyrl`, `sq-AL`, `en-US`. */
export function normaliseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const tag = value.trim().toLowerCase();
  if (tag === 'sr-cyrl' || tag.startsWith('sr-cyrl-')) return 'sr-Cyrl';
  if (tag === 'sr' || tag.startsWith('sr-')) return 'sr-Latn';
  if (tag === 'sq' || tag.startsWith('sq-')) return 'sq';
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return null;
}

/** The URL's `lang`, else the one chosen before, else the browser's first known language, else English. */
export function pickLocale(
  urlLang: string | null,
  remembered: string | null,
  preferred: readonly string[],
): Locale {
  return (
    normaliseLocale(urlLang) ??
    normaliseLocale(remembered) ??
    preferred.map(normaliseLocale).find((l): l is Locale => l !== null) ??
    'en'
  );
}
