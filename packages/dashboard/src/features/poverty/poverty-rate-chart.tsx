import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { useChartTheme } from '../../lib/chart-theme';
import { formatPercentValue } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { annualSeries } from './poverty-rate';
import { buildPovertyRateChartOption, chartPoints } from './poverty-rate-chart.option';

export const PovertyRateChart_IndicatorValueFragment = graphql(`
  fragment PovertyRateChart_IndicatorValueFragment on IndicatorValue {
    year
    month
    value
    vintage
    synthetic
    indicator { unit }
    source { title publisher synthetic }
  }
`);

interface PovertyRateChartProps {
  values: readonly FragmentOf<typeof PovertyRateChart_IndicatorValueFragment>[];
  regionName: string;
  year: number;
}

// Units as the API names them, in words for the axis.
const UNIT_KEYS: Record<string, MessageKey> = { percent: 'unit.percent', persen: 'unit.percent', '%': 'unit.percent' };

/** P0 over the years since 2010, with the chosen year marked. */
export function PovertyRateChart({ values, regionName, year }: PovertyRateChartProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const points = useMemo(() => chartPoints(annualSeries(readFragment(PovertyRateChart_IndicatorValueFragment, values))), [values]);
  const first = points[0];
  const last = points.at(-1);
  const provenance = provenanceOf(points);
  const unit = points[0]?.indicator.unit ?? 'percent';
  const unitKey = UNIT_KEYS[unit.toLowerCase()];
  const unitLabel = unitKey ? t(unitKey) : unit;
  const sourceLine = provenance
    ? t(provenance.synthetic ? 'povertyRate.chart.sourceLineSynthetic' : 'povertyRate.chart.sourceLine', {
        source: provenance.sources.map((s) => s.publisher).join('; '),
      })
    : '';

  const option = useMemo(
    () =>
      buildPovertyRateChartOption({
        points,
        selectedYear: year,
        unitLabel,
        sourceLine,
        seriesName: t('povertyRate.chart.series'),
        theme,
      }),
    [points, year, unitLabel, sourceLine, t, theme],
  );

  if (!first || !last || !provenance) {
    return (
      <Panel title={t('povertyRate.chart.titleEmpty')}>
        <EmptyState title={t('povertyRate.empty.title', { region: regionName })}>
          <p>{t('povertyRate.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  const range = { from: first.year, to: last.year };
  return (
    <Panel
      title={t('povertyRate.chart.title', range)}
      footer={<Provenance provenance={provenance} note={t('povertyRate.chart.seriesBreak')} />}
    >
      <Chart
        label={t('povertyRate.chart.label', { region: regionName, ...range })}
        summary={t('povertyRate.chart.summary', {
          first: formatPercentValue(first.value),
          firstYear: first.year,
          last: formatPercentValue(last.value),
          lastYear: last.year,
          min: formatPercentValue(lowest.value),
          minYear: lowest.year,
          max: formatPercentValue(highest.value),
          maxYear: highest.year,
        })}
        option={option}
        height="clamp(16rem, 30vh, 24rem)"
      />
    </Panel>
  );
}
