import { useId, useMemo } from 'react';
import { formatCount } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { missingRequired, type Overrides, shownMapping, unusedColumns } from './mapping';

export const FilePreview_ImportPreviewFragment = graphql(`
  fragment FilePreview_ImportPreviewFragment on ImportPreview {
    format
    rows
    header
    fields { key header required personal }
    mapping { field column }
    sample { row cells }
  }
`);

interface FilePreviewProps {
  preview: FragmentOf<typeof FilePreview_ImportPreviewFragment>;
  overrides: Overrides;
  onAssign: (field: string, column: string | null, shown: ReadonlyMap<string, string | null>) => void;
  /** A new preview for a changed mapping is on its way: the table shows the choice already. */
  refreshing: boolean;
  disabled?: boolean;
}

/** Step 3: what Pantau read, which column feeds each field (to correct), and the first rows. */
export function FilePreview({ preview: data, overrides, onAssign, refreshing, disabled = false }: FilePreviewProps) {
  const { t } = useTranslation();
  const preview = readFragment(FilePreview_ImportPreviewFragment, data);
  const shown = useMemo(() => shownMapping(preview, overrides), [preview, overrides]);
  const missing = missingRequired(preview.fields, shown);
  const unused = unusedColumns(preview.header, shown);
  const firstRow = preview.sample[0]?.cells ?? [];
  const columns = preview.header.map((name, index) => ({ name, index })).filter((c) => c.name !== '');

  return (
    <div className={refreshing ? 'stack import-preview is-refreshing' : 'stack import-preview'} aria-busy={refreshing || undefined}>
      <dl className="import-facts">
        <div>
          <dt>{t('import.preview.format')}</dt>
          <dd>{preview.format}</dd>
        </div>
        <div>
          <dt>{t('import.preview.rows')}</dt>
          <dd>{formatCount(preview.rows)}</dd>
        </div>
        <div>
          <dt>{t('import.preview.columns')}</dt>
          <dd>{formatCount(columns.length)}</dd>
        </div>
      </dl>
      {preview.rows === 0 && (
        <p className="notice notice--error" role="alert">
          {t('import.preview.noRows')}
        </p>
      )}

      <MappingTable
        preview={preview}
        shown={shown}
        missing={missing}
        columns={columns}
        firstRow={firstRow}
        onAssign={(field, column) => onAssign(field, column, shown)}
        disabled={disabled}
      />
      {missing.length > 0 ? (
        <p className="import-problem" role="alert">
          {t('import.mapping.missing', {
            fields: preview.fields
              .filter((f) => missing.includes(f.key))
              .map((f) => f.header)
              .join(', '),
          })}
        </p>
      ) : null}
      <p className="import-unused">
        {unused.length > 0 ? t('import.mapping.unused', { columns: unused.join(', ') }) : t('import.mapping.allUsed')}
      </p>

      {preview.sample.length > 0 && <SampleTable header={preview.header} sample={preview.sample} total={preview.rows} />}
    </div>
  );
}

type Preview = ResultOf<typeof FilePreview_ImportPreviewFragment>;

interface MappingTableProps {
  preview: Preview;
  shown: ReadonlyMap<string, string | null>;
  missing: readonly string[];
  columns: { name: string; index: number }[];
  firstRow: readonly string[];
  onAssign: (field: string, column: string | null) => void;
  disabled: boolean;
}

function MappingTable({ preview, shown, missing, columns, firstRow, onAssign, disabled }: MappingTableProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="table-scroll">
      <table className="data-table import-mapping">
        <caption className="import-caption">{t('import.mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.col.field')}</th>
            <th scope="col">{t('import.col.column')}</th>
            <th scope="col">{t('import.col.firstValue')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.fields.map((f) => {
            const column = shown.get(f.key) ?? null;
            const isMissing = missing.includes(f.key);
            const index = column === null ? -1 : preview.header.indexOf(column);
            const selectId = `${id}-${f.key}`;
            return (
              <tr key={f.key} className={isMissing ? 'import-mapping__row--missing' : undefined}>
                <th scope="row">
                  <label htmlFor={selectId}>{f.header}</label>
                  {/* Only the required are marked: fourteen "optional" tags would hide the three that matter. */}
                  {f.required && <span className="import-tag">{t('import.required')}</span>}
                </th>
                <td>
                  <select
                    id={selectId}
                    className="import-select"
                    value={column ?? ''}
                    disabled={disabled}
                    aria-invalid={isMissing || undefined}
                    aria-describedby={isMissing ? `${selectId}-missing` : undefined}
                    onChange={(e) => onAssign(f.key, e.target.value === '' ? null : e.target.value)}
                  >
                    <option value="">{t('import.mapping.none')}</option>
                    {columns.map((c) => (
                      <option key={c.index} value={c.name}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                  {isMissing && (
                    <span id={`${selectId}-missing`} className="import-mapping__missing">
                      {t('import.mapping.requiredMissing')}
                    </span>
                  )}
                </td>
                <td className="import-mapping__value" data-label={t('import.col.firstValue')}>
                  {index >= 0 ? firstRow[index] || '–' : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SampleTable({ header, sample, total }: { header: readonly string[]; sample: Preview['sample']; total: number }) {
  const { t } = useTranslation();
  const title = t('import.sample.title', { shown: formatCount(sample.length), total: formatCount(total) });
  return (
    <div className="stack import-sample">
      <h3 className="import-subtitle">{title}</h3>
      {/* biome-ignore lint/a11y/useSemanticElements: a scrolling box, not a page section. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: focusable so the keyboard can scroll a table wider than the screen. */}
      <div className="table-scroll" role="region" aria-label={title} tabIndex={0}>
        <table className="data-table import-sample__table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('import.col.row')}
              </th>
              {header.map((h, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: headers may repeat or be empty; the position is the column.
                <th key={i} scope="col">
                  {h || t('import.sample.noHeader', { n: i + 1 })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((r) => (
              <tr key={r.row}>
                <td className="num">{r.row}</td>
                {header.map((_, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a cell's position is its column.
                  <td key={i}>{r.cells[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="import-note">{t('import.sample.masked')}</p>
    </div>
  );
}
