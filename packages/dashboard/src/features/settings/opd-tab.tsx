// OPD & mitra: the agencies and partners of a kabupaten/kota that run programs, own priorities
// and follow-ups, and attend rakor.
import { type FormEvent, useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { FieldError, FormActions, FormDialog, FormErrorNotice, TextField, useWriteForm } from '../../components/write-form';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { DeleteDialog } from './delete-dialog';
import { SavedNotice } from './row-actions';
import { SettingsTable } from './settings-table';
import { TableSkeleton } from './table-skeleton';

const SettingsOpdsQuery = graphql(`
  query SettingsOpds($region: RegionCode!) {
    opds(regionCode: $region) { id version name shortName kind }
  }
`);

const CreateOpdMutation = graphql(`
  mutation CreateOpd($input: CreateOpdInput!) {
    createOpd(input: $input) {
      __typename
      ... on MutationCreateOpdSuccess { data { id shortName } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateOpdMutation = graphql(`
  mutation UpdateOpd($input: UpdateOpdInput!) {
    updateOpd(input: $input) {
      __typename
      ... on MutationUpdateOpdSuccess { data { id shortName } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeleteOpdMutation = graphql(`
  mutation DeleteOpd($id: Int!, $version: Int!) {
    deleteOpd(id: $id, version: $version) {
      __typename
      ... on MutationDeleteOpdSuccess { data }
      ... on DomainError { code field message changedBy changedAt inUse { what count } }
    }
  }
`);

type Opd = ResultOf<typeof SettingsOpdsQuery>['opds'][number];
type Kind = Opd['kind'];
const FIELDS = ['name', 'shortName', 'kind'] as const;

export function OpdTab({ regionCode, regionName }: { regionCode: string; regionName: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsOpdsQuery, variables: { region: regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<Opd | 'new' | null>(null);
  const [removing, setRemoving] = useState<Opd | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.opd.intro', { region: regionName })}</p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('settings.opd.add')}
        </button>
      </div>
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton />}>
        {({ opds }) => (
          <SettingsTable
            rows={opds}
            caption={t('settings.opd.caption', { region: regionName })}
            columns={[t('settings.opd.shortName'), t('settings.opd.name'), t('settings.opd.kind')]}
            empty={{ title: t('settings.opd.empty.title', { region: regionName }), body: t('settings.opd.empty.body') }}
            rowKey={(opd) => opd.id}
            rowName={(opd) => opd.shortName}
            cells={(opd) => (
              <>
                <th scope="row">{opd.shortName}</th>
                <td>{opd.name}</td>
                <td>{t(`settings.opd.kind.${opd.kind}`)}</td>
              </>
            )}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </QueryState>
      {editing && (
        <OpdForm
          regionCode={regionCode}
          opd={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(shortName) => {
            setEditing(null);
            setSaved(t('settings.opd.saved', { name: shortName }));
          }}
        />
      )}
      {removing && (
        <DeleteDialog
          title={t('settings.opd.deleteTitle', { name: removing.shortName })}
          mutation={DeleteOpdMutation}
          name="deleteOpd"
          variables={{ id: removing.id, version: removing.version }}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setSaved(t('settings.opd.deleted', { name: removing.shortName }));
            setRemoving(null);
          }}
        >
          <p>{t('settings.opd.deleteBody', { name: removing.name })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}

interface FormProps {
  regionCode: string;
  opd: Opd | null;
  onClose: () => void;
  onReload: () => void;
  onSaved: (shortName: string) => void;
}

function OpdForm({ regionCode, opd, onClose, onReload, onSaved }: FormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(FIELDS);
  const [name, setName] = useState(opd?.name ?? '');
  const [shortName, setShortName] = useState(opd?.shortName ?? '');
  const [kind, setKind] = useState<Kind>(opd?.kind ?? 'OPD');
  const [createState, create] = useMutation(CreateOpdMutation);
  const [updateState, update] = useMutation(UpdateOpdMutation);
  const busy = createState.fetching || updateState.fetching;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const values = { name, shortName, kind };
    const answer = opd
      ? readWrite<{ shortName: string }>(await update({ input: { id: opd.id, version: opd.version, ...values } }, context), 'updateOpd')
      : readWrite<{ shortName: string }>(await create({ input: { regionCode, ...values } }, context), 'createOpd');
    const saved = form.take(answer);
    if (saved) onSaved(saved.shortName);
  };

  return (
    <FormDialog title={opd ? t('settings.opd.editTitle', { name: opd.shortName }) : t('settings.opd.add')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <TextField
            form={form}
            field="name"
            label={t('settings.opd.name')}
            value={name}
            onChange={setName}
            maxLength={200}
            autoComplete="off"
            wide
          />
          <TextField
            form={form}
            field="shortName"
            label={t('settings.opd.shortName')}
            value={shortName}
            onChange={setShortName}
            maxLength={30}
            autoComplete="off"
            hint={t('settings.opd.shortNameHint')}
          />
          <div className="form-field">
            <label htmlFor={form.idOf('kind')}>{t('settings.opd.kind')}</label>
            <select {...form.inputProps('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="OPD">{t('settings.opd.kind.OPD')}</option>
              <option value="PARTNER">{t('settings.opd.kind.PARTNER')}</option>
            </select>
            <FieldError form={form} field="kind" />
          </div>
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
