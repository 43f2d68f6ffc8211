import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import id from '../locales/id.json';
import { isMessageKey, translate } from './i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('id.json and en.json have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('each translation uses the same placeholders', () => {
    for (const [key, text] of Object.entries(id)) {
      expect(placeholders(en[key as keyof typeof en]), key).toEqual(placeholders(text));
    }
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

  it('recognises server error codes that have a message', () => {
    expect(isMessageKey('error.auth/forbidden')).toBe(true);
    expect(isMessageKey('error.report/no_such_code')).toBe(false);
  });
});
