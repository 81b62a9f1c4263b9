import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { formatDate, formatDuration, formatEuros, formatNumber, formatPercent } from '../format/format';
import { catalogueFor } from './catalogues';
import { INTL_LOCALE, pickLocale, type Locale } from './locales';
import type { MessageKey } from './messages/en';

const STORAGE_KEY = 'lang';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => undefined });

const remembered = (): string | null => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

/**
 * The interface language: the URL's `lang`, else the one chosen before (localStorage), else the browser's. Choosing
 * one remembers it, writes it into the URL (so a shared link keeps it) and sets `<html lang>` for screen readers.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    pickLocale(new URLSearchParams(location.search).get('lang'), remembered(), navigator.languages ?? []),
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage: the choice then lasts for this page only.
    }
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.set('lang', next);
      history.replaceState(history.state, '', url);
    }
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider
        locale={INTL_LOCALE[locale]}
        messages={catalogueFor(locale)}
        defaultLocale="en-GB"
        onError={reportIntlError}
      >
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

/**
 * Chromium has no Albanian locale data: react-intl reports it and falls back to rules Albanian shares with English
 * (plural one/other), which is right. Any other problem with a message is a bug, reported as such.
 */
function reportIntlError(error: { code?: string }) {
  if (error.code !== 'MISSING_DATA') console.error(error);
}

export const useLocale = () => useContext(LocaleContext);

type Values = Record<string, string | number>;

/** The messages and formats of the reader's language. */
export function useText() {
  const intl = useIntl();
  const { locale } = useLocale();
  return useMemo(
    () => ({
      locale,
      t: (key: MessageKey, values?: Values) => intl.formatMessage({ id: key }, values),
      date: (iso: string) => formatDate(locale, iso),
      duration: (months: number) => formatDuration(locale, months),
      number: (n: number) => formatNumber(locale, n),
      percent: (share: number) => formatPercent(locale, share),
      euros: (n: number) => formatEuros(locale, n),
    }),
    [intl, locale],
  );
}
