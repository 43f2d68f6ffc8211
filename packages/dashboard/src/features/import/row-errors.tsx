import { useId } from 'react';
import { csvBlob, downloadBlob } from '../../lib/download';
import { formatCount } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { errorsFileName } from './kinds';
import { errorDetail, errorKey } from './messages';

// The first 500 on the page; the CSV holds every one of them.
export const RowErrors_ImportRejectedFragment = graphql(`
  fragment RowErrors_ImportRejectedFragment on ImportRejected {
    fileName
    rows
    errorCount
    errors(first: 500) { row column code message value }
    errorsCsv
  }
`);

/** A refused file: how many problems, each by row and column with the reason, and the list to download. */
export function RowErrors({ rejected: data, dryRun }: { rejected: FragmentOf<typeof RowErrors_ImportRejectedFragment>; dryRun: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const rejected = readFragment(RowErrors_ImportRejectedFragment, data);
  const shown = rejected.errors.length;

  return (
    <section className="stack import-errors" aria-labelledby={titleId}>
      <div className="notice notice--error" role="alert">
        <h3 id={titleId} className="notice__title">
          {t('import.errors.title', { count: formatCount(rejected.errorCount) })}
        </h3>
        <p>
          {t(dryRun ? 'import.errors.bodyCheck' : 'import.errors.bodyImport', {
            file: rejected.fileName,
            rows: formatCount(rejected.rows),
          })}
        </p>
        <p>
          <button
            type="button"
            className="button button--light"
            onClick={() => downloadBlob(csvBlob(rejected.errorsCsv), errorsFileName(rejected.fileName))}
          >
            {t('import.errors.download', { file: errorsFileName(rejected.fileName) })}
          </button>
        </p>
      </div>
      {shown < rejected.errorCount && (
        <p className="import-note">{t('import.errors.partial', { shown: formatCount(shown), count: formatCount(rejected.errorCount) })}</p>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a scrolling box, not a page section. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so the keyboard can scroll a table wider than the screen. */}
      <div className="table-scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <table className="data-table import-errors__table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.col.row')}
              </th>
              <th scope="col">{t('import.col.fileColumn')}</th>
              <th scope="col">{t('import.col.reason')}</th>
              <th scope="col">{t('import.col.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.errors.map((e, i) => {
              // In English the API's own sentence says most; in Indonesian the reason by code comes
              // first, with that sentence under it where it names more (the range, the other row).
              const key = lang === 'id' ? errorKey(e.code) : null;
              const detail = key ? errorDetail(e.code, e.message) : null;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: one row may have several problems in one column; the list order is stable.
                <tr key={i}>
                  <td className="num import-errors__row" data-label={t('import.col.row')}>
                    {e.row}
                  </td>
                  <td className="import-errors__column">{e.column || t('import.errors.wholeRow')}</td>
                  <td className="import-errors__reason">
                    {key ? t(key) : <span lang="en">{e.message}</span>}
                    {detail && (
                      <span className="import-errors__detail" lang="en">
                        {detail}
                      </span>
                    )}
                  </td>
                  <td className="import-errors__value">{e.value ? <code>{e.value}</code> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
