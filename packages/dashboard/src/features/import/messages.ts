// The API's words about an import, in the interface language: row errors and DomainErrors by
// their `import/…` code (locales: `error.import/…`), and the summary's notes, which come as
// English sentences without a code, by their known shapes. Anything this dashboard does not know
// yet is shown as the API wrote it, in English, rather than hidden.
import type { CombinedError } from '@urql/core';
import { errorMessageKey } from '../../components/query-state';
import { isMessageKey, type MessageKey, type MessageVars } from '../../lib/i18n';

/** The message key for an error code, or null when this dashboard has none. */
export function errorKey(code: string): MessageKey | null {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : null;
}

// Codes whose English sentence names what the code cannot: the accepted range, the digits found,
// the other row, the parent missing, the mapping at fault. The page shows it under the reason.
const SPECIFIC = new Set([
  'import/bad_mapping',
  'import/bad_option',
  'import/column_missing',
  'import/duplicate',
  'import/duplicate_benefit',
  'import/duplicate_household',
  'import/duplicate_month',
  'import/duplicate_program',
  'import/nik_invalid',
  'import/not_a_number',
  'import/out_of_range',
  'import/parent_missing',
  'import/plan_decreases',
  'import/realisasi_above_pagu',
  'import/realisasi_decreases',
  'import/region_out_of_scope',
  'import/too_long',
  'import/unknown_value',
]);

// The plain forms of those codes' sentences: nothing to add to the translation.
const PLAIN = new Set(['not a number', 'must be 16 digits']);

/** The API's sentence as a detail under the translated reason, or null when it only says the same. */
export function errorDetail(code: string, message: string): string | null {
  const text = message.trim();
  return SPECIFIC.has(code) && text !== '' && !PLAIN.has(text) ? text : null;
}

export type Note = { key: MessageKey; vars: MessageVars } | { text: string };

// The notes import kinds write (packages/api/src/modules/import/kinds/*.ts).
const NOTES: readonly [RegExp, MessageKey, (m: RegExpExecArray) => MessageVars][] = [
  [/^already imported as vintage (\d+)$/, 'import.note.alreadyImported', (m) => ({ vintage: m[1]! })],
  [/^new source "(.*)"$/, 'import.note.newSource', (m) => ({ source: m[1]! })],
  [/^(\d+) program\(s\) without a monthly plan: the pagu is spread evenly$/, 'import.note.planSpread', (m) => ({ count: Number(m[1]) })],
  [/^(\d+) OPD\(s\) created$/, 'import.note.opdsCreated', (m) => ({ count: Number(m[1]) })],
  [/^(\d+) cluster\(s\) created$/, 'import.note.clustersCreated', (m) => ({ count: Number(m[1]) })],
];

export function noteMessage(note: string): Note {
  for (const [pattern, key, vars] of NOTES) {
    const match = pattern.exec(note);
    if (match) return { key, vars: vars(match) };
  }
  return { text: note };
}

/**
 * What a failed upload says. A proxy in front of Pantau (nginx allows 1 MB by default) refuses a
 * large file with 413 before the API sees it: that is not "the server cannot be reached".
 */
export function requestFailureKey(error: CombinedError | undefined): MessageKey {
  const status = (error?.response as { status?: number } | undefined)?.status;
  if (status === 413) return 'import.failed.proxyTooLarge';
  return errorMessageKey(error);
}
