import { formatCount } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import './status.css';

/** "Terlambat 39 hari": red, boxed and in words, for anything past its due date. Nothing when on time. */
export function LateBadge({ daysLate }: { daysLate: number }) {
  const { t } = useTranslation();
  if (daysLate <= 0) return null;
  return <span className="late-badge">{t('overview.late.days', { days: formatCount(daysLate) })}</span>;
}
