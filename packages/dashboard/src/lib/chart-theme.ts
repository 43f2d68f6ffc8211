// One look for every chart. The palette is Okabe & Ito's (2008), distinguishable with the common
// colour-vision deficiencies; the order puts the high-contrast blue and vermillion first, and the
// yellow, too light on white for lines and text, last.
import { useSyncExternalStore } from 'react';

export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  black: '#000000',
  yellow: '#F0E442',
} as const;

export interface ChartTheme {
  /** Series colours in order. */
  palette: readonly string[];
  /** The main series colour. */
  primary: string;
  /** Highlights: the selected year, a target line. */
  accent: string;
  text: string;
  mutedText: string;
  axisLine: string;
  gridLine: string;
  background: string;
  tooltipBackground: string;
  fontFamily: string;
  /** Axis labels and tooltip text, px. */
  fontSize: number;
  /** Small print inside the chart (source line), px. */
  smallFontSize: number;
  lineWidth: number;
  symbolSize: number;
}

// Single quotes inside: ECharts' SVG string renderer (rakor exports) writes the family into a
// double-quoted style attribute without escaping, and a `"` there makes the SVG unreadable.
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

const base: Omit<ChartTheme, 'fontSize' | 'smallFontSize' | 'lineWidth' | 'symbolSize'> = {
  palette: [
    OKABE_ITO.blue,
    OKABE_ITO.vermillion,
    OKABE_ITO.bluishGreen,
    OKABE_ITO.reddishPurple,
    OKABE_ITO.orange,
    OKABE_ITO.skyBlue,
    OKABE_ITO.black,
    OKABE_ITO.yellow,
  ],
  primary: OKABE_ITO.blue,
  accent: OKABE_ITO.vermillion,
  text: '#1a1f24',
  mutedText: '#4a5560',
  axisLine: '#6b7782',
  gridLine: '#e2e6ea',
  background: 'transparent',
  tooltipBackground: '#ffffff',
  fontFamily: FONT_FAMILY,
};

/** The theme for a normal screen; tests build options with it. */
export const defaultChartTheme: ChartTheme = {
  ...base,
  fontSize: 13,
  smallFontSize: 11,
  lineWidth: 2.5,
  symbolSize: 7,
};

// Rakor rooms project at 1920×1080 and people read from the back: larger type and lines there.
const projectorChartTheme: ChartTheme = {
  ...base,
  fontSize: 16,
  smallFontSize: 13,
  lineWidth: 3.5,
  symbolSize: 9,
};

/**
 * A rakor slide's theme. Sizes are set for a 1920-pixel-wide slide and scaled to the width the
 * slide is drawn at (a window, a projector, a PPTX or PDF page), as the slide's text is
 * (rakor.css, --text-min): 30 px at 1920, 16 px on a 1024-pixel projector, read from the back of
 * the room. Small print is no smaller there: on a slide every word is read from afar.
 */
export function presentationChartTheme(scale = 1): ChartTheme {
  const text = Math.max(12, Math.round(30 * scale));
  return {
    ...base,
    fontSize: text,
    smallFontSize: text,
    lineWidth: Math.max(2, Math.round(5 * scale * 10) / 10),
    symbolSize: Math.max(6, Math.round(14 * scale)),
  };
}

const WIDE = '(min-width: 1600px)';

function subscribeWide(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isWide = () => typeof window !== 'undefined' && !!window.matchMedia?.(WIDE).matches;

/** The chart theme for the current screen; re-renders when the screen crosses 1600px. */
export function useChartTheme(): ChartTheme {
  const wide = useSyncExternalStore(subscribeWide, isWide, () => false);
  return wide ? projectorChartTheme : defaultChartTheme;
}
