// Klaster: the four TKPKD clusters of a kabupaten/kota (Perpres 15/2010), each with the office of
// its head and the OPD that is vice-head.
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

const SettingsClustersQuery = graphql(`
  query SettingsClusters($region: RegionCode!) {
    clusters(regionCode: $region) { id version number name headTitle viceOpd { id shortName } }
    opds(regionCode: $region) { id shortName name kind }
  }
`);

const CreateClusterMutation = graphql(`
  mutation CreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      __typename
      ... on MutationCreateClusterSuccess { data { id number } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateClusterMutation = graphql(`
  mutation UpdateCluster($input: UpdateClusterInput!) {
    updateCluster(input: $input) {
      __typename
      ... on MutationUpdateClusterSuccess { data { id number } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeleteClusterMutation = graphql(`
  mutation DeleteCluster($id: Int!, $version: Int!) {
    deleteCluster(id: $id, version: $version) {
      __typename
      ... on MutationDeleteClusterSuccess { data }
      ... on DomainError { code field message changedBy changedAt inUse { what count } }
    }
  }
`);

type Data = ResultOf<typeof SettingsClustersQuery>;
type Cluster = Data['clusters'][number];
type Opd = Data['opds'][number];
const FIELDS = ['number', 'name', 'headTitle', 'viceOpdId'] as const;
const NUMBERS = [1, 2, 3, 4] as const;

export function ClusterTab({ regionCode, regionName }: { regionCode: string; regionName: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsClustersQuery, variables: { region: regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<Cluster | 'new' | null>(null);
  const [removing, setRemoving] = useState<Cluster | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const full = (data?.clusters.length ?? 0) >= NUMBERS.length;

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.clusters.intro', { region: regionName })}</p>
        {/* Four clusters at most: the button says so rather than letting the form fail. */}
        <button type="button" className="button" aria-disabled={full || undefined} onClick={() => !full && setEditing('new')}>
          {t('settings.clusters.add')}
        </button>
      </div>
      {full && <p className="form-field__hint">{t('settings.clusters.full')}</p>}
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton rows={4} />}>
        {({ clusters }) => (
          <SettingsTable
            rows={clusters}
            caption={t('settings.clusters.caption', { region: regionName })}
            columns={[
              t('settings.clusters.number'),
              t('settings.clusters.name'),
              t('settings.clusters.headTitle'),
              t('settings.clusters.viceOpd'),
            ]}
            empty={{ title: t('settings.clusters.empty.title', { region: regionName }), body: t('settings.clusters.empty.body') }}
            rowKey={(c) => c.id}
            rowName={(c) => t('settings.clusters.label', { number: c.number })}
            cells={(c) => (
              <>
                <th scope="row" className="nowrap">
                  {t('settings.clusters.label', { number: c.number })}
                </th>
                <td>{c.name}</td>
                <td>{c.headTitle}</td>
                <td>{c.viceOpd?.shortName ?? t('settings.none')}</td>
              </>
            )}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </QueryState>
      {editing && data && (
        <ClusterForm
          regionCode={regionCode}
          cluster={editing === 'new' ? null : editing}
          taken={data.clusters.filter((c) => editing === 'new' || c.id !== editing.id).map((c) => c.number)}
          opds={data.opds.filter((o) => o.kind === 'OPD')}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(number) => {
            setEditing(null);
            setSaved(t('settings.clusters.saved', { number }));
          }}
        />
      )}
      {removing && (
        <DeleteDialog
          title={t('settings.clusters.deleteTitle', { number: removing.number })}
          mutation={DeleteClusterMutation}
          name="deleteCluster"
          variables={{ id: removing.id, version: removing.version }}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setSaved(t('settings.clusters.deleted', { number: removing.number }));
            setRemoving(null);
          }}
        >
          <p>{t('settings.clusters.deleteBody', { name: removing.name })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}

interface FormProps {
  regionCode: string;
  cluster: Cluster | null;
  /** Numbers other clusters of the region have. */
  taken: readonly number[];
  opds: readonly Opd[];
  onClose: () => void;
  onReload: () => void;
  onSaved: (number: number) => void;
}

function ClusterForm({ regionCode, cluster, taken, opds, onClose, onReload, onSaved }: FormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(FIELDS);
  const free = NUMBERS.filter((n) => !taken.includes(n));
  const [number, setNumber] = useState(cluster?.number ?? free[0] ?? 1);
  const [name, setName] = useState(cluster?.name ?? '');
  const [headTitle, setHeadTitle] = useState(cluster?.headTitle ?? '');
  const [viceOpdId, setViceOpdId] = useState<number | null>(cluster?.viceOpd?.id ?? null);
  const [createState, create] = useMutation(CreateClusterMutation);
  const [updateState, update] = useMutation(UpdateClusterMutation);
  const busy = createState.fetching || updateState.fetching;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const values = { number, name, headTitle, viceOpdId };
    const answer = cluster
      ? readWrite<{ number: number }>(
          await update({ input: { id: cluster.id, version: cluster.version, ...values } }, context),
          'updateCluster',
        )
      : readWrite<{ number: number }>(await create({ input: { regionCode, ...values } }, context), 'createCluster');
    const saved = form.take(answer);
    if (saved) onSaved(saved.number);
  };

  const text = (field: 'name' | 'headTitle', value: string, set: (v: string) => void, wide = true) => (
    <TextField
      form={form}
      field={field}
      label={t(`settings.clusters.${field}`)}
      value={value}
      onChange={set}
      maxLength={200}
      autoComplete="off"
      wide={wide}
    />
  );

  return (
    <FormDialog
      title={cluster ? t('settings.clusters.editTitle', { number: cluster.number }) : t('settings.clusters.add')}
      onClose={onClose}
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <div className="form-field">
            <label htmlFor={form.idOf('number')}>{t('settings.clusters.number')}</label>
            <select {...form.inputProps('number')} value={number} onChange={(e) => setNumber(Number(e.target.value))}>
              {NUMBERS.map((n) => (
                <option key={n} value={n} disabled={taken.includes(n)}>
                  {t('settings.clusters.label', { number: n })}
                  {taken.includes(n) ? ` (${t('settings.clusters.taken')})` : ''}
                </option>
              ))}
            </select>
            <FieldError form={form} field="number" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('viceOpdId')}>{t('settings.clusters.viceOpd')}</label>
            <select
              {...form.inputProps('viceOpdId')}
              value={viceOpdId ?? ''}
              onChange={(e) => setViceOpdId(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">{t('settings.none')}</option>
              {opds.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.shortName} — {o.name}
                </option>
              ))}
            </select>
            <FieldError form={form} field="viceOpdId" />
          </div>
          {text('name', name, setName)}
          {text('headTitle', headTitle, setHeadTitle)}
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
