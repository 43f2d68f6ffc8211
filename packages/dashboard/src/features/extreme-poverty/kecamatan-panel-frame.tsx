import { type ReactNode, useState } from 'react';
import { Count, HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { Segmented } from '../../components/segmented';
import { formatCount, formatRate } from '../../lib/format';
import { countText } from '../../lib/hidden';
import { useTranslation } from '../../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../../lib/provenance';
import type { RankedKecamatan } from './kecamatan-ranking';

interface KecamatanPanelFrameProps {
  /** The kabupaten/kota the kecamatan belong to. */
  regionName: string;
  /** Its extreme-poor households, the base of the shares (null when hidden). */
  regionTotal: number | null;
  rows: readonly RankedKecamatan[];
  provenance: ProvenanceInfo;
  /** The bars, drawn by the caller from the words the panel gives them. */
  chart: (text: { label: string; summary: string }) => ReactNode;
}

type View = 'chart' | 'table';

/**
 * Extreme-poor households per kecamatan, as bars or as a table, with its empty and all-zero
 * states: the panel of Kemiskinan ekstrem (bars by ECharts) and of Ringkasan (bars in SVG, so its
 * first visit loads no ECharts). This file imports no chart library.
 */
export function KecamatanPanelFrame({ regionName, regionTotal, rows, provenance, chart }: KecamatanPanelFrameProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('chart');
  const title = t('kecamatan.title');

  const top = rows[0];
  const bottom = rows.at(-1);
  if (!top || !bottom) {
    return (
      <Panel title={title}>
        <EmptyState title={t('kecamatan.empty.title', { region: regionName })}>
          <p>{t('kecamatan.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  const sum = rows.reduce((s, r) => s + (r.extremePoorHouseholds ?? 0), 0);
  const anyHidden = rows.some((r) => r.extremePoorHouseholds === null);
  if (sum === 0 && !anyHidden) {
    // Zero everywhere is the goal (Padang Panjang, Bontang's priority kelurahan), not missing data.
    return (
      <Panel title={title} footer={<Provenance provenance={provenance} />}>
        <p className="notice notice--good">{t('kecamatan.allZero', { count: rows.length, region: regionName })}</p>
      </Panel>
    );
  }
  const switcher = (
    <Segmented
      label={t('kecamatan.view.label')}
      options={[
        { value: 'chart', label: t('kecamatan.view.chart') },
        { value: 'table', label: t('kecamatan.view.table') },
      ]}
      value={view}
      onChange={setView}
    />
  );

  return (
    <Panel title={title} actions={switcher} footer={<Provenance provenance={provenance} />}>
      {view === 'chart' ? (
        chart({
          label: t('kecamatan.chart.label', { region: regionName }),
          summary: t('kecamatan.chart.summary', {
            count: rows.length,
            total: formatCount(sum),
            top: top.name,
            topValue: countText(top.extremePoorHouseholds, t),
            bottom: bottom.name,
            bottomValue: countText(bottom.extremePoorHouseholds, t),
          }),
        })
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('kecamatan.table.caption', { region: regionName })}</caption>
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
                  <td className="num">
                    <Count value={r.extremePoorHouseholds} />
                  </td>
                  <td className="num">
                    {r.extremePoorHouseholds === null ? <HiddenValue /> : r.share === null ? '–' : formatRate(r.share)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t(anyHidden ? 'kecamatan.table.totalShown' : 'kecamatan.table.total')}</th>
                <td className="num">{formatCount(sum)}</td>
                <td className="num">{regionTotal ? formatRate(sum / regionTotal) : '–'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {anyHidden && <HiddenNote />}
    </Panel>
  );
}
