// Where a DomainError from the report mutations is shown, and in which words. The API names the
// input at fault in `field`; the dashboard translates by `code` (locales: `error.<code>`).
import { isMessageKey, type MessageKey } from '../../lib/i18n';

/** The form's inputs, by the names the API uses in SaveReportDraftInput. */
export type ReportField =
  | 'programId'
  | 'month'
  | 'realisasi'
  | 'outputCumulative'
  | 'beneficiariesCumulative'
  | 'problems'
  | 'solutions'
  | 'reason';
export const REPORT_FIELDS: readonly ReportField[] = [
  'programId',
  'month',
  'realisasi',
  'outputCumulative',
  'beneficiariesCumulative',
  'problems',
  'solutions',
  'reason',
];

export interface DomainErrorLike {
  code: string;
  field?: string | null;
  message: string;
}

/** The input an error belongs next to; null for errors about the report as a whole (`id`). */
export function fieldOf(error: Pick<DomainErrorLike, 'field'>): ReportField | null {
  return REPORT_FIELDS.find((f) => f === error.field) ?? null;
}

/** The message key for a code; a generic one for a code this dashboard does not know yet. */
export function domainErrorKey(code: string, fallback: MessageKey): MessageKey {
  const key = `error.${code}`;
  return isMessageKey(key) ? key : fallback;
}

/** Field-level messages of one answer: at most one per field, and the rest for the whole form. */
export interface FormErrors {
  fields: Partial<Record<ReportField, DomainErrorLike>>;
  form: DomainErrorLike | null;
}

export function formErrors(error: DomainErrorLike | null): FormErrors {
  if (!error) return { fields: {}, form: null };
  const field = fieldOf(error);
  return field ? { fields: { [field]: error }, form: null } : { fields: {}, form: error };
}
