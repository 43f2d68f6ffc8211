// The kelurahan operator's verification visit, inside the household's drawer: what the visit found
// (data right, corrected, graduated, moved, deceased, disputed), the poverty status as found and
// the four local fakir-miskin indicators. The kelurahan's figures follow in the same save.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { STATUSES, type Status } from './household-filters';
import './household-verify.css';

const VerifyHouseholdMutation = graphql(`
  mutation VerifyHousehold($input: VerifyHouseholdInput!) {
    verifyHousehold(input: $input) {
      __typename
      ... on MutationVerifyHouseholdSuccess { data { id version lifecycle verificationState verifiedAt povertyStatus } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

export const OUTCOMES = ['CONFIRMED', 'CORRECTED', 'GRADUATED', 'MOVED', 'DECEASED', 'DISPUTED'] as const;
type Outcome = (typeof OUTCOMES)[number];

export const INDICATORS = ['lacksIncome', 'inadequateHousing', 'foodInsecure', 'noBasicServices'] as const;
type Indicator = (typeof INDICATORS)[number];

const FIELDS = ['householdId', 'outcome', 'povertyStatus', ...INDICATORS, 'note'] as const;

export interface VerifiableHousehold {
  id: number;
  version: number;
  povertyStatus: Status;
  lacksIncome: boolean;
  inadequateHousing: boolean;
  foodInsecure: boolean;
  noBasicServices: boolean;
}

interface Props {
  household: VerifiableHousehold;
  onSaved: (outcome: Outcome) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function HouseholdVerifyForm({ household, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Outcome>('CONFIRMED');
  const [status, setStatus] = useState<Status>(household.povertyStatus);
  const [indicators, setIndicators] = useState<Record<Indicator, boolean>>(() => ({
    lacksIncome: household.lacksIncome,
    inadequateHousing: household.inadequateHousing,
    foodInsecure: household.foodInsecure,
    noBasicServices: household.noBasicServices,
  }));
  const [note, setNote] = useState('');
  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(household.version);
  const form = useWriteForm(FIELDS);
  const [state, run] = useMutation(VerifyHouseholdMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const input = {
      householdId: household.id,
      version: openedVersion,
      outcome,
      povertyStatus: status,
      ...indicators,
      note: note.trim() || null,
    };
    const answer = readWrite<{ id: number }>(await run({ input }, { additionalTypenames: [DATA_TYPENAME] }), 'verifyHousehold');
    if (form.take(answer)) onSaved(outcome);
  }

  return (
    <form noValidate onSubmit={submit} className="write-form verify-form" aria-labelledby={form.idOf('legend')}>
      <h3 id={form.idOf('legend')}>{t('households.verify.title')}</h3>
      <p className="form-field__hint">{t('households.verify.intro')}</p>
      <div className="form-field">
        <label htmlFor={form.idOf('outcome')}>{t('households.verify.outcome')}</label>
        <select
          {...form.inputProps('outcome', `${form.idOf('outcome')}-hint`)}
          value={outcome}
          onChange={(e) => {
            setOutcome(e.target.value as Outcome);
            form.clear('outcome');
          }}
        >
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`households.outcome.${o}`)}
            </option>
          ))}
        </select>
        <p id={`${form.idOf('outcome')}-hint`} className="form-field__hint">
          {t(`households.outcomeHint.${outcome}`)}
        </p>
        <FieldError form={form} field="outcome" />
      </div>
      <div className="form-field">
        <label htmlFor={form.idOf('povertyStatus')}>{t('households.verify.status')}</label>
        <select
          {...form.inputProps('povertyStatus')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as Status);
            form.clear('povertyStatus');
          }}
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`households.status.${s}`)}
            </option>
          ))}
        </select>
        <FieldError form={form} field="povertyStatus" />
      </div>
      <fieldset className="form-field">
        <legend>{t('households.detail.indicators')}</legend>
        <ul className="check-list verify-form__indicators">
          {INDICATORS.map((key) => (
            <li key={key}>
              <label className="check-row">
                <input
                  type="checkbox"
                  {...form.inputProps(key)}
                  checked={indicators[key]}
                  onChange={(e) => {
                    setIndicators((prev) => ({ ...prev, [key]: e.target.checked }));
                    form.clear(key);
                  }}
                />
                {t(`households.indicator.${key}`)}
              </label>
              <FieldError form={form} field={key} />
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="form-field">
        <label htmlFor={form.idOf('note')}>{t('households.verify.note')}</label>
        <textarea
          {...form.inputProps('note', `${form.idOf('note')}-hint`)}
          rows={3}
          maxLength={500}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            form.clear('note');
          }}
        />
        <p id={`${form.idOf('note')}-hint`} className="form-field__hint">
          {t('households.verify.noteHint')}
        </p>
        <FieldError form={form} field="note" />
      </div>
      <FieldError form={form} field="householdId" />
      <FormErrorNotice form={form} onReload={onReload} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={state.fetching || undefined}>
          {state.fetching ? t('write.saving') : t('households.verify.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('write.cancel')}
        </button>
      </div>
    </form>
  );
}
