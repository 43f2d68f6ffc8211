import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { EmptyState } from '../../components/query-state';
import { useChartTheme } from '../../lib/chart-theme';
import { formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { curveStanding } from './budget-curve';
import { buildBudgetCurveOption } from './budget-curve.option';
import { MONTHS, monthName } from './months';

export const BudgetCurveChart_BudgetCurvePointFragment = graphql(`
  fragment BudgetCurveChart_BudgetCurvePointFragment on BudgetCurvePoint {
    month
    pagu
    planned
    realised
    reported
    programCount
  }
`);

interface BudgetCurveChartProps {
  points: readonly FragmentOf<typeof BudgetCurveChart_BudgetCurvePointFragment>[];
  /** What the curve covers: the region, or a cluster or OPD in it. */
  scope: string;
  year: number;
}

/** The cumulative realisasi of the year against the planned disbursement, month by month. */
export function BudgetCurveChart({ points: masked, scope, year }: BudgetCurveChartProps) {
  const { t, lang } = useTranslation();
  const theme = useChartTheme();
  const points = readFragment(BudgetCurveChart_BudgetCurvePointFragment, masked);
  const pagu = points[0]?.pagu ?? 0;
  const standing = curveStanding(points, pagu);
  const option = useMemo(
    () =>
      buildBudgetCurveOption({
        points,
        pagu,
        monthLabels: MONTHS.map((m) => monthName(m, lang, 'short')),
        names: { planned: t('budget.curve.planned'), realised: t('budget.curve.realised') },
        unitLabel: t('budget.unit.rupiahCumulative'),
        theme,
      }),
    [points, pagu, lang, t, theme],
  );

  if (pagu === 0 || (points[0]?.programCount ?? 0) === 0) {
    return (
      <EmptyState title={t('budget.curve.empty.title', { scope, year })}>
        <p>{t('budget.curve.empty.body')}</p>
      </EmptyState>
    );
  }

  const month = standing.month === null ? null : monthName(standing.month, lang);
  const lead =
    month === null
      ? t('budget.curve.leadNone', { planned: formatRupiah(points.at(-1)?.planned ?? 0) })
      : t(standing.planGap > 0.005 ? 'budget.curve.leadBehind' : 'budget.curve.leadOnPlan', {
          month,
          realised: formatRupiah(standing.realised),
          realisedRate: standing.realisedRate === null ? '–' : formatRate(standing.realisedRate),
          planned: formatRupiah(standing.planned),
          plannedRate: standing.plannedRate === null ? '–' : formatRate(standing.plannedRate),
        });

  return (
    <div className="stack budget-curve">
      <p className="budget-curve__lead">{lead}</p>
      <Chart
        label={t('budget.curve.chartLabel', { scope, year })}
        summary={t('budget.curve.chartSummary', {
          first: formatRupiah(points[0]?.planned ?? 0),
          last: formatRupiah(points.at(-1)?.planned ?? 0),
        })}
        option={option}
        height="clamp(16rem, 32vh, 24rem)"
      />
    </div>
  );
}
