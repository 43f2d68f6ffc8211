import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../components/query-state';
import { formatCount } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { memberCountLabel } from '../households/household-filters';
import { listNarrowedTo } from './household-lists';
import type { HouseholdListRequest } from './targeting-panel';

export const HouseholdListQuery = graphql(`
  query HouseholdList($filter: HouseholdFilter!, $first: Int!, $after: String) {
    households(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          householdNumber
          kelurahan { code name }
          desil
          povertyStatus
          memberCount
          memberCountBand
          personalDataMasked
          headName
          nik
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const PAGE_SIZE = 50;

const POVERTY_STATUS: Record<'EXTREME' | 'POOR' | 'VULNERABLE' | 'NOT_POOR', MessageKey> = {
  EXTREME: 'targeting.povertyStatus.EXTREME',
  POOR: 'targeting.povertyStatus.POOR',
  VULNERABLE: 'targeting.povertyStatus.VULNERABLE',
  NOT_POOR: 'targeting.povertyStatus.NOT_POOR',
};

interface HouseholdDrawerProps {
  request: HouseholdListRequest;
  /** The viewer's own area: a kelurahan operator's list is narrowed to it by the API. */
  viewerRegion: string | null;
  onClose: () => void;
}

/**
 * The households behind a figure, 50 a page, in a modal drawer: focus moves into it and stays
 * there (a modal <dialog> makes the page behind it inert), Escape or the close button ends it,
 * and focus returns to the figure that opened it. Personal fields are shown as the API sends
 * them: masked for roles that may not read them.
 */
export function HouseholdDrawer({ request, viewerRegion, onClose }: HouseholdDrawerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  // Cursors of the pages seen so far: null for the first page.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const page = cursors.length - 1;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: HouseholdListQuery,
    variables: { filter: request.filter, first: PAGE_SIZE, after },
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // While the next page loads, the last one stays on screen (dimmed), so the pager keeps its place.
  const lastData = useRef(data);
  if (data) lastData.current = data;
  const shown = data ?? lastData.current;

  useEffect(() => {
    const el = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (el && !el.open) el.showModal();
    return () => {
      el?.close();
      opener?.focus();
    };
  }, []);

  const connection = shown?.households;
  const current = data?.households;
  const first = page * PAGE_SIZE + 1;
  const last = page * PAGE_SIZE + (current?.edges.length ?? 0);
  const masked = (connection?.edges ?? []).some((e) => e.node.personalDataMasked);
  const narrowedCode = listNarrowedTo(viewerRegion, request.filter.regionCode);
  // The kelurahan's name, from the households listed (all of them are in it).
  const narrowedName = connection?.edges.find((e) => e.node.kelurahan.code === narrowedCode)?.node.kelurahan.name;
  const narrowed = narrowedCode && (narrowedName ? `${narrowedName}, ${narrowedCode}` : narrowedCode);
  const canGoBack = page > 0 && !fetching;
  const nextCursor = !fetching && data?.households.pageInfo.hasNextPage ? data.households.pageInfo.endCursor : null;

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes it; Escape does so for the keyboard.
    <dialog
      ref={dialog}
      className="drawer"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div className="drawer__inner">
        <header className="drawer__header">
          <div>
            <p className="drawer__kicker">{t('targeting.drawer.kicker')}</p>
            <h2 id={titleId} className="drawer__title">
              {request.title}
            </h2>
            {connection && <p className="drawer__count">{t('targeting.drawer.total', { count: formatCount(connection.totalCount) })}</p>}
          </div>
          <button type="button" className="button button--light drawer__close" onClick={onClose}>
            <span aria-hidden="true">✕ </span>
            {t('targeting.drawer.close')}
          </button>
        </header>
        <div className="drawer__body">
          {narrowed && <p className="notice notice--empty drawer__note">{t('targeting.drawer.narrowed', { region: narrowed })}</p>}
          <QueryState fetching={fetching} error={error} data={shown} onRetry={retry} skeleton={<DrawerSkeleton />}>
            {({ households }) =>
              households.edges.length === 0 ? (
                <p className="notice notice--empty">{t('targeting.drawer.empty')}</p>
              ) : (
                <>
                  {masked && (
                    <p className="notice drawer__privacy" role="note">
                      <strong>{t('targeting.drawer.maskedTitle')}</strong> {t('targeting.drawer.maskedBody')}
                    </p>
                  )}
                  <div className="table-scroll">
                    <table className="data-table stack-table household-table">
                      <caption className="visually-hidden">{request.title}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('targeting.drawer.number')}</th>
                          <th scope="col">{t('targeting.drawer.kelurahan')}</th>
                          <th scope="col" className="num">
                            {t('targeting.drawer.desil')}
                          </th>
                          <th scope="col">{t('targeting.drawer.status')}</th>
                          <th scope="col" className="num">
                            {t('targeting.drawer.members')}
                          </th>
                          <th scope="col">{t('targeting.drawer.head')}</th>
                          <th scope="col">{t('targeting.drawer.nik')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {households.edges.map(({ node: h }) => (
                          <tr key={h.id}>
                            <th scope="row" className="household-table__number">
                              {h.householdNumber}
                            </th>
                            <td data-label={t('targeting.drawer.kelurahan')}>{h.kelurahan.name}</td>
                            <td className="num" data-label={t('targeting.drawer.desil')}>
                              {h.desil ?? '–'}
                            </td>
                            <td data-label={t('targeting.drawer.status')}>{t(POVERTY_STATUS[h.povertyStatus])}</td>
                            <td className="num" data-label={t('targeting.drawer.members')}>
                              {h.memberCount === null ? memberCountLabel(h.memberCountBand) : formatCount(h.memberCount)}
                            </td>
                            <td data-label={t('targeting.drawer.head')}>{h.headName ?? '–'}</td>
                            <td className="household-table__nik" data-label={t('targeting.drawer.nik')}>
                              {h.nik ?? '–'}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )
            }
          </QueryState>
        </div>
        <footer className="drawer__footer">
          <p className="drawer__range" aria-live="polite">
            {current && current.edges.length > 0
              ? t('targeting.drawer.range', { first: formatCount(first), last: formatCount(last), total: formatCount(current.totalCount) })
              : ''}
          </p>
          <div className="drawer__pager">
            {/* aria-disabled, not disabled: a button that disables itself would drop the focus out of the dialog. */}
            <button
              type="button"
              className="button button--light"
              aria-disabled={!canGoBack}
              onClick={() => {
                if (canGoBack) setCursors((c) => c.slice(0, -1));
              }}
            >
              <span aria-hidden="true">‹ </span>
              {t('targeting.drawer.previous')}
            </button>
            <button
              type="button"
              className="button button--light"
              aria-disabled={!nextCursor}
              onClick={() => {
                if (nextCursor) setCursors((c) => [...c, nextCursor]);
              }}
            >
              {t('targeting.drawer.next')}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        </footer>
      </div>
    </dialog>
  );
}

function DrawerSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      {[0, 1, 2, 3, 4, 5].map((i) => (
        <div key={i} className="skeleton skeleton--line" style={{ width: `${90 - i * 5}%` }} />
      ))}
    </div>
  );
}
