// A tiny typed i18n: Indonesian first, English second (DESIGN.md). Keys are flat and dotted;
// `id.json` is the reference, and a test fails when `en.json` lacks or adds a key.
// The language lives in a module-level store read through useSyncExternalStore, so no provider
// is needed and a change re-renders every component that translates.

import { useCallback, useSyncExternalStore } from 'react';
import en from '../locales/en.json';
import id from '../locales/id.json';

export type Language = 'id' | 'en';
export type MessageKey = keyof typeof id;
export type MessageVars = Record<string, string | number>;

export const LANGUAGES: readonly Language[] = ['id', 'en'];
const messages: Record<Language, Record<MessageKey, string>> = { id, en };
const STORAGE_KEY = 'pantau.language';

/** Looks a key up and fills `{name}` placeholders; a missing placeholder stays visible. */
export function translate(lang: Language, key: MessageKey, vars?: MessageVars): string {
  const text = messages[lang][key] ?? messages.id[key] ?? key;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** True when `key` is a message key, for codes that come from the server (`auth/forbidden`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.id, key);
}

function readStoredLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'en' || stored === 'id' ? stored : 'id';
  } catch {
    // Storage can be blocked (private mode, strict cookie settings): fall back to Indonesian.
    return 'id';
  }
}

let current: Language = readStoredLanguage();
const listeners = new Set<() => void>();

export function getLanguage(): Language {
  return current;
}

export function setLanguage(lang: Language): void {
  if (lang === current) return;
  current = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not persisted; the choice still holds for this tab.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, getLanguage, () => 'id' as const);
}

export function useTranslation() {
  const lang = useLanguage();
  const t = useCallback((key: MessageKey, vars?: MessageVars) => translate(lang, key, vars), [lang]);
  return { t, lang, setLanguage };
}
