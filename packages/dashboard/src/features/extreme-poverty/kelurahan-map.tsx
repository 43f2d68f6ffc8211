import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useChartTheme } from '../../lib/chart-theme';
import type { ChartInstance } from '../../lib/echarts';
import { useTranslation } from '../../lib/i18n';
import type { Bin, FeatureCollection } from './choropleth';
import { aspectScaleFor, boundsOf } from './choropleth';
import { loadBoundaries, type RegencyBoundaries } from './geo';
import { buildKelurahanMapOption, type KelurahanMapTexts, type MapPlace } from './kelurahan-map.option';

type Echarts = typeof import('../../lib/echarts')['echarts'];

export type BoundariesState =
  | { status: 'loading' }
  | { status: 'ready'; boundaries: RegencyBoundaries }
  | { status: 'failed'; retry: () => void };

/** The boundaries of a kabupaten/kota, loaded on first use (see geo.ts). */
export function useBoundaries(regencyCode: string, available: boolean): BoundariesState | null {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ code: string; value: BoundariesState } | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry button's way to load again.
  useEffect(() => {
    if (!available) return;
    let cancelled = false;
    setState({ code: regencyCode, value: { status: 'loading' } });
    loadBoundaries(regencyCode).then(
      (boundaries) => !cancelled && setState({ code: regencyCode, value: { status: 'ready', boundaries } }),
      () => !cancelled && setState({ code: regencyCode, value: { status: 'failed', retry: () => setAttempt((n) => n + 1) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [regencyCode, available, attempt]);
  if (!available) return null;
  return state?.code === regencyCode ? state.value : { status: 'loading' };
}

interface KelurahanMapProps {
  /** Unique per drawn set of features: ECharts keeps registered maps by name. */
  mapName: string;
  features: FeatureCollection;
  /** Kecamatan outlines over the kelurahan (kabupaten/kota view); null for none. */
  outline: { name: string; features: FeatureCollection } | null;
  places: readonly MapPlace[];
  bins: readonly Bin[];
  labelAll: boolean;
  texts: KelurahanMapTexts;
  /** A click on a kelurahan; none when clicking does nothing. */
  onSelect?: ((code: string) => void) | undefined;
  /** What the map shows, read by screen readers as the image's name. */
  label: string;
  /** The map's message in words (names the priority kelurahan), read by screen readers. */
  summary: string;
  /** CSS height; without it the stylesheet's (.kelurahan-map) applies. */
  height?: string;
}

/**
 * An ECharts map of kelurahan. ECharts (with its map chart) is imported on first use, like every
 * chart; the instance follows its container's size and is disposed on unmount.
 */
export function KelurahanMap({
  mapName,
  features,
  outline,
  places,
  bins,
  labelAll,
  texts,
  onSelect,
  label,
  summary,
  height,
}: KelurahanMapProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const summaryId = useId();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const lib = useRef<Echarts | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('../../lib/echarts')
      .then(async (module) => {
        await module.loadMapChart();
        return module;
      })
      .then(
        ({ echarts }) => {
          const el = container.current;
          if (disposed || !el) return;
          lib.current = echarts;
          const instance = echarts.init(el, null, { renderer: 'svg' });
          instance.on('click', (params) => {
            if (params.componentType === 'series' && typeof params.name === 'string' && params.name) selectRef.current?.(params.name);
          });
          chart.current = instance;
          observer = new ResizeObserver(() => instance.resize());
          observer.observe(el);
          setState('ready');
        },
        () => {
          if (!disposed) setState('failed');
        },
      );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  const bounds = useMemo(() => boundsOf(features), [features]);
  const option = useMemo(
    () =>
      bounds
        ? buildKelurahanMapOption({
            mapName,
            outlineMapName: outline?.name ?? null,
            bounds,
            aspectScale: aspectScaleFor(bounds),
            places,
            bins,
            labelAll,
            texts,
            theme,
          })
        : null,
    [mapName, outline?.name, bounds, places, bins, labelAll, texts, theme],
  );

  useEffect(() => {
    const echarts = lib.current;
    if (state !== 'ready' || !echarts || !chart.current || !option) return;
    // Registered once per name; the name changes when the features do.
    if (!echarts.getMap(mapName)) echarts.registerMap(mapName, features as never);
    if (outline && !echarts.getMap(outline.name)) echarts.registerMap(outline.name, outline.features as never);
    chart.current.setOption(option, { notMerge: true });
  }, [state, option, mapName, features, outline]);

  return (
    <figure className="chart kelurahan-map" style={height ? { height } : undefined}>
      <div ref={container} className="chart__canvas" role="img" aria-label={label} aria-describedby={summaryId} />
      {state === 'loading' && <div className="skeleton chart__placeholder" aria-hidden="true" />}
      <p
        id={summaryId}
        className={state === 'failed' ? 'chart__failed' : 'visually-hidden'}
        role={state === 'failed' ? 'status' : undefined}
      >
        {state === 'failed' && `${t('chart.loadFailed')} `}
        {summary}
      </p>
    </figure>
  );
}
