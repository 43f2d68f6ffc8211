// The list a set-up section shows: what there is, one row each with Ubah and Hapus at its end, or
// the section's empty state when there is nothing yet. The sections differ only in their columns
// (and the users', in its actions).
import type { Key, ReactNode } from 'react';
import { EmptyState } from '../../components/query-state';
import { useTranslation } from '../../lib/i18n';
import { type RowAction, RowActions } from './row-actions';

interface Props<T> {
  rows: readonly T[];
  /** The hidden caption that names the table for screen readers. */
  caption: string;
  /** The column headings, before the actions column; a class for the figures' (`num`: right-aligned). */
  columns: readonly (string | { label: string; className: string })[];
  /** Shown instead of the table while there are no rows. */
  empty: { title: string; body: string };
  rowKey: (row: T) => Key;
  /** What the row's buttons act on, read after "Ubah" / "Hapus" ("Ubah DINSOS"). */
  rowName: (row: T) => string;
  /** The row's cells before the actions: a `<th scope="row">` first, then `<td>`s. */
  cells: (row: T) => ReactNode;
  /** A row's class (a deactivated user's row is dimmed). */
  rowClassName?: (row: T) => string | undefined;
  /** Ubah and Hapus, the usual pair; or `actions` for a section with others (users). */
  onEdit?: (row: T) => void;
  onRemove?: (row: T) => void;
  actions?: (row: T) => readonly RowAction[];
}

export function SettingsTable<T>(props: Props<T>) {
  const { rows, caption, columns, empty, rowKey, rowName, cells, rowClassName, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const actionsOf =
    props.actions ??
    ((row: T): RowAction[] => [
      ...(onEdit ? [{ label: t('settings.edit'), onClick: () => onEdit(row) }] : []),
      ...(onRemove ? [{ label: t('settings.delete'), onClick: () => onRemove(row), danger: true }] : []),
    ]);
  if (rows.length === 0) {
    return (
      <EmptyState title={empty.title}>
        <p>{empty.body}</p>
      </EmptyState>
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table settings-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) =>
              typeof c === 'string' ? (
                <th key={c} scope="col">
                  {c}
                </th>
              ) : (
                <th key={c.label} scope="col" className={c.className}>
                  {c.label}
                </th>
              ),
            )}
            <th scope="col">
              <span className="visually-hidden">{t('settings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {cells(row)}
              <td>
                <RowActions name={rowName(row)} actions={actionsOf(row)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
