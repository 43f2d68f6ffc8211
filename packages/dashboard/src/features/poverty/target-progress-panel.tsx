import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { useChartTheme } from '../../lib/chart-theme';
import { formatCount, formatDate } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../../lib/provenance';
import { annualSeries, SERIES_START_YEAR } from './poverty-rate';
import { StatusBadge, StatusSymbol } from './status-badge';
import {
  formatDifference,
  formatGap,
  formatIndicatorValue,
  formatTick,
  type ProgressYear,
  STATUS_LOOK,
  STATUSES,
  summariseProgress,
  targetStepMessage,
  unitKind,
} from './target-progress';
import { buildTargetProgressChartOption } from './target-progress-chart.option';

export const TargetProgressPanel_TargetFragment = graphql(`
  fragment TargetProgressPanel_TargetFragment on Target {
    id
    name
    shape
    annualStep
    baselineValue
    baselineYear
    endYear
    dueDate
    note
    indicator { code name unit }
    progress { year target actual gap status actualSource actualSynthetic }
    source { title publisher synthetic }
  }
`);

/** The published series the target is measured on, to draw its history before the baseline. */
export const TargetProgressPanel_IndicatorValueFragment = graphql(`
  fragment TargetProgressPanel_IndicatorValueFragment on IndicatorValue {
    year
    month
    value
    vintage
    synthetic
    source { id title publisher synthetic }
  }
`);

interface TargetProgressPanelProps {
  target: FragmentOf<typeof TargetProgressPanel_TargetFragment>;
  /** The indicator's published values, when Pantau has them (P0 from BPS). */
  actuals?: readonly FragmentOf<typeof TargetProgressPanel_IndicatorValueFragment>[] | undefined;
  regionName: string;
  year: number;
}

// Where an actual comes from when the API names a registry rather than a published table.
const REGISTRY_SOURCES = new Set(['registry', 'pantau-synthetic']);

