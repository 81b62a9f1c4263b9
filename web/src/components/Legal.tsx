import { useEffect, useRef, type ReactNode } from 'react';
import { graphql } from '../api/generated';
import { useText } from '../i18n/I18n';
import { TEXT_LANGUAGE } from '../i18n/locales';
import { serbianToCyrillic } from '../i18n/transliterate';
import type { MessageKey } from '../i18n/messages/en';

export type Verification = 'VERIFIED_PRIMARY' | 'VERIFIED_SECONDARY' | 'UNVERIFIED';

/** How sure a figure is, in words (colour only repeats what the words say). */
export function VerificationBadge({ status }: { status: Verification }) {
  const { t } = useText();
  return (
    <span className={`badge badge-${status.toLowerCase()}`} title={t(`verification.help.${status}`)}>
      {t(`verification.${status}`)}
    </span>
  );
}

export interface SourceFields {
  url?: string | null;
  document?: string | null;
  verification: Verification;
  note?: string | null;
}

/** A figure's source one click away, with its verification badge. */
export function SourceRef({ source }: { source: SourceFields }) {
  const { t } = useText();
  return (
    <span className="source">
      <VerificationBadge status={source.verification} />{' '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer" target="_blank" className="print-url">
          {t('source.link')}
        </a>
      ) : source.document ? (
        <span>{t('source.document', { name: source.document })}</span>
      ) : (
        <span>{t('source.none')}</span>
      )}
    </span>
  );
}

export interface Localized {
  sq?: string | null;
  sr?: string | null;
  en?: string | null;
}

/**
 * A text held in up to three languages, shown in the reader's: Serbian Cyrillic readers get the Latin text
 * transliterated, and a missing language says which one is shown instead.
 */
export function LocalText({
  text,
  as = 'div',
  className,
  withNote = true,
}: {
  text: Localized;
  as?: 'div' | 'span';
  className?: string;
  withNote?: boolean;
}) {
  const { t, locale } = useText();
  const wanted = TEXT_LANGUAGE[locale];
  const order = [wanted, ...(['en', 'sq', 'sr'] as const).filter((l) => l !== wanted)];
  const shown = order.find((l) => text[l]);
  if (!shown) return null;
  let body = text[shown]!;
  let lang: string = shown === 'sr' ? 'sr-Latn' : shown;
  const cyrillic = locale === 'sr-Cyrl' && shown === 'sr';
  if (cyrillic) {
    body = serbianToCyrillic(body);
    lang = 'sr-Cyrl';
  }
  const Tag = as;
  const note =
    shown !== wanted
      ? t('law.textMissing', {
          language: t(`language.${wanted}` as MessageKey),
          fallback: t(`language.${shown}` as MessageKey),
        })
      : cyrillic
        ? t('law.transliterated')
        : null;
  return (
    <>
      <Tag lang={lang} className={className}>
        {body}
      </Tag>
      {withNote && note && <p className="note">{note}</p>}
    </>
  );
}

/** A name held in three languages, in the reader's (no note: used inline, for courts). */
export function localName(name: Localized, locale: string): string {
  const wanted = locale === 'sq' ? 'sq' : locale.startsWith('sr') ? 'sr' : 'en';
  const value = name[wanted] ?? name.en ?? name.sq ?? name.sr ?? '';
  return locale === 'sr-Cyrl' && name[wanted] ? serbianToCyrillic(value) : value;
}

/** A synthetic record says so before anything else. */
export function SyntheticWarning({ children }: { children: ReactNode }) {
  return (
    <div className="synthetic-warning" role="note">
      <strong>{children}</strong>
    </div>
  );
}

/** The page a visit opens keeps the focus at the top (the skip link first); pages opened after it move it. */
const openedAt = window.location.href;
let navigated = false;

/**
 * The page's title in the tab and its main heading, which takes the focus after a navigation inside the application
 * so a screen reader announces the new page.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useText();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (!navigated && window.location.href === openedAt) return;
    navigated = true;
    ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

export interface RangeFields {
  minMonths?: number | null;
  maxMonths?: number | null;
  lifeImprisonment?: boolean | null;
}

/** "5 years to 12 years", "at least 5 years", "not held". */
/** What a page asks of a statutory range to show it (`useRangeText`) with its law and dates. */
export const RANGE_FIELDS = graphql(`
  fragment RangeFields on PenaltyRange {
    citation
    validFrom
    validTo
    variant
    minMonths
    maxMonths
    lifeImprisonment
  }
`);

export function useRangeText() {
  const { t, duration } = useText();
  return (r: RangeFields): string => {
    const min = r.minMonths ?? null;
    const max = r.maxMonths ?? null;
    const base =
      min !== null && max !== null
        ? t('range.between', { min: duration(min), max: duration(max) })
        : min !== null
          ? t('range.atLeast', { min: duration(min) })
          : max !== null
            ? t('range.upTo', { max: duration(max) })
            : t('duration.unknown');
    return r.lifeImprisonment ? t('range.life', { range: base }) : base;
  };
}

export interface SentenceFields {
  imprisonmentMonths?: number | null;
  suspended?: boolean | null;
  fineEur?: number | null;
}

/** "3 years, 6 months imprisonment, suspended and fine of €1,050". */
export function useSentenceText() {
  const { t, duration, euros } = useText();
  return (s: SentenceFields): string => {
    const parts: string[] = [];
    if (s.imprisonmentMonths) {
      const d = duration(s.imprisonmentMonths);
      parts.push(
        s.suspended ? t('sentence.suspended', { duration: d }) : t('sentence.imprisonment', { duration: d }),
      );
    }
    if (s.fineEur) parts.push(t('sentence.fine', { amount: euros(s.fineEur) }));
    if (parts.length === 0) return t('sentence.none');
    return parts.length === 1 ? parts[0] : t('sentence.and', { a: parts[0], b: parts[1] });
  };
}

/** A table that may scroll sideways on a phone: the scrolling area is reachable by keyboard and named. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
