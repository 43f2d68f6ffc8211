import type { ReactNode } from 'react';

interface StatCardProps {
  /** What the number is; the card's heading. */
  label: string;
  /** The number, already formatted (or <HiddenValue/>); or a name (a kecamatan) when `valueIsText`. */
  value: ReactNode;
  /** A name instead of a number: set smaller, so a long kecamatan name fits. */
  valueIsText?: boolean;
  /** Period, comparison, caveats: lines under the number. */
  children?: ReactNode;
  /** The provenance footnote. */
  footer?: ReactNode;
}

/** A headline number with its label, context and source. */
export function StatCard({ label, value, valueIsText = false, children, footer }: StatCardProps) {
  return (
    <article className="card stat-card">
      <h2 className="stat-card__label">{label}</h2>
      <p className={valueIsText ? 'stat-card__value stat-card__value--text' : 'stat-card__value'}>{value}</p>
      {children && <div className="stat-card__meta">{children}</div>}
      {footer && <footer className="card__footer">{footer}</footer>}
    </article>
  );
}
