// The pieces every write form uses: a modal dialog (native <dialog>: focus kept inside, Escape
// closes), a confirmation before anything is removed, messages beside the input at fault, and one
// for the whole form. The report form (features/reports) is the pattern: the server's DomainError
// names the field, the message is announced, and focus goes to the input so the fix is one step.
import type { CombinedError } from '@urql/core';
import { type InputHTMLAttributes, type ReactNode, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLanguage, useTranslation } from '../lib/i18n';
import { placeError, requestErrorText, type WriteAnswer, type WriteErrorLike, writeErrorText } from '../lib/write-errors';
import './write-form.css';

type FormError = { kind: 'domain'; error: WriteErrorLike } | { kind: 'request'; error: CombinedError | null };

export interface WriteForm {
  /** The id of a field's input, for `htmlFor` and `aria-describedby`. */
  idOf(field: string): string;
  /** The server's message for a field, in the interface language; null when none. */
  messageOf(field: string): string | null;
  /** Props for the input of a field: its id, aria-invalid and the message it is described by. */
  inputProps(field: string, hintId?: string): { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** Clears a field's message once its value changes. */
  clear(field: string): void;
  /** An error for the whole form (stale, in use, network). */
  formError: FormError | null;
  /** Sets a browser-side message on a field (a date left empty) and focuses it. */
  setFieldMessage(field: string, message: string): void;
  /** Takes a write's answer: returns its data, or shows why not (beside the field, or for the form). */
  take<T>(answer: WriteAnswer<T>): T | null;
  reset(): void;
}

/** State of one write form whose inputs are named as the API names them (`title`, `milestones.0.dueDate`). */
export function useWriteForm(fields: readonly string[]): WriteForm {
  const base = useId();
  const lang = useLanguage();
  const [fieldMessages, setFieldMessages] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<FormError | null>(null);
  const focusNext = useRef<string | null>(null);
  const idOf = useCallback((field: string) => `${base}-${field}`, [base]);

  // Focus the input with the message once it is on screen: a keyboard or screen-reader user lands
  // where the fix is.
  useEffect(() => {
    const field = focusNext.current;
    if (!field) return;
    focusNext.current = null;
    document.getElementById(idOf(field))?.focus();
  });

  return useMemo<WriteForm>(() => {
    const messageOf = (field: string) => fieldMessages[field] ?? null;
    return {
      idOf,
      messageOf,
      inputProps(field, hintId) {
        const invalid = !!messageOf(field);
        const described = [hintId, invalid ? `${idOf(field)}-error` : null].filter(Boolean).join(' ');
        return {
          id: idOf(field),
          ...(invalid ? { 'aria-invalid': true as const } : {}),
          ...(described ? { 'aria-describedby': described } : {}),
        };
      },
      clear(field) {
        if (fieldMessages[field]) setFieldMessages(({ [field]: _gone, ...rest }) => rest);
      },
      formError,
      setFieldMessage(field, message) {
        setFieldMessages((prev) => ({ ...prev, [field]: message }));
        focusNext.current = field;
      },
      take<T>(answer: WriteAnswer<T>): T | null {
        setFieldMessages({});
        setFormError(null);
        if (answer.ok) return answer.data;
        if ('request' in answer) {
          setFormError({ kind: 'request', error: answer.request });
          return null;
        }
        const { field } = placeError(answer.domain, fields);
        if (field) {
          setFieldMessages({ [field]: writeErrorText(answer.domain, lang) });
          focusNext.current = field;
        } else {
          setFormError({ kind: 'domain', error: answer.domain });
        }
        return null;
      },
      reset() {
        setFieldMessages({});
        setFormError(null);
      },
    };
  }, [fieldMessages, formError, fields, idOf, lang]);
}

/** A message under an input, announced when it appears. */
export function FieldError({ form, field }: { form: WriteForm; field: string }) {
  const message = form.messageOf(field);
  if (!message) return null;
  return (
    <p id={`${form.idOf(field)}-error`} className="field-error" role="alert">
      <span aria-hidden="true">✕ </span>
      {message}
    </p>
  );
}

type TextInputProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'maxLength' | 'inputMode' | 'disabled'>;

/**
 * One labelled text input of a write form: its hint under it (named by the input), and the
 * server's message for it once a save is refused, cleared as soon as the value changes.
 */
export function TextField({
  form,
  field,
  label,
  value,
  onChange,
  hint,
  wide = false,
  ...input
}: TextInputProps & {
  form: WriteForm;
  /** The field as the API names it, so its DomainError lands here. */
  field: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Spans both columns of a form grid. */
  wide?: boolean;
}) {
  const hintId = hint ? `${form.idOf(field)}-hint` : undefined;
  return (
    <div className={wide ? 'form-field form-field--wide' : 'form-field'}>
      <label htmlFor={form.idOf(field)}>{label}</label>
      <input
        {...form.inputProps(field, hintId)}
        {...input}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          form.clear(field);
        }}
      />
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      <FieldError form={form} field={field} />
    </div>
  );
}

