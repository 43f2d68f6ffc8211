// What a write mutation answered, as a form shows it: the record saved, a DomainError beside the
// input it names (`field`), or a sentence for the whole form (a stale version says who saved and
// when; a refused delete says what uses the record). The words come from locales by code.
import type { CombinedError, OperationResult } from '@urql/core';
import { errorMessageKey } from '../components/query-state';
import { formatLocalDate, formatTime } from './format';
import { isMessageKey, type Language, type MessageKey, translate } from './i18n';

/** A DomainError as the API sends it (write/stale_version adds who and when). */
export interface WriteErrorLike {
  code: string;
  field?: string | null;
  message: string;
  changedBy?: string | null;
  changedAt?: string | null;
}

/** What a write mutation's union answered: its data, or why not. */
export type WriteAnswer<T> = { ok: true; data: T } | { ok: false; domain: WriteErrorLike } | { ok: false; request: CombinedError | null };

type Union<T> = { __typename: string; data?: T } & Partial<WriteErrorLike>;

/** Reads the one field of a write mutation's result (`{ data { createPriority { … } } }`). */
export function readWrite<T>(result: Pick<OperationResult, 'data' | 'error'>, name: string): WriteAnswer<T> {
  const answer = (result.data as Record<string, Union<T> | null> | undefined)?.[name];
  if (!answer) return { ok: false, request: result.error ?? null };
  if (answer.__typename === 'DomainError') {
    return {
      ok: false,
      domain: {
        code: answer.code ?? '',
        field: answer.field ?? null,
        message: answer.message ?? '',
        changedBy: answer.changedBy ?? null,
        changedAt: answer.changedAt ?? null,
      },
    };
  }
  return { ok: true, data: answer.data as T };
}

/** The message key of a DomainError's code; a generic one for a code this dashboard does not know. */
export function writeErrorKey(code: string): MessageKey {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : 'write.error.unknown';
}

/**
 * A DomainError in the interface language. A stale version names who saved and when, in the
 * viewer's own time: "Sudah diubah oleh Wali Kota Palembang (walikota) pada 20 November 2026 pukul 10.15 …".
 */
export function writeErrorText(error: WriteErrorLike, lang: Language): string {
  if (error.code === 'write/stale_version') {
    const at = error.changedAt ? new Date(error.changedAt) : null;
    return translate(lang, 'error.write/stale_version', {
      who: error.changedBy ?? translate(lang, 'write.someone'),
      when: at ? translate(lang, 'write.at', { date: formatLocalDate(at, lang), time: formatTime(at) }) : translate(lang, 'write.justNow'),
    });
  }
  return translate(lang, writeErrorKey(error.code));
}

/** A failed request (network, session, server, not allowed) as one sentence. */
export function requestErrorText(error: CombinedError | null, lang: Language): string {
  return translate(lang, error ? errorMessageKey(error) : 'error.unknown');
}

/**
 * Where a DomainError goes: beside the input it names when the form has one (`fields` lists the
 * form's field names, `milestones.2.title` included), else above the form's buttons.
 */
export function placeError(error: WriteErrorLike, fields: readonly string[]): { field: string | null } {
  return { field: error.field && fields.includes(error.field) ? error.field : null };
}
