import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { formatCount, formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { budgetMonthNote } from '../budget/budget-month';
import { monthName } from '../reports/months';
import { budgetMeter, programShares } from './headline';
import { StatusBadge } from './status-badge';

export const BudgetAbsorption_BudgetHeadlineFragment = graphql(`
  fragment BudgetAbsorption_BudgetHeadlineFragment on BudgetHeadline {
    month programCount reportedPrograms pagu realisasi plannedCumulative absorptionRate plannedRate status
  }
`);

export const BudgetAbsorption_ProgramStatusCountsFragment = graphql(`
  fragment BudgetAbsorption_ProgramStatusCountsFragment on ProgramStatusCounts { onTrack atRisk offTrack month }
`);

interface Props {
  budget: FragmentOf<typeof BudgetAbsorption_BudgetHeadlineFragment> | null;
  programs: FragmentOf<typeof BudgetAbsorption_ProgramStatusCountsFragment>;
  year: number;
  /** Where the full budget page is, once it exists. */
  budgetLink: { pathname: string; search: string } | null;
}

const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

/**
 * Realisasi against pagu with the planned disbursement to date marked (a bullet bar, drawn in HTML:
 * no chart library for three numbers), and the programs on track, at risk and off track.
 */
export function BudgetAbsorption({ budget, programs, year, budgetLink }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const b = readFragment(BudgetAbsorption_BudgetHeadlineFragment, budget);
  const counts = readFragment(BudgetAbsorption_ProgramStatusCountsFragment, programs);
  if (!b) {
    return (
      <Panel title={t('overview.budget.panelTitleEmpty')}>
        <EmptyState title={t('overview.budget.none', { year })}>
          <p>{t('overview.budget.noneBody')}</p>
        </EmptyState>
      </Panel>
    );
  }
  const month = monthName(b.month, lang);
  const meter = budgetMeter(b);
  const shares = programShares(counts);
  const realisedText = b.absorptionRate === null ? '–' : formatRate(b.absorptionRate);
  const plannedText = b.plannedRate === null ? '–' : formatRate(b.plannedRate);
  return (
    <Panel
      title={t('overview.budget.panelTitle', { month, year })}
      actions={<StatusBadge status={b.status} kind="plan" />}
      footer={
        <div className="panel-footer-row">
          <Provenance
            provenance={{ sources: [{ title: '', publisher: t('overview.budget.source') }], vintage: null, synthetic: null }}
            note={budgetMonthNote(
              { month: b.month, year, programCount: b.programCount, reportedPrograms: b.reportedPrograms, chosen: false },
              t,
              lang,
            )}
          />
          {budgetLink && (
            <Link className="more-link" to={budgetLink}>
              {t('overview.budget.more')}
            </Link>
          )}
        </div>
      }
    >
      <div
        className="bullet"
        role="img"
        aria-label={t('overview.budget.meterLabel', { realised: realisedText, planned: plannedText, month })}
      >
        <div className="bullet__track">
          <div className="bullet__fill" style={{ width: pct(meter.realised) }} />
          <div className="bullet__plan" style={{ left: pct(meter.planned) }} />
        </div>
        <div className="bullet__scale" aria-hidden="true">
          <span>0</span>
          <span>{t('overview.budget.paguShort', { pagu: formatRupiah(b.pagu) })}</span>
        </div>
      </div>
      <dl className="figure-list">
        <div className="figure-list__item figure-list__item--realised">
          <dt>
            <span className="swatch swatch--realised" aria-hidden="true" />
            {t('overview.budget.realised', { month })}
          </dt>
          <dd>
            <strong data-testid="budget-realisasi">{formatRupiah(b.realisasi)}</strong> ({realisedText})
          </dd>
        </div>
        <div className="figure-list__item">
          <dt>
            <span className="swatch swatch--plan" aria-hidden="true" />
            {t('overview.budget.planned', { month })}
          </dt>
          <dd>
            <strong>{formatRupiah(b.plannedCumulative)}</strong> ({plannedText})
          </dd>
        </div>
        <div className="figure-list__item">
          <dt>{t('overview.budget.pagu')}</dt>
          <dd>
            <strong>{formatRupiah(b.pagu)}</strong>
          </dd>
        </div>
      </dl>
      {shares.total > 0 && (
        <div className="program-status">
          <h3 className="program-status__title">{t('overview.programs.title', { count: formatCount(shares.total), month })}</h3>
          <div className="program-status__bar" aria-hidden="true">
            {(['onTrack', 'atRisk', 'offTrack'] as const).map((k) =>
              shares[k] > 0 ? (
                <span key={k} className={`program-status__segment program-status__segment--${k}`} style={{ width: pct(shares[k]) }} />
              ) : null,
            )}
          </div>
          <ul className="program-status__legend">
            <li>
              <StatusBadge status="ON_TRACK" kind="plan" /> {formatCount(counts.onTrack)}
            </li>
            <li>
              <StatusBadge status="AT_RISK" kind="plan" /> {formatCount(counts.atRisk)}
            </li>
            <li>
              <StatusBadge status="OFF_TRACK" kind="plan" /> {formatCount(counts.offTrack)}
            </li>
          </ul>
        </div>
      )}
    </Panel>
  );
}
