import { useTranslation } from '../../lib/i18n';
import { STATUS_LOOK, type TargetStatus } from './target-progress';

/** A target status as a badge: the chart's marker shape with a sign, the word, and the colour. */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status];
  return (
    <span className={`status-badge status-badge--${look.modifier}`}>
      <StatusSymbol status={status} />
      {t(look.label)}
    </span>
  );
}

/**
 * The marker of a status as the chart draws it (circle, triangle, diamond), with a check, an
 * exclamation mark or a cross inside: told apart without colour, in grey print too.
 */
export function StatusSymbol({ status, size = 18 }: { status: TargetStatus; size?: number }) {
  const look = STATUS_LOOK[status];
  return (
    <svg className="status-symbol" viewBox="0 0 20 20" width={size} height={size} aria-hidden="true" focusable="false">
      {status === 'ON_TRACK' && (
        <>
          <circle cx="10" cy="10" r="9.5" fill={look.color} />
          <path d="M5.8 10.4l2.8 2.8 5.6-6.2" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {status === 'AT_RISK' && (
        <>
          <path d="M10 1 L19.5 18.5 H0.5 Z" fill={look.color} />
          <path d="M10 7v5.5" stroke="#1a1f24" strokeWidth="2.2" strokeLinecap="round" />
          <circle cx="10" cy="15.3" r="1.3" fill="#1a1f24" />
        </>
      )}
      {status === 'OFF_TRACK' && (
        <>
          <path d="M10 0.5 L19.5 10 L10 19.5 L0.5 10 Z" fill={look.color} />
          <path d="M7 7l6 6M13 7l-6 6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}
