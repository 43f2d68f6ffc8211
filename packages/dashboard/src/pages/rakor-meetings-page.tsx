import { useCallback, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { ConfirmDelete } from '../components/confirm-delete';
import { EmptyState, QueryState } from '../components/query-state';
import { SavedNotice } from '../components/write-form';
import { DecisionForm } from '../features/rakor-meetings/decision-form';
import { DecisionTextForm, FollowUpForm } from '../features/rakor-meetings/follow-up-form';
import {
  RakorForm,
  RakorForm_ClusterFragment,
  RakorForm_OpdFragment,
  RakorForm_RakorFragment,
} from '../features/rakor-meetings/rakor-form';
import {
  type RakorMeeting,
  RakorMeetingCard,
  RakorMeetingCard_RakorFragment,
  RakorMeetingsSkeleton,
} from '../features/rakor-meetings/rakor-meeting-card';
import { useCalendar } from '../lib/calendar';
import { useFilters } from '../lib/filters';
import { graphql, readFragment } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';

export const RakorMeetingsPageQuery = graphql(
  `
  query RakorMeetingsPage($regionCode: RegionCode!) {
    region(code: $regionCode) { code name level parent { name } }
    rakors(regionCode: $regionCode) {
      id
      heldOn
      ...RakorMeetingCard_RakorFragment
      ...RakorForm_RakorFragment
    }
    opds(regionCode: $regionCode) { ...RakorForm_OpdFragment }
    clusters(regionCode: $regionCode) { ...RakorForm_ClusterFragment }
  }
`,
  [RakorMeetingCard_RakorFragment, RakorForm_RakorFragment, RakorForm_OpdFragment, RakorForm_ClusterFragment],
);

const DeleteRakorMutation = graphql(`
  mutation DeleteRakor($id: Int!, $version: Int!) {
    deleteRakor(id: $id, version: $version) {
      __typename
      ... on MutationDeleteRakorSuccess { data }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeleteRakorDecisionMutation = graphql(`
  mutation DeleteRakorDecision($id: Int!, $version: Int!) {
    deleteRakorDecision(id: $id, version: $version) {
      __typename
      ... on MutationDeleteRakorDecisionSuccess { data }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

const DeleteFollowUpMutation = graphql(`
  mutation DeleteFollowUp($id: Int!, $version: Int!) {
    deleteFollowUp(id: $id, version: $version) {
      __typename
      ... on MutationDeleteFollowUpSuccess { data }
      ... on DomainError { code field message changedBy changedAt }
    }
  }
`);

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; rakorId: number }
  | { kind: 'remove'; rakorId: number; version: number }
  | { kind: 'decide'; rakorId: number }
  | { kind: 'editDecision'; rakorId: number; decisionId: number }
  | { kind: 'removeDecision'; rakorId: number; decisionId: number; version: number }
  | { kind: 'editFollowUp'; rakorId: number; followUpId: number }
  | { kind: 'removeFollowUp'; rakorId: number; followUpId: number; version: number }
  | null;

/**
 * Rapat koordinasi: the TKPKD's and the clusters' rakor as they are kept: scheduled with agenda and
 * invited OPDs, then the decisions and follow-ups recorded at the meeting.
 */
export function RakorMeetingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const calendar = useCalendar();
  const { regionCode: picked, year } = useFilters();
  // Rakor belong to a kabupaten/kota's TKPKD, whatever place is picked in the header.
  const regionCode = picked.slice(0, 5);
  const today = calendar.today.toISOString().slice(0, 10);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RakorMeetingsPageQuery, variables: { regionCode } });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const rakors = useMemo(() => (data?.rakors ?? []).filter((r) => Number(r.heldOn.slice(0, 4)) === year), [data, year]);
  const canAdd =
    data?.region?.level === 'KABUPATEN_KOTA' && (viewer.role === 'ADMIN' || (viewer.role === 'CLUSTER_HEAD' && viewer.clusterId !== null));
  const fixedClusterId = viewer.role === 'CLUSTER_HEAD' ? (viewer.clusterId ?? null) : null;
  const title = t('rakorMeetings.title');

  const show = (next: Open) => {
    setDone(null);
    setOpen(next);
  };
  const close = () => setOpen(null);
  const saved = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  const reload = () => {
    setOpen(null);
    retry();
  };
  const rakorOf = (id: number) => data?.rakors.find((r) => r.id === id) ?? null;
  const cardOf = (id: number): RakorMeeting | null => {
    const r = rakorOf(id);
    return r ? readFragment(RakorMeetingCard_RakorFragment, r) : null;
  };
  const actions = {
    edit: (rakorId: number) => show({ kind: 'edit', rakorId }),
    // A confirmation removes the version it was shown at, even if the list refreshes meanwhile.
    remove: (rakorId: number) => {
      const rakor = cardOf(rakorId);
      if (rakor) show({ kind: 'remove', rakorId, version: rakor.version });
    },
    decide: (rakorId: number) => show({ kind: 'decide', rakorId }),
    editDecision: (rakorId: number, decisionId: number) => show({ kind: 'editDecision', rakorId, decisionId }),
    removeDecision: (rakorId: number, decisionId: number) => {
      const decision = cardOf(rakorId)?.decisions.find((d) => d.id === decisionId);
      if (decision) show({ kind: 'removeDecision', rakorId, decisionId, version: decision.version });
    },
    editFollowUp: (rakorId: number, followUpId: number) => show({ kind: 'editFollowUp', rakorId, followUpId }),
    removeFollowUp: (rakorId: number, followUpId: number) => {
      const followUp = cardOf(rakorId)
        ?.decisions.flatMap((d) => d.followUps)
        .find((f) => f.id === followUpId);
      if (followUp) show({ kind: 'removeFollowUp', rakorId, followUpId, version: followUp.version });
    },
  };
  const opened = open && open.kind !== 'add' ? cardOf(open.rakorId) : null;
  const opds = data ? readFragment(RakorForm_OpdFragment, data.opds) : [];

  return (
    <div className="page">
      <title>{`${title} · ${data?.region?.name ?? regionCode} · Pantau`}</title>
      <header className="page__header">
        <div className="page__title-row">
          <h1 className="page__title">{title}</h1>
          {canAdd && (
            <button type="button" className="button" onClick={() => show({ kind: 'add' })}>
              + {t('rakorMeetings.action.add')}
            </button>
          )}
        </div>
        {data?.region && (
          <p className="page__subtitle">
            <span className="page__region">{data.region.name}</span>
            {data.region.parent && <span>{data.region.parent.name}</span>}
            <span>{t('summary.year', { year })}</span>
          </p>
        )}
      </header>
      <SavedNotice message={done} />
      <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<RakorMeetingsSkeleton />}>
        {({ region }) =>
          !region ? (
            <EmptyState title={t('summary.regionNotFound.title', { code: regionCode })}>
              <p>{t('summary.regionNotFound.body')}</p>
            </EmptyState>
          ) : rakors.length === 0 ? (
            <EmptyState title={t('rakorMeetings.empty.title', { region: region.name, year })}>
              <p>{t(canAdd ? 'rakorMeetings.empty.bodyCanAdd' : 'rakorMeetings.empty.body')}</p>
            </EmptyState>
          ) : (
            <div className="stack">
              {rakors.map((r) => (
                <RakorMeetingCard key={r.id} rakor={readFragment(RakorMeetingCard_RakorFragment, r)} today={today} actions={actions} />
              ))}
            </div>
          )
        }
      </QueryState>
      {data && (open?.kind === 'add' || open?.kind === 'edit') && (
        <RakorForm
          regionCode={regionCode}
          opds={opds}
          clusters={readFragment(RakorForm_ClusterFragment, data.clusters)}
          fixedClusterId={fixedClusterId}
          rakor={
            open.kind === 'edit'
              ? (() => {
                  const r = rakorOf(open.rakorId);
                  return r ? readFragment(RakorForm_RakorFragment, r) : null;
                })()
              : null
          }
          today={today}
          onSaved={(name) => saved(t(open.kind === 'add' ? 'rakorMeetings.done.added' : 'rakorMeetings.done.saved', { title: name }))}
          onClose={close}
          onReload={reload}
        />
      )}
      {open?.kind === 'decide' && opened && (
        <DecisionForm
          rakor={opened}
          opds={opds}
          onSaved={(count) => saved(t('rakorMeetings.done.decided', { title: opened.title, count }))}
          onClose={close}
        />
      )}
      {open?.kind === 'remove' && opened && (
        <ConfirmDelete
          title={t('rakorMeetings.remove.title')}
          confirmLabel={t('rakorMeetings.remove.confirm')}
          mutation={DeleteRakorMutation}
          name="deleteRakor"
          variables={{ id: opened.id, version: open.version }}
          inUseText={t('rakorMeetings.remove.inUse')}
          onDone={() => saved(t('rakorMeetings.done.removed', { title: opened.title }))}
          onCancel={close}
        >
          <p>{t('rakorMeetings.remove.body', { title: opened.title })}</p>
        </ConfirmDelete>
      )}
      {open?.kind === 'editDecision' &&
        opened &&
        (() => {
          const decision = opened.decisions.find((d) => d.id === open.decisionId);
          return decision ? (
            <DecisionTextForm
              decision={decision}
              onSaved={() => saved(t('rakorMeetings.done.decisionSaved'))}
              onClose={close}
              onReload={reload}
            />
          ) : null;
        })()}
      {open?.kind === 'editFollowUp' &&
        opened &&
        (() => {
          const followUp = opened.decisions.flatMap((d) => d.followUps).find((f) => f.id === open.followUpId);
          return followUp ? (
            <FollowUpForm
              followUp={followUp}
              opds={opds}
              onSaved={(name) => saved(t('rakorMeetings.done.followUpSaved', { title: name }))}
              onClose={close}
              onReload={reload}
            />
          ) : null;
        })()}
      {open?.kind === 'removeDecision' &&
        opened &&
        (() => {
          const decision = opened.decisions.find((d) => d.id === open.decisionId);
          return decision ? (
            <ConfirmDelete
              title={t('rakorMeetings.removeDecision.title')}
              confirmLabel={t('rakorMeetings.removeDecision.confirm')}
              mutation={DeleteRakorDecisionMutation}
              name="deleteRakorDecision"
              variables={{ id: decision.id, version: open.version }}
              inUseText={t('rakorMeetings.removeDecision.inUse', { count: decision.followUps.length })}
              onDone={() => saved(t('rakorMeetings.done.decisionRemoved'))}
              onCancel={close}
            >
              <p>{t('rakorMeetings.removeDecision.body', { text: decision.text })}</p>
            </ConfirmDelete>
          ) : null;
        })()}
      {open?.kind === 'removeFollowUp' &&
        opened &&
        (() => {
          const followUp = opened.decisions.flatMap((d) => d.followUps).find((f) => f.id === open.followUpId);
          return followUp ? (
            <ConfirmDelete
              title={t('rakorMeetings.removeFollowUp.title')}
              confirmLabel={t('rakorMeetings.removeFollowUp.confirm')}
              mutation={DeleteFollowUpMutation}
              name="deleteFollowUp"
              variables={{ id: followUp.id, version: open.version }}
              onDone={() => saved(t('rakorMeetings.done.followUpRemoved', { title: followUp.title }))}
              onCancel={close}
            >
              <p>{t('rakorMeetings.removeFollowUp.body', { title: followUp.title, opd: followUp.ownerOpd.shortName })}</p>
            </ConfirmDelete>
          ) : null;
        })()}
    </div>
  );
}
