// Whoever runs the rakor corrects a follow-up (what, who, by when) or drops it when the rakor no
// longer pursues it; the owner's own progress report is on Tindak lanjut. Also: a decision's
// wording corrected. The API checks every rule; messages land beside the field they name.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { OwnerDueFields } from '../../components/owner-due-fields';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';

const UpdateFollowUpMutation = graphql(`
  mutation UpdateFollowUp($input: UpdateFollowUpInput!) {
    updateFollowUp(input: $input) {
      __typename
      ... on MutationUpdateFollowUpSuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateRakorDecisionMutation = graphql(`
  mutation UpdateRakorDecision($input: UpdateRakorDecisionInput!) {
    updateRakorDecision(input: $input) {
      __typename
      ... on MutationUpdateRakorDecisionSuccess { data { id } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

export const FOLLOW_UP_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
type Status = (typeof FOLLOW_UP_STATUSES)[number];

const FOLLOW_UP_FIELDS = ['id', 'title', 'ownerOpdId', 'dueDate', 'status'] as const;

interface FollowUpProps {
  followUp: { id: number; version: number; title: string; dueDate: string; status: Status; ownerOpd: { id: number } };
  opds: readonly { id: number; shortName: string; name: string }[];
  onSaved: (title: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function FollowUpForm({ followUp, opds, onSaved, onClose, onReload }: FollowUpProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(followUp.title);
  const [ownerOpdId, setOwnerOpdId] = useState(String(followUp.ownerOpd.id));
  const [dueDate, setDueDate] = useState(followUp.dueDate.slice(0, 10));
  const [status, setStatus] = useState<Status>(followUp.status);
  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(followUp.version);
  const form = useWriteForm(FOLLOW_UP_FIELDS);
  const [state, run] = useMutation(UpdateFollowUpMutation);
  const change = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    form.clear(field);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    if (!dueDate) return form.setFieldMessage('dueDate', t('write.required'));
    const input = { id: followUp.id, version: openedVersion, title, ownerOpdId: Number(ownerOpdId), dueDate, status };
    const saved = form.take(
      readWrite<{ id: number; title: string }>(await run({ input }, { additionalTypenames: [DATA_TYPENAME] }), 'updateFollowUp'),
    );
    if (saved) onSaved(saved.title);
  }

  return (
    <FormDialog title={t('rakorMeetings.followUp.title')} intro={t('rakorMeetings.followUp.intro')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={form.idOf('title')}>{t('rakorMeetings.followUp.what')}</label>
          <input {...form.inputProps('title')} value={title} maxLength={200} onChange={(e) => change('title', setTitle)(e.target.value)} />
          <FieldError form={form} field="title" />
        </div>
        <OwnerDueFields
          form={form}
          opds={opds}
          owner={ownerOpdId}
          due={dueDate}
          onOwner={change('ownerOpdId', setOwnerOpdId)}
          onDue={change('dueDate', setDueDate)}
        />
        <div className="form-field">
          <label htmlFor={form.idOf('status')}>{t('followUps.progress.status')}</label>
          <select
            {...form.inputProps('status')}
            value={status}
            onChange={(e) => change('status', (v) => setStatus(v as Status))(e.target.value)}
          >
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUps.status.${s}`)}
              </option>
            ))}
          </select>
          <FieldError form={form} field="status" />
        </div>
        <FieldError form={form} field="id" />
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={state.fetching} saveLabel={t('write.saveChanges')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}

const DECISION_FIELDS = ['id', 'text'] as const;

interface DecisionProps {
  decision: { id: number; version: number; text: string };
  onSaved: () => void;
  onClose: () => void;
  onReload: () => void;
}

export function DecisionTextForm({ decision, onSaved, onClose, onReload }: DecisionProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(decision.text);
  const [openedVersion] = useState(decision.version);
  const form = useWriteForm(DECISION_FIELDS);
  const [state, run] = useMutation(UpdateRakorDecisionMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const input = { id: decision.id, version: openedVersion, text };
    if (form.take(readWrite<{ id: number }>(await run({ input }, { additionalTypenames: [DATA_TYPENAME] }), 'updateRakorDecision')))
      onSaved();
  }

  return (
    <FormDialog title={t('rakorMeetings.decisionEdit.title')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={form.idOf('text')}>{t('rakorMeetings.decision.text')}</label>
          <textarea
            {...form.inputProps('text')}
            rows={4}
            maxLength={1000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              form.clear('text');
            }}
          />
          <FieldError form={form} field="text" />
        </div>
        <FieldError form={form} field="id" />
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={state.fetching} saveLabel={t('write.saveChanges')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