/** Why the whole form was not saved, with what to do (reload for a stale version). */
export function FormErrorNotice({ form, onReload }: { form: WriteForm; onReload?: () => void }) {
  const { t, lang } = useTranslation();
  const error = form.formError;
  if (!error) return null;
  const stale = error.kind === 'domain' && error.error.code === 'write/stale_version';
  return (
    <div className="notice notice--error form-notice" role="alert">
      <p className="notice__title">{t('write.notSaved')}</p>
      <p>{error.kind === 'domain' ? writeErrorText(error.error, lang) : requestErrorText(error.error, lang)}</p>
      {stale && onReload && (
        <p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            {t('write.reload')}
          </button>
        </p>
      )}
    </div>
  );
}

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** A sentence under the title: what the form is for. */
  intro?: string;
  /** wide for forms with lists (milestones, agenda). */
  size?: 'normal' | 'wide';
}

/**
 * A modal form over the page. The native dialog keeps focus inside and closes on Escape; focus
 * returns to what opened it.
 */
export function FormDialog({ title, onClose, children, intro, size = 'normal' }: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => {
      el?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={size === 'wide' ? 'form-dialog form-dialog--wide' : 'form-dialog'}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="form-dialog__header">
        <h2 id={titleId} className="form-dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--secondary form-dialog__close" onClick={onClose}>
          {t('write.close')}
        </button>
      </header>
      <div className="form-dialog__body">
        {intro && <p className="form-dialog__intro">{intro}</p>}
        {children}
      </div>
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** Why it did not happen (in use, changed meanwhile): shown, and the dialog stays. */
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something is removed; the safe choice (Batal) has the focus. */
export function ConfirmDialog({ title, children, confirmLabel, busy, error, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const el = ref.current;
    if (el && !el.open) el.showModal();
    cancelRef.current?.focus();
    return () => {
      el?.close();
      opener?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      className="form-dialog form-dialog--confirm"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <div className="form-dialog__body">
        <h2 id={titleId} className="form-dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="form-dialog__intro">
          {children}
        </div>
        {error && (
          <div className="notice notice--error form-notice" role="alert">
            <p className="notice__title">{t('write.notRemoved')}</p>
            <p>{error}</p>
          </div>
        )}
        <div className="form-actions">
          <button type="button" className="button button--danger" aria-disabled={busy || undefined} onClick={() => !busy && onConfirm()}>
            {busy ? t('write.removing') : confirmLabel}
          </button>
          <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
            {t('write.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** The buttons under a form: save (submits the form) and cancel. */
export function FormActions({ busy, saveLabel, onCancel }: { busy: boolean; saveLabel: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button" aria-disabled={busy || undefined}>
        {busy ? t('write.saving') : saveLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('write.cancel')}
      </button>
    </div>
  );
}

/** What was just saved or removed, announced politely; nothing shown while empty. */
export function SavedNotice({ message }: { message: string | null }) {
  return (
    <div role="status" className="saved-notice">
      {message && <p className="notice notice--good">{message}</p>}
    </div>
  );
}
