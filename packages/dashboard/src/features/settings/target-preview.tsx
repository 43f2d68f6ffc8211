// The live preview of a target's path, drawn as the Kemiskinan page draws a target: the path from
// the API's previewTargetPath (the same function and checks as a saved target) beside the
// indicator's published values.
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { Chart } from '../../components/chart';
import { useCalendar } from '../../lib/calendar';
import { type ChartTheme, useChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatCount } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { writeErrorText } from '../../lib/write-errors';
import { annualSeries, SERIES_START_YEAR } from '../poverty/poverty-rate';
import { formatIndicatorValue, formatTick, type ProgressYear, STATUS_LOOK, unitKind } from '../poverty/target-progress';
import { buildTargetProgressChartOption } from '../poverty/target-progress-chart.option';
import { unitAxisLabel } from '../poverty/target-progress-panel';

export interface TargetPathValues {
  shape: 'ANNUAL_POINT_REDUCTION' | 'ANNUAL_RELATIVE_REDUCTION' | 'ANNUAL_COUNT_REDUCTION' | 'ZERO_BY_DATE';
  baselineYear: number;
  baselineValue: number;
  annualStep: number | null;
  endYear: number;
  dueDate: string | null;
}

const PreviewTargetPathQuery = graphql(`
  query PreviewTargetPath($input: TargetPathInput!) {
    previewTargetPath(input: $input) {
      __typename
      ... on QueryPreviewTargetPathSuccess { data { year value } }
      ... on DomainError { code field message }
    }
  }
`);

const PreviewSeriesQuery = graphql(`
  query TargetPreviewSeries($region: RegionCode!, $code: String!, $from: Int!) {
    region(code: $region) { code indicatorSeries(code: $code, fromYear: $from) { year month value synthetic source { publisher } } }
  }
`);

/** The value after the person stops typing for a moment: one request per pause, not per key. */
function useSettled<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The Kemiskinan chart's option fitted to the preview, a column half a dialog wide whose subject is
 * the path: the last actual's value label goes (at 1366×768 "9,04%" sat on the dashed path and the
 * 2026 marker, which start right where the actuals end; the tooltip still gives it), and the room
 * kept on the right for that label goes to the years.
 */
function previewLayout(option: ChartOption, theme: ChartTheme): ChartOption {
  const series = Array.isArray(option.series)
    ? option.series.map((s, i) => (i === 0 ? { ...s, label: { ...(s as { label?: object }).label, show: false } } : s))
    : option.series;
  const grid = option.grid && !Array.isArray(option.grid) ? { ...option.grid, right: theme.fontSize * 1.5 } : option.grid;
  return { ...option, series, grid } as ChartOption;
}

interface Props {
  regionCode: string;
  indicator: { code: string; name: string; unit: string } | null;
  values: TargetPathValues | null;
}

export function TargetPreview({ regionCode, indicator, values }: Props) {
  const { t, lang } = useTranslation();
  const theme = useChartTheme();
  const calendar = useCalendar();
  const settled = useSettled(values);
  const [preview] = useQuery({ query: PreviewTargetPathQuery, variables: { input: settled! }, pause: !settled });
  const [series] = useQuery({
    query: PreviewSeriesQuery,
    variables: { region: regionCode, code: indicator?.code ?? '', from: SERIES_START_YEAR },
    pause: !indicator,
  });
  const answer = preview.data?.previewTargetPath;
  const path = answer?.__typename === 'QueryPreviewTargetPathSuccess' ? answer.data : null;
  const refusal = answer?.__typename === 'DomainError' ? answer : null;
  const unit = indicator?.unit ?? '';
  const kind = unitKind(unit);
  const words = useMemo(() => ({ households: t('unit.households'), persons: t('poverty.unit.personsShort') }), [t]);
  const actuals = useMemo(
    () => annualSeries(series.data?.region?.indicatorSeries ?? []).map((v) => ({ year: v.year, value: v.value })),
    [series.data],
  );
  const publishers = useMemo(
    () => [...new Set((series.data?.region?.indicatorSeries ?? []).map((v) => v.source.publisher))],
    [series.data],
  );

  const option = useMemo(() => {
    if (!path || !indicator) return null;
    const progress: ProgressYear[] = path.map((p) => ({
      year: p.year,
      target: p.value,
      actual: null,
      gap: null,
      status: null,
      actualSource: null,
      actualSynthetic: null,
    }));
    return previewLayout(
      buildTargetProgressChartOption({
        actuals: actuals.length > 0 ? actuals : undefined,
        progress,
        actualName: t('poverty.target.actualSeries', { indicator: /^P[0-2]$/.test(indicator.code) ? indicator.code : indicator.name }),
        targetName: t('settings.targets.preview.path'),
        statusLabels: {
          ON_TRACK: t(STATUS_LOOK.ON_TRACK.label),
          AT_RISK: t(STATUS_LOOK.AT_RISK.label),
          OFF_TRACK: t(STATUS_LOOK.OFF_TRACK.label),
        },
        unitLabel: unitAxisLabel(unit, t),
        padAxis: kind === 'percent' || kind === 'index',
        formatValue: (v) => formatIndicatorValue(v, unit, words),
        formatTick: (v) => (kind === 'households' || kind === 'persons' ? formatCount(v) : formatTick(v)),
        sourceLine: publishers.length > 0 ? t('poverty.chart.sourceLine', { source: publishers.join('; ') }) : '',
        selectedYear: calendar.fiscalYear,
        theme,
      }),
      theme,
    );
  }, [path, indicator, actuals, t, unit, kind, words, publishers, calendar.fiscalYear, theme]);

  const first = path?.[0];
  const last = path?.at(-1);
  return (
    <section className="target-preview" aria-labelledby="target-preview-title">
      <h3 id="target-preview-title" className="target-preview__title">
        {t('settings.targets.preview.title')}
      </h3>
      {!values ? (
        <p className="form-field__hint">{t('settings.targets.preview.fillIn')}</p>
      ) : refusal ? (
        <p className="form-field__hint target-preview__refusal" role="status">
          {t('settings.targets.preview.cannot', { reason: writeErrorText(refusal, lang) })}
        </p>
      ) : option && first && last ? (
        <>
          <Chart
            label={t('settings.targets.preview.label')}
            summary={t('settings.targets.preview.summary', {
              from: formatIndicatorValue(first.value, unit, words),
              fromYear: first.year,
              to: formatIndicatorValue(last.value, unit, words),
              toYear: last.year,
            })}
            option={option}
            height="16rem"
          />
          <ol className="target-preview__points" aria-label={t('settings.targets.preview.points')}>
            {path.map((p) => (
              <li key={p.year}>
                <span>{p.year}</span> <strong>{formatIndicatorValue(p.value, unit, words)}</strong>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p className="form-field__hint" aria-busy="true">
          {t('state.loading')}
        </p>
      )}
    </section>
  );
}
