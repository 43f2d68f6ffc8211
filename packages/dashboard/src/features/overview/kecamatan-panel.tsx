import { useMemo } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryRowsProvenance } from '../../lib/provenance';
import { KecamatanPanelFrame } from '../extreme-poverty/kecamatan-panel-frame';
import { rankKecamatan } from '../extreme-poverty/kecamatan-ranking';
import { KecamatanBarsSvg } from './kecamatan-bars-svg';

export const KecamatanPanel_RegionFragment = graphql(`
  fragment KecamatanPanel_RegionFragment on Region {
    name
    extremePoorHouseholds
    extremePoorProvenance { rowsSynthetic vintage }
    children { code name extremePoorHouseholds }
  }
`);

interface KecamatanPanelProps {
  region: FragmentOf<typeof KecamatanPanel_RegionFragment>;
}

/**
 * Ringkasan's extreme-poor households per kecamatan, as bars or as a table: the panel of
 * Kemiskinan ekstrem (extreme-poverty/extreme-poor-by-kecamatan.tsx) with its bars drawn as SVG,
 * so Ringkasan's first visit does not load ECharts.
 */
export function KecamatanPanel({ region }: KecamatanPanelProps) {
  const { t } = useTranslation();
  const data = readFragment(KecamatanPanel_RegionFragment, region);
  const rows = useMemo(() => rankKecamatan(data.children, data.extremePoorHouseholds), [data]);
  const unitLabel = t('unit.households');
  // Counts per kecamatan are counts of registry rows: as real or as generated as the rows (issue 8).
  const provenance = registryRowsProvenance(t('provenance.registry'), data.extremePoorProvenance);

  return (
    <KecamatanPanelFrame
      regionName={data.name}
      regionTotal={data.extremePoorHouseholds}
      rows={rows}
      provenance={provenance}
      chart={(text) => <KecamatanBarsSvg {...text} rows={rows} unitLabel={unitLabel} hiddenText={t('privacy.hidden')} />}
    />
  );
}
