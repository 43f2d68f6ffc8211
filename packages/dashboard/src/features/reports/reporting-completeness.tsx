import { EmptyState } from '../../components/query-state';
import { formatCount } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { monthName } from './months';
import '../overview/status.css';
import './reports.css';

export const ReportingCompleteness_Fragment = graphql(`
  fragment ReportingCompleteness_Fragment on ReportingCompleteness {
    opd { id shortName name }
    programs approved submitted draftOrReturned missing complete
    missingPrograms { id code name }
  }
`);

interface Props {
  rows: readonly FragmentOf<typeof ReportingCompleteness_Fragment>[];
  month: number;
  year: number;
}

/** Per OPD, how many programs have reported for the month and in which state. */
export function ReportingCompletenessTable({ rows: data, month, year }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const rows = readFragment(ReportingCompleteness_Fragment, data);
  const monthLabel = `${monthName(month, lang)} ${year}`;
  if (rows.length === 0) {
    return (
      <EmptyState title={t('reports.completeness.empty.title', { month: monthLabel })}>
        <p>{t('reports.completeness.empty.body')}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-scroll table-scroll--contained">
      <table className="data-table">
        <caption className="visually-hidden">{t('reports.completeness.caption', { month: monthLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.col.opd')}</th>
            <th scope="col" className="num">
              {t('reports.completeness.programs')}
            </th>
            <th scope="col" className="num">
              {t('reports.status.APPROVED')}
            </th>
            <th scope="col" className="num">
              {t('reports.status.SUBMITTED')}
            </th>
            <th scope="col" className="num">
              {t('reports.completeness.draftOrReturned')}
            </th>
            <th scope="col" className="num">
              {t('reports.completeness.missing')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.opd.id} className={r.missing > 0 ? 'row--missing' : undefined}>
              <th scope="row">
                <abbr title={r.opd.name}>{r.opd.shortName}</abbr> <span className="muted">{r.opd.name}</span>
                {r.missingPrograms.length > 0 && (
                  <span className="completeness__missing">
                    {t('reports.completeness.missingPrograms', { programs: r.missingPrograms.map((p) => p.name).join('; ') })}
                  </span>
                )}
              </th>
              <td className="num">{formatCount(r.programs)}</td>
              <td className="num">{formatCount(r.approved)}</td>
              <td className="num">{formatCount(r.submitted)}</td>
              <td className="num">{formatCount(r.draftOrReturned)}</td>
              <td className="num">
                {r.missing > 0 ? <span className="late-badge">{formatCount(r.missing)}</span> : formatCount(r.missing)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
