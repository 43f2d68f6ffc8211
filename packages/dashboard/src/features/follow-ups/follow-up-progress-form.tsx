// The owner OPD's report on a follow-up (or the secretariat's for them): open, in progress or
// done, with a note on what was done or what holds it up. Dropping one is the rakor's to decide.
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { formatDate } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';

const UpdateFollowUpProgressMutation = graphql(`
  mutation UpdateFollowUpProgress($input: UpdateFollowUpProgressInput!) {
    updateFollowUpProgress(input: $input) {
      __typename
      ... on MutationUpdateFollowUpProgressSuccess { data { id status progressNote } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

/** The statuses an owner reports; DROPPED is the rakor's decision. */
export const PROGRESS_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

const FIELDS = ['status', 'note', 'id'] as const;

interface Props {
  followUp: {
    id: number;
    version: number;
    title: string;
    status: string;
    dueDate: string;
    progressNote: string | null;
    ownerOpd: { shortName: string; name: string };
  };
  onSaved: (title: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function FollowUpProgressForm({ followUp, onSaved, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [status, setStatus] = useState<ProgressStatus>(
    (PROGRESS_STATUSES as readonly string[]).includes(followUp.status) ? (followUp.status as ProgressStatus) : 'OPEN',
  );
  const [note, setNote] = useState(followUp.progressNote ?? '');
  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(followUp.version);
  const form = useWriteForm(FIELDS);
  const [state, run] = useMutation(UpdateFollowUpProgressMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const answer = readWrite<{ id: number }>(
      await run({ input: { id: followUp.id, version: openedVersion, status, note } }, { additionalTypenames: [DATA_TYPENAME] }),
      'updateFollowUpProgress',
    );
    if (form.take(answer)) onSaved(followUp.title);
  }

  return (
    <FormDialog
      title={t('followUps.progress.title')}
      intro={t('followUps.progress.intro', {
        title: followUp.title,
        opd: followUp.ownerOpd.shortName,
        date: formatDate(followUp.dueDate, lang),
      })}
      onClose={onClose}
    >
      <form noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={form.idOf('status')}>{t('followUps.progress.status')}</label>
          <select
            {...form.inputProps('status')}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as ProgressStatus);
              form.clear('status');
            }}
          >
            {PROGRESS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUps.status.${s}`)}
              </option>
            ))}
          </select>
          <FieldError form={form} field="status" />
        </div>
        <div className="form-field">
          <label htmlFor={form.idOf('note')}>{t('followUps.progress.note')}</label>
          <textarea
            {...form.inputProps('note', `${form.idOf('note')}-hint`)}
            rows={4}
            maxLength={1000}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              form.clear('note');
            }}
          />
          <p id={`${form.idOf('note')}-hint`} className="form-field__hint">
            {t('followUps.progress.noteHint')}
          </p>
          <FieldError form={form} field="note" />
        </div>
        <FieldError form={form} field="id" />
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={state.fetching} saveLabel={t('followUps.progress.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
