import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatDecimal, formatPercentValue } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { changeFrom } from './headline';
import { StatusBadge } from './status-badge';
import { TrendLine } from './trend-line';

export const PovertyRateHeadline_PovertyRateHeadlineFragment = graphql(`
  fragment PovertyRateHeadline_PovertyRateHeadlineFragment on PovertyRateHeadline {
    year value previousYear previousValue target status targetName sourceId sourceTitle vintage synthetic
  }
`);

interface Props {
  headline: FragmentOf<typeof PovertyRateHeadline_PovertyRateHeadlineFragment> | null;
  year: number;
}

/** P0 of the chosen year (or the newest before it), its change, and where it stands against the target. */
export function PovertyRateHeadline({ headline, year }: Props) {
  const { t } = useTranslation();
  const label = t('povertyRate.card.title');
  const p = readFragment(PovertyRateHeadline_PovertyRateHeadlineFragment, headline);
  if (!p) {
    return (
      <StatCard label={label} value="–">
        <p>{t('povertyRate.card.none', { year })}</p>
      </StatCard>
    );
  }
  const change = changeFrom(p.value, p.previousYear === p.year - 1 ? p.previousValue : null);
  return (
    <StatCard
      label={label}
      value={formatPercentValue(p.value)}
      footer={
        <Provenance provenance={{ sources: [{ title: '', publisher: p.sourceTitle }], vintage: p.vintage, synthetic: p.synthetic }} />
      }
    >
      <p>{p.year === year ? t('povertyRate.card.year', { year: p.year }) : t('povertyRate.card.earlierYear', { year, latest: p.year })}</p>
      <TrendLine trend={change?.trend ?? null}>
        {change && p.previousValue !== null && p.previousYear !== null
          ? t(`trend.${change.trend}`, {
              change: formatDecimal(Math.abs(change.change), 2),
              year: p.previousYear,
              previous: formatPercentValue(p.previousValue),
            })
          : t('trend.none', { year: p.year - 1 })}
      </TrendLine>
      {p.target !== null ? (
        <div className="headline-status">
          <StatusBadge status={p.status} />
          <span>{t('overview.povertyRate.target', { year: p.year, target: formatPercentValue(p.target) })}</span>
        </div>
      ) : p.targetName ? (
        // A target exists but its path has no point for this year (it starts later or ended):
        // say so, since the chart beside the card draws that path.
        <p>{t('overview.povertyRate.targetNotForYear', { name: p.targetName, year: p.year })}</p>
      ) : (
        <p>{t('overview.povertyRate.noTarget')}</p>
      )}
    </StatCard>
  );
}
