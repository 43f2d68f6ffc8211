// The FGT calculator's input: a poverty line typed the Indonesian way (`660.705`, `Rp 700.000`),
// checked before it is sent, with a message that says what to fix.
import { formatCount } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';

/** Below this a line means nothing per month (the extreme line is ≈ Rp300 ribu). */
export const MIN_POVERTY_LINE = 10_000;
/** Above this a typo is likelier than a line (BPS lines are under Rp1 juta). */
export const MAX_POVERTY_LINE = 10_000_000;

export type PovertyLineParse = { ok: true; value: number } | { ok: false; error: MessageKey; vars?: Record<string, string> };

/**
 * Reads a whole-rupiah amount per capita per month. Dots or spaces group thousands, as Indonesians
 * write them; a comma would start sen, which a poverty line does not have.
 */
export function parsePovertyLine(input: string): PovertyLineParse {
  const text = input
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return { ok: false, error: 'poverty.fgt.error.empty' };
  if (text.startsWith('-')) return { ok: false, error: 'poverty.fgt.error.negative' };
  if (/,/.test(text)) return { ok: false, error: 'poverty.fgt.error.decimal' };
  if (!/^\d+$/.test(text) && !/^\d{1,3}(\.\d{3})+$/.test(text)) return { ok: false, error: 'poverty.fgt.error.format' };
  const value = Number(text.replace(/\./g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'poverty.fgt.error.format' };
  if (value < MIN_POVERTY_LINE)
    return { ok: false, error: 'poverty.fgt.error.tooSmall', vars: { min: `Rp${formatCount(MIN_POVERTY_LINE)}` } };
  if (value > MAX_POVERTY_LINE)
    return { ok: false, error: 'poverty.fgt.error.tooLarge', vars: { max: `Rp${formatCount(MAX_POVERTY_LINE)}` } };
  return { ok: true, value };
}

/** The input's text for an amount: `660.705`. */
export function povertyLineText(value: number): string {
  return formatCount(Math.round(value));
}

/**
 * The API gives P1 and P2 as fractions; BPS publishes them ×100 (Padang Panjang's P1 is 0,54).
 * Shown on BPS's scale so the two read alike.
 */
export function indexOnBpsScale(fraction: number): number {
  return fraction * 100;
}
