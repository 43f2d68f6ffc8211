import { useEffect, useId, useRef, useState } from 'react';
import type { ChartInstance, ChartOption } from '../lib/echarts';
import { useTranslation } from '../lib/i18n';

interface ChartProps {
  /** What the chart shows, read by screen readers as the image's name. */
  label: string;
  /** The chart's message in words (latest value, trend); hidden visually, read by screen readers. */
  summary: string;
  option: ChartOption;
  /** CSS height; the width follows the container. */
  height?: string;
}

type LoadState = 'loading' | 'ready' | 'failed';

/**
 * An ECharts instance on a div. ECharts is imported on first use, so it stays out of the
 * initial bundle; the instance follows its container's size and is disposed on unmount.
 */
export function Chart({ label, summary, option, height = '20rem' }: ChartProps) {
  const { t } = useTranslation();
  const summaryId = useId();
  const container = useRef<HTMLDivElement>(null);
  const instance = useRef<ChartInstance | null>(null);
  // The option may change while the ECharts chunk is still loading; init uses the latest.
  const latestOption = useRef(option);
  latestOption.current = option;
  const [state, setState] = useState<LoadState>('loading');

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    import('../lib/echarts').then(
      ({ echarts }) => {
        const el = container.current;
        if (disposed || !el) return;
        const chart = echarts.init(el, null, { renderer: 'svg' });
        chart.setOption(latestOption.current);
        instance.current = chart;
        observer = new ResizeObserver(() => chart.resize());
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
      instance.current?.dispose();
      instance.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a series that disappears (fewer kecamatan) must not linger from the last option.
    instance.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className="chart" style={{ height }}>
      {/* ECharts owns everything inside this div; React renders nothing into it. */}
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
