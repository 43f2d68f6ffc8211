import { useMemo } from 'react';
import { EmptyState } from '../../components/query-state';
import { formatCount } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { monthName } from './months';
import { buildReportingMatrix, type CellState, type MatrixCell } from './reporting-matrix';

export const ReportingMatrix_ReportingCompletenessFragment = graphql(`
  fragment ReportingMatrix_ReportingCompletenessFragment on ReportingCompleteness {
    opd { id name shortName }
    programs
    approved
    submitted
    draftOrReturned
    missing
    complete
  }
`);

interface ReportingMatrixTableProps {
  months: readonly { month: number; rows: readonly FragmentOf<typeof ReportingMatrix_ReportingCompletenessFragment>[] }[];
  year: number;
}

// A symbol for each state as well as a colour, so the matrix reads without colour vision.
const STATES: Record<CellState, { symbol: string; label: MessageKey }> = {
  complete: { symbol: '✓', label: 'budget.reporting.state.complete' },
  review: { symbol: '●', label: 'budget.reporting.state.review' },
  partial: { symbol: '◐', label: 'budget.reporting.state.partial' },
  missing: { symbol: '✕', label: 'budget.reporting.state.missing' },
};

/** Which OPD has reported for which month: a matrix OPD × month, the OPDs furthest behind first. */
export function ReportingMatrixTable({ months, year }: ReportingMatrixTableProps) {
  const { t, lang } = useTranslation();
  const matrix = useMemo(
    () =>
      buildReportingMatrix(
        months.map((m) => ({ month: m.month, rows: readFragment(ReportingMatrix_ReportingCompletenessFragment, m.rows) })),
      ),
    [months],
  );

  if (matrix.rows.length === 0) {
    return (
      <EmptyState title={t('budget.reporting.empty.title', { year })}>
        <p>{t('budget.reporting.empty.body')}</p>
      </EmptyState>
    );
  }

  const describe = (cell: MatrixCell) =>
    t('budget.reporting.cell', {
      month: monthName(cell.month, lang),
      state: t(STATES[cell.state].label),
      approved: formatCount(cell.approved),
      programs: formatCount(cell.programs),
      submitted: formatCount(cell.submitted),
      draft: formatCount(cell.draftOrReturned),
      missing: formatCount(cell.missing),
    });

  return (
    <div className="stack">
      <div className="table-scroll">
        <table className="data-table reporting-matrix">
          <caption className="visually-hidden">{t('budget.reporting.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.table.opd')}</th>
              {matrix.months.map((m) => (
                <th key={m} scope="col" className="reporting-matrix__month">
                  <abbr title={monthName(m, lang)}>{monthName(m, lang, 'short')}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.opd.id}>
                <th scope="row" title={row.opd.name}>
                  <span className="reporting-matrix__opd">{row.opd.shortName}</span>
                  <span className="visually-hidden"> ({row.opd.name})</span>
                </th>
                {row.cells.map((cell, i) =>
                  cell ? (
                    <td
                      key={matrix.months[i]}
                      className={`reporting-matrix__cell reporting-matrix__cell--${cell.state}`}
                      title={describe(cell)}
                    >
                      <span aria-hidden="true">
                        <span className="reporting-matrix__symbol">{STATES[cell.state].symbol}</span>
                        {cell.programs > 1 && cell.state !== 'complete' && (
                          <span className="reporting-matrix__count">
                            {cell.approved}/{cell.programs}
                          </span>
                        )}
                      </span>
                      <span className="visually-hidden">{describe(cell)}</span>
                    </td>
                  ) : (
                    <td key={matrix.months[i]} className="reporting-matrix__cell">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t('budget.reporting.noPrograms')}</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('budget.reporting.completeOpds')}</th>
              {matrix.totals.map((total) => (
                <td key={total.month} className="reporting-matrix__cell reporting-matrix__total">
                  {total.complete}/{total.opds}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="reporting-legend" aria-label={t('budget.reporting.legend')}>
        {(Object.keys(STATES) as CellState[]).map((state) => (
          <li key={state}>
            <span className={`reporting-legend__swatch reporting-matrix__cell--${state}`} aria-hidden="true">
              {STATES[state].symbol}
            </span>
            {t(STATES[state].label)}
          </li>
        ))}
        <li className="reporting-legend__note">{t('budget.reporting.countNote')}</li>
      </ul>
    </div>
  );
}
