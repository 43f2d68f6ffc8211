// Audit (ADMIN): every write with who, when, and the values before and after, filtered by user,
// record kind and day. The filters live in the URL (`?pengguna=3&jenis=program&dari=…&sampai=…`).
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { EmptyState, QueryState } from '../components/query-state';
import { AuditEntry, AuditEntry_AuditEntryFragment } from '../features/audit/audit-entry';
import { entityLabel } from '../features/audit/audit-labels';
import { DayFilter } from '../features/audit/day-filter';
import { dayText, parseDayText } from '../features/audit/day-text';
import { formatCount } from '../lib/format';
import { graphql, readFragment } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import '../features/audit/audit.css';

const AuditFiltersQuery = graphql(`
  query AuditFilters {
    auditEntities
    users { id username displayName }
  }
`);

const AuditLogQuery = graphql(
  `
  query AuditLog($userId: Int, $entity: String, $from: Date, $to: Date, $before: String) {
    auditLog(userId: $userId, entity: $entity, from: $from, to: $to, first: 50, before: $before) {
      totalCount
      nextBefore
      entries { id ...AuditEntry_AuditEntryFragment }
    }
  }
`,
  [AuditEntry_AuditEntryFragment],
);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Filters {
  userId: number | null;
  entity: string | null;
  from: string | null;
  to: string | null;
}

function readFilters(params: URLSearchParams): Filters {
  const user = Number(params.get('pengguna'));
  const from = params.get('dari');
  const to = params.get('sampai');
  return {
    userId: Number.isInteger(user) && user > 0 ? user : null,
    entity: params.get('jenis') || null,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
  };
}

