import { LANGUAGES, useTranslation } from '../lib/i18n';

/** ID / EN, remembered in localStorage. */
export function LanguageSwitch() {
  const { t, lang, setLanguage } = useTranslation();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field.
    <div className="segmented segmented--inverse" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          className="segmented__option"
          lang={l}
          aria-pressed={lang === l}
          title={t(l === 'id' ? 'language.idName' : 'language.enName')}
          onClick={() => setLanguage(l)}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">{t(l === 'id' ? 'language.idName' : 'language.enName')}</span>
        </button>
      ))}
    </div>
  );
}
