import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { budgetMonthMissing } from '../budget/budget-month';
import { monthName } from '../reports/months';
import { StatusBadge } from './status-badge';

export const BudgetHeadline_BudgetHeadlineFragment = graphql(`
  fragment BudgetHeadline_BudgetHeadlineFragment on BudgetHeadline {
    month programCount reportedPrograms pagu realisasi plannedCumulative absorptionRate plannedRate status
  }
`);

interface Props {
  headline: FragmentOf<typeof BudgetHeadline_BudgetHeadlineFragment> | null;
  year: number;
}

/** Budget absorption of the year to the latest approved month: realisasi over pagu, against the plan. */
export function BudgetHeadline({ headline, year }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = t('overview.budget.title');
  const b = readFragment(BudgetHeadline_BudgetHeadlineFragment, headline);
  if (!b) {
    return (
      <StatCard label={label} value="–">
        <p>{t('overview.budget.none', { year })}</p>
      </StatCard>
    );
  }
  const month = monthName(b.month, lang);
  return (
    <StatCard
      label={label}
      value={b.absorptionRate === null ? '–' : formatRate(b.absorptionRate)}
      footer={
        <Provenance provenance={{ sources: [{ title: '', publisher: t('overview.budget.source') }], vintage: null, synthetic: null }} />
      }
    >
      <p>{t('overview.budget.meta', { realisasi: formatRupiah(b.realisasi), pagu: formatRupiah(b.pagu), month, year })}</p>
      <p className="budget-rule-line">
        {budgetMonthMissing(
          { month: b.month, year, programCount: b.programCount, reportedPrograms: b.reportedPrograms, chosen: false },
          t,
          lang,
        )}
      </p>
      <div className="headline-status">
        <StatusBadge status={b.status} kind="plan" />
        {b.plannedRate !== null && <span>{t('overview.budget.plan', { month, rate: formatRate(b.plannedRate) })}</span>}
      </div>
    </StatCard>
  );
}
