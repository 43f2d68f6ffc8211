import { useState } from 'react';
import { LANGUAGES, type Language, useTranslation } from '../lib/i18n';

/** ID / EN, remembered in localStorage. English's words are fetched the first time it is chosen. */
export function LanguageSwitch() {
  const { t, lang, setLanguage } = useTranslation();
  const [pending, setPending] = useState<Language | null>(null);
  const choose = (l: Language) => {
    if (l === lang || pending) return;
    setPending(l);
    // Offline, the words cannot come: the interface stays in the language it is in, and the
    // button can be pressed again.
    setLanguage(l)
      .catch(() => undefined)
      .finally(() => setPending(null));
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field.
    <div className="segmented segmented--inverse" role="group" aria-label={t('language.label')} aria-busy={pending !== null}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          className="segmented__option"
          lang={l}
          aria-pressed={lang === l}
          title={t(l === 'id' ? 'language.idName' : 'language.enName')}
          onClick={() => choose(l)}
        >
          <span aria-hidden="true">{l.toUpperCase()}</span>
          <span className="visually-hidden">{t(l === 'id' ? 'language.idName' : 'language.enName')}</span>
        </button>
      ))}
    </div>
  );
}
