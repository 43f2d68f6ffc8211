import { useTranslation } from '../../lib/i18n';
import { statusLabel } from '../../lib/status';
import { statusTone, type TargetStatus } from './headline';
import './status.css';

// A shape and a sign per status besides the colour: readable in greyscale and with any
// colour-vision deficiency (the colours are Okabe & Ito's green, orange and vermillion).
const ICON = { good: '✓', warn: '!', bad: '✕', neutral: '–' } as const;

interface StatusBadgeProps {
  status: TargetStatus | null | undefined;
  /** Words for a plan rather than a target ("sesuai rencana"): the budget and programs. */
  kind?: 'target' | 'plan';
}

/** On track, at risk or off track, as a coloured badge with an icon and words. */
export function StatusBadge({ status, kind = 'target' }: StatusBadgeProps) {
  const { t } = useTranslation();
  const tone = statusTone(status);
  const text = status ? t(statusLabel(status, kind)) : t('overview.status.none');
  return (
    <span className={`status-badge status-badge--${tone}`}>
      <span className="status-badge__icon" aria-hidden="true">
        {ICON[tone]}
      </span>
      {text}
    </span>
  );
}
