// Adding or editing a 100-day priority (the mayor's office and the secretariat): the commitment, its
// owner OPD, the 100 days, where it stands, and its milestones. Every rule is checked by the API;
// the form only checks what the browser must (a date left empty) and shows the API's messages
// beside the field they name.
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { OwnerDueFields } from '../../components/owner-due-fields';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import type { PriorityStatus } from './board-columns';

export const PriorityForm_PriorityFragment = graphql(`
  fragment PriorityForm_PriorityFragment on Priority {
    id version title description status startDate dueDate
    ownerOpd { id }
    milestones { id position title dueDate doneAt }
  }
`);

export const PriorityForm_OpdFragment = graphql(`
  fragment PriorityForm_OpdFragment on Opd { id shortName name }
`);

const CreatePriorityMutation = graphql(`
  mutation CreatePriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      __typename
      ... on MutationCreatePrioritySuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdatePriorityMutation = graphql(`
  mutation UpdatePriority($input: UpdatePriorityInput!) {
    updatePriority(input: $input) {
      __typename
      ... on MutationUpdatePrioritySuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Priority = ResultOf<typeof PriorityForm_PriorityFragment>;
type Opd = ResultOf<typeof PriorityForm_OpdFragment>;

export const PRIORITY_STATUSES: readonly PriorityStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

interface MilestoneRow {
  /** React key; survives reordering and removal. */
  key: number;
  id: number | null;
  title: string;
  dueDate: string;
  done: boolean;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** The input names the API uses, so its messages land beside the right input. */
function fieldNames(milestones: number): string[] {
  const names = ['title', 'description', 'ownerOpdId', 'startDate', 'dueDate', 'status', 'milestones'];
  for (let i = 0; i < milestones; i++) names.push(`milestones.${i}.title`, `milestones.${i}.dueDate`, `milestones.${i}.id`);
  return names;
}

interface Props {
  regionCode: string;
  opds: readonly Opd[];
  /** The priority edited; null to add one. */
  priority: Priority | null;
  /** Pantau's today, `YYYY-MM-DD`: a new priority starts on it. */
  today: string;
  onSaved: (title: string) => void;
  onClose: () => void;
  /** Reloads the page's data (after "changed by someone else"). */
  onReload: () => void;
}

export function PriorityForm({ regionCode, opds, priority, today, onSaved, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(priority?.title ?? '');
  const [description, setDescription] = useState(priority?.description ?? '');
  const [ownerOpdId, setOwnerOpdId] = useState(priority ? String(priority.ownerOpd.id) : '');
  const [startDate, setStartDate] = useState(day(priority?.startDate) || today);
  const [dueDate, setDueDate] = useState(day(priority?.dueDate));
  const [status, setStatus] = useState<PriorityStatus>(priority?.status ?? 'NOT_STARTED');
  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(priority?.version ?? 0);
  const [nextKey, setNextKey] = useState(1000);
  const [milestones, setMilestones] = useState<MilestoneRow[]>(() =>
    [...(priority?.milestones ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((m, i) => ({ key: i, id: m.id, title: m.title, dueDate: day(m.dueDate), done: m.doneAt !== null })),
  );
  const fields = useMemo(() => fieldNames(milestones.length), [milestones.length]);
  const form = useWriteForm(fields);
  const [createState, create] = useMutation(CreatePriorityMutation);
  const [updateState, update] = useMutation(UpdatePriorityMutation);
  const busy = createState.fetching || updateState.fetching;

  const change = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    form.clear(field);
  };
  const setMilestone = (index: number, patch: Partial<MilestoneRow>) => {
    setMilestones((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    for (const key of Object.keys(patch)) form.clear(`milestones.${index}.${key}`);
  };
  const addMilestone = () => {
    setMilestones((rows) => [...rows, { key: nextKey, id: null, title: '', dueDate: dueDate || '', done: false }]);
    setNextKey((k) => k + 1);
    // The new row's title input gets the focus once it is drawn.
    requestAnimationFrame(() => document.getElementById(form.idOf(`milestones.${milestones.length}.title`))?.focus());
  };
  const removeMilestone = (index: number) => {
    setMilestones((rows) => rows.filter((_, i) => i !== index));
    form.reset();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    // What the browser must check itself: a date or a choice left empty is not a value the API reads.
    const empty: [string, string][] = [
      ['ownerOpdId', ownerOpdId],
      ['startDate', startDate],
      ['dueDate', dueDate],
      ...milestones.map((m, i) => [`milestones.${i}.dueDate`, m.dueDate] as [string, string]),
    ];
    const missing = empty.find(([, v]) => !v);
    if (missing) {
      form.setFieldMessage(missing[0], t('write.required'));
      return;
    }
    const fieldsIn = {
      title,
      description: description.trim() || null,
      ownerOpdId: Number(ownerOpdId),
      startDate,
      dueDate,
      status,
      milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueDate: m.dueDate, done: m.done })),
    };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = priority
      ? readWrite<{ id: number; title: string }>(
          await update({ input: { ...fieldsIn, id: priority.id, version: openedVersion } }, context),
          'updatePriority',
        )
      : readWrite<{ id: number; title: string }>(await create({ input: { ...fieldsIn, regionCode } }, context), 'createPriority');
    const saved = form.take(answer);
    if (saved) onSaved(saved.title);
  }

  const ids = (field: string) => form.inputProps(field);
  return (
    <FormDialog
      title={priority ? t('priorityForm.editTitle') : t('priorityForm.addTitle')}
      intro={t('priorityForm.intro')}
      onClose={onClose}
      size="wide"
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <div className="form-field form-field--wide">
            <label htmlFor={form.idOf('title')}>{t('priorityForm.title')}</label>
            <input {...ids('title')} value={title} maxLength={200} onChange={(e) => change('title', setTitle)(e.target.value)} />
            <FieldError form={form} field="title" />
          </div>
          <div className="form-field form-field--wide">
            <label htmlFor={form.idOf('description')}>{t('priorityForm.description')}</label>
            <textarea
              {...ids('description')}
              rows={3}
              maxLength={2000}
              value={description}
              onChange={(e) => change('description', setDescription)(e.target.value)}
            />
            <FieldError form={form} field="description" />
          </div>
          <OwnerDueFields
            form={form}
            opds={opds}
            owner={ownerOpdId}
            due={dueDate}
            onOwner={change('ownerOpdId', setOwnerOpdId)}
            onDue={change('dueDate', setDueDate)}
            chooseLabel={t('priorityForm.ownerChoose')}
          />
          <div className="form-field">
            <label htmlFor={form.idOf('startDate')}>{t('priorityForm.start')}</label>
            <input
              {...ids('startDate')}
              type="date"
              value={startDate}
              onChange={(e) => change('startDate', setStartDate)(e.target.value)}
            />
            <FieldError form={form} field="startDate" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('status')}>{t('priorityForm.status')}</label>
            <select
              {...ids('status')}
              value={status}
              onChange={(e) => change('status', (v) => setStatus(v as PriorityStatus))(e.target.value)}
            >
              {PRIORITY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`priorities.status.${s}`)}
                </option>
              ))}
            </select>
            <FieldError form={form} field="status" />
          </div>
        </div>

        <fieldset className="form-field">
          <legend>{t('priorityForm.milestones')}</legend>
          <p className="form-field__hint">{t('priorityForm.milestonesHint')}</p>
          {milestones.length === 0 ? (
            <p className="item-list__empty">{t('priorityForm.noMilestones')}</p>
          ) : (
            <ol className="item-list">
              {milestones.map((m, i) => (
                <li key={m.key} className="item-list__row">
                  <div className="form-field">
                    <label htmlFor={form.idOf(`milestones.${i}.title`)}>{t('priorityForm.milestoneTitle', { n: i + 1 })}</label>
                    <input
                      {...ids(`milestones.${i}.title`)}
                      value={m.title}
                      maxLength={200}
                      onChange={(e) => setMilestone(i, { title: e.target.value })}
                    />
                  </div>
                  <div className="form-field">
                    <label htmlFor={form.idOf(`milestones.${i}.dueDate`)}>{t('priorityForm.milestoneDue', { n: i + 1 })}</label>
                    <input
                      {...ids(`milestones.${i}.dueDate`)}
                      type="date"
                      value={m.dueDate}
                      onChange={(e) => setMilestone(i, { dueDate: e.target.value })}
                    />
                  </div>
                  <div className="row-actions">
                    <label className="check-row">
                      <input type="checkbox" checked={m.done} onChange={(e) => setMilestone(i, { done: e.target.checked })} />
                      {t('priorityForm.milestoneDone')}
                      <span className="visually-hidden"> {t('priorityForm.milestoneNumber', { n: i + 1 })}</span>
                    </label>
                    <button
                      type="button"
                      className="button button--secondary button--small button--link-danger"
                      onClick={() => removeMilestone(i)}
                      aria-label={t('priorityForm.milestoneRemove', { n: i + 1 })}
                    >
                      {t('write.remove')}
                    </button>
                  </div>
                  <FieldError form={form} field={`milestones.${i}.title`} />
                  <FieldError form={form} field={`milestones.${i}.dueDate`} />
                  <FieldError form={form} field={`milestones.${i}.id`} />
                </li>
              ))}
            </ol>
          )}
          <FieldError form={form} field="milestones" />
          <p>
            <button type="button" className="button button--secondary button--small" onClick={addMilestone}>
              + {t('priorityForm.milestoneAdd')}
            </button>
          </p>
        </fieldset>

        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={priority ? t('write.saveChanges') : t('priorityForm.add')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
