import { formatCount } from '../lib/format';
import { useTranslation } from '../lib/i18n';

/** "disembunyikan" in place of a figure the API hid, with the reason on hover and for screen readers. */
export function HiddenValue() {
  const { t } = useTranslation();
  return (
    <span className="hidden-value" title={t('privacy.hiddenNote')}>
      {t('privacy.hidden')}
      <span className="visually-hidden"> ({t('privacy.hiddenNote')})</span>
    </span>
  );
}

/** A count, or HiddenValue when it is null. */
export function Count({ value, format = formatCount }: { value: number | null | undefined; format?: (n: number) => string }) {
  return value === null || value === undefined ? <HiddenValue /> : format(value);
}

/** The reason, once under a card or table that shows "disembunyikan" (a touch screen has no hover). */
export function HiddenNote() {
  const { t } = useTranslation();
  return <p className="note hidden-note">{t('privacy.hiddenNoteLine')}</p>;
}
