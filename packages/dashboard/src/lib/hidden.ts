// Counts the API hides for privacy (docs/privacy.md): a count of 1–4 households, or a second cell
// hidden beside one so it cannot be derived, comes back as null with `suppressed: true` for roles
// without household access. The dashboard shows the word "disembunyikan" with the reason, never a
// number, a "< 5" (a complement may be large) or a zero bar.
import { formatCount } from './format';
import type { MessageKey, MessageVars } from './i18n';

type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The word shown in place of a hidden figure: "disembunyikan" / "hidden". */
export function hiddenText(t: Translate): string {
  return t('privacy.hidden');
}

/** A count as shown: formatted, or "disembunyikan" when the API hid it. */
export function countText(n: number | null | undefined, t: Translate, format: (n: number) => string = formatCount): string {
  return n === null || n === undefined ? hiddenText(t) : format(n);
}

/** Sums the shown values; null when every one is hidden (a sum of nothing shown is not 0). */
export function sumShown(values: readonly (number | null)[]): { sum: number | null; hidden: number } {
  let sum: number | null = null;
  let hidden = 0;
  for (const v of values) {
    if (v === null) hidden++;
    else sum = (sum ?? 0) + v;
  }
  return { sum, hidden };
}
