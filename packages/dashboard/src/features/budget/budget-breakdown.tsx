import { type ReactNode, useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Segmented } from '../../components/segmented';
import { useChartTheme } from '../../lib/chart-theme';
import { formatCount, formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { budgetBreakdownHeight, buildBudgetBreakdownOption } from './budget-breakdown.option';
import { budgetTotals, GROUPINGS, type Grouping } from './budget-rows';
import { monthName } from './months';
import { useNarrowScreen } from './use-narrow-screen';

export const BudgetBreakdown_BudgetRowFragment = graphql(`
  fragment BudgetBreakdown_BudgetRowFragment on BudgetRow {
    key
    label
    pagu
    realisasi
    absorptionRate
    plannedCumulative
    plannedRate
    programCount
    month
    cluster { number name }
    opd { shortName name }
  }
`);

type Row = ResultOf<typeof BudgetBreakdown_BudgetRowFragment>;

const GROUPING_KEYS: Record<Grouping, { option: MessageKey; column: MessageKey; title: MessageKey }> = {
  CLUSTER: { option: 'budget.grouping.cluster', column: 'budget.table.cluster', title: 'budget.breakdown.titleCluster' },
  OPD: { option: 'budget.grouping.opd', column: 'budget.table.opd', title: 'budget.breakdown.titleOpd' },
  PROGRAM: { option: 'budget.grouping.program', column: 'budget.table.program', title: 'budget.breakdown.titleProgram' },
};

interface BudgetBreakdownProps {
  rows: readonly FragmentOf<typeof BudgetBreakdown_BudgetRowFragment>[];
  grouping: Grouping;
  onGroupingChange: (grouping: Grouping) => void;
  regionName: string;
  /** Program codes by row key (`program:45`), for the line under a program's name. */
  programCodes: ReadonlyMap<string, string>;
  footer: ReactNode;
}

/** Pagu against realisasi per cluster, OPD or program: a table beside horizontal bars. */
export function BudgetBreakdown({ rows: masked, grouping, onGroupingChange, regionName, programCodes, footer }: BudgetBreakdownProps) {
  const { t, lang } = useTranslation();
  const theme = useChartTheme();
  const compact = useNarrowScreen();
  const rows = readFragment(BudgetBreakdown_BudgetRowFragment, masked);
  const totals = budgetTotals(rows);
  const month = rows[0]?.month ?? 12;
  const monthLabel = monthName(month, lang);
  const keys = GROUPING_KEYS[grouping];
  const plannedLabel = t('budget.table.planned', { month: monthName(month, lang, 'short') });
  const names = useMemo(
    () => ({
      pagu: t('budget.pagu'),
      realisasi: t('budget.realisasi'),
      planned: t('budget.plannedTo', { month: monthName(month, lang, 'short') }),
      absorption: t('budget.absorption'),
    }),
    [t, lang, month],
  );
  const option = useMemo(
    () => buildBudgetBreakdownOption({ rows, names, unitLabel: t('budget.unit.rupiah'), theme, compact }),
    [rows, names, t, theme, compact],
  );
  const top = [...rows].sort((a, b) => (b.absorptionRate ?? -1) - (a.absorptionRate ?? -1))[0];
  const bottom = [...rows].sort((a, b) => (a.absorptionRate ?? 2) - (b.absorptionRate ?? 2))[0];

  const switcher = (
    <Segmented
      label={t('budget.grouping.label')}
      options={GROUPINGS.map((g) => ({ value: g, label: t(GROUPING_KEYS[g].option) }))}
      value={grouping}
      onChange={onGroupingChange}
    />
  );

  return (
    <Panel title={t(keys.title, { month: monthLabel })} actions={switcher} footer={footer} className="budget-breakdown">
      <div className="budget-breakdown__body">
        <div className="table-scroll budget-breakdown__table">
          <table className="data-table stack-table">
            <caption className="visually-hidden">{t('budget.table.caption', { region: regionName, month: monthLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(keys.column)}</th>
                <th scope="col" className="num">
                  {t('budget.pagu')}
                </th>
                <th scope="col" className="num">
                  {t('budget.realisasi')}
                </th>
                <th scope="col" className="num">
                  {t('budget.absorption')}
                </th>
                <th scope="col" className="num">
                  {plannedLabel}
                </th>
                {grouping !== 'PROGRAM' && (
                  <th scope="col" className="num">
                    {t('budget.table.programs')}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    <span className="budget-row__label">{r.label}</span>
                    <RowDetail row={r} grouping={grouping} code={programCodes.get(r.key)} />
                  </th>
                  <td className="num" data-label={t('budget.pagu')}>
                    {formatRupiah(r.pagu)}
                  </td>
                  <td className="num" data-label={t('budget.realisasi')}>
                    {formatRupiah(r.realisasi)}
                  </td>
                  <td className="num budget-row__rate" data-label={t('budget.absorption')}>
                    {r.absorptionRate === null ? '–' : formatRate(r.absorptionRate)}
                  </td>
                  <td className="num" data-label={plannedLabel}>
                    {r.plannedRate === null ? '–' : formatRate(r.plannedRate)}
                  </td>
                  {grouping !== 'PROGRAM' && (
                    <td className="num" data-label={t('budget.table.programs')}>
                      {formatCount(r.programCount)}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            {rows.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row">{t('budget.table.total')}</th>
                  <td className="num" data-label={t('budget.pagu')}>
                    {formatRupiah(totals.pagu)}
                  </td>
                  <td className="num" data-label={t('budget.realisasi')}>
                    {formatRupiah(totals.realisasi)}
                  </td>
                  <td className="num" data-label={t('budget.absorption')}>
                    {totals.absorptionRate === null ? '–' : formatRate(totals.absorptionRate)}
                  </td>
                  <td className="num" data-label={plannedLabel}>
                    {totals.plannedRate === null ? '–' : formatRate(totals.plannedRate)}
                  </td>
                  {grouping !== 'PROGRAM' && (
                    <td className="num" data-label={t('budget.table.programs')}>
                      {formatCount(rows.reduce((s, r) => s + r.programCount, 0))}
                    </td>
                  )}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
        <div className="budget-breakdown__chart">
          <Chart
            label={t('budget.breakdown.chartLabel', { region: regionName, month: monthLabel })}
            summary={
              top && bottom
                ? t('budget.breakdown.chartSummary', {
                    count: rows.length,
                    top: top.label,
                    topRate: top.absorptionRate === null ? '–' : formatRate(top.absorptionRate),
                    bottom: bottom.label,
                    bottomRate: bottom.absorptionRate === null ? '–' : formatRate(bottom.absorptionRate),
                  })
                : ''
            }
            option={option}
            height={`${budgetBreakdownHeight(rows.length, theme)}px`}
          />
        </div>
      </div>
    </Panel>
  );
}

/** The line under a row's name: the cluster's theme, the OPD's short name, a program's code, OPD and cluster. */
function RowDetail({ row, grouping, code }: { row: Row; grouping: Grouping; code: string | undefined }) {
  const { t } = useTranslation();
  let detail: string | null = null;
  if (grouping === 'CLUSTER') detail = row.cluster?.name ?? null;
  else if (grouping === 'OPD') detail = row.opd?.shortName ?? null;
  else
    detail = [code, row.opd?.shortName, row.cluster && t('budget.table.clusterNumber', { number: row.cluster.number })]
      .filter(Boolean)
      .join(' · ');
  return detail ? <span className="budget-row__detail">{detail}</span> : null;
}
