import { Provenance } from '../../components/provenance';
import { StatCard } from '../../components/stat-card';
import { formatRate } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryProvenance } from '../../lib/provenance';
import { householdCountText } from './household-count';
import { rankKecamatan } from './kecamatan-ranking';

export const TopKecamatanCard_RegionFragment = graphql(`
  fragment TopKecamatanCard_RegionFragment on Region {
    extremePoorHouseholds
    children { code name extremePoorHouseholds }
  }
`);

interface TopKecamatanCardProps {
  region: FragmentOf<typeof TopKecamatanCard_RegionFragment>;
}

/** The kecamatan with the most extreme-poor households, and its share of the region. */
export function TopKecamatanCard({ region }: TopKecamatanCardProps) {
  const { t } = useTranslation();
  const data = readFragment(TopKecamatanCard_RegionFragment, region);
  const top = rankKecamatan(data.children, data.extremePoorHouseholds)[0];
  const label = t('topKecamatan.title');
  if (!top || top.extremePoorHouseholds === 0) {
    return (
      <StatCard label={label} value="–">
        <p>{t(top ? 'topKecamatan.none' : 'topKecamatan.empty')}</p>
      </StatCard>
    );
  }
  return (
    <StatCard label={label} value={top.name} valueIsText footer={<Provenance provenance={registryProvenance(t('provenance.registry'))} />}>
      <p>
        {t('topKecamatan.meta', {
          value: householdCountText(top.extremePoorHouseholds, t('privacy.suppressed')),
          share: top.share === null ? '–' : formatRate(top.share),
        })}
      </p>
    </StatCard>
  );
}
