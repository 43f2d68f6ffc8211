import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { useChartTheme } from '../../lib/chart-theme';
import { formatPercentValue } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { annualSeries } from '../poverty/poverty-rate';
import { buildPovertyRateChartOption, chartPoints } from '../poverty/poverty-rate-chart.option';
import { StatusBadge } from './status-badge';
import { p0TargetPath } from './target-path';

export const PovertyTargetChart_RegionFragment = graphql(`
  fragment PovertyTargetChart_RegionFragment on Region {
    name
    indicatorSeries(code: "P0") {
      year
      month
      value
      vintage
      synthetic
      source { title publisher synthetic }
    }
    targets {
      id
      name
      indicator { code }
      progress { year target actual status }
      source { title publisher synthetic }
    }
  }
`);

interface Props {
  region: FragmentOf<typeof PovertyTargetChart_RegionFragment>;
  year: number;
}

/** P0 since 2010 against the region's target path, with the newest year's status in words. */
export function PovertyTargetChart({ region, year }: Props) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const data = readFragment(PovertyTargetChart_RegionFragment, region);
  const points = useMemo(() => chartPoints(annualSeries(data.indicatorSeries)), [data.indicatorSeries]);
  const path = useMemo(() => p0TargetPath(data.targets), [data.targets]);
  const provenance = provenanceOf(points);
  const targetSource = path?.target.source ?? null;
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
        unitLabel: t('unit.percent'),
        sourceLine,
        seriesName: t('overview.target.seriesActual'),
        target: path ? { name: t('overview.target.seriesTarget'), points: path.points } : undefined,
        theme,
      }),
    [points, year, sourceLine, path, t, theme],
  );

  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || !provenance) {
    return (
      <Panel title={t('povertyRate.chart.titleEmpty')}>
        <EmptyState title={t('povertyRate.empty.title', { region: data.name })}>
          <p>{t('povertyRate.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const latest = path?.latest ?? null;
  const statusLine = latest
    ? t(`overview.target.line.${latest.status}`, {
        year: latest.year,
        actual: formatPercentValue(latest.actual),
        target: formatPercentValue(latest.target),
      })
    : path
      ? t('overview.target.noOverlap')
      : t('overview.target.none');
  const footerProvenance = targetSource
    ? {
        ...provenance,
        sources: [...provenance.sources, { title: targetSource.title, publisher: targetSource.publisher }],
        synthetic: provenance.synthetic || targetSource.synthetic,
      }
    : provenance;
  return (
    <Panel
      title={t(path ? 'overview.target.title' : 'povertyRate.chart.title', { from: first.year, to: last.year })}
      footer={<Provenance provenance={footerProvenance} note={t('povertyRate.chart.seriesBreak')} />}
    >
      <div className="target-line">
        {latest && <StatusBadge status={latest.status} />}
        <p>{statusLine}</p>
      </div>
      {path && (
        <p className="target-line__name">
          {t('overview.target.name', {
            name: path.target.name,
            year: path.final?.year ?? '',
            value: path.final ? formatPercentValue(path.final.value) : '–',
          })}
        </p>
      )}
      <Chart
        label={t('povertyRate.chart.label', { region: data.name, from: first.year, to: last.year })}
        summary={`${statusLine} ${t('overview.target.summary', { first: formatPercentValue(first.value), firstYear: first.year, last: formatPercentValue(last.value), lastYear: last.year })}`}
        option={option}
        height="clamp(16rem, 30vh, 22rem)"
      />
    </Panel>
  );
}
