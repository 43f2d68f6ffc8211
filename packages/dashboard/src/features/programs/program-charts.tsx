import { type ReactNode, useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { useChartTheme } from '../../lib/chart-theme';
import { formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { useNarrowScreen } from '../budget/use-narrow-screen';
import { buildAchievementOption, buildCostPerHouseholdOption, programChartHeight } from './program-charts.option';

export const ProgramCharts_ProgramOutcomesFragment = graphql(`
  fragment ProgramCharts_ProgramOutcomesFragment on ProgramOutcomes {
    programs {
      program { id name }
      reachRate
      suppressed
      outputRate
      absorptionRate
      costPerHousehold
    }
  }
`);

interface ProgramChartsProps {
  outcomes: FragmentOf<typeof ProgramCharts_ProgramOutcomesFragment>;
  clusterLabel: string;
  footer: ReactNode;
}

/** Achievement against targets and cost per household reached, per program of a cluster. */
export function ProgramCharts({ outcomes: masked, clusterLabel, footer }: ProgramChartsProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const compact = useNarrowScreen();
  const { programs } = readFragment(ProgramCharts_ProgramOutcomesFragment, masked);
  const achievement = useMemo(
    () =>
      buildAchievementOption({
        rows: programs.map((p) => ({
          label: p.program.name,
          reachRate: p.reachRate,
          reachHidden: p.suppressed,
          outputRate: p.outputRate,
          absorptionRate: p.absorptionRate,
        })),
        names: {
          reach: t('programs.chart.reach'),
          output: t('programs.chart.output'),
          absorption: t('programs.chart.absorption'),
          target: t('programs.chart.target'),
          hidden: t('privacy.hidden'),
        },
        unitLabel: t('programs.chart.rateUnit'),
        theme,
        compact,
      }),
    [programs, t, theme, compact],
  );
  const cost = useMemo(
    () =>
      buildCostPerHouseholdOption({
        rows: programs.map((p) => ({ label: p.program.name, costPerHousehold: p.costPerHousehold, hidden: p.suppressed })),
        seriesName: t('programs.chart.cost'),
        hiddenText: t('privacy.hidden'),
        unitLabel: t('programs.chart.costUnit'),
        theme,
        compact,
      }),
    [programs, t, theme, compact],
  );
  if (programs.length === 0) return null;
  const dearest = [...programs].sort((a, b) => (b.costPerHousehold ?? -1) - (a.costPerHousehold ?? -1))[0];

  return (
    <div className="programs-charts">
      <Panel title={t('programs.chart.achievementTitle')} footer={footer}>
        <Chart
          label={t('programs.chart.achievementLabel', { cluster: clusterLabel })}
          summary={t('programs.chart.achievementSummary', { count: programs.length })}
          option={achievement}
          height={`${programChartHeight(programs.length, 3, theme)}px`}
        />
      </Panel>
      <Panel title={t('programs.chart.costTitle')} footer={footer}>
        <Chart
          label={t('programs.chart.costLabel', { cluster: clusterLabel })}
          summary={
            dearest?.costPerHousehold
              ? t('programs.chart.costSummary', { program: dearest.program.name, cost: formatRupiah(dearest.costPerHousehold) })
              : ''
          }
          option={cost}
          height={`${programChartHeight(programs.length, 1, theme)}px`}
        />
        <p className="note">{t('programs.chart.costNote')}</p>
      </Panel>
    </div>
  );
}
