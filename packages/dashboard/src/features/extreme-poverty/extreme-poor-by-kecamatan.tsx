import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { useChartTheme } from '../../lib/chart-theme';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryRowsProvenance } from '../../lib/provenance';
import { buildExtremePoorByKecamatanOption, kecamatanChartHeight } from './extreme-poor-by-kecamatan.option';
import { KecamatanPanelFrame } from './kecamatan-panel-frame';
import { rankKecamatan } from './kecamatan-ranking';

export const ExtremePoorByKecamatan_RegionFragment = graphql(`
  fragment ExtremePoorByKecamatan_RegionFragment on Region {
    name
    extremePoorHouseholds
    extremePoorProvenance { rowsSynthetic vintage }
    children { code name extremePoorHouseholds }
  }
`);

interface ExtremePoorByKecamatanProps {
  region: FragmentOf<typeof ExtremePoorByKecamatan_RegionFragment>;
}

/** Extreme-poor households per kecamatan, as bars or as a table. */
export function ExtremePoorByKecamatan({ region }: ExtremePoorByKecamatanProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const data = readFragment(ExtremePoorByKecamatan_RegionFragment, region);
  const rows = useMemo(() => rankKecamatan(data.children, data.extremePoorHouseholds), [data]);
  const unitLabel = t('unit.households');
  // Counts per kecamatan are counts of registry rows: as real or as generated as the rows (issue 8).
  const provenance = registryRowsProvenance(t('provenance.registry'), data.extremePoorProvenance);
  const option = useMemo(
    () =>
      buildExtremePoorByKecamatanOption({
        rows,
        unitLabel,
        // The panel's footnote names the source; the registry has no more to say in the chart.
        sourceLine: '',
        seriesName: t('kecamatan.households'),
        hiddenText: t('privacy.hidden'),
        theme,
      }),
    [rows, unitLabel, t, theme],
  );

  return (
    <KecamatanPanelFrame
      regionName={data.name}
      regionTotal={data.extremePoorHouseholds}
      rows={rows}
      provenance={provenance}
      chart={(text) => <Chart {...text} option={option} height={`${kecamatanChartHeight(rows.length, theme)}px`} />}
    />
  );
}
