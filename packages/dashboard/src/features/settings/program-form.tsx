// A program's form: who runs it, what it costs and when the money is planned to go out, what it
// produces and for whom. Amounts are typed as people write them (350.000.000); the API checks
// every rule and names the field (the plan's month as plan.<1–12>).
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormActions, FormDialog, FormErrorNotice, TextField, useWriteForm } from '../../components/write-form';
import { formatCount, formatRupiah } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { MONTH_NUMBERS, monthName } from '../reports/months';
import { evenPlan, parseWholeNumber } from './numbers';
import type { SettingsProgram, SettingsProgramsData } from './program-tab';

const CreateProgramMutation = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on MutationCreateProgramSuccess { data { id code } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateProgramMutation = graphql(`
  mutation UpdateProgram($input: UpdateProgramInput!) {
    updateProgram(input: $input) {
      __typename
      ... on MutationUpdateProgramSuccess { data { id code } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type TargetGroup = SettingsProgram['targetGroup'];
export const TARGET_GROUPS: readonly TargetGroup[] = ['EXTREME_POOR', 'POOR', 'DESIL_1_2', 'DESIL_1_4', 'ALL_REGISTERED'];

const FIELDS = [
  'code',
  'name',
  'opdId',
  'clusterId',
  'pagu',
  'plan',
  ...MONTH_NUMBERS.map((m) => `plan.${m}`),
  'outputUnit',
  'outputTarget',
  'beneficiaryTarget',
  'targetGroup',
  'partnerIds',
  'fiscalYear',
  'regionCode',
];

const NUMBER_MESSAGES: Record<'empty' | 'invalid' | 'tooLarge', MessageKey> = {
  empty: 'settings.input.empty',
  invalid: 'settings.input.wholeNumber',
  tooLarge: 'settings.input.tooLarge',
};

interface Props {
  regionCode: string;
  year: number;
  program: SettingsProgram | null;
  opds: SettingsProgramsData['opds'];
  clusters: SettingsProgramsData['clusters'];
  onClose: () => void;
  onReload: () => void;
  onSaved: (code: string) => void;
}

const amount = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatCount(n));

export function ProgramForm({ regionCode, year, program, opds, clusters, onClose, onReload, onSaved }: Props) {
  const { t, lang } = useTranslation();
  const form = useWriteForm(FIELDS);
  const [code, setCode] = useState(program?.code ?? '');
  const [name, setName] = useState(program?.name ?? '');
  const [opdId, setOpdId] = useState<number>(program?.opd.id ?? opds.find((o) => o.kind === 'OPD')?.id ?? opds[0]!.id);
  const [clusterId, setClusterId] = useState<number>(program?.cluster.id ?? clusters[0]!.id);
  const [pagu, setPagu] = useState(amount(program?.pagu));
  const [plan, setPlan] = useState<string[]>(() =>
    MONTH_NUMBERS.map((m) => amount(program?.plan.find((p) => p.month === m)?.plannedCumulative)),
  );
  const [outputUnit, setOutputUnit] = useState(program?.outputUnit ?? '');
  const [outputTarget, setOutputTarget] = useState(amount(program?.outputTarget));
  const [beneficiaryTarget, setBeneficiaryTarget] = useState(amount(program?.beneficiaryTarget));
  const [targetGroup, setTargetGroup] = useState<TargetGroup>(program?.targetGroup ?? 'EXTREME_POOR');
  const [partnerIds, setPartnerIds] = useState<number[]>(program?.partners.map((p) => p.id) ?? []);
  const [createState, create] = useMutation(CreateProgramMutation);
  const [updateState, update] = useMutation(UpdateProgramMutation);
  const busy = createState.fetching || updateState.fetching;
  const paguValue = parseWholeNumber(pagu);

  /** Reads a whole number or puts the reason beside its input; null when unreadable. */
  const whole = (field: string, text: string): number | null => {
    const parsed = parseWholeNumber(text);
    if (parsed.ok) return parsed.value;
    form.setFieldMessage(field, t(NUMBER_MESSAGES[parsed.reason]));
    return null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    form.reset();
    const paguN = whole('pagu', pagu);
    const outputN = whole('outputTarget', outputTarget);
    const beneficiariesN = whole('beneficiaryTarget', beneficiaryTarget);
    // The plan is twelve amounts or none: half a plan would draw a wrong S-curve.
    const filled = plan.filter((p) => p.trim() !== '');
    let planN: number[] = [];
    if (filled.length > 0) {
      const firstEmpty = plan.findIndex((p) => p.trim() === '');
      if (firstEmpty >= 0) {
        form.setFieldMessage(`plan.${firstEmpty + 1}`, t('settings.programs.planIncomplete'));
        return;
      }
      const parsed = plan.map((p, i) => whole(`plan.${i + 1}`, p));
      if (parsed.some((p) => p === null)) return;
      planN = parsed as number[];
    }
    if (paguN === null || outputN === null || beneficiariesN === null) return;
    const values = {
      opdId,
      clusterId,
      code,
      name,
      pagu: paguN,
      plan: planN,
      outputUnit,
      outputTarget: outputN,
      beneficiaryTarget: beneficiariesN,
      targetGroup,
      partnerIds: partnerIds.filter((id) => id !== opdId),
    };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = program
      ? readWrite<{ code: string }>(
          await update({ input: { id: program.id, version: program.version, ...values } }, context),
          'updateProgram',
        )
      : readWrite<{ code: string }>(await create({ input: { regionCode, fiscalYear: year, ...values } }, context), 'createProgram');
    const saved = form.take(answer);
    if (saved) onSaved(saved.code);
  };

  const reformat = (text: string, set: (v: string) => void) => {
    const parsed = parseWholeNumber(text);
    if (parsed.ok) set(formatCount(parsed.value));
  };

  const textField = (field: 'code' | 'name' | 'outputUnit', value: string, set: (v: string) => void, max: number, wide = false) => (
    <TextField
      form={form}
      field={field}
      label={t(`settings.programs.${field}`)}
      value={value}
      onChange={set}
      maxLength={max}
      autoComplete="off"
      hint={field === 'outputUnit' ? t('settings.programs.outputUnitHint') : undefined}
      wide={wide}
    />
  );

  const numberField = (field: 'pagu' | 'outputTarget' | 'beneficiaryTarget', value: string, set: (v: string) => void, hint: string) => (
    <div className="form-field">
      <label htmlFor={form.idOf(field)}>{t(`settings.programs.${field}`)}</label>
      <div className={field === 'pagu' ? 'input-prefix' : undefined}>
        {field === 'pagu' && <span aria-hidden="true">Rp</span>}
        <input
          {...form.inputProps(field, `${form.idOf(field)}-hint`)}
          inputMode="numeric"
          autoComplete="off"
          value={value}
          onChange={(e) => {
            set(e.target.value);
            form.clear(field);
          }}
          onBlur={() => reformat(value, set)}
        />
      </div>
      <p id={`${form.idOf(field)}-hint`} className="form-field__hint">
        {hint}
      </p>
      <FieldError form={form} field={field} />
    </div>
  );

  return (
    <FormDialog
      title={program ? t('settings.programs.editTitle', { code: program.code }) : t('settings.programs.addTitle', { year })}
      onClose={onClose}
      size="wide"
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          {textField('code', code, setCode, 40)}
          {textField('name', name, setName, 300)}
          <div className="form-field">
            <label htmlFor={form.idOf('opdId')}>{t('settings.programs.opd')}</label>
            <select {...form.inputProps('opdId')} value={opdId} onChange={(e) => setOpdId(Number(e.target.value))}>
              {opds.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.shortName} — {o.name}
                </option>
              ))}
            </select>
            <FieldError form={form} field="opdId" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('clusterId')}>{t('settings.programs.cluster')}</label>
            <select {...form.inputProps('clusterId')} value={clusterId} onChange={(e) => setClusterId(Number(e.target.value))}>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('settings.clusters.label', { number: c.number })} — {c.name}
                </option>
              ))}
            </select>
            <FieldError form={form} field="clusterId" />
          </div>
          {numberField(
            'pagu',
            pagu,
            setPagu,
            paguValue.ok ? `${formatRupiah(paguValue.value)} · ${t('settings.programs.paguHint')}` : t('settings.programs.paguHint'),
          )}
          <div className="form-field">
            <label htmlFor={form.idOf('targetGroup')}>{t('settings.programs.targetGroup')}</label>
            <select {...form.inputProps('targetGroup')} value={targetGroup} onChange={(e) => setTargetGroup(e.target.value as TargetGroup)}>
              {TARGET_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`settings.programs.targetGroup.${g}`)}
                </option>
              ))}
            </select>
            <FieldError form={form} field="targetGroup" />
          </div>
          {textField('outputUnit', outputUnit, setOutputUnit, 60)}
          {numberField('outputTarget', outputTarget, setOutputTarget, t('settings.programs.outputTargetHint', { unit: outputUnit || '…' }))}
          {numberField('beneficiaryTarget', beneficiaryTarget, setBeneficiaryTarget, t('settings.programs.beneficiaryTargetHint'))}

          <fieldset className="form-field form-field--wide plan-fieldset" aria-describedby={`${form.idOf('plan')}-hint`}>
            <legend>{t('settings.programs.plan')}</legend>
            <p id={`${form.idOf('plan')}-hint`} className="form-field__hint">
              {t('settings.programs.planHint')}
            </p>
            <div className="plan-tools">
              <button
                type="button"
                className="button button--small button--secondary"
                aria-disabled={!paguValue.ok || undefined}
                onClick={() => {
                  if (!paguValue.ok) return form.setFieldMessage('pagu', t('settings.programs.paguFirst'));
                  setPlan(evenPlan(paguValue.value).map(formatCount));
                  for (const m of MONTH_NUMBERS) form.clear(`plan.${m}`);
                }}
              >
                {t('settings.programs.planEven')}
              </button>
              <button type="button" className="button button--small button--secondary" onClick={() => setPlan(MONTH_NUMBERS.map(() => ''))}>
                {t('settings.programs.planClear')}
              </button>
            </div>
            <FieldError form={form} field="plan" />
            <div className="plan-grid">
              {MONTH_NUMBERS.map((m, i) => {
                const field = `plan.${m}`;
                return (
                  <div key={m} className="form-field plan-grid__month">
                    <label htmlFor={form.idOf(field)}>{monthName(m, lang)}</label>
                    <input
                      {...form.inputProps(field)}
                      inputMode="numeric"
                      autoComplete="off"
                      value={plan[i]}
                      onChange={(e) => {
                        const next = [...plan];
                        next[i] = e.target.value;
                        setPlan(next);
                        form.clear(field);
                      }}
                      onBlur={() =>
                        reformat(plan[i] ?? '', (v) => {
                          const next = [...plan];
                          next[i] = v;
                          setPlan(next);
                        })
                      }
                    />
                    <FieldError form={form} field={field} />
                  </div>
                );
              })}
            </div>
          </fieldset>

          <fieldset className="form-field form-field--wide">
            <legend>{t('settings.programs.partners')}</legend>
            <p className="form-field__hint">{t('settings.programs.partnersHint')}</p>
            <div className="checkbox-grid">
              {opds
                .filter((o) => o.id !== opdId)
                .map((o) => (
                  <label key={o.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={partnerIds.includes(o.id)}
                      onChange={(e) => setPartnerIds((ids) => (e.target.checked ? [...ids, o.id] : ids.filter((id) => id !== o.id)))}
                    />
                    <span>
                      {o.shortName}
                      {o.kind === 'PARTNER' ? ` (${t('settings.opd.kind.PARTNER').toLowerCase()})` : ''}
                    </span>
                  </label>
                ))}
            </div>
            <FieldError form={form} field="partnerIds" />
          </fieldset>
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
