import type { CombinedError } from '@urql/core';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, formatRate, formatRupiah, formatTime } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { type MessageKey, useLanguage, useTranslation } from '../../lib/i18n';
import { fallsBelowApproved } from './cumulative-decrease';
import { DomainErrorText, RequestErrorText } from './domain-error-text';
import { MONTH_NUMBERS, monthName } from './months';
import { parseWholeNumber, shareOfPagu } from './number-input';
import { type DomainErrorLike, type FormErrors, formErrors, type ReportField } from './report-errors';
import { ReportStatusBadge } from './report-status-badge';
import './reports.css';

export const ReportForm_ProgramFragment = graphql(`
  fragment ReportForm_ProgramFragment on Program {
    id code name pagu outputUnit outputTarget beneficiaryTarget
  }
`);

export const ReportForm_ProgressReportFragment = graphql(`
  fragment ReportForm_ProgressReportFragment on ProgressReport {
    id month status realisasi outputCumulative beneficiariesCumulative problems solutions decreaseReason reviewComment viewerCanEdit
    program { id }
  }
`);

const SaveReportDraftMutation = graphql(`
  mutation SaveReportDraft($input: SaveReportDraftInput!) {
    saveReportDraft(input: $input) {
      __typename
      ... on MutationSaveReportDraftSuccess { data { id status month realisasi } }
      ... on DomainError { code field message }
    }
  }
`);

const SubmitReportMutation = graphql(`
  mutation SubmitReport($id: Int!) {
    submitReport(id: $id) {
      __typename
      ... on MutationSubmitReportSuccess { data { id status month } }
      ... on DomainError { code field message }
    }
  }
`);

type Program = ResultOf<typeof ReportForm_ProgramFragment>;
type Report = ResultOf<typeof ReportForm_ProgressReportFragment>;

interface Props {
  programs: readonly FragmentOf<typeof ReportForm_ProgramFragment>[];
  reports: readonly FragmentOf<typeof ReportForm_ProgressReportFragment>[];
  year: number;
  /** The month the form opens on (the one due, or `?bulan=`). */
  initialMonth: number;
  /** A program and month chosen from the list below ("Buka"); changes the form's choice. */
  selection: { programId: number; month: number; at: number } | null;
}

