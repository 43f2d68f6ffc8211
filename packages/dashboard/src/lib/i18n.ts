// A tiny typed i18n: Indonesian first, English second (DESIGN.md). Keys are flat and dotted;
// `id.json` is the reference, and a test fails when `en.json` lacks or adds a key.
// The language lives in a module-level store read through useSyncExternalStore, so no provider
// is needed and a change re-renders every component that translates.
// Only Indonesian is in the initial bundle: each locale is ~120 KB of text, and most visitors
// never switch. English is its own chunk, fetched when chosen (or remembered) and applied only
// once it is here, so no page renders in a language whose words are missing.

import { useCallback, useSyncExternalStore } from 'react';
import id from '../locales/id.json';

export type Language = 'id' | 'en';
export type MessageKey = keyof typeof id;
export type MessageVars = Record<string, string | number>;

export const LANGUAGES: readonly Language[] = ['id', 'en'];
const messages: Partial<Record<Language, Record<string, string>>> & { id: Record<string, string> } = { id };
const loaders: Record<Exclude<Language, 'id'>, () => Promise<{ default: Record<string, string> }>> = {
  en: () => import('../locales/en.json'),
};
const loading = new Map<Language, Promise<void>>();

/** True when `lang`'s words are here and `translate` can use them. */
export function isLanguageLoaded(lang: Language): boolean {
  return messages[lang] !== undefined;
}

/** Fetches a language's words once; resolves at once for Indonesian and for one already here. */
export function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'id' || messages[lang]) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (module) => {
        messages[lang] = module.default;
      },
      (error: unknown) => {
        // A failed fetch (offline) may be retried on the next choice.
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/**
 * The singular of a message, for a language that has one: `<key>.one` (English only: "1 program"
 * beside "{count} programs"; Indonesian has no plural ending). Chosen when `count` is 1, as a
 * number or as the formatted "1".
 */
export const ONE_SUFFIX = '.one';
const STORAGE_KEY = 'pantau.language';

/** Looks a key up and fills `{name}` placeholders; a missing placeholder stays visible. */
export function translate(lang: Language, key: MessageKey, vars?: MessageVars): string {
  // A language not loaded yet reads as Indonesian; setLanguage never switches to one before it is.
  const table = messages[lang] ?? messages.id;
  const one = vars?.count === 1 || vars?.count === '1' ? table[`${key}${ONE_SUFFIX}`] : undefined;
  const text = one ?? table[key] ?? messages.id[key] ?? key;
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

/**
 * Switches the interface language once its words are loaded (English is fetched the first time),
 * then re-renders every translating component. Rejects, leaving the language as it was, when the
 * words cannot be fetched.
 */
export async function setLanguage(lang: Language): Promise<void> {
  await loadLanguage(lang);
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

/**
 * Before the first render: loads the remembered language, so a visitor who chose English sees
 * no Indonesian flash. If its words cannot be fetched, the interface starts in Indonesian.
 */
export async function prepareLanguage(): Promise<Language> {
  try {
    await loadLanguage(current);
  } catch {
    current = 'id';
  }
  if (typeof document !== 'undefined') document.documentElement.lang = current;
  return current;
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
