import { HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatCount } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryProvenance } from '../../lib/provenance';
import { changeFrom } from './headline';
import { TrendLine } from './trend-line';

export const ExtremePoorHeadline_ExtremePoorHeadlineFragment = graphql(`
  fragment ExtremePoorHeadline_ExtremePoorHeadlineFragment on ExtremePoorHeadline {
    households previousYear previousValue priorityAtZero priorityTotal priorityGroupName sourceId synthetic vintage
    provenance { kind rowsSynthetic vintage official { value year vintage source { title publisher } } }
  }
`);

interface Props {
  headline: FragmentOf<typeof ExtremePoorHeadline_ExtremePoorHeadlineFragment>;
}

/** Extreme-poor households (KK) left in the registry, against the last published count, and priority places at zero. */
export function ExtremePoorHeadline({ headline }: Props) {
  const { t } = useTranslation();
  const h = readFragment(ExtremePoorHeadline_ExtremePoorHeadlineFragment, headline);
  const change = h.households === null ? null : changeFrom(h.households, h.previousValue, 0);
  // Palembang's 10.644 is an official count over generated rows: the footnote says both (issue 8).
  const provenance = registryProvenance(t('provenance.registry'), h.provenance);
  return (
    <StatCard
      label={t('extremePoor.card.title')}
      value={h.households === null ? <HiddenValue /> : formatCount(h.households)}
      footer={<Provenance provenance={provenance} />}
    >
      <p>{t('extremePoor.card.meta')}</p>
      {h.households === null && <HiddenNote />}
      {change && h.previousYear !== null && h.previousValue !== null ? (
        <TrendLine trend={change.trend}>
          {t(`overview.extremePoor.trend.${change.trend}`, {
            change: formatCount(Math.abs(change.change)),
            year: h.previousYear,
            previous: formatCount(h.previousValue),
          })}
        </TrendLine>
      ) : null}
      {h.priorityTotal > 0 && (
        <p className={h.priorityAtZero === h.priorityTotal ? 'headline-zero headline-zero--reached' : 'headline-zero'}>
          {t('overview.extremePoor.priorityAtZero', {
            zero: formatCount(h.priorityAtZero),
            total: formatCount(h.priorityTotal),
            group: h.priorityGroupName ?? t('overview.extremePoor.priorityGroup'),
          })}
        </p>
      )}
    </StatCard>
  );
}