/** The OPD operator's monthly progress report: pick a program and month, fill, save, submit. */
export function ReportForm({ programs: programData, reports: reportData, year, initialMonth, selection }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const programs = readFragment(ReportForm_ProgramFragment, programData);
  const reports = readFragment(ReportForm_ProgressReportFragment, reportData);
  const [programId, setProgramId] = useState<number | null>(programs[0]?.id ?? null);
  const [month, setMonth] = useState(initialMonth);
  const formRef = useRef<HTMLDivElement>(null);
  const choiceId = useId();

  useEffect(() => {
    if (!selection) return;
    setProgramId(selection.programId);
    setMonth(selection.month);
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, [selection]);

  const program = programs.find((p) => p.id === programId) ?? null;
  const existing = reports.find((r) => r.program.id === programId && r.month === month) ?? null;
  const statusOf = (m: number) => reports.find((r) => r.program.id === programId && r.month === m)?.status ?? null;

  return (
    <div className="report-form" ref={formRef}>
      <div className="report-form__choice">
        <div className="field field--light">
          <label className="field__label" htmlFor={`${choiceId}-program`}>
            {t('reports.form.program')}
          </label>
          <select
            id={`${choiceId}-program`}
            className="field__control"
            value={programId ?? ''}
            onChange={(e) => setProgramId(Number(e.target.value))}
          >
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.code} — {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--light">
          <label className="field__label" htmlFor={`${choiceId}-month`}>
            {t('reports.form.month')}
          </label>
          <select id={`${choiceId}-month`} className="field__control" value={month} onChange={(e) => setMonth(Number(e.target.value))}>
            {MONTH_NUMBERS.map((m) => {
              const status = statusOf(m);
              return (
                <option key={m} value={m}>
                  {monthName(m, lang)} {year}
                  {status ? ` — ${t(`reports.status.${status}`)}` : ` — ${t('reports.form.notReported')}`}
                </option>
              );
            })}
          </select>
        </div>
      </div>
      {program && (
        <ReportFields
          // A new program or month starts from that report's stored figures, or blank.
          key={`${program.id}-${month}`}
          program={program}
          month={month}
          year={year}
          existing={existing}
          previous={previousApproved(reports, program.id, month)}
        />
      )}
    </div>
  );
}

/** The newest approved report of the program before `month`: the cumulative figures to beat. */
function previousApproved(reports: readonly Report[], programId: number, month: number): Report | null {
  return (
    reports.filter((r) => r.program.id === programId && r.status === 'APPROVED' && r.month < month).sort((a, b) => b.month - a.month)[0] ??
    null
  );
}

interface FieldsProps {
  program: Program;
  month: number;
  year: number;
  existing: Report | null;
  previous: Report | null;
}

type Texts = Record<'realisasi' | 'outputCumulative' | 'beneficiariesCumulative' | 'problems' | 'solutions' | 'reason', string>;

type Outcome =
  | { kind: 'saved'; at: Date }
  | { kind: 'submitted' }
  | { kind: 'requestError'; error: CombinedError }
  | { kind: 'formError'; error: DomainErrorLike };

const NUMBER_MESSAGES: Record<'empty' | 'invalid' | 'tooLarge', MessageKey> = {
  empty: 'reports.input.empty',
  invalid: 'reports.input.invalid',
  tooLarge: 'reports.input.tooLarge',
};

function ReportFields({ program, month, year, existing, previous }: FieldsProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const baseId = useId();
  const [texts, setTexts] = useState<Texts>(() => ({
    realisasi: existing ? formatCount(existing.realisasi) : '',
    outputCumulative: existing ? formatCount(existing.outputCumulative) : '',
    beneficiariesCumulative: existing ? formatCount(existing.beneficiariesCumulative) : '',
    problems: existing?.problems ?? '',
    solutions: existing?.solutions ?? '',
    reason: existing?.decreaseReason ?? '',
  }));
  const [clientErrors, setClientErrors] = useState<Partial<Record<ReportField, MessageKey>>>({});
  const [server, setServer] = useState<FormErrors>({ fields: {}, form: null });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [saveState, save] = useMutation(SaveReportDraftMutation);
  const [submitState, submit] = useMutation(SubmitReportMutation);
  const busy = saveState.fetching || submitState.fetching;
  const focusAfter = useRef<ReportField | null>(null);

  const editable = !existing || existing.viewerCanEdit;
  const monthLabel = `${monthName(month, lang)} ${year}`;
  const idOf = (field: ReportField) => `${baseId}-${field}`;

  // Focus the first input with a message once it is on screen, so a keyboard or screen-reader
  // user lands where the fix is.
  useEffect(() => {
    const field = focusAfter.current;
    if (!field) return;
    focusAfter.current = null;
    document.getElementById(idOf(field))?.focus();
  });

  const change = (field: keyof Texts) => (value: string) => {
    setTexts((prev) => ({ ...prev, [field]: value }));
    // The message stays until the user changes the value it is about.
    if (clientErrors[field] || server.fields[field]) {
      setClientErrors((prev) => ({ ...prev, [field]: undefined }));
      setServer((prev) => ({ ...prev, fields: { ...prev.fields, [field]: undefined } }));
    }
  };

  // A number is shown back with thousands dots once typed, so a missing zero is easy to spot;
  // a message about it stays until the value itself changes.
  const reformat = (field: 'realisasi' | 'outputCumulative' | 'beneficiariesCumulative') => {
    const parsed = parseWholeNumber(texts[field]);
    if (parsed.ok && formatCount(parsed.value) !== texts[field]) setTexts((prev) => ({ ...prev, [field]: formatCount(parsed.value) }));
  };

  const realisasi = parseWholeNumber(texts.realisasi);
  const share = realisasi.ok ? shareOfPagu(realisasi.value, program.pagu) : null;
  // Output and beneficiaries are cumulative: below the last approved month needs a written reason
  // (a recount, a correction). The API decides; the field shows as soon as the numbers fall.
  const output = parseWholeNumber(texts.outputCumulative);
  const beneficiaries = parseWholeNumber(texts.beneficiariesCumulative);
  const falls = fallsBelowApproved(previous, output, beneficiaries);
  const showReason = falls || texts.reason !== '' || !!server.fields.reason;

  /** Checks what the browser can, then saves; returns the saved report's id, or null. */
  async function saveDraft(): Promise<number | null> {
    setOutcome(null);
    setServer({ fields: {}, form: null });
    const numbers = {
      realisasi,
      outputCumulative: parseWholeNumber(texts.outputCumulative),
      beneficiariesCumulative: parseWholeNumber(texts.beneficiariesCumulative),
    };
    const errors: Partial<Record<ReportField, MessageKey>> = {};
    for (const [field, parsed] of Object.entries(numbers) as [ReportField, typeof realisasi][]) {
      if (!parsed.ok) errors[field] = NUMBER_MESSAGES[parsed.reason];
    }
    setClientErrors(errors);
    const firstError = (Object.keys(numbers) as ReportField[]).find((f) => errors[f]);
    if (firstError || !numbers.realisasi.ok || !numbers.outputCumulative.ok || !numbers.beneficiariesCumulative.ok) {
      focusAfter.current = firstError ?? null;
      return null;
    }
    const result = await save({
      input: {
        programId: program.id,
        month,
        realisasi: numbers.realisasi.value,
        outputCumulative: numbers.outputCumulative.value,
        beneficiariesCumulative: numbers.beneficiariesCumulative.value,
        problems: texts.problems.trim() || null,
        solutions: texts.solutions.trim() || null,
        reason: showReason ? texts.reason.trim() || null : null,
      },
    });
    const answer = result.data?.saveReportDraft;
    if (!answer) {
      if (result.error) setOutcome({ kind: 'requestError', error: result.error });
      return null;
    }
    if (answer.__typename === 'DomainError') {
      const split = formErrors(answer);
      setServer(split);
      if (split.form) setOutcome({ kind: 'formError', error: split.form });
      focusAfter.current = (Object.keys(split.fields) as ReportField[])[0] ?? null;
      return null;
    }
    return answer.data.id;
  }

  async function onSave() {
    const id = await saveDraft();
    if (id !== null) setOutcome({ kind: 'saved', at: new Date() });
  }

  async function onSubmit() {
    const id = (await saveDraft()) ?? null;
    if (id === null) return;
    const result = await submit({ id });
    const answer = result.data?.submitReport;
    if (!answer) {
      if (result.error) setOutcome({ kind: 'requestError', error: result.error });
      return;
    }
    if (answer.__typename === 'DomainError') {
      const split = formErrors(answer);
      setServer(split);
      setOutcome(split.form ? { kind: 'formError', error: split.form } : null);
      focusAfter.current = (Object.keys(split.fields) as ReportField[])[0] ?? null;
      return;
    }
    setOutcome({ kind: 'submitted' });
  }

  const messageOf = (field: ReportField): ReactNode => {
    const serverError = server.fields[field];
    if (serverError) return <DomainErrorText error={serverError} />;
    const key = clientErrors[field];
    return key ? t(key) : null;
  };

  const fieldProps = (field: ReportField, hint: boolean) => {
    const invalid = !!messageOf(field);
    const described = [hint ? `${idOf(field)}-hint` : null, invalid ? `${idOf(field)}-error` : null].filter(Boolean).join(' ');
    return {
      id: idOf(field),
      'aria-invalid': invalid || undefined,
      'aria-describedby': described || undefined,
      // Not disabled while saving: a disabled input drops the keyboard focus.
      disabled: !editable,
    };
  };

  return (
    <form
      className="report-fields"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void onSave();
      }}
    >
      <div className="report-fields__status">
        <h3 className="report-fields__title">{t('reports.form.reportFor', { program: program.name, month: monthLabel })}</h3>
        {existing ? <ReportStatusBadge status={existing.status} /> : <span className="report-status">{t('reports.form.new')}</span>}
      </div>
      {existing?.status === 'RETURNED' && existing.reviewComment && (
        <div className="notice notice--returned" role="note">
          <p className="notice__title">{t('reports.form.returnedTitle')}</p>
          <p>{existing.reviewComment}</p>
          <p>{t('reports.form.returnedHint')}</p>
        </div>
      )}
      {!editable && existing && (
        <p className="notice notice--empty">
          {t(existing.status === 'APPROVED' ? 'reports.form.lockedApproved' : 'reports.form.lockedSubmitted', { month: monthLabel })}
        </p>
      )}
      {previous && (
        <p className="report-fields__previous">
          {t('reports.form.previous', {
            month: monthName(previous.month, lang),
            realisasi: formatRupiah(previous.realisasi),
            output: formatCount(previous.outputCumulative),
            unit: program.outputUnit,
            beneficiaries: formatCount(previous.beneficiariesCumulative),
          })}
        </p>
      )}

      <div className="form-grid">
        <div className="form-field form-field--wide">
          <label htmlFor={idOf('realisasi')}>{t('reports.form.realisasi')}</label>
          <div className="input-prefix">
            <span aria-hidden="true">Rp</span>
            <input
              {...fieldProps('realisasi', true)}
              inputMode="numeric"
              autoComplete="off"
              value={texts.realisasi}
              onChange={(e) => change('realisasi')(e.target.value)}
              onBlur={() => reformat('realisasi')}
            />
          </div>
          <p id={`${idOf('realisasi')}-hint`} className="form-field__hint">
            {realisasi.ok ? (
              <span className={share !== null && share > 1 ? 'preview preview--over' : 'preview'}>
                <strong>{formatRupiah(realisasi.value)}</strong> (Rp{formatCount(realisasi.value)}) ·{' '}
                {share === null
                  ? t('reports.form.noPagu')
                  : t(share > 1 ? 'reports.form.overPagu' : 'reports.form.ofPagu', {
                      share: formatRate(share),
                      pagu: formatRupiah(program.pagu),
                    })}
              </span>
            ) : (
              t('reports.form.realisasiHint', { pagu: formatRupiah(program.pagu) })
            )}
          </p>
          <FieldError id={`${idOf('realisasi')}-error`}>{messageOf('realisasi')}</FieldError>
        </div>
        <div className="form-field">
          <label htmlFor={idOf('outputCumulative')}>{t('reports.form.output', { unit: program.outputUnit })}</label>
          <input
            {...fieldProps('outputCumulative', true)}
            inputMode="numeric"
            autoComplete="off"
            value={texts.outputCumulative}
            onChange={(e) => change('outputCumulative')(e.target.value)}
            onBlur={() => reformat('outputCumulative')}
          />
          <p id={`${idOf('outputCumulative')}-hint`} className="form-field__hint">
            {t('reports.form.targetHint', { target: formatCount(program.outputTarget), unit: program.outputUnit })}
          </p>
          <FieldError id={`${idOf('outputCumulative')}-error`}>{messageOf('outputCumulative')}</FieldError>
        </div>
        <div className="form-field">
          <label htmlFor={idOf('beneficiariesCumulative')}>{t('reports.form.beneficiaries')}</label>
          <input
            {...fieldProps('beneficiariesCumulative', true)}
            inputMode="numeric"
            autoComplete="off"
            value={texts.beneficiariesCumulative}
            onChange={(e) => change('beneficiariesCumulative')(e.target.value)}
            onBlur={() => reformat('beneficiariesCumulative')}
          />
          <p id={`${idOf('beneficiariesCumulative')}-hint`} className="form-field__hint">
            {t('reports.form.targetHint', { target: formatCount(program.beneficiaryTarget), unit: t('unit.households') })}
          </p>
          <FieldError id={`${idOf('beneficiariesCumulative')}-error`}>{messageOf('beneficiariesCumulative')}</FieldError>
        </div>
        {showReason && (
          <div className="form-field form-field--wide">
            <label htmlFor={idOf('reason')}>{t('reports.form.reason')}</label>
            <textarea
              {...fieldProps('reason', true)}
              rows={3}
              maxLength={4000}
              value={texts.reason}
              onChange={(e) => change('reason')(e.target.value)}
            />
            <p id={`${idOf('reason')}-hint`} className="form-field__hint">
              {previous
                ? t('reports.form.reasonHint', {
                    month: monthName(previous.month, lang),
                    output: formatCount(previous.outputCumulative),
                    unit: program.outputUnit,
                    beneficiaries: formatCount(previous.beneficiariesCumulative),
                  })
                : t('reports.form.reasonHintNoPrevious')}
            </p>
            <FieldError id={`${idOf('reason')}-error`}>{messageOf('reason')}</FieldError>
          </div>
        )}
        <div className="form-field form-field--wide">
          <label htmlFor={idOf('problems')}>{t('reports.form.problems')}</label>
          <textarea
            {...fieldProps('problems', false)}
            rows={3}
            maxLength={4000}
            value={texts.problems}
            onChange={(e) => change('problems')(e.target.value)}
          />
          <FieldError id={`${idOf('problems')}-error`}>{messageOf('problems')}</FieldError>
        </div>
        <div className="form-field form-field--wide">
          <label htmlFor={idOf('solutions')}>{t('reports.form.solutions')}</label>
          <textarea
            {...fieldProps('solutions', false)}
            rows={3}
            maxLength={4000}
            value={texts.solutions}
            onChange={(e) => change('solutions')(e.target.value)}
          />
          <FieldError id={`${idOf('solutions')}-error`}>{messageOf('solutions')}</FieldError>
        </div>
      </div>

      {editable && (
        <div className="form-actions">
          <button type="submit" className="button button--secondary" aria-disabled={busy || undefined}>
            {saveState.fetching && !submitState.fetching ? t('reports.form.saving') : t('reports.form.save')}
          </button>
          <button type="button" className="button" aria-disabled={busy || undefined} onClick={() => !busy && void onSubmit()}>
            {submitState.fetching ? t('reports.form.submitting') : t('reports.form.submit')}
          </button>
          <span className="form-actions__hint">{t('reports.form.submitHint')}</span>
        </div>
      )}
      <div aria-live="polite" className="form-outcome">
        {outcome?.kind === 'saved' && (
          <p className="notice notice--good">{t('reports.form.saved', { month: monthLabel, time: formatTime(outcome.at) })}</p>
        )}
        {outcome?.kind === 'submitted' && <p className="notice notice--good">{t('reports.form.submitted', { month: monthLabel })}</p>}
      </div>
      {(outcome?.kind === 'requestError' || outcome?.kind === 'formError') && (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('reports.form.failed')}</p>
          <p>{outcome.kind === 'requestError' ? <RequestErrorText error={outcome.error} /> : <DomainErrorText error={outcome.error} />}</p>
        </div>
      )}
    </form>
  );
}

/** A message under an input, announced when it appears. */
function FieldError({ id, children }: { id: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <span aria-hidden="true">✕ </span>
      {children}
    </p>
  );
}
