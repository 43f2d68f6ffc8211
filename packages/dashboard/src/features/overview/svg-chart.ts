// Scales, ticks and text widths for Ringkasan's own SVG charts (p0-target-svg.tsx,
// kecamatan-bars-svg.tsx). Ringkasan is the first page most people open; drawing its two charts
// without ECharts keeps ~180 KB of compressed JavaScript off that first visit (docs/benchmarks.md).
// Pure, so the axis rules are tested without a browser.

/** A value axis: its bounds and the values that get a label and a grid line. */
export interface ValueTicks {
  lo: number;
  hi: number;
  step: number;
  ticks: number[];
}

const VALUE_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100];

/**
 * Ticks for a rate axis around [min, max], padded by `pad` on both sides (a rate axis from zero
 * would flatten a 15 → 9 fall into a line), at a round step that gives at most `maxTicks`
 * intervals: 8, 10, 12, 14, 16 rather than 8, 9 … 16.
 */
export function valueTicks(min: number, max: number, maxTicks: number, pad = 0.5): ValueTicks {
  const low = Math.max(0, min - pad);
  const high = max + pad;
  const limit = Math.max(1, Math.floor(maxTicks));
  const step = VALUE_STEPS.find((s) => Math.ceil(high / s - 1e-9) - Math.floor(low / s + 1e-9) <= limit) ?? VALUE_STEPS.at(-1) ?? 100;
  const lo = Math.floor(low / step + 1e-9) * step;
  const hi = Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(6)));
  return { lo, hi, step, ticks };
}

const YEAR_STEPS = [1, 2, 5, 10, 20, 50];

/**
 * The years that get a label on a year axis `pxPerYear` wide per year, each label needing
 * `labelWidth` px: every year when they fit, else every 2nd, 5th or 10th, on round years
 * (2010, 2015, 2020), so labels never run into each other.
 */
export function yearTicks(first: number, last: number, pxPerYear: number, labelWidth: number): { step: number; years: number[] } {
  const step = YEAR_STEPS.find((s) => s * pxPerYear >= labelWidth) ?? YEAR_STEPS.at(-1) ?? 50;
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  // A short span on a wide step could leave one label or none: then the two ends.
  if (years.length < 2 && last > first) return { step, years: [first, last] };
  if (years.length === 0) years.push(first);
  return { step, years };
}

/** A linear map from a domain to a pixel range. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  if (d1 === d0) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * An SVG path through yearly points, oldest first, broken where a year is missing (a gap in a
 * series is shown as a gap, not bridged by a straight line).
 */
export function yearLinePath(
  points: readonly { year: number; value: number }[],
  x: (year: number) => number,
  y: (value: number) => number,
): string {
  let d = '';
  let previous: number | null = null;
  for (const p of points) {
    const command = previous !== null && p.year - previous === 1 ? 'L' : 'M';
    d += `${command}${round(x(p.year))},${round(y(p.value))}`;
    previous = p.year;
  }
  return d;
}

const round = (n: number) => Math.round(n * 10) / 10;

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * The width of `text` in px as the browser draws it (a canvas measures it); an estimate where
 * there is no canvas (tests). Used to leave room for axis and value labels.
 */
export function textWidth(text: string, fontSize: number, fontFamily: string, bold = false): number {
  if (canvas === undefined) {
    canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!canvas) return text.length * fontSize * (bold ? 0.62 : 0.56);
  canvas.font = `${bold ? '700 ' : ''}${fontSize}px ${fontFamily}`;
  return canvas.measureText(text).width;
}

/** `text` cut with an ellipsis to fit `width` px; whole when it fits. */
export function fitText(text: string, width: number, fontSize: number, fontFamily: string): string {
  if (textWidth(text, fontSize, fontFamily) <= width) return text;
  let end = text.length;
  while (end > 1 && textWidth(`${text.slice(0, end)}…`, fontSize, fontFamily) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A bar from x0 rightwards with its right corners rounded: the value end, as the other charts draw it. */
export function barPath(x0: number, y0: number, width: number, height: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, width, height / 2));
  const x1 = x0 + width;
  const y1 = y0 + height;
  return `M${round(x0)},${round(y0)}H${round(x1 - r)}Q${round(x1)},${round(y0)} ${round(x1)},${round(y0 + r)}V${round(y1 - r)}Q${round(x1)},${round(y1)} ${round(x1 - r)},${round(y1)}H${round(x0)}Z`;
}
