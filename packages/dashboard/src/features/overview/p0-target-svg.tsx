import { type KeyboardEvent, type PointerEvent, useId, useState } from 'react';
import { useChartTheme } from '../../lib/chart-theme';
import { formatDecimal, formatPercentValue } from '../../lib/format';
import { fitText, linear, textWidth, valueTicks, yearLinePath, yearTicks } from './svg-chart';
import { useElementSize } from './use-element-size';
import './svg-chart.css';

interface YearValue {
  year: number;
  value: number;
}

interface P0TargetSvgProps {
  /** What the chart shows; the figures are added to it for screen readers. */
  label: string;
  /** The chart's message in words (status, first and last value), read after the label. */
  summary: string;
  /** P0 per year, oldest first; percentages (9.04 means 9,04%). */
  points: readonly YearValue[];
  seriesName: string;
  /** The region's target path, drawn dashed in the accent colour beside the actuals. */
  target?: { name: string; points: readonly YearValue[] } | undefined;
  /** The year chosen in the header, marked on the chart when it is in range. */
  selectedYear: number;
  /** The value axis' name with its unit, "Persen (%)". */
  unitLabel: string;
  /** The source, written in the chart itself so a screenshot pasted into a slide keeps it. */
  sourceLine: string;
  /** CSS height; the width follows the container. */
  height: string;
}

/**
 * P0 over the years against its target path, drawn as SVG by React: the look of the ECharts line
 * charts (lib/chart-theme.ts), without loading ECharts on Ringkasan. The last value is written
 * beside its point; hovering or touching a year shows both values for it.
 */
export function P0TargetSvg(props: P0TargetSvgProps) {
  const { label, summary, points, seriesName, target, selectedYear, unitLabel, sourceLine, height } = props;
  const theme = useChartTheme();
  const summaryId = useId();
  const [frame, size] = useElementSize<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const targetPoints = target?.points ?? [];
  const figures = [
    `${seriesName}: ${points.map((p) => `${p.year} ${formatPercentValue(p.value)}`).join(', ')}`,
    ...(target && targetPoints.length > 0
      ? [`${target.name}: ${targetPoints.map((p) => `${p.year} ${formatPercentValue(p.value)}`).join(', ')}`]
      : []),
  ].join('. ');

  return (
    <figure className="chart svg-chart" style={{ height }}>
      <div ref={frame} className="svg-chart__frame">
        {size.width > 0 && size.height > 0 && (
          <Plot
            {...{ points, seriesName, target, selectedYear, unitLabel, sourceLine, hover, setHover }}
            width={size.width}
            height={size.height}
            theme={theme}
            ariaLabel={`${label}. ${figures}.`}
            summaryId={summaryId}
          />
        )}
      </div>
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
    </figure>
  );
}

interface PlotProps extends Omit<P0TargetSvgProps, 'label' | 'summary' | 'height'> {
  width: number;
  height: number;
  theme: ReturnType<typeof useChartTheme>;
  ariaLabel: string;
  summaryId: string;
  hover: number | null;
  setHover: (year: number | null) => void;
}

