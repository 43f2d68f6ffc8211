// Target: what a kabupaten/kota aims at, in the four shapes of DESIGN.md. The form draws the path
// before saving, with the same function the Kemiskinan page's path comes from.
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DeleteDialog } from './delete-dialog';
import { SavedNotice } from './row-actions';
import { SettingsTable } from './settings-table';
import { TableSkeleton } from './table-skeleton';
import { TargetForm } from './target-form';
import { useIndicatorWords } from './target-words';

export const SettingsTargetsQuery = graphql(`
  query SettingsTargets($region: RegionCode!) {
    region(code: $region) {
      code
      name
      targets {
        id version name shape baselineYear baselineValue annualStep endYear dueDate note
        indicator { code name unit }
        regionGroup { id name }
      }
    }
    indicators { code name unit group }
    regionGroups(regionCode: $region) { id name year }
  }
`);

const DeleteTargetMutation = graphql(`
  mutation DeleteTarget($id: Int!, $version: Int!) {
    deleteTarget(id: $id, version: $version) {
      __typename
      ... on MutationDeleteTargetSuccess { data }
      ... on DomainError { code field message changedBy changedAt inUse { what count } }
    }
  }
`);

export type SettingsTargetsData = ResultOf<typeof SettingsTargetsQuery>;
export type SettingsTarget = NonNullable<SettingsTargetsData['region']>['targets'][number];

export function TargetTab({ regionCode, regionName }: { regionCode: string; regionName: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsTargetsQuery, variables: { region: regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<SettingsTarget | 'new' | null>(null);
  const [removing, setRemoving] = useState<SettingsTarget | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const words = useIndicatorWords();

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.targets.intro', { region: regionName })}</p>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('settings.targets.add')}
        </button>
      </div>
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton rows={3} />}>
        {({ region }) => (
          <SettingsTable
            rows={region?.targets ?? []}
            caption={t('settings.targets.caption', { region: regionName })}
            columns={[
              t('settings.targets.name'),
              t('settings.targets.indicator'),
              t('settings.targets.shape'),
              t('settings.targets.baseline'),
              t('settings.targets.until'),
            ]}
            empty={{ title: t('settings.targets.empty.title', { region: regionName }), body: t('settings.targets.empty.body') }}
            rowKey={(target) => target.id}
            rowName={(target) => target.name}
            cells={(target) => (
              <>
                <th scope="row">{target.name}</th>
                <td>{target.indicator.name}</td>
                <td>{t(`settings.targets.shape.${target.shape}`)}</td>
                <td>
                  {words.value(target.baselineValue, target.indicator.unit)} ({target.baselineYear})
                </td>
                <td>
                  {target.shape === 'ZERO_BY_DATE' && target.dueDate
                    ? t('settings.targets.zeroBy', { date: words.date(target.dueDate), places: target.regionGroup?.name ?? '' })
                    : target.endYear}
                </td>
              </>
            )}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </QueryState>
      {editing && data && (
        <TargetForm
          regionCode={regionCode}
          target={editing === 'new' ? null : editing}
          indicators={data.indicators}
          groups={data.regionGroups}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(name) => {
            setEditing(null);
            setSaved(t('settings.targets.saved', { name }));
          }}
        />
      )}
      {removing && (
        <DeleteDialog
          title={t('settings.targets.deleteTitle')}
          mutation={DeleteTargetMutation}
          name="deleteTarget"
          variables={{ id: removing.id, version: removing.version }}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setSaved(t('settings.targets.deleted', { name: removing.name }));
            setRemoving(null);
          }}
        >
          <p>{t('settings.targets.deleteBody', { name: removing.name })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}
