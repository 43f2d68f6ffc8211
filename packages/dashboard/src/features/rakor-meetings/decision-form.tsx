// Recording a decision of a rakor during or after the meeting, with the follow-ups it asks of OPDs
// (what, who, by when). The follow-ups appear at once on Tindak lanjut and in the next rakor's
// deck. Every rule is the API's; messages land beside the field they name.
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { OwnerDueFields } from '../../components/owner-due-fields';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';

const RecordRakorDecisionMutation = graphql(`
  mutation RecordRakorDecision($input: RecordRakorDecisionInput!) {
    recordRakorDecision(input: $input) {
      __typename
      ... on MutationRecordRakorDecisionSuccess { data { id position } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

interface FollowUpRow {
  key: number;
  title: string;
  ownerOpdId: string;
  dueDate: string;
}

function fieldNames(rows: number): string[] {
  const names = ['rakorId', 'text', 'followUps'];
  for (let i = 0; i < rows; i++) names.push(`followUps.${i}.title`, `followUps.${i}.ownerOpdId`, `followUps.${i}.dueDate`);
  return names;
}

interface Props {
  rakor: { id: number; title: string; heldOn: string };
  opds: readonly { id: number; shortName: string; name: string }[];
  onSaved: (followUps: number) => void;
  onClose: () => void;
}

export function DecisionForm({ rakor, opds, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [nextKey, setNextKey] = useState(1);
  const [rows, setRows] = useState<FollowUpRow[]>([{ key: 0, title: '', ownerOpdId: '', dueDate: '' }]);
  const fields = useMemo(() => fieldNames(rows.length), [rows.length]);
  const form = useWriteForm(fields);
  const [state, record] = useMutation(RecordRakorDecisionMutation);

  const setRow = (index: number, patch: Partial<FollowUpRow>) => {
    setRows((prev) => prev.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    for (const key of Object.keys(patch)) form.clear(`followUps.${index}.${key}`);
  };
  const addRow = () => {
    setRows((prev) => [...prev, { key: nextKey, title: '', ownerOpdId: '', dueDate: '' }]);
    setNextKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById(form.idOf(`followUps.${rows.length}.title`))?.focus());
  };
  const removeRow = (index: number) => {
    setRows((prev) => prev.filter((_, i) => i !== index));
    form.reset();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    // A choice or a date left empty is not a value the API reads: say so beside it.
    for (const [i, r] of rows.entries()) {
      if (!r.ownerOpdId) return form.setFieldMessage(`followUps.${i}.ownerOpdId`, t('write.required'));
      if (!r.dueDate) return form.setFieldMessage(`followUps.${i}.dueDate`, t('write.required'));
    }
    const input = {
      rakorId: rakor.id,
      text,
      followUps: rows.map((r) => ({ title: r.title, ownerOpdId: Number(r.ownerOpdId), dueDate: r.dueDate })),
    };
    const saved = form.take(
      readWrite<{ id: number }>(await record({ input }, { additionalTypenames: [DATA_TYPENAME] }), 'recordRakorDecision'),
    );
    if (saved) onSaved(rows.length);
  }

  const ids = (field: string) => form.inputProps(field);
  return (
    <FormDialog
      title={t('rakorMeetings.decision.title')}
      intro={t('rakorMeetings.decision.intro', { rakor: rakor.title })}
      onClose={onClose}
      size="wide"
    >
      <form noValidate onSubmit={submit}>
        <div className="form-field form-field--wide">
          <label htmlFor={form.idOf('text')}>{t('rakorMeetings.decision.text')}</label>
          <textarea
            {...ids('text')}
            rows={3}
            maxLength={1000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              form.clear('text');
            }}
          />
          <FieldError form={form} field="text" />
          <FieldError form={form} field="rakorId" />
        </div>
        <fieldset className="form-field">
          <legend>{t('rakorMeetings.decision.followUps')}</legend>
          <p className="form-field__hint">{t('rakorMeetings.decision.followUpsHint')}</p>
          {rows.length === 0 ? (
            <p className="item-list__empty">{t('rakorMeetings.decision.noFollowUps')}</p>
          ) : (
            <ol className="item-list">
              {rows.map((r, i) => (
                <li key={r.key} className="item-list__row item-list__row--three">
                  <div className="form-field">
                    <label htmlFor={form.idOf(`followUps.${i}.title`)}>{t('rakorMeetings.decision.followUpTitle', { n: i + 1 })}</label>
                    <input
                      {...ids(`followUps.${i}.title`)}
                      value={r.title}
                      maxLength={200}
                      onChange={(e) => setRow(i, { title: e.target.value })}
                    />
                  </div>
                  <OwnerDueFields
                    form={form}
                    fields={{ owner: `followUps.${i}.ownerOpdId`, due: `followUps.${i}.dueDate` }}
                    labels={{ owner: t('rakorMeetings.decision.owner', { n: i + 1 }), due: t('rakorMeetings.decision.due', { n: i + 1 }) }}
                    opds={opds}
                    owner={r.ownerOpdId}
                    due={r.dueDate}
                    onOwner={(ownerOpdId) => setRow(i, { ownerOpdId })}
                    onDue={(dueDate) => setRow(i, { dueDate })}
                    chooseLabel={t('priorityForm.ownerChoose')}
                    minDue={rakor.heldOn.slice(0, 10)}
                    errors={false}
                  />
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small button--link-danger"
                      onClick={() => removeRow(i)}
                      aria-label={t('rakorMeetings.decision.followUpRemove', { n: i + 1 })}
                    >
                      {t('write.remove')}
                    </button>
                  </div>
                  <FieldError form={form} field={`followUps.${i}.title`} />
                  <FieldError form={form} field={`followUps.${i}.ownerOpdId`} />
                  <FieldError form={form} field={`followUps.${i}.dueDate`} />
                </li>
              ))}
            </ol>
          )}
          <FieldError form={form} field="followUps" />
          <p>
            <button type="button" className="button button--secondary button--small" onClick={addRow}>
              + {t('rakorMeetings.decision.followUpAdd')}
            </button>
          </p>
        </fieldset>
        <FormErrorNotice form={form} />
        <FormActions busy={state.fetching} saveLabel={t('rakorMeetings.decision.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
