import { type ReactNode, useId } from 'react';

interface PanelProps {
  title: string;
  /** Controls on the right of the title (a chart/table switch). */
  actions?: ReactNode;
  children: ReactNode;
  /** The provenance footnote. */
  footer?: ReactNode;
  className?: string;
}

/** A titled card holding a chart or a table. */
export function Panel({ title, actions, children, footer, className }: PanelProps) {
  const titleId = useId();
  return (
    <section className={className ? `card panel ${className}` : 'card panel'} aria-labelledby={titleId}>
      <header className="panel__header">
        <h2 id={titleId} className="panel__title">
          {title}
        </h2>
        {actions}
      </header>
      <div className="panel__body">{children}</div>
      {footer && <footer className="card__footer">{footer}</footer>}
    </section>
  );
}
