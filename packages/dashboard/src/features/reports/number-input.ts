// Reading amounts and counts as OPD operators type them: `6.250.000.000`, `Rp 6.250.000.000`,
// `6250000000` or `6 250 000 000`. Rupiah are whole (STYLE.md: money is whole rupiah), so a
// decimal comma is refused rather than guessed at.

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' | 'tooLarge' };

const GROUPED = /^\d{1,3}([. ]\d{3})+$/;
const PLAIN = /^\d+$/;

/** A whole, non-negative number typed with or without thousands separators (and "Rp"). */
export function parseWholeNumber(text: string): ParsedNumber {
  const trimmed = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  if (!GROUPED.test(trimmed) && !PLAIN.test(trimmed)) return { ok: false, reason: 'invalid' };
  const value = Number(trimmed.replace(/[. ]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, reason: 'tooLarge' };
  return { ok: true, value };
}

/** realisasi as a share of pagu, for the preview under the input; null without pagu. */
export function shareOfPagu(realisasi: number, pagu: number): number | null {
  return pagu > 0 ? realisasi / pagu : null;
}