/** A target's path beside its actuals, with each year's status in the chart and in a table. */
export function TargetProgressPanel({ target: targetRef, actuals: actualRefs, regionName, year }: TargetProgressPanelProps) {
  const { t, lang } = useTranslation();
  const theme = useChartTheme();
  const target = readFragment(TargetProgressPanel_TargetFragment, targetRef);
  const actualValues = useMemo(
    () =>
      annualSeries(readFragment(TargetProgressPanel_IndicatorValueFragment, actualRefs ?? [])).filter((v) => v.year >= SERIES_START_YEAR),
    [actualRefs],
  );
  const unit = target.indicator.unit;
  const kind = unitKind(unit);
  const words = useMemo(
    () => ({ households: t('unit.households'), persons: t('poverty.unit.personsShort'), points: t('poverty.unit.points') }),
    [t],
  );
  const formatValue = useMemo(() => (v: number) => formatIndicatorValue(v, unit, words), [unit, words]);
  const progress: ProgressYear[] = target.progress;
  const statusLabels = useMemo(
    () => ({ ON_TRACK: t(STATUS_LOOK.ON_TRACK.label), AT_RISK: t(STATUS_LOOK.AT_RISK.label), OFF_TRACK: t(STATUS_LOOK.OFF_TRACK.label) }),
    [t],
  );
  const unitLabel = unitAxisLabel(unit, t);

  const sourceTitles = new Map(actualValues.map((v) => [v.source.id, v.source]));
  const actualSourceIds = [...new Set(progress.map((p) => p.actualSource).filter((s): s is string => !!s))];
  const actualSources = actualSourceIds.flatMap((ids) => ids.split(/[,;]\s*/)).filter((s, i, all) => all.indexOf(s) === i);
  const provenance: ProvenanceInfo = {
    sources: [
      ...(target.source ? [{ title: target.source.title, publisher: t('poverty.target.sourceTarget') }] : []),
      ...actualSources.map((id) => {
        const known = sourceTitles.get(id);
        if (known) return { title: known.title, publisher: known.publisher };
        if (REGISTRY_SOURCES.has(id)) return { title: '', publisher: t('provenance.registry') };
        return { title: id, publisher: t('poverty.target.sourceActual') };
      }),
    ],
    vintage: actualValues.at(-1)?.vintage ?? null,
    synthetic: progress.some((p) => p.actualSynthetic) || !!target.source?.synthetic || actualValues.some((v) => v.synthetic),
  };
  // The chart's own line names where the actuals come from; the footnote adds the target's source.
  const actualPublishers = provenance.sources.slice(target.source ? 1 : 0).map((s) => s.publisher);
  const actualsSynthetic = progress.some((p) => p.actualSynthetic) || actualValues.some((v) => v.synthetic);
  const sourceLine = t(actualsSynthetic ? 'poverty.chart.sourceLineSynthetic' : 'poverty.chart.sourceLine', {
    source: [...new Set(actualPublishers)].join('; '),
  });

  const option = useMemo(
    () =>
      buildTargetProgressChartOption({
        actuals: actualValues.length > 0 ? actualValues : undefined,
        progress,
        actualName: t('poverty.target.actualSeries', {
          indicator: /^P[0-2]$/.test(target.indicator.code) ? target.indicator.code : target.indicator.name,
        }),
        targetName: t('poverty.target.pathSeries'),
        statusLabels,
        unitLabel,
        padAxis: kind === 'percent' || kind === 'index',
        formatValue,
        formatTick: (v) => (kind === 'households' || kind === 'persons' ? formatCount(v) : formatTick(v)),
        sourceLine,
        selectedYear: year,
        theme,
      }),
    [
      actualValues,
      progress,
      target.indicator.code,
      target.indicator.name,
      statusLabels,
      unitLabel,
      kind,
      formatValue,
      sourceLine,
      year,
      theme,
      t,
    ],
  );

  const step = targetStepMessage({ shape: target.shape, annualStep: target.annualStep, dueDate: target.dueDate, unit });
  const statement = t(step.key, {
    step: step.step,
    baseline: formatValue(target.baselineValue),
    baselineYear: target.baselineYear,
    endYear: target.endYear,
    end: formatValue(progress.at(-1)?.target ?? target.baselineValue),
    date: target.dueDate ? formatDate(target.dueDate, lang) : String(target.endYear),
  });
  const { counts, latest } = summariseProgress(progress);
  // Padang Panjang's "0.5% a year" means percentage points, not a relative cut (DESIGN.md,
  // Targets): say so with the path's own first step. The API's note is in English.
  const [firstYear, secondYear] = progress;
  const targetNote =
    target.shape === 'ANNUAL_POINT_REDUCTION' && kind === 'percent' && firstYear && secondYear
      ? t('poverty.target.pointsNote', { from: formatValue(firstYear.target), to: formatValue(secondYear.target) })
      : lang === 'en' && target.note
        ? t('poverty.target.note', { note: target.note })
        : undefined;
  const title = target.name;

  if (progress.length === 0) {
    return (
      <Panel title={title}>
        <p className="target__statement">{statement}</p>
        <EmptyState title={t('poverty.target.noPath.title')}>
          <p>{t('poverty.target.noPath.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const chartSummary = t('poverty.target.chartSummary', {
    statement,
    latestYear: latest?.year ?? '–',
    latestActual: latest?.actual != null ? formatValue(latest.actual) : '–',
    latestTarget: latest ? formatValue(latest.target) : '–',
    latestStatus: latest?.status ? statusLabels[latest.status] : '–',
    onTrack: counts.ON_TRACK,
    atRisk: counts.AT_RISK,
    offTrack: counts.OFF_TRACK,
  });

  return (
    <Panel title={title} className="target-panel" footer={<Provenance provenance={provenance} note={targetNote} />}>
      <div className="target-panel__lead">
        <p className="target__statement">{statement}</p>
        {latest?.status && (
          <p className="target__latest">
            {t('poverty.target.latest', { year: latest.year })} <StatusBadge status={latest.status} />
          </p>
        )}
      </div>
      <div className="target-panel__body">
        <div className="target-panel__chart">
          <Chart
            label={t('poverty.target.chartLabel', { target: title, region: regionName })}
            summary={chartSummary}
            option={option}
            height="clamp(18rem, 34vh, 26rem)"
          />
          <ul className="status-legend" aria-label={t('poverty.status.legend')}>
            {STATUSES.map((s) => (
              <li key={s}>
                <StatusSymbol status={s} />
                {statusLabels[s]}
                <span className="status-legend__count">({t('poverty.status.years', { count: counts[s] })})</span>
              </li>
            ))}
            <li>
              <span className="status-legend__path" aria-hidden="true" />
              {t('poverty.target.pathSeries')}
            </li>
          </ul>
        </div>
        <div className="table-scroll target-panel__table">
          <table className="data-table status-table">
            <caption className="visually-hidden">{t('poverty.target.tableCaption', { target: title, region: regionName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('poverty.target.col.year')}</th>
                <th scope="col" className="num">
                  {t('poverty.target.col.target')}
                </th>
                <th scope="col" className="num">
                  {t('poverty.target.col.actual')}
                </th>
                <th scope="col" className="num status-table__diff">
                  {t('poverty.target.col.difference')}
                </th>
                <th scope="col">{t('poverty.target.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <tr
                  key={p.year}
                  aria-current={p.year === year ? 'true' : undefined}
                  className={p.year === year ? 'is-selected' : undefined}
                >
                  <th scope="row">{p.year}</th>
                  <td className="num">{formatValue(p.target)}</td>
                  <td className="num">
                    {p.actual === null ? (
                      <span className="muted">{t('poverty.target.noActual')}</span>
                    ) : (
                      <>
                        {formatValue(p.actual)}
                        {p.actualSynthetic && (
                          <span className="synthetic-mark" title={t('provenance.syntheticHint')}>
                            {' '}
                            *<span className="visually-hidden"> ({t('provenance.synthetic')})</span>
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td
                    className="num status-table__diff"
                    title={p.gap !== null ? t('poverty.target.gapHint', { gap: formatGap(p.gap) }) : undefined}
                  >
                    {p.actual === null ? '–' : formatDifference(p.actual, p.target, unit, words)}
                  </td>
                  <td>{p.status ? <StatusBadge status={p.status} /> : <span className="muted">{t('poverty.status.none')}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {progress.some((p) => p.actualSynthetic) && <p className="table-note">* {t('poverty.target.syntheticNote')}</p>}
        </div>
      </div>
    </Panel>
  );
}

/** The value axis's name, with its unit in words. */
export function unitAxisLabel(unit: string, t: (key: MessageKey) => string): string {
  switch (unitKind(unit)) {
    case 'percent':
      return t('unit.percent');
    case 'index':
      return t('poverty.unit.index');
    case 'households':
      return t('poverty.unit.households');
    case 'persons':
    case 'thousandPersons':
      return t('poverty.unit.persons');
    case 'rupiah':
      return t('poverty.unit.rupiahPerCapita');
    default:
      return unit;
  }
}
