// Why a delete was refused, in the interface language: "Masih dipakai oleh 3 program dan 2 pengguna."
import { formatCount } from '../../lib/format';
import { isMessageKey, type Language, translate } from '../../lib/i18n';

export interface InUseCount {
  what: string;
  count: number;
}

/** The sentence naming what still uses a record; a plain one when the API named nothing. */
export function inUseText(uses: readonly InUseCount[] | null | undefined, lang: Language): string {
  const parts = (uses ?? []).map((u) => {
    const key = `settings.inUse.${u.what.replace(/\s+/g, '_')}`;
    const count = formatCount(u.count);
    // The words carry the count ("{count} program", English "1 report" / "2 reports").
    return isMessageKey(key) ? translate(lang, key, { count }) : `${count} ${u.what}`;
  });
  if (parts.length === 0) return translate(lang, 'settings.inUse.generic');
  const and = translate(lang, 'settings.inUse.and');
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1)}`;
  return translate(lang, 'settings.inUse.sentence', { list });
}
