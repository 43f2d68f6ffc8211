import { useMemo, useState } from 'react';
import { Chart } from '../../components/chart';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { useChartTheme } from '../../lib/chart-theme';
import { formatCount, formatRate } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { registryProvenance } from '../../lib/provenance';
import { buildExtremePoorByKecamatanOption, kecamatanChartHeight } from './extreme-poor-by-kecamatan.option';
import { householdCountText } from './household-count';
import { rankKecamatan } from './kecamatan-ranking';

export const ExtremePoorByKecamatan_RegionFragment = graphql(`
  fragment ExtremePoorByKecamatan_RegionFragment on Region {
    name
    extremePoorHouseholds
    children { code name extremePoorHouseholds }
  }
`);

interface ExtremePoorByKecamatanProps {
  region: FragmentOf<typeof ExtremePoorByKecamatan_RegionFragment>;
}

type View = 'chart' | 'table';

/** Extreme-poor households per kecamatan, as bars or as a table. */
export function ExtremePoorByKecamatan({ region }: ExtremePoorByKecamatanProps) {
  const { t } = useTranslation();
  const theme = useChartTheme();
  const [view, setView] = useState<View>('chart');
  const data = readFragment(ExtremePoorByKecamatan_RegionFragment, region);
  const rows = useMemo(() => rankKecamatan(data.children, data.extremePoorHouseholds), [data]);
  const unitLabel = t('unit.households');
  const provenance = registryProvenance(t('provenance.registry'));
  const option = useMemo(
    () =>
      buildExtremePoorByKecamatanOption({
        rows,
        unitLabel,
        // The panel's footnote names the source; the registry has no more to say in the chart.
        sourceLine: '',
        seriesName: t('kecamatan.households'),
        theme,
      }),
    [rows, unitLabel, t, theme],
  );
  const title = t('kecamatan.title');

  const top = rows[0];
  const bottom = rows.at(-1);
  if (!top || !bottom) {
    return (
      <Panel title={title}>
        <EmptyState title={t('kecamatan.empty.title', { region: data.name })}>
          <p>{t('kecamatan.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const sum = rows.reduce((s, r) => s + (r.extremePoorHouseholds ?? 0), 0);
  if (sum === 0) {
    // Zero everywhere is the goal (Padang Panjang, Bontang's priority kelurahan), not missing data.
    return (
      <Panel title={title} footer={<Provenance provenance={provenance} />}>
        <p className="notice notice--good">{t('kecamatan.allZero', { count: rows.length, region: data.name })}</p>
      </Panel>
    );
  }
  const switcher = (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field.
    <div className="segmented" role="group" aria-label={t('kecamatan.view.label')}>
      {(['chart', 'table'] as const).map((v) => (
        <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => setView(v)}>
          {t(v === 'chart' ? 'kecamatan.view.chart' : 'kecamatan.view.table')}
        </button>
      ))}
    </div>
  );

  return (
    <Panel title={title} actions={switcher} footer={<Provenance provenance={provenance} />}>
      {view === 'chart' ? (
        <Chart
          label={t('kecamatan.chart.label', { region: data.name })}
          summary={t('kecamatan.chart.summary', {
            count: rows.length,
            total: formatCount(sum),
            top: top.name,
            topValue: householdCountText(top.extremePoorHouseholds, t('privacy.suppressed')),
            bottom: bottom.name,
            bottomValue: householdCountText(bottom.extremePoorHouseholds, t('privacy.suppressed')),
          })}
          option={option}
          height={`${kecamatanChartHeight(rows.length, theme)}px`}
        />
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('kecamatan.table.caption', { region: data.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kecamatan.table.kecamatan')}</th>
                <th scope="col" className="num">
                  {t('kecamatan.households')}
                </th>
                <th scope="col" className="num">
                  {t('kecamatan.table.share')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.code}>
                  <th scope="row">{r.name}</th>
                  <td className="num">{householdCountText(r.extremePoorHouseholds, t('privacy.suppressed'))}</td>
                  <td className="num">{r.share === null ? '–' : formatRate(r.share)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('kecamatan.table.total')}</th>
                <td className="num">{formatCount(sum)}</td>
                <td className="num">{data.extremePoorHouseholds ? formatRate(sum / data.extremePoorHouseholds) : '–'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Panel>
  );
}
