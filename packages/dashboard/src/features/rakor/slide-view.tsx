import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Chart } from '../../components/chart';
import { presentationChartTheme } from '../../lib/chart-theme';
import { formatCount } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import type { AreaCard, Fact, Figure, IconName, Slide, SlideBody, SlideChart, TitledChart, Tone } from './deck';
import { ICON_STROKE_WIDTH, ICON_STROKES, iconColors, TABLE_SIZES } from './export-layout';

/** Slides are designed at 1920 px wide; everything inside scales with the slide's real width. */
export const SLIDE_DESIGN_WIDTH = 1920;

interface SlideViewProps {
  slide: Slide;
  index: number;
  total: number;
  /** "Data per 23 November 2026 pukul 14.05". */
  stamp: string;
}

/** One slide on screen. The same slide goes to PPTX and PDF through export-layout.ts. */
export function SlideView({ slide, index, total, stamp }: SlideViewProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLElement>(null);
  const width = useWidth(root);
  const { body } = slide;
  const counter = t('rakor.counter', { current: index + 1, total });

  return (
    <section
      ref={root}
      className={`slide slide--${body.kind}`}
      aria-roledescription={t('rakor.slide')}
      aria-label={`${counter}: ${slide.title}`}
      data-slide-id={slide.id}
    >
      {body.kind === 'cover' ? (
        <div className="slide__cover">
          <div className="slide__cover-main">
            <p className="slide__kicker">{slide.kicker}</p>
            <h2 className="slide__cover-title">{slide.title}</h2>
            <p className="slide__cover-region">{body.regionName}</p>
            {body.parentName && <p className="slide__cover-parent">{body.parentName}</p>}
            <p className="slide__cover-cluster">{body.clusterLabel}</p>
            <p className="slide__cover-date">
              {body.yearLabel} · {body.dateLabel}
            </p>
          </div>
          {body.agenda.length > 0 && (
            <div className="slide__agenda">
              <h3 className="slide__agenda-title">{t('rakor.cover.agenda')}</h3>
              <ol>
                {body.agenda.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ol>
            </div>
          )}
        </div>
      ) : (
        <>
          <header className="slide__header">
            <p className="slide__kicker">{slide.kicker}</p>
            <h2 className="slide__title">{slide.title}</h2>
            {slide.lead && <p className="slide__lead">{slide.lead}</p>}
          </header>
          <div className="slide__body">
            {body.kind === 'chart' && <ChartBody chart={body.chart} facts={body.facts} width={width} />}
            {body.kind === 'charts' && <ChartsBody facts={body.facts} charts={body.charts} width={width} />}
            {body.kind === 'table' && <TableBody body={body} width={width} />}
            {body.kind === 'figures' && <FiguresBody figures={body.figures} note={body.note} />}
            {body.kind === 'areas' && <AreasBody target={body.target} areas={body.areas} summary={body.summary} allZero={body.allZero} />}
            {body.kind === 'message' && <p className={`slide__message slide__message--${body.tone}`}>{body.text}</p>}
          </div>
        </>
      )}
      <footer className="slide__footer">
        <p className="slide__source">
          {slide.synthetic && (
            <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
              {t('provenance.synthetic')}
            </span>
          )}
          {slide.source && <span>{slide.source}</span>}
        </p>
        <p className="slide__stamp">
          <span>{stamp}</span>
          <span className="slide__counter">{counter}</span>
        </p>
      </footer>
    </section>
  );
}

function ChartBody({ chart, facts, width }: { chart: SlideChart; facts: Fact[]; width: number }) {
  // Scale with the chart's share of the slide: type the room reads at 1920 px, and no smaller
  // than a laptop screen's on a narrow window.
  const scale = width > 0 ? width / SLIDE_DESIGN_WIDTH : 1;
  const option = useMemo(() => chart.build(presentationChartTheme(scale)), [chart, scale]);
  return (
    <div className="slide__chart-layout">
      <div className="slide__chart">
        <Chart label={chart.label} summary={chart.summary} option={option} height="100%" />
      </div>
      <dl className="slide__facts">
        {facts.map((f) => (
          <div key={f.label} className={`slide__fact slide__fact--${f.tone ?? 'neutral'}`}>
            <dt>{f.label}</dt>
            <dd className={f.value.length > 12 ? 'slide__fact-value slide__fact-value--text' : 'slide__fact-value'}>{f.value}</dd>
            {f.note && <dd className="slide__fact-note">{f.note}</dd>}
          </div>
        ))}
      </dl>
    </div>
  );
}

/** The facts in a row, then the charts side by side, each under its heading. */
function ChartsBody({ facts, charts, width }: { facts: Fact[]; charts: TitledChart[]; width: number }) {
  const scale = width > 0 ? width / SLIDE_DESIGN_WIDTH : 1;
  return (
    <div className="slide__charts-layout">
      <dl className="slide__fact-row" style={{ ['--count' as string]: String(facts.length) }}>
        {facts.map((f) => (
          <div key={f.label} className={`slide__fact slide__fact--${f.tone ?? 'neutral'}`}>
            <dt>{f.label}</dt>
            <dd className="slide__fact-value">{f.value}</dd>
            {f.note && <dd className="slide__fact-note">{f.note}</dd>}
          </div>
        ))}
      </dl>
      <div className="slide__chart-row" style={{ ['--count' as string]: String(charts.length) }}>
        {charts.map((c) => (
          <TitledChartView key={c.heading} chart={c} scale={scale} />
        ))}
      </div>
    </div>
  );
}

function TitledChartView({ chart, scale }: { chart: TitledChart; scale: number }) {
  const option = useMemo(() => chart.chart.build(presentationChartTheme(scale)), [chart, scale]);
  return (
    <figure className="slide__titled-chart">
      <figcaption className="slide__chart-heading">{chart.heading}</figcaption>
      <div className="slide__chart">
        <Chart label={chart.chart.label} summary={chart.chart.summary} option={option} height="100%" />
      </div>
    </figure>
  );
}

/** A status mark: the same circle and strokes as the PPTX and PDF draw. */
export function StatusIcon({ icon, tone }: { icon: IconName; tone: Tone | undefined }) {
  const { fill, glyph } = iconColors(tone);
  return (
    <svg className="status-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="12" fill={fill} />
      {ICON_STROKES[icon].map(([x1, y1, x2, y2]) => (
        <line
          key={`${x1},${y1},${x2},${y2}`}
          x1={x1}
          y1={y1}
          x2={x2}
          y2={y2}
          stroke={glyph}
          strokeWidth={ICON_STROKE_WIDTH}
          strokeLinecap="round"
        />
      ))}
    </svg>
  );
}

function TableBody({ body, width }: { body: Extract<SlideBody, { kind: 'table' }>; width: number }) {
  const { ref, size } = useFittingSize(width);
  return (
    <div ref={ref} className="slide__table-layout" style={{ ['--table-size' as string]: String(size / (SLIDE_DESIGN_WIDTH / 100)) }}>
      {body.chips.length > 0 && (
        <ul className="slide__chips">
          {body.chips.map((c) => (
            <li key={c.label} className={`slide__chip slide__chip--${c.tone}`}>
              <StatusIcon icon={c.icon} tone={c.tone} />
              <span>
                {c.value} {c.label}
              </span>
            </li>
          ))}
        </ul>
      )}
      <table className="slide__table">
        <caption className="visually-hidden">{body.caption}</caption>
        <colgroup>
          {body.columns.map((c) => (
            <col key={c.label} style={{ width: `${c.width * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {body.columns.map((c) => (
              <th key={c.label} scope="col" className={c.align === 'right' ? 'is-right' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.rows.map((row) => (
            <tr key={row.id}>
              {row.cells.map((cell, i) => {
                const Cell = i === 0 ? 'th' : 'td';
                const align = body.columns[i]?.align === 'right' ? 'is-right' : '';
                return (
                  <Cell
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional, one per column.
                    key={i}
                    scope={i === 0 ? 'row' : undefined}
                    data-label={body.columns[i]?.label}
                    className={[align, cell.tone ? `is-${cell.tone}` : ''].filter(Boolean).join(' ') || undefined}
                  >
                    <span className={cell.strong ? 'slide__cell-text is-strong' : 'slide__cell-text'}>
                      {cell.icon && <StatusIcon icon={cell.icon} tone={cell.tone} />}
                      {cell.text}
                    </span>
                    {cell.sub && <span className="slide__cell-sub">{cell.sub}</span>}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {body.more && <p className="slide__more">{body.more}</p>}
    </div>
  );
}

function FiguresBody({ figures, note }: { figures: Figure[]; note: string | null }) {
  return (
    <div className="slide__figures-layout">
      <ul className="slide__figures" style={{ ['--count' as string]: String(figures.length) }}>
        {figures.map((f) => (
          <li key={f.label} className={`slide__figure slide__figure--${f.tone ?? 'neutral'}`}>
            <p className="slide__figure-label">{f.label}</p>
            {/* Always there: the cards share their rows (rakor.css), a missing term keeps its row empty. */}
            <p className="slide__figure-term">{f.term ? `(${f.term})` : ''}</p>
            <p className="slide__figure-value">{f.value}</p>
            <p className="slide__figure-text">{f.text}</p>
          </li>
        ))}
      </ul>
      {note && <p className="slide__figures-note">{note}</p>}
    </div>
  );
}

function AreasBody({ target, areas, summary, allZero }: { target: string | null; areas: AreaCard[]; summary: string; allZero: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="slide__areas">
      <div className="slide__areas-meta">
        {target && (
          <p className="slide__target">
            <span className="slide__target-label">{t('rakor.priority.target')}</span> {target}
          </p>
        )}
        <div className="slide__progress">
          <span className="slide__progress-bar" aria-hidden="true">
            {areas.map((a) => (
              <span key={`${a.parentName}/${a.name}`} className={a.value === 0 ? 'slide__progress-step is-zero' : 'slide__progress-step'} />
            ))}
          </span>
          <span className={allZero ? 'slide__areas-summary slide__areas-summary--done' : 'slide__areas-summary'}>{summary}</span>
        </div>
      </div>
      {allZero && (
        <p className="slide__zero-hero">
          <span aria-hidden="true">✓</span> {t('rakor.priority.zeroReached')}
        </p>
      )}
      <ul className="slide__area-grid" style={{ ['--columns' as string]: String(Math.min(4, Math.max(2, areas.length))) }}>
        {areas.map((a) => (
          <li key={`${a.parentName}/${a.name}`} className={a.value === 0 ? 'area-card area-card--zero' : 'area-card'}>
            <p className="area-card__name">{a.name}</p>
            {a.parentName && <p className="area-card__parent">{t('rakor.priority.kecamatan', { name: a.parentName })}</p>}
            {a.value === null ? (
              <p className="area-card__value area-card__value--hidden">{t('privacy.hidden')}</p>
            ) : (
              <p className="area-card__value">
                {formatCount(a.value)} <span className="area-card__unit">{t('unit.households')}</span>
              </p>
            )}
            <p className="area-card__status">
              {a.value === 0
                ? `✓ ${t('rakor.priority.zeroReached')}`
                : a.value === null
                  ? t('rakor.priority.suppressed')
                  : t('rakor.priority.notYet')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The table's type size in px of the 1920 design: the largest of TABLE_SIZES at which it fits
 * the slide, as the exports choose it. Starts over from the largest when the slide is resized.
 */
function useFittingSize(width: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ width, step: 0 });
  const step = fit.width === width ? fit.step : 0;
  // After every render: one size smaller while the table overflows; converges in a few renders.
  useLayoutEffect(() => {
    const el = ref.current;
    const overflows = !!el && el.scrollHeight > el.clientHeight + 1;
    if (overflows && step < TABLE_SIZES.length - 1) setFit({ width, step: step + 1 });
    else if (fit.width !== width) setFit({ width, step });
  });
  return { ref, size: TABLE_SIZES[step] ?? TABLE_SIZES[0] };
}

/** The element's width in CSS pixels, kept current as the window or fullscreen changes. */
function useWidth(ref: { current: HTMLElement | null }): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
