import type { ReactNode } from 'react';
import { HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Panel } from '../../components/panel';
import { EmptyState } from '../../components/query-state';
import { StatCard } from '../../components/stat-card';
import { formatCount, formatRate, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { monthName } from '../budget/months';
import { outcomeTotals } from './outcome-sources';
import { STATUS, StatusBadge } from './program-status';

export const ProgramOutcomes_ProgramOutcomesFragment = graphql(`
  fragment ProgramOutcomes_ProgramOutcomesFragment on ProgramOutcomes {
    month
    onTrackMaxGap
    atRiskMaxGap
    statusCounts { onTrack atRisk offTrack }
    programs {
      program { id code name outputUnit opd { shortName name } }
      beneficiariesReached
      suppressed
      beneficiaryTarget
      reachRate
      outputCumulative
      outputTarget
      outputRate
      realisasi
      pagu
      absorptionRate
      plannedRate
      costPerHousehold
      householdsGraduated
      status
      source
    }
  }
`);

interface ProgramOutcomesProps {
  outcomes: FragmentOf<typeof ProgramOutcomes_ProgramOutcomesFragment>;
  clusterLabel: string;
  year: number;
  footer: ReactNode;
}

const rate = (r: number | null) => (r === null ? '–' : formatRate(r));

/** A cluster's programs against their targets: headline cards, then one table row per program. */
export function ProgramOutcomes({ outcomes: masked, clusterLabel, year, footer }: ProgramOutcomesProps) {
  const { t, lang } = useTranslation();
  const outcomes = readFragment(ProgramOutcomes_ProgramOutcomesFragment, masked);
  const month = monthName(outcomes.month, lang);
  const { programs, statusCounts } = outcomes;

  if (programs.length === 0) {
    return (
      <EmptyState title={t('programs.outcomes.empty.title', { cluster: clusterLabel, year })}>
        <p>{t('programs.outcomes.empty.body')}</p>
      </EmptyState>
    );
  }

  const totals = outcomeTotals(programs);
  const thresholds = {
    onTrack: formatRate(outcomes.onTrackMaxGap),
    atRisk: formatRate(outcomes.atRiskMaxGap),
  };

  // The cards' source is the table's footnote right below them.
  return (
    <>
      <div className="stat-grid programs-summary">
        <StatCard label={t('programs.summary.budget')} value={rate(totals.absorptionRate)}>
          <p>{t('programs.summary.budgetMeta', { realisasi: formatRupiah(totals.realisasi), pagu: formatRupiah(totals.pagu), month })}</p>
        </StatCard>
        <StatCard label={t('programs.summary.reached')} value={totals.reached === null ? <HiddenValue /> : formatCount(totals.reached)}>
          {totals.reached !== null && (
            <p>{t('programs.summary.reachedMeta', { target: formatCount(totals.target), rate: rate(totals.reachRate) })}</p>
          )}
          {totals.hiddenPrograms > 0 && <p>{t('programs.summary.hiddenPrograms', { count: totals.hiddenPrograms })}</p>}
        </StatCard>
        <StatCard
          label={t('programs.summary.cost')}
          value={totals.reached === null ? <HiddenValue /> : totals.costPerHousehold === null ? '–' : formatRupiah(totals.costPerHousehold)}
        >
          <p>{t(totals.hiddenPrograms > 0 ? 'programs.summary.costMetaShown' : 'programs.summary.costMeta')}</p>
        </StatCard>
        <article className="card stat-card programs-status-card">
          <h2 className="stat-card__label">{t('programs.summary.status', { month })}</h2>
          <ul className="programs-status-card__list">
            {(
              [
                ['ON_TRACK', statusCounts.onTrack],
                ['AT_RISK', statusCounts.atRisk],
                ['OFF_TRACK', statusCounts.offTrack],
              ] as const
            ).map(([status, count]) => (
              <li key={status} className={`programs-status-card__item status-badge--${status}`}>
                <span className="programs-status-card__count">{formatCount(count)}</span>
                <span>
                  <span aria-hidden="true">{STATUS[status].symbol} </span>
                  {t(STATUS[status].label)}
                </span>
              </li>
            ))}
          </ul>
        </article>
      </div>

      <Panel title={t('programs.outcomes.title', { cluster: clusterLabel, month, year })} footer={footer}>
        <div className="table-scroll">
          <table className="data-table stack-table outcomes-table">
            <caption className="visually-hidden">{t('programs.outcomes.caption', { cluster: clusterLabel, month, year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('programs.outcomes.program')}</th>
                <th scope="col">{t('programs.outcomes.status')}</th>
                <th scope="col" className="num">
                  {t('programs.outcomes.reached')}
                </th>
                <th scope="col" className="num">
                  {t('programs.outcomes.output')}
                </th>
                <th scope="col" className="num">
                  {t('programs.outcomes.budget')}
                </th>
                <th scope="col" className="num">
                  {t('programs.outcomes.cost')}
                </th>
                <th scope="col" className="num">
                  {t('programs.outcomes.graduated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {programs.map((p) => (
                <tr key={p.program.id}>
                  <th scope="row">
                    <span className="outcomes-table__name">{p.program.name}</span>
                    <span className="outcomes-table__detail">
                      {p.program.code} · <abbr title={p.program.opd.name}>{p.program.opd.shortName}</abbr>
                    </span>
                  </th>
                  <td data-label={t('programs.outcomes.status')}>
                    <StatusBadge status={p.status} />
                  </td>
                  <td className="num" data-label={t('programs.outcomes.reached')}>
                    <span className="cell-stack">
                      <span className="outcomes-table__figure">
                        {p.beneficiariesReached === null ? (
                          <>
                            <HiddenValue /> / {formatCount(p.beneficiaryTarget)}
                          </>
                        ) : (
                          t('programs.outcomes.ofTarget', {
                            value: formatCount(p.beneficiariesReached),
                            target: formatCount(p.beneficiaryTarget),
                          })
                        )}
                      </span>
                      {p.beneficiariesReached !== null && <span className="outcomes-table__rate">{rate(p.reachRate)}</span>}
                    </span>
                  </td>
                  <td className="num" data-label={t('programs.outcomes.output')}>
                    <span className="cell-stack">
                      <span className="outcomes-table__figure">
                        {t('programs.outcomes.ofTarget', { value: formatCount(p.outputCumulative), target: formatCount(p.outputTarget) })}
                      </span>
                      <span className="outcomes-table__rate">
                        {rate(p.outputRate)} <span className="outcomes-table__unit">{p.program.outputUnit}</span>
                      </span>
                    </span>
                  </td>
                  <td className="num" data-label={t('programs.outcomes.budget')}>
                    <span className="cell-stack">
                      <span className="outcomes-table__figure">
                        {t('programs.outcomes.ofTarget', { value: formatRupiah(p.realisasi), target: formatRupiah(p.pagu) })}
                      </span>
                      <span className="outcomes-table__rate">
                        {t('programs.outcomes.absorbedVsPlan', { rate: rate(p.absorptionRate), planned: rate(p.plannedRate) })}
                      </span>
                    </span>
                  </td>
                  <td className="num" data-label={t('programs.outcomes.cost')}>
                    {p.suppressed ? <HiddenValue /> : p.costPerHousehold === null ? '–' : formatRupiah(p.costPerHousehold)}
                  </td>
                  <td className="num" data-label={t('programs.outcomes.graduated')}>
                    {p.suppressed ? (
                      <HiddenValue />
                    ) : p.householdsGraduated === null ? (
                      <span title={t('programs.outcomes.graduatedUnknown')}>–</span>
                    ) : (
                      formatCount(p.householdsGraduated)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {programs.some((p) => p.suppressed) && <HiddenNote />}
        <p className="note">{t(outcomes.onTrackMaxGap === 0 ? 'programs.status.explainZero' : 'programs.status.explain', thresholds)}</p>
      </Panel>
    </>
  );
}
