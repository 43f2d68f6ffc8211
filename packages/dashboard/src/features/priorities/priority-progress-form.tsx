// The owner OPD's weekly update of a 100-day priority: where it stands and which milestones are
// done. Cancelling is the mayor's office's call, so the owner is not offered it.
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { formatDate } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import type { PriorityStatus } from './board-columns';

export const PriorityProgressForm_PriorityFragment = graphql(`
  fragment PriorityProgressForm_PriorityFragment on Priority {
    id version title status viewerCanEdit
    milestones { id position title dueDate doneAt }
  }
`);

const UpdatePriorityProgressMutation = graphql(`
  mutation UpdatePriorityProgress($input: UpdatePriorityProgressInput!) {
    updatePriorityProgress(input: $input) {
      __typename
      ... on MutationUpdatePriorityProgressSuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Priority = ResultOf<typeof PriorityProgressForm_PriorityFragment>;

const OWNER_STATUSES: readonly PriorityStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE'];

interface Props {
  priority: Priority;
  onSaved: (title: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function PriorityProgressForm({ priority, onSaved, onClose, onReload }: Props) {
  const { t, lang } = useTranslation();
  const milestones = useMemo(() => [...priority.milestones].sort((a, b) => a.position - b.position), [priority.milestones]);
  const [status, setStatus] = useState<PriorityStatus>(priority.status);
  const [done, setDone] = useState<Set<number>>(() => new Set(milestones.filter((m) => m.doneAt).map((m) => m.id)));
  const form = useWriteForm(useMemo(() => ['status', ...milestones.map((_, i) => `doneMilestoneIds.${i}`)], [milestones]));
  const [state, save] = useMutation(UpdatePriorityProgressMutation);
  // A cancelled priority keeps its status on offer; the owner cannot choose it otherwise.
  const statuses = priority.viewerCanEdit || priority.status === 'CANCELLED' ? [...OWNER_STATUSES, 'CANCELLED' as const] : OWNER_STATUSES;

  const toggle = (id: number, on: boolean) => {
    setDone((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    form.clear('status');
  };

  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(priority.version);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (state.fetching) return;
    const answer = readWrite<{ id: number; title: string }>(
      await save(
        {
          input: {
            id: priority.id,
            version: openedVersion,
            status,
            doneMilestoneIds: milestones.filter((m) => done.has(m.id)).map((m) => m.id),
          },
        },
        { additionalTypenames: [DATA_TYPENAME] },
      ),
      'updatePriorityProgress',
    );
    const saved = form.take(answer);
    if (saved) onSaved(saved.title);
  }

  return (
    <FormDialog title={t('priorityProgress.title')} intro={priority.title} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="form-field">
          <label htmlFor={form.idOf('status')}>{t('priorityForm.status')}</label>
          <select
            {...form.inputProps('status')}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as PriorityStatus);
              form.clear('status');
            }}
          >
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(`priorities.status.${s}`)}
              </option>
            ))}
          </select>
          <FieldError form={form} field="status" />
        </div>
        <fieldset className="form-field">
          <legend>{t('priorityProgress.milestones')}</legend>
          {milestones.length === 0 ? (
            <p className="item-list__empty">{t('priorityForm.noMilestones')}</p>
          ) : (
            <ul className="item-list">
              {milestones.map((m) => (
                <li key={m.id}>
                  <label className="check-row">
                    <input type="checkbox" checked={done.has(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} />
                    <span>
                      {m.title}{' '}
                      <span className="form-field__hint">({t('priorities.milestoneDue', { date: formatDate(m.dueDate, lang) })})</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {milestones.map((m, i) => (
            <FieldError key={m.id} form={form} field={`doneMilestoneIds.${i}`} />
          ))}
        </fieldset>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={state.fetching} saveLabel={t('priorityProgress.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