export function AuditPage() {
  const { t, lang } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const admin = viewer.role === 'ADMIN';
  const [options] = useQuery({ query: AuditFiltersQuery, pause: !admin });
  const title = t('audit.title');
  const key = JSON.stringify(filters);
  // What the form shows, until applied; back to what the URL says after back/forward or Hapus
  // saringan. (Re-keying the <form> on the filters left the submitted form in the page beside the
  // new one.)
  const [draft, setDraft] = useState(() => draftOf(filters));
  // The days are typed day first (20/11/2026); one that is no day stops the filter, said beside it.
  const [badDays, setBadDays] = useState<('from' | 'to')[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the filters, as a value.
  useEffect(() => {
    setDraft(draftOf(filters));
    setBadDays([]);
  }, [key]);
  const edit = (name: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value }));

  const editDay = (name: 'from' | 'to') => (value: string) => {
    setDraft((d) => ({ ...d, [name]: value }));
    setBadDays((bad) => bad.filter((b) => b !== name));
  };

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const from = parseDayText(draft.from);
    const to = parseDayText(draft.to);
    const bad = [...(from.ok ? [] : ['from' as const]), ...(to.ok ? [] : ['to' as const])];
    setBadDays(bad);
    if (bad.length > 0) {
      document.getElementById(`audit-${bad[0]}`)?.focus();
      return;
    }
    const days = { from: from.ok ? (from.iso ?? '') : '', to: to.ok ? (to.iso ?? '') : '' };
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [name, param] of [
        ['user', 'pengguna'],
        ['entity', 'jenis'],
        ['from', 'dari'],
        ['to', 'sampai'],
      ] as const) {
        const value = name === 'from' || name === 'to' ? days[name] : draft[name];
        if (value) next.set(param, value);
        else next.delete(param);
      }
      return next;
    });
  };

  if (!admin) {
    return (
      <div className="page audit-page">
        <title>{`${title} · Pantau`}</title>
        <header className="page__header">
          <h1 className="page__title">{title}</h1>
        </header>
        <EmptyState title={t('audit.notForRole.title')}>
          <p>{t('audit.notForRole.body')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page audit-page">
      <title>{`${title} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          {t(viewer.regionCode ? 'audit.subtitleRegion' : 'audit.subtitle', { region: viewer.regionCode ?? '' })}
        </p>
      </header>
      <form className="card audit-filters" onSubmit={apply} aria-label={t('audit.filters')}>
        <div className="field field--light">
          <label className="field__label" htmlFor="audit-user">
            {t('audit.filter.user')}
          </label>
          <select id="audit-user" name="user" className="field__control" value={draft.user} onChange={edit('user')}>
            <option value="">{t('audit.filter.anyone')}</option>
            {options.data?.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.username})
              </option>
            ))}
          </select>
        </div>
        <div className="field field--light">
          <label className="field__label" htmlFor="audit-entity">
            {t('audit.filter.entity')}
          </label>
          <select id="audit-entity" name="entity" className="field__control" value={draft.entity} onChange={edit('entity')}>
            <option value="">{t('audit.filter.anything')}</option>
            {options.data?.auditEntities.map((e) => (
              <option key={e} value={e}>
                {entityLabel(e, lang)}
              </option>
            ))}
          </select>
        </div>
        <DayFilter
          id="audit-from"
          name="from"
          label={t('audit.filter.from')}
          value={draft.from}
          onChange={editDay('from')}
          error={badDays.includes('from') ? t('audit.filter.dayInvalid') : null}
        />
        <DayFilter
          id="audit-to"
          name="to"
          label={t('audit.filter.to')}
          value={draft.to}
          onChange={editDay('to')}
          error={badDays.includes('to') ? t('audit.filter.dayInvalid') : null}
        />
        <div className="audit-filters__actions">
          <button type="submit" className="button">
            {t('audit.filter.apply')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setParams((prev) => withoutFilters(prev))}>
            {t('audit.filter.clear')}
          </button>
        </div>
      </form>
      <AuditPages key={key} filters={filters} />
    </div>
  );
}

interface Draft {
  user: string;
  entity: string;
  from: string;
  to: string;
}

const draftOf = (f: Filters): Draft => ({
  user: f.userId ? String(f.userId) : '',
  entity: f.entity ?? '',
  from: dayText(f.from),
  to: dayText(f.to),
});

function withoutFilters(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['pengguna', 'jenis', 'dari', 'sampai']) next.delete(key);
  return next;
}

/** The pages loaded so far, newest first; "Muat lebih banyak" adds the next. */
function AuditPages({ filters }: { filters: Filters }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section className="audit-list" aria-live="polite">
      {cursors.map((before, i) => (
        <AuditChunk
          key={before ?? 'first'}
          filters={filters}
          before={before}
          first={i === 0}
          last={i === cursors.length - 1}
          onMore={(next) => setCursors((c) => [...c, next])}
        />
      ))}
    </section>
  );
}

interface ChunkProps {
  filters: Filters;
  before: string | null;
  first: boolean;
  last: boolean;
  onMore: (before: string) => void;
}

function AuditChunk({ filters, before, first, last, onMore }: ChunkProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: { ...filters, before },
    requestPolicy: 'cache-and-network',
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return (
    <QueryState fetching={fetching} error={error} data={data} onRetry={retry} skeleton={<div className="skeleton audit-skeleton" />}>
      {({ auditLog }) => (
        <>
          {first && (
            <p className="audit-count" role="status">
              {t('audit.count', { count: formatCount(auditLog.totalCount) })}
            </p>
          )}
          {first && auditLog.entries.length === 0 && (
            <EmptyState title={t('audit.empty.title')}>
              <p>{t('audit.empty.body')}</p>
            </EmptyState>
          )}
          {auditLog.entries.map((e) => (
            <AuditEntry key={e.id} entry={readFragment(AuditEntry_AuditEntryFragment, e)} />
          ))}
          {last && auditLog.nextBefore && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => onMore(auditLog.nextBefore!)}>
                {t('audit.more')}
              </button>
            </p>
          )}
        </>
      )}
    </QueryState>
  );
}
