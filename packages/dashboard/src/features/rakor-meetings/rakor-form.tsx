// Scheduling or editing a rakor (the secretariat, or a cluster head for their cluster): title, day,
// place, chair, the cluster, the agenda in order with who presents, and the OPDs invited. Every
// rule is the API's; the form checks only what the browser must (a date left empty) and shows the
// API's messages beside the field they name.
import { type FormEvent, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { FieldError, FormActions, FormDialog, FormErrorNotice, useWriteForm } from '../../components/write-form';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';

export const RakorForm_RakorFragment = graphql(`
  fragment RakorForm_RakorFragment on Rakor {
    id version title heldOn location chair status
    cluster { id }
    attendees { id }
    agenda { id position title presenterOpd { id } }
  }
`);

export const RakorForm_OpdFragment = graphql(`
  fragment RakorForm_OpdFragment on Opd { id shortName name kind }
`);

export const RakorForm_ClusterFragment = graphql(`
  fragment RakorForm_ClusterFragment on Cluster { id number name }
`);

const ScheduleRakorMutation = graphql(`
  mutation ScheduleRakor($input: ScheduleRakorInput!) {
    scheduleRakor(input: $input) {
      __typename
      ... on MutationScheduleRakorSuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateRakorMutation = graphql(`
  mutation UpdateRakor($input: UpdateRakorInput!) {
    updateRakor(input: $input) {
      __typename
      ... on MutationUpdateRakorSuccess { data { id title } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Rakor = ResultOf<typeof RakorForm_RakorFragment>;
type Opd = ResultOf<typeof RakorForm_OpdFragment>;
type Cluster = ResultOf<typeof RakorForm_ClusterFragment>;

interface AgendaRow {
  key: number;
  id: number | null;
  title: string;
  presenterOpdId: string;
}

const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '');

/** The input names the API uses, so its messages land beside the right input. */
function fieldNames(agenda: number): string[] {
  const names = ['title', 'heldOn', 'location', 'chair', 'clusterId', 'status', 'agenda', 'attendeeOpdIds'];
  for (let i = 0; i < agenda; i++) names.push(`agenda.${i}.title`, `agenda.${i}.presenterOpdId`, `agenda.${i}.id`);
  return names;
}

interface Props {
  regionCode: string;
  opds: readonly Opd[];
  clusters: readonly Cluster[];
  /** A cluster head's own cluster: the rakor is theirs, the choice fixed. Null for the secretariat. */
  fixedClusterId: number | null;
  /** The rakor edited; null to schedule one. */
  rakor: Rakor | null;
  /** Pantau's today, `YYYY-MM-DD`: a new rakor starts on it. */
  today: string;
  onSaved: (title: string) => void;
  onClose: () => void;
  onReload: () => void;
}

export function RakorForm({ regionCode, opds, clusters, fixedClusterId, rakor, today, onSaved, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(rakor?.title ?? '');
  const [heldOn, setHeldOn] = useState(day(rakor?.heldOn) || today);
  const [location, setLocation] = useState(rakor?.location ?? '');
  const [chair, setChair] = useState(rakor?.chair ?? '');
  const [clusterId, setClusterId] = useState(
    rakor ? (rakor.cluster ? String(rakor.cluster.id) : '') : fixedClusterId !== null ? String(fixedClusterId) : '',
  );
  const [held, setHeld] = useState(rakor?.status === 'HELD');
  // The version the form was opened at: the page's data may refresh meanwhile (live updates), and a
  // save must still be refused when someone else saved first.
  const [openedVersion] = useState(rakor?.version ?? 0);
  const [attendees, setAttendees] = useState<Set<number>>(() => new Set(rakor?.attendees.map((a) => a.id) ?? []));
  const [nextKey, setNextKey] = useState(1000);
  const [agenda, setAgenda] = useState<AgendaRow[]>(() =>
    [...(rakor?.agenda ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((a, i) => ({ key: i, id: a.id, title: a.title, presenterOpdId: a.presenterOpd ? String(a.presenterOpd.id) : '' })),
  );
  const fields = useMemo(() => fieldNames(agenda.length), [agenda.length]);
  const form = useWriteForm(fields);
  const [scheduleState, schedule] = useMutation(ScheduleRakorMutation);
  const [updateState, update] = useMutation(UpdateRakorMutation);
  const busy = scheduleState.fetching || updateState.fetching;

  const change = (field: string, set: (v: string) => void) => (value: string) => {
    set(value);
    form.clear(field);
  };
  const setRow = (index: number, patch: Partial<AgendaRow>) => {
    setAgenda((rows) => rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));
    for (const key of Object.keys(patch)) form.clear(`agenda.${index}.${key}`);
  };
  const addRow = () => {
    setAgenda((rows) => [...rows, { key: nextKey, id: null, title: '', presenterOpdId: '' }]);
    setNextKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById(form.idOf(`agenda.${agenda.length}.title`))?.focus());
  };
  const removeRow = (index: number) => {
    setAgenda((rows) => rows.filter((_, i) => i !== index));
    form.reset();
  };
  const toggleAttendee = (id: number, on: boolean) => {
    setAttendees((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    form.clear('attendeeOpdIds');
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (!heldOn) {
      form.setFieldMessage('heldOn', t('write.required'));
      return;
    }
    const fieldsIn = {
      title,
      heldOn,
      location,
      chair,
      clusterId: clusterId ? Number(clusterId) : null,
      agenda: agenda.map((a) => ({ id: a.id, title: a.title, presenterOpdId: a.presenterOpdId ? Number(a.presenterOpdId) : null })),
      attendeeOpdIds: opds.filter((o) => attendees.has(o.id)).map((o) => o.id),
    };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = rakor
      ? readWrite<{ id: number; title: string }>(
          await update({ input: { ...fieldsIn, id: rakor.id, version: openedVersion, status: held ? 'HELD' : 'PLANNED' } }, context),
          'updateRakor',
        )
      : readWrite<{ id: number; title: string }>(await schedule({ input: { ...fieldsIn, regionCode } }, context), 'scheduleRakor');
    const saved = form.take(answer);
    if (saved) onSaved(saved.title);
  }

  const ids = (field: string) => form.inputProps(field);
  return (
    <FormDialog
      title={rakor ? t('rakorMeetings.form.editTitle') : t('rakorMeetings.form.addTitle')}
      intro={t('rakorMeetings.form.intro')}
      onClose={onClose}
      size="wide"
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <div className="form-field form-field--wide">
            <label htmlFor={form.idOf('title')}>{t('rakorMeetings.form.title')}</label>
            <input {...ids('title')} value={title} maxLength={200} onChange={(e) => change('title', setTitle)(e.target.value)} />
            <FieldError form={form} field="title" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('heldOn')}>{t('rakorMeetings.form.heldOn')}</label>
            <input {...ids('heldOn')} type="date" value={heldOn} onChange={(e) => change('heldOn', setHeldOn)(e.target.value)} />
            <FieldError form={form} field="heldOn" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('clusterId')}>{t('rakorMeetings.form.cluster')}</label>
            <select
              {...ids('clusterId')}
              value={clusterId}
              disabled={fixedClusterId !== null}
              onChange={(e) => change('clusterId', setClusterId)(e.target.value)}
            >
              <option value="">{t('rakorMeetings.form.plenary')}</option>
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {t('followUps.cluster', { number: c.number })} — {c.name}
                </option>
              ))}
            </select>
            <FieldError form={form} field="clusterId" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('location')}>{t('rakorMeetings.form.location')}</label>
            <input
              {...ids('location')}
              value={location}
              maxLength={200}
              onChange={(e) => change('location', setLocation)(e.target.value)}
            />
            <FieldError form={form} field="location" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('chair')}>{t('rakorMeetings.form.chair')}</label>
            <input {...ids('chair')} value={chair} maxLength={200} onChange={(e) => change('chair', setChair)(e.target.value)} />
            <FieldError form={form} field="chair" />
          </div>
          {rakor && (
            <div className="form-field form-field--wide">
              <label className="check-row">
                <input
                  type="checkbox"
                  {...ids('status')}
                  checked={held}
                  onChange={(e) => {
                    setHeld(e.target.checked);
                    form.clear('status');
                  }}
                />
                {t('rakorMeetings.form.held')}
              </label>
              <FieldError form={form} field="status" />
            </div>
          )}
        </div>

        <fieldset className="form-field">
          <legend>{t('rakorMeetings.form.agenda')}</legend>
          {agenda.length === 0 ? (
            <p className="item-list__empty">{t('rakorMeetings.form.noAgenda')}</p>
          ) : (
            <ol className="item-list">
              {agenda.map((a, i) => (
                <li key={a.key} className="item-list__row">
                  <div className="form-field">
                    <label htmlFor={form.idOf(`agenda.${i}.title`)}>{t('rakorMeetings.form.agendaTitle', { n: i + 1 })}</label>
                    <input
                      {...ids(`agenda.${i}.title`)}
                      value={a.title}
                      maxLength={200}
                      onChange={(e) => setRow(i, { title: e.target.value })}
                    />
                  </div>
                  <div className="form-field">
                    <label htmlFor={form.idOf(`agenda.${i}.presenterOpdId`)}>{t('rakorMeetings.form.presenter', { n: i + 1 })}</label>
                    <select
                      {...ids(`agenda.${i}.presenterOpdId`)}
                      value={a.presenterOpdId}
                      onChange={(e) => setRow(i, { presenterOpdId: e.target.value })}
                    >
                      <option value="">{t('rakorMeetings.form.noPresenter')}</option>
                      {opds.map((o) => (
                        <option key={o.id} value={o.id}>
                          {o.shortName} — {o.name}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--secondary button--small button--link-danger"
                      onClick={() => removeRow(i)}
                      aria-label={t('rakorMeetings.form.agendaRemove', { n: i + 1 })}
                    >
                      {t('write.remove')}
                    </button>
                  </div>
                  <FieldError form={form} field={`agenda.${i}.title`} />
                  <FieldError form={form} field={`agenda.${i}.presenterOpdId`} />
                  <FieldError form={form} field={`agenda.${i}.id`} />
                </li>
              ))}
            </ol>
          )}
          <FieldError form={form} field="agenda" />
          <p>
            <button type="button" className="button button--secondary button--small" onClick={addRow}>
              + {t('rakorMeetings.form.agendaAdd')}
            </button>
          </p>
        </fieldset>

        <fieldset
          className="form-field"
          aria-describedby={form.messageOf('attendeeOpdIds') ? `${form.idOf('attendeeOpdIds')}-error` : undefined}
        >
          <legend id={form.idOf('attendeeOpdIds')} tabIndex={-1}>
            {t('rakorMeetings.form.attendees', { count: attendees.size })}
          </legend>
          <ul className="check-list rakor-attendees">
            {opds.map((o) => (
              <li key={o.id}>
                <label className="check-row" title={o.name}>
                  <input type="checkbox" checked={attendees.has(o.id)} onChange={(e) => toggleAttendee(o.id, e.target.checked)} />
                  {o.shortName}
                  <span className="visually-hidden"> — {o.name}</span>
                </label>
              </li>
            ))}
          </ul>
          <FieldError form={form} field="attendeeOpdIds" />
        </fieldset>

        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={rakor ? t('write.saveChanges') : t('rakorMeetings.form.add')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
