// The only file that imports ECharts. Registering just what Pantau draws keeps the chart chunk
// small (the full build is ~1 MB); components/chart.tsx loads this module lazily, so none of it
// is in the initial bundle. Add a chart or component here before an option uses it.

// The kelurahan choropleth of Kemiskinan ekstrem (features/extreme-poverty/kelurahan-map.tsx).
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
// SVG stays sharp on a projector and in exported slides, and is lighter than canvas for the
// few hundred points Pantau draws.
import { SVGRenderer } from 'echarts/renderers';

// The legend names a target path beside its actuals (rakor slides, P0 against its target).
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

/**
 * Registers the map chart (bundled GeoJSON boundaries via echarts.registerMap, no map tiles). It
 * is its own chunk: only Kemiskinan ekstrem draws maps, and the geo code would otherwise weigh on
 * every chart of every page. Await it before setting an option with a `map` series.
 */
export function loadMapChart(): Promise<void> {
  // @ts-expect-error echarts ships no types for this entry; importing it runs use(MapChart's install).
  return import('echarts/lib/chart/map').then(() => undefined);
}

/** The option type of every Pantau chart: only the registered parts type-check. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>;

export type ChartInstance = echarts.ECharts;

export { echarts };
