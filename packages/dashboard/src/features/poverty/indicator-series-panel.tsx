import { useMemo, useState } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { Segmented } from '../../components/segmented';
import { useChartTheme } from '../../lib/chart-theme';
import { formatCount, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { buildIndicatorSeriesChartOption } from './indicator-series-chart.option';
import { annualSeries, SERIES_START_YEAR } from './poverty-rate';
import { formatIndicatorValue, formatTick, unitKind } from './target-progress';
import { unitAxisLabel } from './target-progress-panel';

export const IndicatorSeriesPanel_IndicatorValueFragment = graphql(`
  fragment IndicatorSeriesPanel_IndicatorValueFragment on IndicatorValue {
    year
    month
    value
    vintage
    synthetic
    note
    indicator { code name unit }
    source { id title publisher synthetic }
  }
`);

type Values = readonly FragmentOf<typeof IndicatorSeriesPanel_IndicatorValueFragment>[];

interface IndicatorSeriesPanelProps {
  title: string;
  /** One or more series of the same unit (P1 and P2), each with the name shown in the legend. */
  series: readonly { name: string; values: Values }[];
  regionName: string;
  year: number;
  /** A caveat under the chart (a series break). */
  note?: string;
}

type View = 'chart' | 'table';

/** Annual BPS series since 2010 as a line chart or a table, with the source of each. */
export function IndicatorSeriesPanel({ title, series: seriesRefs, regionName, year, note }: IndicatorSeriesPanelProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const [view, setView] = useState<View>('chart');
  const series = useMemo(
    () =>
      seriesRefs.map((s) => ({
        name: s.name,
        values: annualSeries(readFragment(IndicatorSeriesPanel_IndicatorValueFragment, s.values)).filter(
          (v) => v.year >= SERIES_START_YEAR,
        ),
      })),
    [seriesRefs],
  );
  const all = series.flatMap((s) => s.values);
  const unit = all[0]?.indicator.unit ?? '';
  const kind = unitKind(unit);
  const words = useMemo(() => ({ households: t('unit.households'), persons: t('poverty.unit.personsShort') }), [t]);
  const formatValue = useMemo(() => (v: number) => formatIndicatorValue(v, unit, words), [unit, words]);
  const provenance = provenanceOf(all);
  const sourceLine = provenance
    ? t(provenance.synthetic ? 'poverty.chart.sourceLineSynthetic' : 'poverty.chart.sourceLine', {
        source: provenance.sources.map((s) => s.publisher).join('; '),
      })
    : '';
  const unitLabel = unitAxisLabel(unit, t);

  const option = useMemo(
    () =>
      buildIndicatorSeriesChartOption({
        series: series.map((s) => ({ name: s.name, points: s.values })),
        unitLabel,
        padAxis: kind === 'percent' || kind === 'index',
        formatValue,
        formatTick: (v) =>
          kind === 'rupiah' ? formatRupiah(v) : kind === 'thousandPersons' ? formatCount(Math.round(v * 1000)) : formatTick(v),
        sourceLine,
        selectedYear: year,
        theme,
      }),
    [series, unitLabel, kind, formatValue, sourceLine, year, theme],
  );

  if (!provenance || all.length === 0) {
    return (
      <Panel title={title}>
        <EmptyState title={t('poverty.series.empty.title', { region: regionName })}>
          <p>{t('poverty.series.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const years = [...new Set(all.map((v) => v.year))].sort((a, b) => a - b);
  const first = years[0]!;
  const last = years.at(-1)!;
  const summary = series
    .map((s) => {
      const a = s.values[0];
      const b = s.values.at(-1);
      return a && b
        ? t('poverty.series.summaryLine', {
            name: s.name,
            first: formatValue(a.value),
            firstYear: a.year,
            last: formatValue(b.value),
            lastYear: b.year,
          })
        : '';
    })
    .join(' ');

  const switcher = (
    <Segmented
      label={t('poverty.view.label', { title })}
      options={[
        { value: 'chart', label: t('poverty.view.chart') },
        { value: 'table', label: t('poverty.view.table') },
      ]}
      value={view}
      onChange={setView}
    />
  );

  return (
    <Panel
      title={t('poverty.series.title', { title, from: first, to: last })}
      actions={switcher}
      footer={<Provenance provenance={provenance} note={note} />}
    >
      {view === 'chart' ? (
        <Chart
          label={t('poverty.series.chartLabel', { title, region: regionName, from: first, to: last })}
          summary={summary}
          option={option}
          height="clamp(15rem, 28vh, 21rem)"
        />
      ) : (
        <div className="table-scroll series-table">
          <table className="data-table">
            <caption className="visually-hidden">{t('poverty.series.tableCaption', { title, region: regionName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('poverty.target.col.year')}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="num">
                    {s.name}
                  </th>
                ))}
                <th scope="col">{t('provenance.vintage')}</th>
              </tr>
            </thead>
            <tbody>
              {[...years].reverse().map((y) => {
                const row = series.map((s) => s.values.find((v) => v.year === y));
                const vintage = row.find((v) => v)?.vintage ?? '';
                return (
                  <tr key={y} aria-current={y === year ? 'true' : undefined} className={y === year ? 'is-selected' : undefined}>
                    <th scope="row">{y}</th>
                    {row.map((v, i) => (
                      <td key={series[i]?.name} className="num">
                        {v ? formatValue(v.value) : '–'}
                        {v?.synthetic && <span className="synthetic-mark"> *</span>}
                      </td>
                    ))}
                    <td>{vintage}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
