import { retryConnection, useConnection } from '../lib/connection';
import { formatTime } from '../lib/format';
import { useTranslation } from '../lib/i18n';

/** Says the server cannot be reached and since when the figures on screen are, with a retry. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const { online, lastAnswerAt } = useConnection();
  if (online) return null;
  return (
    <div className="offline-banner" role="status">
      <p>
        <strong>{lastAnswerAt ? t('offline.withTime', { time: formatTime(lastAnswerAt) }) : t('offline.noData')}</strong>{' '}
        <span className="offline-banner__hint">{t('offline.hint')}</span>
      </p>
      <button type="button" className="button button--light" onClick={retryConnection}>
        {t('action.retry')}
      </button>
    </div>
  );
}
