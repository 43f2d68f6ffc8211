// Pengguna: who signs in to Pantau for this kabupaten/kota, with which role and where. An ADMIN
// creates users, changes their role and scope, resets a password and deactivates an account (its
// sessions end at once); a deployment-wide ADMIN may list every user.
import { type FormEvent, useCallback, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useViewer } from '../../app/auth';
import { QueryState } from '../../components/query-state';
import { FieldError, FormActions, FormDialog, FormErrorNotice, TextField, useWriteForm } from '../../components/write-form';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite, requestErrorText, writeErrorText } from '../../lib/write-errors';
import { DeleteDialog } from './delete-dialog';
import { SavedNotice } from './row-actions';
import { SettingsTable } from './settings-table';
import { TableSkeleton } from './table-skeleton';

const SettingsUsersQuery = graphql(`
  query SettingsUsers($regency: RegionCode!, $usersIn: RegionCode) {
    users(regionCode: $usersIn) {
      id version username displayName role regionCode active
      region { code name } opd { id shortName } cluster { id number }
    }
    opds(regionCode: $regency) { id shortName name kind }
    clusters(regionCode: $regency) { id number name }
    region(code: $regency) { code name children { code name children { code name } } }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on MutationCreateUserSuccess { data { id username } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on MutationUpdateUserSuccess { data { id username } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const ResetPasswordMutation = graphql(`
  mutation ResetUserPassword($id: Int!, $version: Int!, $password: String!) {
    resetUserPassword(id: $id, version: $version, password: $password) {
      __typename
      ... on MutationResetUserPasswordSuccess { data { id username } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: Int!, $version: Int!) {
    deactivateUser(id: $id, version: $version) {
      __typename
      ... on MutationDeactivateUserSuccess { data { id } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: Int!, $version: Int!) {
    reactivateUser(id: $id, version: $version) {
      __typename
      ... on MutationReactivateUserSuccess { data { id } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Data = ResultOf<typeof SettingsUsersQuery>;
type User = Data['users'][number];
type Role = User['role'];
const ROLES: readonly Role[] = ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR', 'REGION_OPERATOR'];

export function UsersTab({ regionCode, regionName }: { regionCode: string; regionName: string }) {
  const { t, lang } = useTranslation();
  const viewer = useViewer();
  const [everyone, setEveryone] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SettingsUsersQuery,
    variables: { regency: regionCode, usersIn: everyone ? null : regionCode },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const [deactivating, setDeactivating] = useState<User | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [, reactivate] = useMutation(ReactivateUserMutation);

  const scopeOf = (u: User) => {
    const parts = [u.region ? u.region.name : t('settings.users.everywhere')];
    if (u.opd) parts.push(u.opd.shortName);
    if (u.cluster) parts.push(t('settings.clusters.label', { number: u.cluster.number }));
    return parts.join(' · ');
  };

  const onReactivate = async (u: User) => {
    const answer = readWrite(
      await reactivate({ id: u.id, version: u.version }, { additionalTypenames: [DATA_TYPENAME] }),
      'reactivateUser',
    );
    if (answer.ok) setSaved(t('settings.users.reactivated', { username: u.username }));
    else setSaved('request' in answer ? requestErrorText(answer.request, lang) : writeErrorText(answer.domain, lang));
  };

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.users.intro', { region: regionName })}</p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('settings.users.add')}
        </button>
      </div>
      {viewer.regionCode === null && (
        <label className="checkbox">
          <input type="checkbox" checked={everyone} onChange={(e) => setEveryone(e.target.checked)} />
          <span>{t('settings.users.everyone')}</span>
        </label>
      )}
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton />}>
        {({ users }) => (
          <SettingsTable
            rows={users}
            caption={t('settings.users.caption', { region: regionName })}
            columns={[
              t('settings.users.username'),
              t('settings.users.displayName'),
              t('settings.users.role'),
              t('settings.users.scope'),
              t('settings.users.status'),
            ]}
            empty={{ title: t('settings.users.empty.title', { region: regionName }), body: t('settings.users.empty.body') }}
            rowKey={(u) => u.id}
            rowName={(u) => u.username}
            rowClassName={(u) => (u.active ? undefined : 'settings-table__inactive')}
            cells={(u) => (
              <>
                <th scope="row">{u.username}</th>
                <td>{u.displayName}</td>
                <td>{t(`role.${u.role}`)}</td>
                <td>{scopeOf(u)}</td>
                <td>{u.active ? t('settings.users.active') : t('settings.users.inactive')}</td>
              </>
            )}
            actions={(u) => [
              { label: t('settings.edit'), onClick: () => setEditing(u) },
              { label: t('settings.users.resetPassword'), onClick: () => setResetting(u) },
              ...(u.id === viewer.id
                ? []
                : u.active
                  ? [{ label: t('settings.users.deactivate'), onClick: () => setDeactivating(u), danger: true }]
                  : [{ label: t('settings.users.reactivate'), onClick: () => void onReactivate(u) }]),
            ]}
          />
        )}
      </QueryState>
      {editing && data && (
        <UserForm
          regency={regionCode}
          regencyName={regionName}
          user={editing === 'new' ? null : editing}
          data={data}
          self={editing !== 'new' && editing.id === viewer.id}
          deploymentWide={viewer.regionCode === null}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(username) => {
            setEditing(null);
            setSaved(t('settings.users.saved', { username }));
          }}
        />
      )}
      {resetting && (
        <ResetPasswordForm
          user={resetting}
          onClose={() => setResetting(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setResetting(null);
            retry();
          }}
          onSaved={() => {
            setSaved(t('settings.users.passwordReset', { username: resetting.username }));
            setResetting(null);
          }}
        />
      )}
      {deactivating && (
        <DeleteDialog
          title={t('settings.users.deactivateTitle', { username: deactivating.username })}
          confirmLabel={t('settings.users.deactivate')}
          mutation={DeactivateUserMutation}
          name="deactivateUser"
          variables={{ id: deactivating.id, version: deactivating.version }}
          onCancel={() => setDeactivating(null)}
          onDone={() => {
            setSaved(t('settings.users.deactivated', { username: deactivating.username }));
            setDeactivating(null);
          }}
        >
          <p>{t('settings.users.deactivateBody', { name: deactivating.displayName })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}

interface UserFormProps {
  regency: string;
  regencyName: string;
  user: User | null;
  data: Data;
  /** Editing oneself: role and area stay (the API refuses changing them). */
  self: boolean;
  deploymentWide: boolean;
  onClose: () => void;
  onReload: () => void;
  onSaved: (username: string) => void;
}

const FIELDS = ['username', 'displayName', 'role', 'regionCode', 'opd', 'cluster', 'password'];

function UserForm({ regency, regencyName, user, data, self, deploymentWide, onClose, onReload, onSaved }: UserFormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(FIELDS);
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'OPD_OPERATOR');
  const [place, setPlace] = useState<string>(user ? (user.regionCode ?? 'ALL') : '');
  const [opdId, setOpdId] = useState<number | null>(user?.opd?.id ?? null);
  const [clusterNumber, setClusterNumber] = useState<number | null>(user?.cluster?.number ?? null);
  const [password, setPassword] = useState('');
  const [createState, create] = useMutation(CreateUserMutation);
  const [updateState, update] = useMutation(UpdateUserMutation);
  const busy = createState.fetching || updateState.fetching;
  const kecamatan = data.region?.children ?? [];

  /** The region sent for the role: the kabupaten/kota itself unless the role works somewhere else. */
  const regionFor = (r: Role): string | null => {
    if (r === 'REGION_OPERATOR') return place?.startsWith(`${regency}.`) ? place : null;
    if (r === 'ADMIN' || r === 'EXECUTIVE') return place === 'ALL' ? null : regency;
    return regency;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const scope = {
      displayName,
      role,
      regionCode: regionFor(role),
      opdId: role === 'OPD_OPERATOR' ? opdId : null,
      clusterNumber: role === 'CLUSTER_HEAD' ? clusterNumber : null,
    };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = user
      ? readWrite<{ username: string }>(await update({ input: { id: user.id, version: user.version, ...scope } }, context), 'updateUser')
      : readWrite<{ username: string }>(await create({ input: { username, password, ...scope } }, context), 'createUser');
    const saved = form.take(answer);
    if (saved) onSaved(saved.username);
  };

  const text = (field: 'username' | 'displayName' | 'password', value: string, set: (v: string) => void, hint?: string) => (
    <TextField
      form={form}
      field={field}
      label={t(`settings.users.${field}`)}
      type={field === 'password' ? 'password' : 'text'}
      autoComplete={field === 'password' ? 'new-password' : 'off'}
      value={value}
      onChange={set}
      hint={hint}
    />
  );

  return (
    <FormDialog title={user ? t('settings.users.editTitle', { username: user.username }) : t('settings.users.add')} onClose={onClose}>
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          {user ? (
            <div className="form-field">
              <span className="form-field__label">{t('settings.users.username')}</span>
              <p>
                <strong>{user.username}</strong>
              </p>
            </div>
          ) : (
            text('username', username, setUsername, t('settings.users.usernameHint'))
          )}
          {text('displayName', displayName, setDisplayName)}
          <div className="form-field">
            <label htmlFor={form.idOf('role')}>{t('settings.users.role')}</label>
            <select
              {...form.inputProps('role', self ? `${form.idOf('role')}-hint` : undefined)}
              value={role}
              disabled={self}
              onChange={(e) => {
                setRole(e.target.value as Role);
                setPlace('');
                form.clear('role');
                form.clear('regionCode');
              }}
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`role.${r}`)}
                </option>
              ))}
            </select>
            {self && (
              <p id={`${form.idOf('role')}-hint`} className="form-field__hint">
                {t('settings.users.selfHint')}
              </p>
            )}
            <FieldError form={form} field="role" />
          </div>
          <div className="form-field">
            <label htmlFor={form.idOf('regionCode')}>{t('settings.users.region')}</label>
            {role === 'REGION_OPERATOR' ? (
              <select
                {...form.inputProps('regionCode')}
                value={place}
                disabled={self}
                onChange={(e) => {
                  setPlace(e.target.value);
                  form.clear('regionCode');
                }}
              >
                <option value="">{t('settings.users.chooseKelurahan')}</option>
                {kecamatan.map((k) => (
                  <optgroup key={k.code} label={t('settings.places.kecamatan', { name: k.name })}>
                    <option value={k.code}>{t('settings.users.wholeKecamatan', { name: k.name })}</option>
                    {k.children.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ) : (role === 'ADMIN' || role === 'EXECUTIVE') && deploymentWide ? (
              <select
                {...form.inputProps('regionCode')}
                value={place === 'ALL' ? 'ALL' : ''}
                disabled={self}
                onChange={(e) => setPlace(e.target.value)}
              >
                <option value="">{regencyName}</option>
                <option value="ALL">{t('settings.users.everywhere')}</option>
              </select>
            ) : (
              <input {...form.inputProps('regionCode')} value={regencyName} readOnly />
            )}
            <FieldError form={form} field="regionCode" />
          </div>
          {role === 'OPD_OPERATOR' && (
            <div className="form-field">
              <label htmlFor={form.idOf('opd')}>{t('settings.users.opd')}</label>
              <select
                {...form.inputProps('opd')}
                value={opdId ?? ''}
                onChange={(e) => {
                  setOpdId(e.target.value ? Number(e.target.value) : null);
                  form.clear('opd');
                }}
              >
                <option value="">{t('settings.users.chooseOpd')}</option>
                {data.opds.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.shortName} — {o.name}
                  </option>
                ))}
              </select>
              <FieldError form={form} field="opd" />
            </div>
          )}
          {role === 'CLUSTER_HEAD' && (
            <div className="form-field">
              <label htmlFor={form.idOf('cluster')}>{t('settings.users.cluster')}</label>
              <select
                {...form.inputProps('cluster')}
                value={clusterNumber ?? ''}
                onChange={(e) => {
                  setClusterNumber(e.target.value ? Number(e.target.value) : null);
                  form.clear('cluster');
                }}
              >
                <option value="">{t('settings.users.chooseCluster')}</option>
                {data.clusters.map((c) => (
                  <option key={c.id} value={c.number}>
                    {t('settings.clusters.label', { number: c.number })} — {c.name}
                  </option>
                ))}
              </select>
              <FieldError form={form} field="cluster" />
            </div>
          )}
          {!user && text('password', password, setPassword, t('settings.users.passwordHint'))}
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}

function ResetPasswordForm({
  user,
  onClose,
  onReload,
  onSaved,
}: {
  user: User;
  onClose: () => void;
  onReload: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const form = useWriteForm(['password', 'repeat']);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [state, reset] = useMutation(ResetPasswordMutation);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.fetching) return;
    form.reset();
    if (password !== repeat) return form.setFieldMessage('repeat', t('account.password.mismatch'));
    const answer = readWrite(
      await reset({ id: user.id, version: user.version, password }, { additionalTypenames: [DATA_TYPENAME] }),
      'resetUserPassword',
    );
    if (form.take(answer)) onSaved();
  };

  return (
    <FormDialog
      title={t('settings.users.resetTitle', { username: user.username })}
      intro={t('settings.users.resetIntro', { name: user.displayName })}
      onClose={onClose}
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          {(['password', 'repeat'] as const).map((field) => (
            <TextField
              key={field}
              form={form}
              field={field}
              label={t(field === 'password' ? 'settings.users.newPassword' : 'account.password.repeat')}
              type="password"
              autoComplete="new-password"
              value={field === 'password' ? password : repeat}
              onChange={field === 'password' ? setPassword : setRepeat}
              hint={field === 'password' ? t('settings.users.passwordHint') : undefined}
            />
          ))}
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={state.fetching} saveLabel={t('settings.users.resetPassword')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
