// Program: what each OPD runs in the fiscal year chosen in the header, with its pagu, monthly
// disbursement plan and targets. A saved program is on Anggaran and Program at once (the API
// refreshes its budget rollup in the same transaction).
import { useCallback, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { formatCount, formatRupiah } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { DeleteDialog } from './delete-dialog';
import { ProgramForm } from './program-form';
import { SavedNotice } from './row-actions';
import { SettingsTable } from './settings-table';
import { TableSkeleton } from './table-skeleton';

export const SettingsProgramsQuery = graphql(`
  query SettingsPrograms($region: RegionCode!, $year: Int!) {
    programs(regionCode: $region, year: $year) {
      id version code name fiscalYear pagu outputUnit outputTarget beneficiaryTarget targetGroup
      opd { id shortName } cluster { id number } partners { id shortName } plan { month plannedCumulative }
    }
    opds(regionCode: $region) { id shortName name kind }
    clusters(regionCode: $region) { id number name }
  }
`);

const DeleteProgramMutation = graphql(`
  mutation DeleteProgram($id: Int!, $version: Int!) {
    deleteProgram(id: $id, version: $version) {
      __typename
      ... on MutationDeleteProgramSuccess { data }
      ... on DomainError { code field message changedBy changedAt inUse { what count } }
    }
  }
`);

export type SettingsProgramsData = ResultOf<typeof SettingsProgramsQuery>;
export type SettingsProgram = SettingsProgramsData['programs'][number];

export function ProgramTab({ regionCode, regionName, year }: { regionCode: string; regionName: string; year: number }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsProgramsQuery, variables: { region: regionCode, year } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const [editing, setEditing] = useState<SettingsProgram | 'new' | null>(null);
  const [removing, setRemoving] = useState<SettingsProgram | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const ready = !!data && data.opds.length > 0 && data.clusters.length > 0;

  return (
    <div className="settings-section">
      <div className="settings-section__bar">
        <p className="settings-section__intro">{t('settings.programs.intro', { region: regionName, year })}</p>
        <button type="button" className="button" aria-disabled={!ready || undefined} onClick={() => ready && setEditing('new')}>
          {t('settings.programs.add')}
        </button>
      </div>
      {data && !ready && <p className="form-field__hint">{t('settings.programs.needsOpdAndCluster')}</p>}
      <SavedNotice message={saved} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<TableSkeleton />}>
        {({ programs }) => (
          <SettingsTable
            rows={programs}
            caption={t('settings.programs.caption', { region: regionName, year })}
            columns={[
              t('settings.programs.code'),
              t('settings.programs.name'),
              t('settings.programs.opd'),
              t('settings.programs.cluster'),
              { label: t('settings.programs.pagu'), className: 'num' },
              { label: t('settings.programs.beneficiaryTarget'), className: 'num' },
            ]}
            empty={{ title: t('settings.programs.empty.title', { region: regionName, year }), body: t('settings.programs.empty.body') }}
            rowKey={(p) => p.id}
            rowName={(p) => p.code}
            cells={(p) => (
              <>
                <th scope="row" className="settings-table__code">
                  {p.code}
                </th>
                <td>{p.name}</td>
                <td>{p.opd.shortName}</td>
                <td className="nowrap">{t('settings.clusters.label', { number: p.cluster.number })}</td>
                <td className="num">{formatRupiah(p.pagu)}</td>
                <td className="num">{formatCount(p.beneficiaryTarget)} KK</td>
              </>
            )}
            onEdit={setEditing}
            onRemove={setRemoving}
          />
        )}
      </QueryState>
      {editing && data && (
        <ProgramForm
          regionCode={regionCode}
          year={year}
          program={editing === 'new' ? null : editing}
          opds={data.opds}
          clusters={data.clusters}
          onClose={() => setEditing(null)}
          onReload={() => {
            // "Tutup dan muat data terbaru": the form closes on what the other person saved.
            setEditing(null);
            retry();
          }}
          onSaved={(code) => {
            setEditing(null);
            setSaved(t('settings.programs.saved', { code }));
          }}
        />
      )}
      {removing && (
        <DeleteDialog
          title={t('settings.programs.deleteTitle', { code: removing.code })}
          mutation={DeleteProgramMutation}
          name="deleteProgram"
          variables={{ id: removing.id, version: removing.version }}
          onCancel={() => setRemoving(null)}
          onDone={() => {
            setSaved(t('settings.programs.deleted', { code: removing.code }));
            setRemoving(null);
          }}
        >
          <p>{t('settings.programs.deleteBody', { name: removing.name, pagu: formatRupiah(removing.pagu) })}</p>
        </DeleteDialog>
      )}
    </div>
  );
}
