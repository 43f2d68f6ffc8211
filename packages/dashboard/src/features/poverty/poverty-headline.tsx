import type { ReactNode } from 'react';
import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatDecimal } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { provenanceOf } from '../../lib/provenance';
import { annualSeries, latestReading } from './poverty-rate';
import { StatusBadge } from './status-badge';
import { formatIndicatorValue, type TargetStatus } from './target-progress';

export const PovertyHeadline_IndicatorValueFragment = graphql(`
  fragment PovertyHeadline_IndicatorValueFragment on IndicatorValue {
    year
    month
    value
    vintage
    synthetic
    note
    indicator { unit }
    source { title publisher synthetic }
  }
`);

type Values = readonly FragmentOf<typeof PovertyHeadline_IndicatorValueFragment>[];

interface PovertyHeadlineProps {
  p0: Values;
  p1: Values;
  p2: Values;
  povertyLine: Values;
  poorPopulation: Values;
  year: number;
  /** The P0 target's status for the year the P0 card shows, when the region has one. */
  p0Status: (year: number) => { status: TargetStatus; target: number } | null;
}

const ARROW = { down: '▼', up: '▲', flat: '▶' } as const;

/** The newest BPS figures up to the chosen year: P0, P1 and P2, the poverty line, the poor. */
export function PovertyHeadline({ p0, p1, p2, povertyLine, poorPopulation, year, p0Status }: PovertyHeadlineProps) {
  const { t } = useTranslation();
  const words = { households: t('unit.households'), persons: t('poverty.unit.personsShort') };
  const read = (values: Values) => latestReading(annualSeries(readFragment(PovertyHeadline_IndicatorValueFragment, values)), year);
  const p0Reading = read(p0);
  const p1Reading = read(p1);
  const p2Reading = read(p2);
  const lineReading = read(povertyLine);
  const poorReading = read(poorPopulation);

  const when = (reading: { current: { year: number }; isEarlierYear: boolean }) =>
    reading.isEarlierYear
      ? t('poverty.card.earlierYear', { year, latest: reading.current.year })
      : t('poverty.card.year', { year: reading.current.year });

  type Reading = NonNullable<typeof p0Reading>;
  const card = (label: MessageKey, reading: Reading | null, extra?: (r: Reading) => ReactNode) => {
    if (!reading) {
      return (
        <StatCard label={t(label)} value="–">
          <p>{t('poverty.card.none', { year })}</p>
        </StatCard>
      );
    }
    const { current, previous, change, trend } = reading;
    const unit = current.indicator.unit;
    const provenance = provenanceOf([current]);
    return (
      <StatCard
        label={t(label)}
        value={formatIndicatorValue(current.value, unit, words)}
        footer={provenance && <Provenance provenance={provenance} note={current.note ?? undefined} />}
      >
        <p>{when(reading)}</p>
        {trend && change !== null && previous ? (
          <p className={`trend ${label === 'poverty.card.povertyLine' ? '' : `trend--${trend}`}`}>
            <span aria-hidden="true">{ARROW[trend]} </span>
            {t(`poverty.trend.${trend}`, {
              change:
                unit === 'percent'
                  ? `${formatDecimal(Math.abs(change), 2)} ${t('poverty.unit.points')}`
                  : formatIndicatorValue(Math.abs(change), unit, words),
              year: previous.year,
            })}
          </p>
        ) : null}
        {extra?.(reading)}
      </StatCard>
    );
  };

  const p0Target = p0Reading ? p0Status(p0Reading.current.year) : null;
  return (
    <div className="stat-grid poverty-headline">
      {card('poverty.card.p0', p0Reading, () =>
        p0Target ? (
          <p className="poverty-headline__status">
            <StatusBadge status={p0Target.status} />{' '}
            {t('poverty.card.against', { target: formatIndicatorValue(p0Target.target, 'percent', words) })}
          </p>
        ) : null,
      )}
      {p1Reading || p2Reading ? (
        <StatCard
          label={t('poverty.card.p1p2')}
          value={`${p1Reading ? formatDecimal(p1Reading.current.value, 2) : '–'} / ${p2Reading ? formatDecimal(p2Reading.current.value, 2) : '–'}`}
          footer={(() => {
            const provenance = provenanceOf([p1Reading?.current, p2Reading?.current].filter((v) => !!v).map((v) => v!));
            return provenance && <Provenance provenance={provenance} />;
          })()}
        >
          <p>{when((p1Reading ?? p2Reading)!)}</p>
          <p>{t('poverty.card.p1p2Meta')}</p>
        </StatCard>
      ) : (
        card('poverty.card.p1p2', null)
      )}
      {card('poverty.card.povertyLine', lineReading, () => (
        <p>{t('poverty.card.povertyLineMeta')}</p>
      ))}
      {card('poverty.card.poorPopulation', poorReading)}
    </div>
  );
}
