import { useId } from 'react';
import { type ChartTheme, useChartTheme } from '../../lib/chart-theme';
import { formatCount } from '../../lib/format';
import { barPath, fitText, textWidth } from './svg-chart';
import { useElementSize } from './use-element-size';
import './svg-chart.css';

interface Row {
  code: string;
  name: string;
  /** Null when the API hid a small count for privacy: no bar, the word instead (never a zero). */
  extremePoorHouseholds: number | null;
}

interface KecamatanBarsSvgProps {
  /** What the chart shows; the figures are added to it for screen readers. */
  label: string;
  /** The chart's message in words (total, most and fewest), read after the label. */
  summary: string;
  /** Kecamatan from most to fewest households (rankKecamatan): read top-down as a ranking. */
  rows: readonly Row[];
  /** The unit after a count, "KK". */
  unitLabel: string;
  /** Written where a hidden count's bar would start ("disembunyikan"). */
  hiddenText: string;
}

/** Height in px that gives every kecamatan a readable bar (as the ECharts version sized it). */
export function kecamatanBarsHeight(rowCount: number, theme: ChartTheme): number {
  return Math.max(160, rowCount * bandHeight(theme) + Math.round(theme.fontSize * 0.5));
}

const bandHeight = (theme: ChartTheme) => Math.round(theme.fontSize * 1.75);

/**
 * Extreme-poor households per kecamatan as horizontal bars, drawn as SVG by React (no ECharts on
 * Ringkasan): names on the left, whole, every bar with its count written at its end.
 */
export function KecamatanBarsSvg({ label, summary, rows, unitLabel, hiddenText }: KecamatanBarsSvgProps) {
  const theme = useChartTheme();
  const summaryId = useId();
  const [frame, size] = useElementSize<HTMLDivElement>();
  const height = kecamatanBarsHeight(rows.length, theme);
  const valueText = (r: Row) => (r.extremePoorHouseholds === null ? hiddenText : `${formatCount(r.extremePoorHouseholds)} ${unitLabel}`);
  const figures = rows.map((r) => `${r.name} ${valueText(r)}`).join(', ');

  return (
    <figure className="chart svg-chart" style={{ height: `${height}px` }}>
      <div ref={frame} className="svg-chart__frame">
        {size.width > 0 && (
          <Bars
            rows={rows}
            width={size.width}
            height={height}
            theme={theme}
            hiddenText={hiddenText}
            valueText={valueText}
            ariaLabel={`${label}: ${figures}.`}
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

interface BarsProps {
  rows: readonly Row[];
  width: number;
  height: number;
  theme: ChartTheme;
  hiddenText: string;
  valueText: (row: Row) => string;
  ariaLabel: string;
  summaryId: string;
}

function Bars({ rows, width, height, theme, hiddenText, valueText, ariaLabel, summaryId }: BarsProps) {
  const fs = theme.fontSize;
  const font = theme.fontFamily;
  const band = bandHeight(theme);
  const bar = Math.min(Math.round(band * 0.72), Math.round(fs * 1.6));
  // Names stay whole up to 45% of the width (a phone); longer ones are cut with an ellipsis and
  // given in full in the row's tooltip and the chart's label.
  const nameRoom = Math.floor(width * 0.45);
  const nameWidth = Math.min(nameRoom, Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.name, fs, font)))));
  const axis = nameWidth + Math.round(fs * 0.6);
  const counts = rows.map((r) => r.extremePoorHouseholds ?? 0);
  const max = Math.max(1, ...counts);
  const valueRoom =
    Math.ceil(
      Math.max(0, ...rows.map((r) => (r.extremePoorHouseholds === null ? 0 : textWidth(formatCount(r.extremePoorHouseholds), fs, font)))),
    ) + 8;
  const barRoom = Math.max(fs * 2, width - axis - valueRoom - 2);
  const top = Math.round(fs * 0.25);

  return (
    <svg
      className="svg-chart__svg"
      width={width}
      height={height}
      role="img"
      aria-label={ariaLabel}
      aria-describedby={summaryId}
      fontFamily={font}
      fontSize={fs}
    >
      {rows.map((r, i) => {
        const y0 = top + i * band;
        const mid = y0 + band / 2;
        const length = r.extremePoorHouseholds === null ? 0 : (r.extremePoorHouseholds / max) * barRoom;
        return (
          <g key={r.code} className="svg-bars__row">
            <title>{`${r.name}: ${valueText(r)}`}</title>
            <rect className="svg-bars__band" x={0} y={y0} width={width} height={band} fill="transparent" />
            <text x={nameWidth} y={mid} dy="0.35em" textAnchor="end" fill={theme.text}>
              {fitText(r.name, nameWidth, fs, font)}
            </text>
            {r.extremePoorHouseholds === null ? (
              <text x={axis + 4} y={mid} dy="0.35em" fontSize={theme.smallFontSize} fontStyle="italic" fill={theme.mutedText}>
                {hiddenText}
              </text>
            ) : (
              <>
                {length > 0 && <path d={barPath(axis, mid - bar / 2, length, bar, 3)} fill={theme.primary} />}
                <text x={axis + length + 6} y={mid} dy="0.35em" fill={theme.text}>
                  {formatCount(r.extremePoorHouseholds)}
                </text>
              </>
            )}
          </g>
        );
      })}
      <line x1={axis} x2={axis} y1={top} y2={top + rows.length * band} stroke={theme.axisLine} />
    </svg>
  );
}
