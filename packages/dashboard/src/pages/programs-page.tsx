import { useCallback, useId, useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { Provenance } from '../components/provenance';
import { EmptyState, QueryState } from '../components/query-state';
import { budgetMonthRule } from '../features/budget/budget-month';
import { monthName } from '../features/budget/months';
import { CLUSTER_PARAM, chooseCluster, visibleClusters } from '../features/programs/cluster-choice';
import { ClusterTabs } from '../features/programs/cluster-tabs';
import { outcomeSources } from '../features/programs/outcome-sources';
import { ProgramCharts, ProgramCharts_ProgramOutcomesFragment } from '../features/programs/program-charts';
import { ProgramOutcomes, ProgramOutcomes_ProgramOutcomesFragment } from '../features/programs/program-outcomes';
import { HouseholdDrawer } from '../features/targeting/household-drawer';
import { canListHouseholds } from '../features/targeting/household-lists';
import { type HouseholdListRequest, TargetingPanel, TargetingPanel_TargetingFragment } from '../features/targeting/targeting-panel';
import { useFilters, useSearchParam } from '../lib/filters';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../lib/provenance';
import '../features/budget/tables.css';
import '../features/programs/programs.css';

export const ProgramsPageQuery = graphql(`
  query ProgramsPage($regionCode: RegionCode!) {
    region(code: $regionCode) { code name parent { name } }
    clusters(regionCode: $regionCode) { id number name headTitle }
  }
`);

export const ClusterOutcomesQuery = graphql(
  `
  query ClusterOutcomes($regionCode: RegionCode!, $year: Int!, $clusterId: Int!) {
    programOutcomes(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      month
      programs { source program { code synthetic sourceNote source { publisher } } }
      ...ProgramOutcomes_ProgramOutcomesFragment
      ...ProgramCharts_ProgramOutcomesFragment
    }
  }
`,
  [ProgramOutcomes_ProgramOutcomesFragment, ProgramCharts_ProgramOutcomesFragment],
);

export const ClusterTargetingQuery = graphql(
  `
  query ClusterTargeting($regionCode: RegionCode!, $year: Int!, $clusterId: Int!) {
    targeting(regionCode: $regionCode, year: $year, clusterId: $clusterId) {
      ...TargetingPanel_TargetingFragment
    }
  }
`,
  [TargetingPanel_TargetingFragment],
);

/** Program & klaster: one view per cluster — outcomes against targets, cost, targeting accuracy. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { regionCode, year } = useFilters();
  const [clusterParam, setClusterParam] = useSearchParam(CLUSTER_PARAM);
  const tabsId = useId();
  const panelId = useId();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ProgramsPageQuery, variables: { regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const clusters = visibleClusters(data?.clusters ?? [], viewer);
  const cluster = chooseCluster(clusters, clusterParam, viewer.clusterId);
  const selectCluster = useCallback((c: { number: number }) => setClusterParam(String(c.number)), [setClusterParam]);
  const title = t('programs.title');
  const clusterLabel = cluster ? t('programs.tabs.cluster', { number: cluster.number }) : '';

  return (
    <div className="page programs-page">
      <title>{`${title}${cluster ? ` · ${clusterLabel}` : ''} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          {data?.region && <span className="page__region">{data.region.name}</span>}
          {data?.region?.parent && <span className="page__parent">{data.region.parent.name}</span>}
          <span className="page__year">{t('programs.year', { year })}</span>
        </p>
      </header>
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<ProgramsSkeleton />}>
        {(d) =>
          !d.region ? (
            <EmptyState title={t('programs.regionNotFound.title', { code: regionCode })}>
              <p>{t('programs.regionNotFound.body')}</p>
            </EmptyState>
          ) : !cluster ? (
            <EmptyState title={t('programs.noClusters.title', { region: d.region.name })}>
              <p>{t('programs.noClusters.body')}</p>
            </EmptyState>
          ) : (
            <>
              <ClusterTabs clusters={clusters} selectedId={cluster.id} onSelect={selectCluster} panelId={panelId} idPrefix={tabsId} />
              <div id={panelId} role="tabpanel" aria-labelledby={`${tabsId}-${cluster.id}`} className="stack cluster-panel">
                <p className="cluster-panel__intro">
                  <strong>{t('programs.clusterHeading', { number: cluster.number, name: cluster.name })}</strong>
                  <span>{t('programs.clusterHead', { head: cluster.headTitle })}</span>
                  {viewer.role === 'OPD_OPERATOR' && <span className="cluster-panel__scope">{t('programs.opdOnly')}</span>}
                  {viewer.role === 'CLUSTER_HEAD' && <span className="cluster-panel__scope">{t('programs.clusterOnly')}</span>}
                </p>
                <ClusterView
                  key={`${regionCode}:${year}:${cluster.id}`}
                  regionCode={regionCode}
                  year={year}
                  clusterId={cluster.id}
                  clusterLabel={clusterLabel}
                />
              </div>
            </>
          )
        }
      </QueryState>
    </div>
  );
}

interface ClusterViewProps {
  regionCode: string;
  year: number;
  clusterId: number;
  clusterLabel: string;
}

/** One cluster's outcomes and targeting, each with its own loading and error state. */
function ClusterView({ regionCode, year, clusterId, clusterLabel }: ClusterViewProps) {
  const { t, lang } = useTranslation();
  const viewer = useViewer();
  const { setFilters } = useFilters();
  const [list, setList] = useState<HouseholdListRequest | null>(null);
  const variables = { regionCode, year, clusterId };
  const [outcomes, reexecuteOutcomes] = useQuery({ query: ClusterOutcomesQuery, variables });
  const [targeting, reexecuteTargeting] = useQuery({ query: ClusterTargetingQuery, variables });
  const retryOutcomes = useCallback(() => reexecuteOutcomes({ requestPolicy: 'network-only' }), [reexecuteOutcomes]);
  const retryTargeting = useCallback(() => reexecuteTargeting({ requestPolicy: 'network-only' }), [reexecuteTargeting]);
  const canList = canListHouseholds(viewer.role);

  return (
    <>
      <QueryState
        fetching={outcomes.fetching}
        error={outcomes.error}
        data={outcomes.data}
        onRetry={retryOutcomes}
        skeleton={<OutcomesSkeleton />}
      >
        {({ programOutcomes }) => {
          const sources = outcomeSources(programOutcomes.programs);
          const provenance: ProvenanceInfo = {
            sources: [
              { publisher: t('programs.source.reports'), title: '' },
              ...(sources.fromRecords > 0 ? [{ publisher: t('programs.source.records'), title: '' }] : []),
            ],
            vintage: t('programs.source.vintage', { year, month: monthName(programOutcomes.month, lang) }),
            synthetic: sources.synthetic,
          };
          const notes = [
            budgetMonthRule({ month: programOutcomes.month, year, programCount: 0, reportedPrograms: 0, chosen: false }, t, lang),
            ...(sources.fromReports.length > 0 ? [t('programs.source.reachFromReports', { codes: sources.fromReports.join(', ') })] : []),
            ...sources.notes,
          ];
          const footer = <Provenance provenance={provenance} note={notes.length > 0 ? notes.join(' · ') : undefined} />;
          return (
            <>
              <ProgramOutcomes outcomes={programOutcomes} clusterLabel={clusterLabel} year={year} footer={footer} />
              <ProgramCharts outcomes={programOutcomes} clusterLabel={clusterLabel} footer={footer} />
            </>
          );
        }}
      </QueryState>
      <QueryState
        fetching={targeting.fetching}
        error={targeting.error}
        data={targeting.data}
        onRetry={retryTargeting}
        skeleton={<OutcomesSkeleton />}
      >
        {(d) => (
          <TargetingPanel
            targeting={d.targeting}
            clusterLabel={clusterLabel}
            onOpenList={canList ? setList : undefined}
            onChooseYear={(y) => setFilters({ year: y })}
          />
        )}
      </QueryState>
      {list && (
        <HouseholdDrawer key={JSON.stringify(list.filter)} request={list} viewerRegion={viewer.regionCode} onClose={() => setList(null)} />
      )}
    </>
  );
}

function OutcomesSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="stat-grid">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="card stat-card">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--value" />
          </div>
        ))}
      </div>
      <div className="card panel">
        <div className="skeleton skeleton--line" />
        <div className="skeleton skeleton--chart" />
      </div>
    </div>
  );
}

function ProgramsSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      <div className="cluster-tabs">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="skeleton skeleton--line cluster-tabs__skeleton" />
        ))}
      </div>
      <OutcomesSkeleton />
    </div>
  );
}
