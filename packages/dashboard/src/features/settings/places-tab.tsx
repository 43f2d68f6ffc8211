// Lokasi prioritas: named groups of kecamatan and kelurahan, such as the places a zero-extreme-
// poverty target names (Bontang's four kelurahan). Kemiskinan ekstrem tracks them.
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { FieldError, FormActions, FormDialog, FormErrorNotice, TextField, useWriteForm } from '../../components/write-form';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DATA_TYPENAME } from '../../lib/urql';
import { readWrite } from '../../lib/write-errors';
import { DeleteDialog } from './delete-dialog';
import { parseWholeNumber } from './numbers';
import { SavedNotice } from './row-actions';
import { SettingsTable } from './settings-table';
import { TableSkeleton } from './table-skeleton';

const SettingsPlacesQuery = graphql(`
  query SettingsPlaces($region: RegionCode!) {
    regionGroups(regionCode: $region) { id version name kind year reason regions { code name } }
    region(code: $region) { code name children { code name children { code name } } }
  }
`);

const CreateRegionGroupMutation = graphql(`
  mutation CreateRegionGroup($input: CreateRegionGroupInput!) {
    createRegionGroup(input: $input) {
      __typename
      ... on MutationCreateRegionGroupSuccess { data { id name } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const UpdateRegionGroupMutation = graphql(`
  mutation UpdateRegionGroup($input: UpdateRegionGroupInput!) {
    updateRegionGroup(input: $input) {
      __typename
      ... on MutationUpdateRegionGroupSuccess { data { id name } }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeleteRegionGroupMutation = graphql(`
  mutation DeleteRegionGroup($id: Int!, $version: Int!) {
    deleteRegionGroup(id: $id, version: $version) {
      __typename
      ... on MutationDeleteRegionGroupSuccess { data }
      ... on DomainError { code field message changedBy changedAt inUse { what count } }
    }
  }
`);

type Data = ResultOf<typeof SettingsPlacesQuery>;
type Group = Data['regionGroups'][number];
type Kecamatan = NonNullable<Data['region']>['children'][number];
type Kind = Group['kind'];
const FIELDS = ['name', 'kind', 'year', 'reason', 'memberCodes'];

export function PlacesTab({ regionCode, regionName, year }: { regionCode: string; regionName: string; year: number }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsPlacesQuery, variables: { region: regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const [removing, setRemoving] = useState<Group | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.places.intro', { region: regionName })}</p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('settings.places.add')}
        </button>
      </div>
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton rows={3} />}>
        {({ regionGroups }) => (
          <SettingsTable
            rows={regionGroups}
            caption={t('settings.places.caption', { region: regionName })}
            columns={[t('settings.places.name'), t('settings.places.year'), t('settings.places.kind'), t('settings.places.members')]}
            empty={{ title: t('settings.places.empty.title', { region: regionName }), body: t('settings.places.empty.body') }}
            rowKey={(g) => g.id}
            rowName={(g) => g.name}
            cells={(g) => (
              <>
                <th scope="row">{g.name}</th>
                <td>{g.year}</td>
                <td>{t(`settings.places.kind.${g.kind}`)}</td>
                <td>{g.regions.map((r) => r.name).join(', ')}</td>
              </>
            )}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </QueryState>
      {editing && data?.region && (
        <GroupForm
          regionCode={regionCode}
          year={year}
          group={editing === 'new' ? null : editing}
          kecamatan={data.region.children}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(name) => {
            setEditing(null);
            setSaved(t('settings.places.saved', { name }));
          }}
        />
      )}
      {removing && (
        <DeleteDialog
          title={t('settings.places.deleteTitle', { name: removing.name })}
          mutation={DeleteRegionGroupMutation}
          name="deleteRegionGroup"
          variables={{ id: removing.id, version: removing.version }}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setSaved(t('settings.places.deleted', { name: removing.name }));
            setRemoving(null);
          }}
        >
          <p>{t('settings.places.deleteBody', { count: removing.regions.length })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}

interface FormProps {
  regionCode: string;
  year: number;
  group: Group | null;
  kecamatan: readonly Kecamatan[];
  onClose: () => void;
  onReload: () => void;
  onSaved: (name: string) => void;
}

function GroupForm({ regionCode, year, group, kecamatan, onClose, onReload, onSaved }: FormProps) {
  const { t } = useTranslation();
  const form = useWriteForm(FIELDS);
  const [name, setName] = useState(group?.name ?? '');
  const [kind, setKind] = useState<Kind>(group?.kind ?? 'PRIORITY_INTERVENTION');
  const [groupYear, setGroupYear] = useState(String(group?.year ?? year));
  const [reason, setReason] = useState(group?.reason ?? '');
  const [members, setMembers] = useState<string[]>(group?.regions.map((r) => r.code) ?? []);
  const [filter, setFilter] = useState('');
  const [createState, create] = useMutation(CreateRegionGroupMutation);
  const [updateState, update] = useMutation(UpdateRegionGroupMutation);
  const busy = createState.fetching || updateState.fetching;

  // Places whose name (or their kecamatan's) holds the filter text; the chosen ones always show.
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    if (!needle) return kecamatan;
    return kecamatan
      .map((k) => ({
        ...k,
        children: k.name.toLowerCase().includes(needle)
          ? k.children
          : k.children.filter((c) => c.name.toLowerCase().includes(needle) || members.includes(c.code)),
      }))
      .filter((k) => k.children.length > 0 || k.name.toLowerCase().includes(needle) || members.includes(k.code));
  }, [kecamatan, filter, members]);

  const toggle = (code: string, on: boolean) => {
    setMembers((m) => (on ? [...m, code] : m.filter((c) => c !== code)));
    form.clear('memberCodes');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    form.reset();
    const y = parseWholeNumber(groupYear);
    if (!y.ok) return form.setFieldMessage('year', t(y.reason === 'empty' ? 'settings.input.empty' : 'settings.input.year'));
    const values = { name, kind, year: y.value, reason, memberCodes: members };
    const context = { additionalTypenames: [DATA_TYPENAME] };
    const answer = group
      ? readWrite<{ name: string }>(
          await update({ input: { id: group.id, version: group.version, ...values } }, context),
          'updateRegionGroup',
        )
      : readWrite<{ name: string }>(await create({ input: { regionCode, ...values } }, context), 'createRegionGroup');
    const saved = form.take(answer);
    if (saved) onSaved(saved.name);
  };

  const names = new Map(kecamatan.flatMap((k) => [[k.code, k.name] as const, ...k.children.map((c) => [c.code, c.name] as const)]));

  return (
    <FormDialog
      title={group ? t('settings.places.editTitle', { name: group.name }) : t('settings.places.add')}
      onClose={onClose}
      size="wide"
    >
      <form noValidate onSubmit={submit}>
        <div className="form-grid">
          <TextField
            form={form}
            field="name"
            label={t('settings.places.name')}
            value={name}
            onChange={setName}
            maxLength={200}
            autoComplete="off"
            wide
          />
          <div className="form-field">
            <label htmlFor={form.idOf('kind')}>{t('settings.places.kind')}</label>
            <select {...form.inputProps('kind')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="PRIORITY_INTERVENTION">{t('settings.places.kind.PRIORITY_INTERVENTION')}</option>
              <option value="OTHER">{t('settings.places.kind.OTHER')}</option>
            </select>
            <FieldError form={form} field="kind" />
          </div>
          <TextField
            form={form}
            field="year"
            label={t('settings.places.year')}
            value={groupYear}
            onChange={setGroupYear}
            inputMode="numeric"
          />
          <div className="form-field form-field--wide">
            <label htmlFor={form.idOf('reason')}>{t('settings.places.reason')}</label>
            <textarea
              {...form.inputProps('reason')}
              rows={2}
              maxLength={1000}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                form.clear('reason');
              }}
            />
            <FieldError form={form} field="reason" />
          </div>
          <fieldset className="form-field form-field--wide" aria-describedby={`${form.idOf('memberCodes')}-chosen`}>
            <legend>{t('settings.places.members')}</legend>
            <p id={`${form.idOf('memberCodes')}-chosen`} className="form-field__hint">
              {members.length === 0
                ? t('settings.places.noneChosen')
                : t('settings.places.chosen', { count: members.length, names: members.map((c) => names.get(c) ?? c).join(', ') })}
            </p>
            <label className="visually-hidden" htmlFor={form.idOf('filter')}>
              {t('settings.places.filter')}
            </label>
            <input
              id={form.idOf('filter')}
              type="search"
              placeholder={t('settings.places.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
            />
            <FieldError form={form} field="memberCodes" />
            <div className="place-list" id={form.idOf('memberCodes')} tabIndex={-1}>
              {shown.length === 0 && <p className="form-field__hint">{t('settings.places.noMatch')}</p>}
              {shown.map((k) => (
                <div key={k.code} className="place-list__kecamatan">
                  <label className="checkbox place-list__kecamatan-name">
                    <input type="checkbox" checked={members.includes(k.code)} onChange={(e) => toggle(k.code, e.target.checked)} />
                    <span>{t('settings.places.kecamatan', { name: k.name })}</span>
                  </label>
                  <div className="checkbox-grid">
                    {k.children.map((c) => (
                      <label key={c.code} className="checkbox">
                        <input type="checkbox" checked={members.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
                        <span>{c.name}</span>
                      </label>
                    ))}
                  </div>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <FormErrorNotice form={form} onReload={onReload} />
        <FormActions busy={busy} saveLabel={t('settings.save')} onCancel={onClose} />
      </form>
    </FormDialog>
  );
}