function Plot({ width, height, theme, ariaLabel, summaryId, hover, setHover, ...data }: PlotProps) {
  const { points, seriesName, target, selectedYear, unitLabel, sourceLine } = data;
  const fs = theme.fontSize;
  const small = theme.smallFontSize;
  const font = theme.fontFamily;
  const targetPoints = target?.points ?? [];
  const years = [...new Set([...points, ...targetPoints].map((p) => p.year))].sort((a, b) => a - b);
  const first = years[0] ?? selectedYear;
  const last = years.at(-1) ?? selectedYear;
  const all = [...points, ...targetPoints].map((p) => p.value);
  const min = all.length ? Math.min(...all) : 0;
  const max = all.length ? Math.max(...all) : 1;

  // Header: the axis name on the left, the legend on the right; two rows when both do not fit.
  const swatch = Math.round(fs * 2);
  const legend = target && targetPoints.length > 0 ? [seriesName, target.name] : [];
  const legendWidths = legend.map((name) => swatch + fs * 0.4 + textWidth(name, fs, font));
  const legendWidth = legendWidths.reduce((s, w) => s + w, 0) + fs * (legend.length - 1);
  const nameWidth = textWidth(unitLabel, fs, font);
  const lineHeight = Math.round(fs * 1.5);
  const legendRow = legend.length > 0 && nameWidth + fs + legendWidth > width ? 1 : 0;
  // A little air between the panel's status lines above and the header.
  const headerTop = Math.round(fs * 0.5);
  const top = headerTop + (legendRow + 1) * lineHeight + Math.round(fs * 0.6);
  const sourceHeight = sourceLine ? Math.round(small * 2) : 0;
  const xLabelHeight = Math.round(fs * 2);
  const plotHeight = Math.max(fs * 4, height - top - xLabelHeight - sourceHeight);

  // Value axis: round steps, never more than six intervals (no "8, 9 … 21, 22").
  const yt = valueTicks(min, max, Math.min(6, Math.max(2, Math.floor(plotHeight / (fs * 2.4)))));
  const yLabels = yt.ticks.map((v) => formatDecimal(v, yt.step < 1 ? 1 : 0));
  const left = Math.ceil(Math.max(...yLabels.map((l) => textWidth(l, fs, font)))) + Math.round(fs * 0.6);

  // Right margin: half a year label, or room for the last value written right of its point.
  const lastActual = points.at(-1);
  const lastText = lastActual ? formatPercentValue(lastActual.value) : '';
  const lastTextWidth = textWidth(lastText, fs, font, true) + theme.symbolSize + 4;
  const yearWidth = textWidth('2026', fs, font);
  const span = Math.max(1, width - left);
  let right = Math.ceil(yearWidth / 2) + 2;
  if (lastActual) {
    // x of the last actual = left + plotWidth·f; its label must end before width.
    const f = last > first ? (lastActual.year - first) / (last - first) : 0.5;
    const needed = f > 0 ? (span * (f - 1) + lastTextWidth) / f : 0;
    right = Math.max(right, Math.ceil(needed));
  }
  const plotWidth = Math.max(fs * 4, width - left - right);
  const bottom = top + plotHeight;
  const x = linear(first, last, left, left + plotWidth);
  const y = linear(yt.lo, yt.hi, bottom, top);
  const perYear = last > first ? plotWidth / (last - first) : plotWidth;
  const xt = yearTicks(first, last, perYear, yearWidth + fs * 1.2);

  const actualAt = new Map(points.map((p) => [p.year, p.value]));
  const targetAt = new Map(targetPoints.map((p) => [p.year, p.value]));
  const hoverYear = hover !== null && hover >= first && hover <= last ? hover : null;

  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    const year = Math.round(first + (e.clientX - box.left - left) / perYear);
    setHover(Math.min(last, Math.max(first, year)));
  };

  // Keyboard: the chart is one Tab stop; the arrows step through the years (the tooltip follows),
  // Home and End jump to the ends, Escape closes it. Focus opens it on the last measured year.
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const from = hoverYear ?? lastActual?.year ?? last;
    const to = { ArrowLeft: from - 1, ArrowRight: from + 1, Home: first, End: last }[e.key];
    if (e.key === 'Escape') setHover(null);
    else if (to !== undefined) setHover(Math.min(last, Math.max(first, to)));
    else return;
    e.preventDefault();
  };

  const selectedX = selectedYear >= first && selectedYear <= last ? x(selectedYear) : null;
  const selectedText = String(selectedYear);
  const selectedFits = selectedX !== null && selectedX + 4 + textWidth(selectedText, small, font) <= width;
  const square = theme.symbolSize * 0.9;
  // The last value is written right of its point unless the chosen year's dashed line runs
  // through that spot (2025's value beside the 2026 marker): then above the point.
  const lastLabelX = lastActual ? x(lastActual.year) + theme.symbolSize : 0;
  const lastLabelAbove = selectedX !== null && selectedX > lastLabelX - 2 && selectedX < lastLabelX + lastTextWidth;

  return (
    <>
      <svg
        className="svg-chart__svg"
        width={width}
        height={height}
        role="img"
        aria-label={ariaLabel}
        aria-describedby={summaryId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the tooltip's years are reached with the arrow keys.
        tabIndex={0}
        onKeyDown={onKey}
        onFocus={() => setHover(lastActual?.year ?? last)}
        onBlur={() => setHover(null)}
        fontFamily={font}
        fontSize={fs}
      >
        <text x={0} y={headerTop + lineHeight * 0.75} fill={theme.mutedText}>
          {unitLabel}
        </text>
        {legend.length > 0 && (
          <g transform={`translate(${Math.max(0, width - legendWidth)},${headerTop + legendRow * lineHeight})`}>
            {legend.map((name, i) => {
              const offset = legendWidths.slice(0, i).reduce((s, w) => s + w + fs, 0);
              const mid = lineHeight / 2;
              return (
                <g key={name} transform={`translate(${offset},0)`}>
                  {i === 0 ? (
                    <>
                      <line x1={0} x2={swatch} y1={mid} y2={mid} stroke={theme.primary} strokeWidth={theme.lineWidth} />
                      <circle cx={swatch / 2} cy={mid} r={theme.symbolSize / 2} fill={theme.primary} />
                    </>
                  ) : (
                    <>
                      <line
                        x1={0}
                        x2={swatch}
                        y1={mid}
                        y2={mid}
                        stroke={theme.accent}
                        strokeWidth={theme.lineWidth * 0.8}
                        strokeDasharray="5 4"
                      />
                      <rect
                        x={swatch / 2 - square / 2}
                        y={mid - square / 2}
                        width={square}
                        height={square}
                        fill="#fff"
                        stroke={theme.accent}
                        strokeWidth={1.5}
                      />
                    </>
                  )}
                  <text x={swatch + fs * 0.4} y={lineHeight * 0.75} fill={theme.text}>
                    {name}
                  </text>
                </g>
              );
            })}
          </g>
        )}

        {yt.ticks.map((v, i) => (
          <g key={v}>
            <line x1={left} x2={left + plotWidth} y1={y(v)} y2={y(v)} stroke={theme.gridLine} />
            <text x={left - fs * 0.5} y={y(v)} dy="0.35em" textAnchor="end" fill={theme.text}>
              {yLabels[i]}
            </text>
          </g>
        ))}

        <line x1={left} x2={left + plotWidth} y1={bottom} y2={bottom} stroke={theme.axisLine} />
        {perYear >= 6 &&
          years
            .filter((yr) => !xt.years.includes(yr))
            .map((yr) => <line key={yr} x1={x(yr)} x2={x(yr)} y1={bottom} y2={bottom + 3} stroke={theme.axisLine} />)}
        {xt.years.map((yr) => (
          <g key={yr}>
            <line x1={x(yr)} x2={x(yr)} y1={bottom} y2={bottom + 5} stroke={theme.axisLine} />
            <text x={x(yr)} y={bottom + fs * 0.75} dy="0.8em" textAnchor="middle" fill={theme.text}>
              {yr}
            </text>
          </g>
        ))}

        {selectedX !== null && (
          <g>
            <line x1={selectedX} x2={selectedX} y1={top} y2={bottom} stroke={theme.accent} strokeWidth={1.5} strokeDasharray="4 4" />
            <text
              x={selectedFits ? selectedX + 4 : selectedX - 4}
              y={top + small}
              textAnchor={selectedFits ? 'start' : 'end'}
              fontSize={small}
              fill={theme.accent}
            >
              {selectedText}
            </text>
          </g>
        )}

        {hoverYear !== null && <line x1={x(hoverYear)} x2={x(hoverYear)} y1={top} y2={bottom} stroke={theme.axisLine} />}

        {targetPoints.length > 0 && (
          <g>
            <path
              d={yearLinePath(targetPoints, x, y)}
              fill="none"
              stroke={theme.accent}
              strokeWidth={theme.lineWidth * 0.8}
              strokeDasharray="6 5"
            />
            {targetPoints.map((p) => (
              <rect
                key={p.year}
                x={x(p.year) - square / 2}
                y={y(p.value) - square / 2}
                width={square}
                height={square}
                fill="#fff"
                stroke={theme.accent}
                strokeWidth={p.year === hoverYear ? 2.5 : 1.5}
              />
            ))}
          </g>
        )}
        <path d={yearLinePath(points, x, y)} fill="none" stroke={theme.primary} strokeWidth={theme.lineWidth} strokeLinejoin="round" />
        {points.map((p) => (
          <circle
            key={p.year}
            cx={x(p.year)}
            cy={y(p.value)}
            r={p.year === hoverYear ? theme.symbolSize * 0.75 : theme.symbolSize / 2}
            fill={theme.primary}
            stroke="#fff"
            strokeWidth={p.year === hoverYear ? 2 : 0}
          />
        ))}
        {lastActual && (
          <text
            className="svg-chart__halo"
            x={lastLabelAbove ? x(lastActual.year) : lastLabelX}
            y={lastLabelAbove ? y(lastActual.value) - theme.symbolSize - fs * 0.3 : y(lastActual.value)}
            dy={lastLabelAbove ? undefined : '0.35em'}
            textAnchor={lastLabelAbove ? 'middle' : undefined}
            fontWeight={700}
            fill={theme.text}
          >
            {lastText}
          </text>
        )}

        {sourceLine && (
          <text x={0} y={height - small * 0.5} fontSize={small} fill={theme.mutedText}>
            {fitText(sourceLine, width, small, font)}
          </text>
        )}

        {/* Hover and touch: the nearest year's values in a tooltip (the keyboard's is onKey above). */}
        <rect
          x={left}
          y={top}
          width={plotWidth}
          height={plotHeight}
          fill="transparent"
          onPointerMove={onPointer}
          onPointerDown={onPointer}
          onPointerLeave={() => setHover(null)}
        />
      </svg>
      {hoverYear !== null && (
        <div
          className="svg-chart__tooltip"
          aria-hidden="true"
          style={{
            left: x(hoverYear),
            top,
            transform: x(hoverYear) > width / 2 ? 'translateX(calc(-100% - 12px))' : 'translateX(12px)',
            fontSize: fs,
            borderColor: theme.axisLine,
            background: theme.tooltipBackground,
            color: theme.text,
          }}
        >
          <strong>{hoverYear}</strong>
          {actualAt.has(hoverYear) && (
            <span className="svg-chart__tooltip-row">
              <span className="svg-chart__key" style={{ background: theme.primary }} />
              {seriesName}: <b>{formatPercentValue(actualAt.get(hoverYear) ?? Number.NaN)}</b>
            </span>
          )}
          {target && targetAt.has(hoverYear) && (
            <span className="svg-chart__tooltip-row">
              <span className="svg-chart__key svg-chart__key--dashed" style={{ borderColor: theme.accent }} />
              {target.name}: <b>{formatPercentValue(targetAt.get(hoverYear) ?? Number.NaN)}</b>
            </span>
          )}
        </div>
      )}
    </>
  );
}
