import { StatCard } from '../../components/stat-card';
import { formatCount, formatDecimal, formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { budgetTotals } from './budget-rows';
import { monthName } from './months';

export const BudgetSummary_BudgetRowFragment = graphql(`
  fragment BudgetSummary_BudgetRowFragment on BudgetRow {
    pagu
    realisasi
    plannedCumulative
    programCount
    month
  }
`);

interface BudgetSummaryProps {
  rows: readonly FragmentOf<typeof BudgetSummary_BudgetRowFragment>[];
}

/** Pagu, realisasi and absorption against plan for the whole region: three headline cards. */
// The cards' source is the breakdown's footnote right below them: the same rows, summed.
export function BudgetSummary({ rows: masked }: BudgetSummaryProps) {
  const { t, lang } = useTranslation();
  const rows = readFragment(BudgetSummary_BudgetRowFragment, masked);
  const totals = budgetTotals(rows);
  const programs = rows.reduce((s, r) => s + r.programCount, 0);
  const month = monthName(rows[0]?.month ?? 12, lang);
  const gapPoints =
    totals.absorptionRate !== null && totals.plannedRate !== null ? (totals.absorptionRate - totals.plannedRate) * 100 : null;
  const behind = gapPoints !== null && gapPoints < -0.05;
  return (
    <div className="stat-grid budget-summary">
      <StatCard label={t('budget.summary.pagu')} value={formatRupiah(totals.pagu)}>
        <p>{t('budget.summary.paguMeta', { count: formatCount(programs) })}</p>
      </StatCard>
      <StatCard label={t('budget.summary.realisasi')} value={formatRupiah(totals.realisasi)}>
        <p>{t('budget.summary.realisasiMeta', { month })}</p>
      </StatCard>
      <StatCard label={t('budget.summary.absorption')} value={totals.absorptionRate === null ? '–' : formatRate(totals.absorptionRate)}>
        <p>
          {t('budget.summary.planned', {
            month,
            planned: totals.plannedRate === null ? '–' : formatRate(totals.plannedRate),
          })}
        </p>
        {gapPoints !== null && (
          <p className={behind ? 'budget-gap budget-gap--behind' : 'budget-gap budget-gap--ahead'}>
            <span aria-hidden="true">{behind ? '▼ ' : '▲ '}</span>
            {t(behind ? 'budget.summary.behindPlan' : 'budget.summary.onPlan', { points: formatDecimal(Math.abs(gapPoints), 1) })}
          </p>
        )}
      </StatCard>
    </div>
  );
}
