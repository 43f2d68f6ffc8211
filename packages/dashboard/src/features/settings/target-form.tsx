// A target's form beside the live preview of its path: the four shapes, each asking for what it
// needs (a step per year, or a date and the places that must reach zero).
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { unitKind } from '../poverty/target-progress';
import { decimalText, parseDecimal, parseWholeNumber } from './numbers';
import { type TargetPathValues, TargetPreview } from './target-preview';
import type { SettingsTarget, SettingsTargetsData } from './target-tab';

const CreateTargetMutation = graphql(`
  mutation CreateTarget($input: CreateTargetInput!) {
    createTarget(input: $input) {
      __typename
      ... on MutationCreateTargetSuccess { data { id name } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      __typename
      ... on MutationUpdateTargetSuccess { data { id name } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Shape = SettingsTarget['shape'];
export const SHAPES: readonly Shape[] = ['ANNUAL_POINT_REDUCTION', 'ANNUAL_RELATIVE_REDUCTION', 'ANNUAL_COUNT_REDUCTION', 'ZERO_BY_DATE'];
const FIELDS = [
  'name',
  'indicatorCode',
  'shape',
  'baselineYear',
  'baselineValue',
  'annualStep',
  'endYear',
  'dueDate',
  'regionGroupId',
  'note',
  'regionCode',
];

/** The step as typed: a relative cut in percent (0,5 means 0,5%), the API's fraction × 100. */
const stepText = (shape: Shape, step: number | null | undefined) =>
  step === null || step === undefined ? '' : decimalText(shape === 'ANNUAL_RELATIVE_REDUCTION' ? step * 100 : step);

interface Props {
  regionCode: string;
  target: SettingsTarget | null;
  indicators: SettingsTargetsData['indicators'];
  groups: SettingsTargetsData['regionGroups'];
  onClose: () => void;
  onReload: () => void;
  onSaved: (name: string) => void;
}

export function TargetForm({ regionCode, target, indicators, groups, onClose, onReload, onSaved }: Props) {
  const { t } = useTranslation();
  // The indicator's unit in words ("persen, mis. 10,5 untuk 10,5%"), not its code ("percent").
  const unitWords = (unit: string) => {
    const kind = unitKind(unit);
    return kind === 'other' ? unit : t(`settings.targets.unit.${kind}`);
  };
  const form = useWriteForm(FIELDS);
  const [name, setName] = useState(target?.name ?? '');
  const [indicatorCode, setIndicatorCode] = useState(target?.indicator.code ?? 'P0');
  const [shape, setShape] = useState<Shape>(target?.shape ?? 'ANNUAL_POINT_REDUCTION');
  const [baselineYear, setBaselineYear] = useState(target ? String(target.baselineYear) : '');
  const [baselineValue, setBaselineValue] = useState(target ? decimalText(target.baselineValue) : '');
  const [step, setStep] = useState(stepText(target?.shape ?? 'ANNUAL_POINT_REDUCTION', target?.annualStep));
  const [endYear, setEndYear] = useState(target ? String(target.endYear) : '');
  const [dueDate, setDueDate] = useState(target?.dueDate ?? '');
  const [regionGroupId, setRegionGroupId] = useState<number | null>(target?.regionGroup?.id ?? groups[0]?.id ?? null);
  const [note, setNote] = useState(target?.note ?? '');
  const [createState, create] = useMutation(CreateTargetMutation);
  const [updateState, update] = useMutation(UpdateTargetMutation);
  const busy = createState.fetching || updateState.fetching;
  const zero = shape === 'ZERO_BY_DATE';
  const indicator = indicators.find((i) => i.code === indicatorCode) ?? null;

  // What the preview draws: the values as typed, once each can be read.
  const path = useMemo<TargetPathValues | null>(() => {
    const by = parseWholeNumber(baselineYear);
    const ey = parseWholeNumber(endYear);
    const bv = parseDecimal(baselineValue);
    const st = parseDecimal(step);
    if (!by.ok || !ey.ok || !bv.ok) return null;
    if (zero)
      return dueDate ? { shape, baselineYear: by.value, endYear: ey.value, baselineValue: bv.value, annualStep: null, dueDate } : null;
    if (!st.ok) return null;
    const annualStep = shape === 'ANNUAL_RELATIVE_REDUCTION' ? st.value / 100 : st.value;
    return { shape, baselineYear: by.value, endYear: ey.value, baselineValue: bv.value, annualStep, dueDate: null };
  }, [shape, baselineYear, endYear, baselineValue, step, dueDate, zero]);

  // A new zero-by-date target runs to its due year unless an end year was typed.
  useEffect(() => {
    if (zero && dueDate && endYear === '') setEndYear(dueDate.slice(0, 4));
  }, [zero, dueDate, endYear]);

  const readNumber = (field: string, text: string, whole: boolean): number | null => {
    const parsed = whole ? parseWholeNumber(text) : parseDecimal(text);
    if (parsed.ok) return parsed.value;
    const key: MessageKey = parsed.reason === 'empty' ? 'settings.input.empty' : whole ? 'settings.input.year' : 'settings.input.decimal';
    form.setFieldMessage(field, t(key));
    return null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    form.reset();
    const by = readNumber('baselineYear', baselineYear, true);
    const bv = readNumber('baselineValue', baselineValue, false);
    const ey = readNumber('endYear', endYear, true);
    const st = zero ? null : readNumber('annualStep', step, false);
    if (zero && !dueDate) return form.setFieldMessage('dueDate', t('settings.input.empty'));
    if (by === null || bv === null || ey === null || (!zero && st === null)) return;
    const values = {
      indicatorCode,
      name,
      shape,
      baselineYear: by,
      baselineValue: bv,
      annualStep: zero ? null : shape === 'ANNUAL_RELATIVE_REDUCTION' ? st! / 100 : st,
      endYear: ey,
      dueDate: zero ? dueDate : null,
      regionGroupId: zero ? regionGroupId : null,
      note: note.trim() || null,
    };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = target
      ? readWrite<{ name: string }>(await update({ input: { id: target.id, version: target.version, ...values } }, context), 'updateTarget')
      : readWrite<{ name: string }>(await create({ input: { regionCode, ...values } }, context), 'createTarget');
    const saved = form.take(answer);
    if (saved) onSaved(saved.name);
  };

  const input = (field: string, value: string, set: (v: string) => void, options: { hint?: string; numeric?: boolean; label: string }) => (
    <div className="form-field">
      <label htmlFor={form.idOf(field)}>{options.label}</label>
      <input
        {...form.inputProps(field, options.hint ? `${form.idOf(field)}-hint` : undefined)}
        value={value}
        inputMode={options.numeric ? 'decimal' : undefined}
        autoComplete="off"
        onChange={(e) => {
          set(e.target.value);
          form.clear(field);
        }}
      />
      {options.hint && (
        <p id={`${form.idOf(field)}-hint`} className="form-field__hint">
          {options.hint}
        </p>
      )}
      <FieldError form={form} field={field} />
    </div>
  );

  return (
    <FormDialog title={target ? t('settings.targets.editTitle') : t('settings.targets.add')} onClose={onClose} size="wide">
      <div className="target-form">
        <form noValidate onSubmit={submit}>
          <div className="form-grid">
            <div className="form-field form-field--wide">
              <label htmlFor={form.idOf('name')}>{t('settings.targets.name')}</label>
              <input
                {...form.inputProps('name')}
                value={name}
                maxLength={200}
                autoComplete="off"
                onChange={(e) => {
                  setName(e.target.value);
                  form.clear('name');
                }}
              />
              <FieldError form={form} field="name" />
            </div>
            <div className="form-field">
              <label htmlFor={form.idOf('indicatorCode')}>{t('settings.targets.indicator')}</label>
              <select {...form.inputProps('indicatorCode')} value={indicatorCode} onChange={(e) => setIndicatorCode(e.target.value)}>
                {indicators.map((i) => (
                  <option key={i.code} value={i.code}>
                    {i.name} ({i.code})
                  </option>
                ))}
              </select>
              <FieldError form={form} field="indicatorCode" />
            </div>
            <div className="form-field">
              <label htmlFor={form.idOf('shape')}>{t('settings.targets.shape')}</label>
              <select
                {...form.inputProps('shape', `${form.idOf('shape')}-hint`)}
                value={shape}
                onChange={(e) => {
                  setShape(e.target.value as Shape);
                  form.clear('annualStep');
                }}
              >
                {SHAPES.map((s) => (
                  <option key={s} value={s}>
                    {t(`settings.targets.shape.${s}`)}
                  </option>
                ))}
              </select>
              <p id={`${form.idOf('shape')}-hint`} className="form-field__hint">
                {t(`settings.targets.shapeHint.${shape}`)}
              </p>
              <FieldError form={form} field="shape" />
            </div>
            {input('baselineYear', baselineYear, setBaselineYear, { label: t('settings.targets.baselineYear'), numeric: true })}
            {input('baselineValue', baselineValue, setBaselineValue, {
              label: t('settings.targets.baselineValue'),
              numeric: true,
              hint: indicator ? t('settings.targets.unitHint', { unit: unitWords(indicator.unit) }) : undefined,
            })}
            {!zero &&
              input('annualStep', step, setStep, {
                label: t(`settings.targets.step.${shape}`),
                numeric: true,
                hint: t(`settings.targets.stepHint.${shape}`),
              })}
            {input('endYear', endYear, setEndYear, { label: t('settings.targets.endYear'), numeric: true })}
            {zero && (
              <>
                <div className="form-field">
                  <label htmlFor={form.idOf('dueDate')}>{t('settings.targets.dueDate')}</label>
                  <input
                    {...form.inputProps('dueDate')}
                    type="date"
                    value={dueDate}
                    onChange={(e) => {
                      setDueDate(e.target.value);
                      form.clear('dueDate');
                    }}
                  />
                  <FieldError form={form} field="dueDate" />
                </div>
                <div className="form-field">
                  <label htmlFor={form.idOf('regionGroupId')}>{t('settings.targets.places')}</label>
                  <select
                    {...form.inputProps('regionGroupId', `${form.idOf('regionGroupId')}-hint`)}
                    value={regionGroupId ?? ''}
                    onChange={(e) => {
                      setRegionGroupId(e.target.value ? Number(e.target.value) : null);
                      form.clear('regionGroupId');
                    }}
                  >
                    <option value="">{t('settings.targets.choosePlaces')}</option>
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name} ({g.year})
                      </option>
                    ))}
                  </select>
                  <p id={`${form.idOf('regionGroupId')}-hint`} className="form-field__hint">
                    {t('settings.targets.placesHint')}
                  </p>
                  <FieldError form={form} field="regionGroupId" />
                </div>
              </>
            )}
            <div className="form-field form-field--wide">
              <label htmlFor={form.idOf('note')}>{t('settings.targets.note')}</label>
              <textarea
                {...form.inputProps('note')}
                rows={2}
                maxLength={1000}
                value={note}
                onChange={(e) => {
                  setNote(e.target.value);
                  form.clear('note');
                }}
              />
              <FieldError form={form} field="note" />
            </div>
          </div>
          <FormErrorNotice form={form} onReload={onReload} />
          <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
        </form>
        <TargetPreview regionCode={regionCode} indicator={indicator} values={path} />
      </div>
    </FormDialog>
  );
}
