// One of the audit filter's two days: a text input in the interface language's order (hh/bb/tttt),
// with the format written under the label, since a native date input shows the browser's order
// instead (mm/dd/yyyy in an English Chromium).
import { useTranslation } from '../../lib/i18n';
import '../../components/write-form.css';

interface Props {
  id: string;
  name: string;
  label: string;
  /** As typed: `20/11/2026`. */
  value: string;
  onChange: (value: string) => void;
  /** Why the text is no day, shown under the input; null when it reads. */
  error: string | null;
}

export function DayFilter({ id, name, label, value, onChange, error }: Props) {
  const { t, lang } = useTranslation();
  const hintId = `${id}-format`;
  const errorId = `${id}-error`;
  return (
    <div className="field field--light audit-day">
      <span className="audit-day__head">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <span id={hintId} className="audit-day__format">
          {t('audit.filter.dayFormat')}
        </span>
      </span>
      <input
        id={id}
        name={name}
        type="text"
        lang={lang}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('audit.filter.dayPlaceholder')}
        className="field__control audit-day__input"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={errorId} className="field-error" role="alert">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      )}
    </div>
  );
}
