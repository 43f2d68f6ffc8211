import { type MessageKey, useTranslation } from '../../lib/i18n';
import { statusLabel } from '../../lib/status';

export type ProgramStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

// A symbol with each colour, so the status reads without colour vision and in print.
export const STATUS: Record<ProgramStatus, { symbol: string; label: MessageKey }> = {
  ON_TRACK: { symbol: '✓', label: statusLabel('ON_TRACK', 'plan') },
  AT_RISK: { symbol: '!', label: statusLabel('AT_RISK', 'plan') },
  OFF_TRACK: { symbol: '✕', label: statusLabel('OFF_TRACK', 'plan') },
};

/** A program's spending status against plan: hijau, kuning, merah, with a symbol and words. */
export function StatusBadge({ status }: { status: ProgramStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <span className="status-badge__symbol" aria-hidden="true">
        {STATUS[status].symbol}
      </span>
      {t(STATUS[status].label)}
    </span>
  );
}
