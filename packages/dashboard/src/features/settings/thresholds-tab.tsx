// Ambang status & tahun anggaran: where on track ends and off track begins (the e-Monev defaults
// are the start), and the fiscal year the dashboards open on. Both apply to every region of the
// deployment, so only a deployment-wide ADMIN changes them; others see them.
import { type FormEvent, useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { FieldError, FormErrorNotice, TextField, useWriteForm } from '../../components/write-form';
import { formatDecimal, formatLocalDate, formatTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { decimalText, parseDecimal, parseWholeNumber } from './numbers';
import { SavedNotice } from './row-actions';
import { TableSkeleton } from './table-skeleton';

const SettingsThresholdsQuery = graphql(`
  query SettingsThresholds {
    settings {
      statusThresholds { onTrackMaxGap atRiskMaxGap }
      statusThresholdsUpdatedAt
      eMonevThresholds { onTrackMaxGap atRiskMaxGap }
      currentFiscalYear
      fiscalYearUpdatedAt
      canEdit
    }
  }
`);

const UpdateThresholdsMutation = graphql(`
  mutation UpdateStatusThresholds($on: Float!, $risk: Float!, $at: DateTime) {
    updateStatusThresholds(onTrackMaxGap: $on, atRiskMaxGap: $risk, updatedAt: $at) {
      __typename
      ... on MutationUpdateStatusThresholdsSuccess { data { statusThresholdsUpdatedAt } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const SetFiscalYearMutation = graphql(`
  mutation SetCurrentFiscalYear($year: Int!, $at: DateTime) {
    setCurrentFiscalYear(year: $year, updatedAt: $at) {
      __typename
      ... on MutationSetCurrentFiscalYearSuccess { data { currentFiscalYear } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Settings = ResultOf<typeof SettingsThresholdsQuery>['settings'];

/** A fraction as the form shows it, in percent: 0.25 → "25". */
const percent = (fraction: number) => decimalText(fraction * 100);

export function ThresholdsTab() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsThresholdsQuery });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <div className="settings-section">
      <p className="settings-section__intro">{t('settings.thresholds.intro')}</p>
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton rows={4} />}>
        {({ settings }) => (
          <>
            {!settings.canEdit && <p className="notice notice--empty">{t('settings.thresholds.readOnly')}</p>}
            <div className="settings-cards">
              {/* Re-keyed on each save: the form opens again at the version just stored. */}
              <ThresholdsForm
                key={settings.statusThresholdsUpdatedAt ?? 'default'}
                settings={settings}
                onReload={retry}
                onSaved={setSaved}
              />
              <FiscalYearForm key={settings.fiscalYearUpdatedAt ?? 'clock'} settings={settings} onReload={retry} onSaved={setSaved} />
            </div>
          </>
        )}
      </QueryState>
    </div>
  );
}

function UpdatedLine({ at }: { at: string | null }) {
  const { t, lang } = useTranslation();
  if (!at) return <p className="form-field__hint">{t('settings.thresholds.neverSaved')}</p>;
  const d = new Date(at);
  return <p className="form-field__hint">{t('settings.thresholds.savedAt', { date: formatLocalDate(d, lang), time: formatTime(d) })}</p>;
}

interface FormProps {
  settings: Settings;
  onReload: () => void;
  onSaved: (message: string | null) => void;
}

function ThresholdsForm({ settings, onReload, onSaved: setSaved }: FormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(['onTrackMaxGap', 'atRiskMaxGap', 'version']);
  const [onTrack, setOnTrack] = useState(percent(settings.statusThresholds.onTrackMaxGap));
  const [atRisk, setAtRisk] = useState(percent(settings.statusThresholds.atRiskMaxGap));
  const [state, save] = useMutation(UpdateThresholdsMutation);
  const disabled = !settings.canEdit;
  const on = parseDecimal(onTrack);
  const risk = parseDecimal(atRisk);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.fetching || disabled) return;
    form.reset();
    setSaved(null);
    if (!on.ok) return form.setFieldMessage('onTrackMaxGap', t(on.reason === 'empty' ? 'settings.input.empty' : 'settings.input.decimal'));
    if (!risk.ok)
      return form.setFieldMessage('atRiskMaxGap', t(risk.reason === 'empty' ? 'settings.input.empty' : 'settings.input.decimal'));
    const answer = readWrite<unknown>(
      await save(
        { on: on.value / 100, risk: risk.value / 100, at: settings.statusThresholdsUpdatedAt },
        { additionalTypenames: [DATA_TYPENAME] },
      ),
      'updateStatusThresholds',
    );
    if (form.take(answer)) setSaved(t('settings.thresholds.saved'));
  };

  const field = (name: 'onTrackMaxGap' | 'atRiskMaxGap', value: string, set: (v: string) => void) => (
    <div className="form-field">
      <label htmlFor={form.idOf(name)}>{t(`settings.thresholds.${name}`)}</label>
      <div className="input-suffix">
        <input
          {...form.inputProps(name, `${form.idOf(name)}-hint`)}
          inputMode="decimal"
          autoComplete="off"
          disabled={disabled}
          value={value}
          onChange={(e) => {
            set(e.target.value);
            form.clear(name);
          }}
        />
        <span aria-hidden="true">%</span>
      </div>
      <p id={`${form.idOf(name)}-hint`} className="form-field__hint">
        {t(`settings.thresholds.${name}Hint`)}
      </p>
      <FieldError form={form} field={name} />
    </div>
  );

  return (
    <section className="card write-form settings-card" aria-labelledby="thresholds-title">
      <h3 id="thresholds-title" className="settings-card__title">
        {t('settings.thresholds.title')}
      </h3>
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          {field('onTrackMaxGap', onTrack, setOnTrack)}
          {field('atRiskMaxGap', atRisk, setAtRisk)}
        </div>
        {on.ok && risk.ok && (
          <ul className="threshold-bands" aria-label={t('settings.thresholds.bands')}>
            <li className="threshold-bands__band threshold-bands__band--on">
              {t('settings.thresholds.band.on', { on: formatDecimal(on.value, 0) })}
            </li>
            <li className="threshold-bands__band threshold-bands__band--risk">
              {t('settings.thresholds.band.risk', { on: formatDecimal(on.value, 0), risk: formatDecimal(risk.value, 0) })}
            </li>
            <li className="threshold-bands__band threshold-bands__band--off">
              {t('settings.thresholds.band.off', { risk: formatDecimal(risk.value, 0) })}
            </li>
          </ul>
        )}
        <UpdatedLine at={settings.statusThresholdsUpdatedAt} />
        <FormErrorNotice form={form} onReload={onReload} />
        {!disabled && (
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={state.fetching || undefined}>
              {state.fetching ? t('settings.saving') : t('settings.thresholds.save')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setOnTrack(percent(settings.eMonevThresholds.onTrackMaxGap));
                setAtRisk(percent(settings.eMonevThresholds.atRiskMaxGap));
                form.reset();
              }}
            >
              {t('settings.thresholds.eMonev', {
                on: percent(settings.eMonevThresholds.onTrackMaxGap),
                risk: percent(settings.eMonevThresholds.atRiskMaxGap),
              })}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

function FiscalYearForm({ settings, onReload, onSaved: setSaved }: FormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(['year', 'version']);
  const [year, setYear] = useState(String(settings.currentFiscalYear));
  const [state, save] = useMutation(SetFiscalYearMutation);
  const disabled = !settings.canEdit;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.fetching || disabled) return;
    form.reset();
    setSaved(null);
    const y = parseWholeNumber(year);
    if (!y.ok) return form.setFieldMessage('year', t(y.reason === 'empty' ? 'settings.input.empty' : 'settings.input.year'));
    const answer = readWrite<{ currentFiscalYear: number }>(
      await save({ year: y.value, at: settings.fiscalYearUpdatedAt }, { additionalTypenames: [DATA_TYPENAME] }),
      'setCurrentFiscalYear',
    );
    const done = form.take(answer);
    if (done) setSaved(t('settings.fiscalYear.saved', { year: done.currentFiscalYear }));
  };

  return (
    <section className="card write-form settings-card" aria-labelledby="fiscal-year-title">
      <h3 id="fiscal-year-title" className="settings-card__title">
        {t('settings.fiscalYear.title')}
      </h3>
      <form noValidate onSubmit={submit}>
        <TextField
          form={form}
          field="year"
          label={t('settings.fiscalYear.label')}
          value={year}
          onChange={setYear}
          inputMode="numeric"
          autoComplete="off"
          disabled={disabled}
          hint={t('settings.fiscalYear.hint')}
        />
        <UpdatedLine at={settings.fiscalYearUpdatedAt} />
        <FormErrorNotice form={form} onReload={onReload} />
        {!disabled && (
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={state.fetching || undefined}>
              {state.fetching ? t('settings.saving') : t('settings.fiscalYear.save')}
            </button>
          </div>
        )}
      </form>
    </section>
  );
}
