// Who owns a piece of work and by when: the owner-OPD choice and the due date that a 100-day
// priority, a rakor decision's follow-ups and a follow-up's correction all ask for. Two form
// fields side by side in the caller's grid (or item row), named as the API names them so its
// messages land beside them.
import { useTranslation } from '../lib/i18n';
import { FieldError, type WriteForm } from './write-form';

export interface OwnerOpdOption {
  id: number;
  shortName: string;
  name: string;
}

interface Props {
  form: WriteForm;
  /** The API's names of the two inputs; `ownerOpdId` and `dueDate` unless a list's (`followUps.0.dueDate`). */
  fields?: { owner: string; due: string };
  /** "OPD penanggung jawab" and "Tenggat" unless a list numbers them. */
  labels?: { owner: string; due: string };
  opds: readonly OwnerOpdOption[];
  /** The chosen OPD's id as text ('' for none yet). */
  owner: string;
  /** `YYYY-MM-DD`, '' for none yet. */
  due: string;
  onOwner: (value: string) => void;
  onDue: (value: string) => void;
  /** The empty first choice ("Pilih OPD"); left out where an owner is always set. */
  chooseLabel?: string;
  /** The earliest due date the picker offers. */
  minDue?: string;
  /** Messages under each input; false where the caller shows them under the whole row. */
  errors?: boolean;
}

const FIELDS = { owner: 'ownerOpdId', due: 'dueDate' };

export function OwnerDueFields({
  form,
  fields = FIELDS,
  labels,
  opds,
  owner,
  due,
  onOwner,
  onDue,
  chooseLabel,
  minDue,
  errors = true,
}: Props) {
  const { t } = useTranslation();
  const words = labels ?? { owner: t('priorityForm.owner'), due: t('priorityForm.due') };
  return (
    <>
      <div className="form-field">
        <label htmlFor={form.idOf(fields.owner)}>{words.owner}</label>
        <select {...form.inputProps(fields.owner)} value={owner} onChange={(e) => onOwner(e.target.value)}>
          {chooseLabel !== undefined && <option value="">{chooseLabel}</option>}
          {opds.map((o) => (
            <option key={o.id} value={o.id}>
              {o.shortName} — {o.name}
            </option>
          ))}
        </select>
        {errors && <FieldError form={form} field={fields.owner} />}
      </div>
      <div className="form-field">
        <label htmlFor={form.idOf(fields.due)}>{words.due}</label>
        <input {...form.inputProps(fields.due)} type="date" min={minDue} value={due} onChange={(e) => onDue(e.target.value)} />
        {errors && <FieldError form={form} field={fields.due} />}
      </div>
    </>
  );
}
