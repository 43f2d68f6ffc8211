import { type MessageKey, useTranslation } from '../../lib/i18n';

export type ProgramStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

// A symbol with each colour, so the status reads without colour vision and in print.
export const STATUS: Record<ProgramStatus, { symbol: string; label: MessageKey }> = {
  ON_TRACK: { symbol: '✓', label: 'programs.status.ON_TRACK' },
  AT_RISK: { symbol: '!', label: 'programs.status.AT_RISK' },
  OFF_TRACK: { symbol: '✕', label: 'programs.status.OFF_TRACK' },
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
