import { useMemo } from 'react';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { formatPercentValue } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { annualSeries, SERIES_START_YEAR } from '../poverty/poverty-rate';
import { P0TargetSvg } from './p0-target-svg';
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

// From 2010 on: BPS changed its method in 2008 (poverty/poverty-rate.ts, SERIES_START_YEAR).
const fromSeriesStart = <T extends { year: number }>(points: readonly T[]) => points.filter((p) => p.year >= SERIES_START_YEAR);

/**
 * P0 since 2010 against the region's target path, with the newest year's status in words. Drawn
 * as SVG (p0-target-svg.tsx): Ringkasan loads no ECharts.
 */
export function PovertyTargetChart({ region, year }: Props) {
  const { t } = useTranslation();
  const data = readFragment(PovertyTargetChart_RegionFragment, region);
  const points = useMemo(() => fromSeriesStart(annualSeries(data.indicatorSeries)), [data.indicatorSeries]);
  const path = useMemo(() => p0TargetPath(data.targets), [data.targets]);
  const provenance = provenanceOf(points);
  const targetSource = path?.target.source ?? null;
  const sourceLine = provenance
    ? t(provenance.synthetic ? 'povertyRate.chart.sourceLineSynthetic' : 'povertyRate.chart.sourceLine', {
        source: provenance.sources.map((s) => s.publisher).join('; '),
      })
    : '';
  const targetPoints = useMemo(() => fromSeriesStart(path?.points ?? []), [path]);

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
      <P0TargetSvg
        label={t('povertyRate.chart.label', { region: data.name, from: first.year, to: last.year })}
        summary={`${statusLine} ${t('overview.target.summary', { first: formatPercentValue(first.value), firstYear: first.year, last: formatPercentValue(last.value), lastYear: last.year })}`}
        points={points}
        seriesName={t('overview.target.seriesActual')}
        target={path && targetPoints.length > 0 ? { name: t('overview.target.seriesTarget'), points: targetPoints } : undefined}
        selectedYear={year}
        unitLabel={t('unit.percent')}
        sourceLine={sourceLine}
        height="clamp(16rem, 30vh, 22rem)"
      />
    </Panel>
  );
}
