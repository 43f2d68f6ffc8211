import { EmptyState } from '../../components/query-state';
import { formatCount, formatRupiah } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { monthName } from './months';
import { sortReports } from './report-order';
import { ReportStatusBadge } from './report-status-badge';
import './reports.css';

export const ReportList_ProgressReportFragment = graphql(`
  fragment ReportList_ProgressReportFragment on ProgressReport {
    id month status realisasi outputCumulative beneficiariesCumulative viewerCanEdit synthetic
    program { id code name outputUnit opd { shortName name } }
  }
`);

interface Props {
  reports: readonly FragmentOf<typeof ReportList_ProgressReportFragment>[];
  year: number;
  /** Only this month; null for all. */
  month: number | null;
  /** Show the OPD column (everyone but an OPD operator, who sees only their own). */
  showOpd: boolean;
  /** Opens a report in the form above (OPD operators). */
  onOpen?: (programId: number, month: number) => void;
}

/** The monthly reports of the year, newest month first, with where each stands. */
export function ReportList({ reports: data, year, month, showOpd, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reports = sortReports(readFragment(ReportList_ProgressReportFragment, data)).filter((r) => month === null || r.month === month);
  if (reports.length === 0) {
    return (
      <EmptyState
        title={
          month === null
            ? t('reports.list.empty.title', { year })
            : t('reports.list.emptyMonth.title', { month: monthName(month, lang), year })
        }
      >
        <p>{t('reports.list.empty.body')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-scroll table-scroll--contained">
      <table className="data-table report-table">
        <caption className="visually-hidden">{t('reports.list.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.month')}</th>
            <th scope="col">{t('reports.col.program')}</th>
            {showOpd && <th scope="col">{t('reports.col.opd')}</th>}
            <th scope="col" className="num">
              {t('reports.col.realisasi')}
            </th>
            <th scope="col" className="num col-optional">
              {t('reports.col.output')}
            </th>
            <th scope="col" className="num col-optional">
              {t('reports.col.beneficiaries')}
            </th>
            <th scope="col">{t('reports.col.status')}</th>
            {onOpen && (
              <th scope="col">
                <span className="visually-hidden">{t('reports.col.action')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="cell-month">
                {monthName(r.month, lang)}
              </th>
              <td className="cell-program">
                <span className="report-table__code">{r.program.code}</span> <span className="report-table__name">{r.program.name}</span>
              </td>
              {showOpd && (
                <td className="cell-opd">
                  <abbr title={r.program.opd.name}>{r.program.opd.shortName}</abbr>
                </td>
              )}
              <td className="num cell-realisasi">{formatRupiah(r.realisasi)}</td>
              <td className="num col-optional">{formatCount(r.outputCumulative)}</td>
              <td className="num col-optional">{formatCount(r.beneficiariesCumulative)}</td>
              <td className="cell-status">
                <ReportStatusBadge status={r.status} />
              </td>
              {onOpen && (
                <td className="cell-action">
                  <button
                    type="button"
                    className="button button--light button--small"
                    onClick={() => onOpen(r.program.id, r.month)}
                    aria-label={t(r.viewerCanEdit ? 'reports.list.editLabel' : 'reports.list.openLabel', {
                      program: r.program.name,
                      month: monthName(r.month, lang),
                    })}
                  >
                    {t(r.viewerCanEdit ? 'reports.list.edit' : 'reports.list.open')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
