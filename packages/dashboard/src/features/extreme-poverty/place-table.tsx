import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { formatCount, formatRate } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import type { KelurahanCount, Scope } from './choropleth';
import { rankPlaces } from './place-ranking';

interface PlaceTableProps {
  scope: Scope;
  priorityCodes: ReadonlySet<string>;
  /** Codes the map cannot draw (no polygon in the boundaries). */
  missingCodes: ReadonlySet<string>;
  linkTo: (code: string) => { pathname: string; search: string };
}

/**
 * The places of the map as a table of links: every kecamatan and kelurahan the map shows can be
 * reached by keyboard and read by a screen reader here.
 */
export function PlaceTable({ scope, priorityCodes, missingCodes, linkTo }: PlaceTableProps) {
  const { t } = useTranslation();
  const atRegency = scope.level === 'regency';
  const parent = atRegency ? scope.regency : scope.kecamatan!;
  const rows: readonly KelurahanCount[] = parent.children;
  const ranked = rankPlaces(rows, parent.extremePoorHouseholds);
  const total = rows.reduce((s, r) => s + (r.extremePoorHouseholds ?? 0), 0);
  const suppressedAny = rows.some((r) => r.extremePoorHouseholds === null);
  const priorityIn = (code: string) => [...priorityCodes].filter((p) => p.startsWith(code)).length;
  const selected = scope.kelurahan?.code ?? null;
  const title = atRegency
    ? t('extremePoverty.table.titleKecamatan', { region: scope.regency.name })
    : t('extremePoverty.table.titleKelurahan', { name: scope.kecamatan!.name });

  return (
    <Panel title={title} className="place-table">
      <p className="place-table__hint">{t(atRegency ? 'extremePoverty.table.hintKecamatan' : 'extremePoverty.table.hintKelurahan')}</p>
      <div className="table-scroll place-table__scroll">
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t(atRegency ? 'extremePoverty.table.kecamatan' : 'extremePoverty.table.kelurahan')}</th>
              <th scope="col" className="num">
                {t('extremePoverty.table.households')}
              </th>
              <th scope="col" className="num">
                {t('extremePoverty.table.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r) => {
              const priorities = atRegency ? priorityIn(r.code) : priorityCodes.has(r.code) ? 1 : 0;
              const isSelected = r.code === selected;
              return (
                <tr key={r.code} className={isSelected ? 'is-selected' : undefined}>
                  <th scope="row">
                    <Link to={linkTo(r.code)} aria-current={isSelected ? 'location' : undefined}>
                      {r.name}
                    </Link>
                    {priorities > 0 && (
                      <span className="place-mark place-mark--priority">
                        {atRegency ? t('extremePoverty.table.priorityCount', { count: priorities }) : t('extremePoverty.table.priority')}
                      </span>
                    )}
                    {missingCodes.has(r.code) && <span className="place-mark">{t('extremePoverty.table.noPolygon')}</span>}
                  </th>
                  <td className="num">
                    {r.extremePoorHouseholds === null ? t('extremePoverty.suppressed') : formatCount(r.extremePoorHouseholds)}
                  </td>
                  <td className="num">{r.share === null ? '–' : formatRate(r.share)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('extremePoverty.table.total')}</th>
              <td className="num">{formatCount(parent.extremePoorHouseholds ?? total)}</td>
              <td className="num">{formatRate(1)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {suppressedAny && <p className="table-note">{t('extremePoverty.table.suppressedNote', { total: formatCount(total) })}</p>}
    </Panel>
  );
}
