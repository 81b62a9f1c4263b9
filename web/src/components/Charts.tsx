import type { MouseEvent, ReactElement } from 'react';
import { Link, useLocation } from 'wouter';
import { useText } from '../i18n/I18n';
import { SMALL_N } from './Figure';

export interface Bar {
  key: string;
  label: string;
  /** The part the bar shows (below the minimum, or a status's count) out of the total. */
  part: number;
  total: number;
  href?: string;
  /** The figure beside the bar, in words ("23 of 24 below the minimum (95.8%)"): what a screen reader reads too. */
  figure: string;
}

/**
 * Horizontal bars drawn as HTML (as Peachjam draws its charts): each bar says its label, figure and n in words (its
 * accessible name is that text) and links to the records behind it. The width is set through the DOM, which the CSP
 * allows.
 */
export function BarChart({ bars, scale = 'share' }: { bars: Bar[]; scale?: 'share' | 'count' }) {
  const { t } = useText();
  const most = Math.max(1, ...bars.map((b) => b.part));
  return (
    <ul className="bar-chart">
      {bars.map((b) => {
        const width =
          scale === 'share' ? (b.total === 0 ? 0 : (100 * b.part) / b.total) : (100 * b.part) / most;
        const body = (
          <>
            <span className="bar-label">{b.label}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${width}%` }} />
            </span>
            <span className="bar-figure">
              {b.figure} · {t('dashboard.n', { n: b.total })}
              {b.total < SMALL_N && <strong className="small-n"> · {t('dashboard.smallN')}</strong>}
            </span>
          </>
        );
        return (
          <li key={b.key}>
            {b.href ? (
              <Link href={b.href} className="bar">
                {body}
              </Link>
            ) : (
              <span className="bar">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export type MarkKind = 'fine' | 'suspended' | 'mitigation' | 'other';

export interface Mark {
  key: string;
  label: string;
  served: number;
  min: number | null;
  max: number | null;
  kind: MarkKind;
  href: string;
  ariaLabel: string;
}

const SHAPES: Record<MarkKind, (x: number, y: number) => ReactElement> = {
  fine: (x, y) => <rect x={x - 5} y={y - 5} width={10} height={10} />,
  suspended: (x, y) => <polygon points={`${x},${y - 6} ${x + 6},${y + 5} ${x - 6},${y + 5}`} />,
  mitigation: (x, y) => <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} />,
  other: (x, y) => <circle cx={x} cy={y} r={5} />,
};

/** The key of the marks' shapes and colours, in words. */
export function MarkLegend() {
  const { t } = useText();
  const items: [MarkKind | 'band', string][] = [
    ['band', t('dashboard.legend.band')],
    ['fine', t('dashboard.legend.fine')],
    ['suspended', t('dashboard.legend.suspended')],
    ['mitigation', t('dashboard.legend.mitigation')],
    ['other', t('dashboard.legend.other')],
  ];
  return (
    <div className="legend">
      <p className="legend-title">{t('dashboard.legend')}</p>
      <ul>
        {items.map(([kind, label]) => (
          <li key={kind}>
            <svg width="28" height="14" aria-hidden="true" className={`mark-${kind}`}>
              {kind === 'band' ? (
                <rect x={1} y={3} width={26} height={8} className="band" />
              ) : (
                SHAPES[kind](14, 7)
              )}
            </svg>
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Sentences against the statutory range: one row per convicted count, its applicable minimum–maximum band, and a
 * mark at the months to serve, shaped and coloured by reason, linking to its decision.
 */
export function RangeChart({ marks, title }: { marks: Mark[]; title: string }) {
  const { t, number } = useText();
  const [, navigate] = useLocation();
  const row = 18;
  const left = 190;
  const width = 720;
  const plot = width - left - 20;
  const top = 10;
  const height = top + marks.length * row + 40;
  const highest = Math.max(12, ...marks.flatMap((m) => [m.served, m.min ?? 0, m.max ?? 0]));
  const step = highest > 240 ? 60 : highest > 96 ? 24 : 12;
  const end = Math.ceil((highest * 1.05) / step) * step;
  const x = (months: number) => left + (plot * months) / end;
  const ticks = Array.from({ length: end / step + 1 }, (_, i) => i * step);
  const follow = (href: string) => (e: MouseEvent) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return (
    <div className="range-chart">
      <MarkLegend />
      <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title} className="range-svg">
        {ticks.map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - 30} className="grid" />
            <text x={x(tick)} y={height - 16} textAnchor="middle" className="tick">
              {number(tick)}
            </text>
          </g>
        ))}
        <text
          x={left + plot / 2}
          y={height - 2}
          textAnchor="middle"
          className="axis-title"
          aria-hidden="true"
        >
          {t('dashboard.axis')}
        </text>
        {marks.map((m, i) => {
          const y = top + i * row + row / 2;
          return (
            <g key={m.key}>
              <text x={left - 8} y={y + 4} textAnchor="end" className="row-label" aria-hidden="true">
                {m.label.length > 28 ? `${m.label.slice(0, 27)}…` : m.label}
              </text>
              {m.min !== null && (
                <rect
                  x={x(m.min)}
                  y={y - 4}
                  width={Math.max(2, x(m.max ?? end) - x(m.min))}
                  height={8}
                  className={m.max === null ? 'band open-ended' : 'band'}
                  aria-hidden="true"
                />
              )}
              <a
                href={m.href}
                aria-label={m.ariaLabel}
                onClick={follow(m.href)}
                className={`mark mark-${m.kind}`}
              >
                <title>{m.ariaLabel}</title>
                {SHAPES[m.kind](x(m.served), y)}
              </a>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
