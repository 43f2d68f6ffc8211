import { formatTime } from '../lib/format';
import { useTranslation } from '../lib/i18n';
import { useLiveUpdates } from '../lib/live';

/**
 * "diperbarui 09.41": when the figures on screen were last brought up to date. Mounting it
 * subscribes the tab to the data version (lib/live.ts), so every page under the layout is live.
 */
export function LiveStamp() {
  const { t, lang } = useTranslation();
  const { updatedAt } = useLiveUpdates();
  if (!updatedAt) return null;
  const time = formatTime(updatedAt);
  return (
    <p className="live-stamp" role="status" data-testid="live-stamp">
      <time dateTime={updatedAt.toISOString()}>{t('live.updated', { time: lang === 'en' ? time.replace('.', ':') : time })}</time>
    </p>
  );
}
