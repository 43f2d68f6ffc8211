import type { ReactNode } from 'react';
import type { Trend } from './headline';

const ARROW = { down: '▼', up: '▲', flat: '▶' } as const;

/**
 * A change from the year before: arrow and words, green when it falls (poverty going down is good
 * news), vermillion when it rises. The words say the direction too, so colour is never alone.
 */
export function TrendLine({ trend, children }: { trend: Trend | null; children: ReactNode }) {
  if (!trend) return <p className="trend">{children}</p>;
  return (
    <p className={`trend trend--${trend}`}>
      <span aria-hidden="true">{ARROW[trend]} </span>
      {children}
    </p>
  );
}
