import { useState, type ReactNode } from 'react';
import { useText } from '../i18n/I18n';
import { useSettings } from './Settings';

/** Figures resting on fewer counts than this are flagged as small numbers (flagged, never hidden). */
export const SMALL_N = 5;

/** Downloads the records behind a figure with the session's MONITOR key; asks for the key when there is none. */
function DownloadRecords({ href, n }: { href: string; n: number }) {
  const { t } = useText();
  const { monitorKey, openSettings } = useSettings();
  const [message, setMessage] = useState<string | null>(null);
  const download = async () => {
    if (!monitorKey) {
      setMessage(t('dashboard.downloadNeedsKey'));
      openSettings();
      return;
    }
    setMessage(null);
    try {
      const response = await fetch(href, { headers: { authorization: `Bearer ${monitorKey}` } });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        const code: string = body?.errors?.[0]?.extensions?.code ?? 'OTHER';
        setMessage(
          code === 'UNAUTHENTICATED'
            ? t('error.UNAUTHENTICATED')
            : code === 'FORBIDDEN'
              ? t('error.FORBIDDEN')
              : t('error.OTHER'),
        );
        return;
      }
      const file =
        /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        'findings.csv';
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage(t('dashboard.downloaded', { file }));
    } catch {
      setMessage(t('error.NETWORK'));
    }
  };
  return (
    <div className="download no-print">
      <button type="button" className="button secondary small" onClick={() => void download()}>
        {t('dashboard.download', { n })}
      </button>
      {message && (
        <p role="status" className="note">
          {message}
        </p>
      )}
    </div>
  );
}

/**
 * A chart as monitors need it: a caption, the unit and n, how sentences are counted, the chart, the same figures as a
 * table (the accessible alternative), and the records behind it.
 */
export function Figure({
  id,
  title,
  n,
  chart,
  table,
  csvHref,
  smallNumbers,
  tableOpen = true,
  level = 2,
}: {
  id: string;
  title: string;
  n: number;
  chart: ReactNode;
  table: ReactNode;
  /** The records behind the figure; no download button without it. */
  csvHref?: string;
  smallNumbers: boolean;
  tableOpen?: boolean;
  /** The caption's heading level: 3 for a figure inside a section of the page. */
  level?: 2 | 3;
}) {
  const { t } = useText();
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <Heading id={`${id}-title`}>{title}</Heading>
        <p className="chart-meta">
          {t('dashboard.unit')} {t('dashboard.n', { n })}
        </p>
      </figcaption>
      {chart}
      <p className="note">{t('dashboard.counting')}</p>
      {smallNumbers && <p className="note small-n-note">{t('dashboard.smallNNote')}</p>}
      <details open={tableOpen}>
        <summary>{t('dashboard.table')}</summary>
        {table}
      </details>
      {csvHref && <DownloadRecords href={csvHref} n={n} />}
    </figure>
  );
}
