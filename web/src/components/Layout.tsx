import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { useLocale, useText } from '../i18n/I18n';
import { LOCALE_NAMES, LOCALES } from '../i18n/locales';
import type { MessageKey } from '../i18n/messages/en';
import { useSettings } from './Settings';

const NAV: { href: string; key: MessageKey }[] = [
  { href: '/search', key: 'nav.search' },
  { href: '/law', key: 'nav.law' },
  { href: '/penalty', key: 'nav.penalty' },
  { href: '/dashboard', key: 'nav.dashboard' },
];

function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const { t } = useText();
  return (
    <div className="language-switch" role="group" aria-label={t('lang.label')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          className={l === locale ? 'current' : undefined}
          onClick={() => setLocale(l)}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

/** Every page: a skip link, the header with navigation, language and settings, the page, and the footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useText();
  const { openSettings } = useSettings();
  const [location] = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="site-name">
            {t('app.name')}
          </Link>
          <div className="header-tools">
            <LanguageSwitch />
            <button type="button" className="button secondary small" onClick={openSettings}>
              {t('settings.open')}
            </button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={location === item.href ? 'page' : undefined}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.data')}</p>
        <p>
          <a href="/graphql">{t('footer.api')}</a>
        </p>
      </footer>
    </>
  );
}

/** A print button and, on paper, where and when the page was printed. */
export function PrintBar() {
  const { t, date } = useText();
  return (
    <div className="print-bar">
      <button type="button" className="button secondary small no-print" onClick={() => window.print()}>
        {t('print.button')}
      </button>
      <p className="print-only">
        {t('print.printedOn', { date: date(new Date().toISOString().slice(0, 10)), url: location.href })}
      </p>
    </div>
  );
}
