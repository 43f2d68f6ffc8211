import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryProvenance } from '../../lib/provenance';
import { householdCountText } from './household-count';

export const ExtremePoorCard_RegionFragment = graphql(`
  fragment ExtremePoorCard_RegionFragment on Region {
    extremePoorHouseholds
  }
`);

interface ExtremePoorCardProps {
  region: FragmentOf<typeof ExtremePoorCard_RegionFragment>;
}

/** Extreme-poor households (KK) still active in the registry: the number the TKPKD works down. */
export function ExtremePoorCard({ region }: ExtremePoorCardProps) {
  const { t } = useTranslation();
  const { extremePoorHouseholds } = readFragment(ExtremePoorCard_RegionFragment, region);
  return (
    <StatCard
      label={t('extremePoor.card.title')}
      value={householdCountText(extremePoorHouseholds, t('privacy.suppressed'))}
      footer={<Provenance provenance={registryProvenance(t('provenance.registry'))} />}
    >
      <p>{t('extremePoor.card.meta')}</p>
    </StatCard>
  );
}
