import { describe, expect, it, vi } from 'vitest';
import en from '../locales/en.json';
import id from '../locales/id.json';
import { isMessageKey, ONE_SUFFIX, translate } from './i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('id.json and en.json have the same keys (a language may add singulars, `<key>.one`)', () => {
    const base = (keys: string[]) => keys.filter((k) => !k.endsWith(ONE_SUFFIX)).sort();
    expect(base(Object.keys(en))).toEqual(base(Object.keys(id)));
    for (const key of [...Object.keys(en), ...Object.keys(id)].filter((k) => k.endsWith(ONE_SUFFIX)))
      expect(Object.hasOwn(id, key.slice(0, -ONE_SUFFIX.length)), `${key} has its plural`).toBe(true);
  });

  it('each translation uses the same placeholders', () => {
    for (const [key, text] of Object.entries(id)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
    const all: Record<string, string> = { ...en };
    for (const [key, text] of Object.entries(all).filter(([k]) => k.endsWith(ONE_SUFFIX)))
      expect(
        placeholders(text).every((p) => placeholders(all[key.slice(0, -ONE_SUFFIX.length)] ?? '').includes(p)),
        key,
      ).toBe(true);
  });

  it('has no empty strings', () => {
    for (const [key, text] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('translate', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('id', 'summary.year', { year: 2024 })).toBe('Tahun 2024');
    expect(translate('en', 'summary.year', { year: 2024 })).toBe('Year 2024');
    expect(translate('id', 'summary.year')).toBe('Tahun {year}');
  });

  it('says "1 program", not "1 programs", in English', () => {
    expect(translate('en', 'overview.programs.count', { count: '1' })).toBe('1 program');
    expect(translate('en', 'overview.programs.count', { count: 2 })).toBe('2 programs');
    expect(translate('id', 'overview.programs.count', { count: 1 })).toBe('1 program');
  });

  it('recognises server error codes that have a message', () => {
    expect(isMessageKey('error.auth/forbidden')).toBe(true);
    expect(isMessageKey('error.report/no_such_code')).toBe(false);
  });
});

describe('loading a language', () => {
  // A fresh copy of the module: the test set-up (i18n.setup.ts) has loaded English in the shared one.
  async function freshI18n() {
    vi.resetModules();
    return import('./i18n');
  }

  it('has only Indonesian until English is asked for, and reads as Indonesian meanwhile', async () => {
    const i18n = await freshI18n();
    expect(i18n.isLanguageLoaded('id')).toBe(true);
    expect(i18n.isLanguageLoaded('en')).toBe(false);
    expect(i18n.translate('en', 'summary.year', { year: 2024 })).toBe('Tahun 2024');
    await i18n.loadLanguage('en');
    expect(i18n.isLanguageLoaded('en')).toBe(true);
    expect(i18n.translate('en', 'summary.year', { year: 2024 })).toBe('Year 2024');
  });

  it('switches only once the words are here, and tells every listener', async () => {
    const i18n = await freshI18n();
    expect(i18n.getLanguage()).toBe('id');
    const switching = i18n.setLanguage('en');
    // Not switched while English is still on its way: nothing renders with missing words.
    expect(i18n.getLanguage()).toBe('id');
    await switching;
    expect(i18n.getLanguage()).toBe('en');
    await i18n.setLanguage('id');
    expect(i18n.getLanguage()).toBe('id');
  });
});
