// The buttons at the end of a set-up table's row: each names what it acts on for screen readers
// ("Ubah DINSOS"), since a column of bare "Ubah" buttons says nothing out of context.
import type { ReactNode } from 'react';

export interface RowAction {
  label: string;
  onClick: () => void;
  danger?: boolean;
}

export function RowActions({ name, actions }: { name: string; actions: readonly RowAction[] }) {
  return (
    <div className="row-actions">
      {actions.map((a) => (
        <button
          key={a.label}
          type="button"
          className={a.danger ? 'button button--small button--danger-outline' : 'button button--small button--secondary'}
          onClick={a.onClick}
        >
          {a.label}
          <span className="visually-hidden"> {name}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * A line that says what was just saved or removed. Always in the page (empty until then), so
 * screen readers announce the words when they appear.
 */
export function SavedNotice({ message }: { message: ReactNode }) {
  return (
    <div className="settings-saved" role="status">
      {message ? <p className="notice notice--good">{message}</p> : null}
    </div>
  );
}
