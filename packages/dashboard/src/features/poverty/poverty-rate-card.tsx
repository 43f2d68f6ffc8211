import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatDecimal, formatPercentValue } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { annualSeries, latestReading } from './poverty-rate';

export const PovertyRateCard_IndicatorValueFragment = graphql(`
  fragment PovertyRateCard_IndicatorValueFragment on IndicatorValue {
    year
    month
    value
    vintage
    synthetic
    note
    source { title publisher synthetic }
  }
`);

interface PovertyRateCardProps {
  values: readonly FragmentOf<typeof PovertyRateCard_IndicatorValueFragment>[];
  year: number;
}

const ARROW = { down: '▼', up: '▲', flat: '▶' } as const;

/** P0 for the chosen year (or the newest before it) and its change from the year before. */
export function PovertyRateCard({ values, year }: PovertyRateCardProps) {
  const { t } = useTranslation();
  const series = annualSeries(readFragment(PovertyRateCard_IndicatorValueFragment, values));
  const reading = latestReading(series, year);
  const label = t('povertyRate.card.title');

  if (!reading) {
    return (
      <StatCard label={label} value="–">
        <p>{t('povertyRate.card.none', { year })}</p>
      </StatCard>
    );
  }

  const { current, previous, change, trend } = reading;
  const provenance = provenanceOf([current]);
  return (
    <StatCard
      label={label}
      value={formatPercentValue(current.value)}
      footer={provenance && <Provenance provenance={provenance} note={current.note ?? undefined} />}
    >
      <p>
        {reading.isEarlierYear
          ? t('povertyRate.card.earlierYear', { year, latest: current.year })
          : t('povertyRate.card.year', { year: current.year })}
      </p>
      {/* Falling poverty is good news: the arrow and the words carry it, not colour alone. */}
      {trend && change !== null && previous ? (
        <p className={`trend trend--${trend}`}>
          <span aria-hidden="true">{ARROW[trend]} </span>
          {t(`trend.${trend}`, {
            change: formatDecimal(Math.abs(change), 2),
            year: previous.year,
            previous: formatPercentValue(previous.value),
          })}
        </p>
      ) : (
        <p className="trend">{t('trend.none', { year: current.year - 1 })}</p>
      )}
    </StatCard>
  );
}
