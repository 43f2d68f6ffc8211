import { useTranslation } from '../../lib/i18n';
import './reports.css';

export type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

// An icon per state besides the colour: draft ✎, sent →, approved ✓, returned ↩.
const ICON: Record<ReportStatus, string> = { DRAFT: '✎', SUBMITTED: '→', APPROVED: '✓', RETURNED: '↩' };

/** Where a monthly report stands in review, in words with an icon. */
export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`report-status report-status--${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {t(`reports.status.${status}`)}
    </span>
  );
}
