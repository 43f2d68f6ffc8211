import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { formatCount, formatDate } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { monthName } from '../reports/months';
import { LateBadge } from './late-badge';
import { byDaysLate, opdsNotReported } from './late-items';

export const LatePanel_LateCountsFragment = graphql(`
  fragment LatePanel_LateCountsFragment on LateCounts { overdueFollowUps latePriorities opdsNotReported reportMonth }
`);

export const LatePanel_FollowUpFragment = graphql(`
  fragment LatePanel_FollowUpFragment on FollowUp {
    id title dueDate daysLate status ownerOpd { shortName } rakor { title heldOn }
  }
`);

export const LatePanel_PriorityFragment = graphql(`
  fragment LatePanel_PriorityFragment on Priority { id title dueDate daysLate ownerOpd { shortName } }
`);

export const LatePanel_ReportingCompletenessFragment = graphql(`
  fragment LatePanel_ReportingCompletenessFragment on ReportingCompleteness { opd { shortName name } missing complete }
`);

type To = { pathname: string; search: string };

interface Props {
  counts: FragmentOf<typeof LatePanel_LateCountsFragment>;
  followUps: readonly FragmentOf<typeof LatePanel_FollowUpFragment>[];
  priorities: readonly FragmentOf<typeof LatePanel_PriorityFragment>[];
  /** Completeness for the due month; undefined while it loads, null when no month is due. */
  completeness: readonly FragmentOf<typeof LatePanel_ReportingCompletenessFragment>[] | undefined | null;
  year: number;
  links: { followUps: To | null; priorities: To | null; reports: To | null };
}

/** How many of each list the panel shows before "and N more". */
const SHOWN = 4;

/** "Yang terlambat": overdue rakor follow-ups, late 100-day priorities, OPDs yet to report. */
export function LatePanel({ counts, followUps, priorities, completeness, year, links }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const late = readFragment(LatePanel_LateCountsFragment, counts);
  const overdue = byDaysLate(readFragment(LatePanel_FollowUpFragment, followUps));
  const latePriorities = byDaysLate(readFragment(LatePanel_PriorityFragment, priorities));
  const rows = completeness ? readFragment(LatePanel_ReportingCompletenessFragment, completeness) : completeness;
  const missing = rows ? opdsNotReported(rows) : [];
  const month = late.reportMonth === null ? null : monthName(late.reportMonth, lang);
  const nothingLate = late.overdueFollowUps === 0 && late.latePriorities === 0 && late.opdsNotReported === 0;

  return (
    <Panel title={t('overview.late.title')} className="late-panel">
      {nothingLate && <p className="notice notice--good">{t('overview.late.nothing')}</p>}
      <LateSection
        title={t('overview.late.followUps', { count: formatCount(late.overdueFollowUps) })}
        count={late.overdueFollowUps}
        empty={t('overview.late.followUpsNone')}
        link={links.followUps}
        linkText={t('overview.late.followUpsMore')}
        more={overdue.length - SHOWN}
      >
        {overdue.slice(0, SHOWN).map((f) => (
          <li key={f.id} className="late-item">
            <span className="late-item__title">{f.title}</span>
            <span className="late-item__meta">
              <LateBadge daysLate={f.daysLate} />
              <span>
                <span className="late-item__opd">{f.ownerOpd.shortName}</span> ·{' '}
                {t('overview.late.due', { date: formatDate(f.dueDate, lang) })}
              </span>
            </span>
            <span className="late-item__source">{t('overview.late.fromRakor', { rakor: f.rakor.title })}</span>
          </li>
        ))}
      </LateSection>
      <LateSection
        title={t('overview.late.priorities', { count: formatCount(late.latePriorities) })}
        count={late.latePriorities}
        empty={t('overview.late.prioritiesNone')}
        link={links.priorities}
        linkText={t('overview.late.prioritiesMore')}
        more={latePriorities.length - SHOWN}
      >
        {latePriorities.slice(0, SHOWN).map((p) => (
          <li key={p.id} className="late-item">
            <span className="late-item__title">{p.title}</span>
            <span className="late-item__meta">
              <LateBadge daysLate={p.daysLate} />
              <span>
                <span className="late-item__opd">{p.ownerOpd.shortName}</span> ·{' '}
                {t('overview.late.due', { date: formatDate(p.dueDate, lang) })}
              </span>
            </span>
          </li>
        ))}
      </LateSection>
      {month === null ? (
        <section className="late-section">
          <h3 className="late-section__title">{t('overview.late.reportsNoneDueTitle')}</h3>
          <p className="late-section__empty">{t('overview.late.reportsNoneDue', { year })}</p>
        </section>
      ) : (
        <LateSection
          title={t('overview.late.reports', { count: formatCount(late.opdsNotReported), month, year })}
          count={late.opdsNotReported}
          empty={t('overview.late.reportsNone', { month })}
          link={links.reports}
          linkText={t('overview.late.reportsMore')}
          more={missing.length - SHOWN}
          loading={rows === undefined && late.opdsNotReported > 0}
        >
          {missing.slice(0, SHOWN).map((r) => (
            <li key={r.opd.shortName} className="late-item">
              <span className="late-item__title">
                <abbr title={r.opd.name}>{r.opd.shortName}</abbr> <span className="late-item__name">{r.opd.name}</span>
              </span>
              <span className="late-item__meta">{t('overview.late.programsMissing', { count: formatCount(r.missing) })}</span>
            </li>
          ))}
        </LateSection>
      )}
    </Panel>
  );
}

interface LateSectionProps {
  title: string;
  count: number;
  empty: string;
  link: To | null;
  linkText: string;
  more: number;
  loading?: boolean;
  children: ReactNode;
}

function LateSection({ title, count, empty, link, linkText, more, loading = false, children }: LateSectionProps) {
  const { t } = useTranslation();
  return (
    <section className={count > 0 ? 'late-section late-section--late' : 'late-section'}>
      <h3 className="late-section__title">{title}</h3>
      {count === 0 ? (
        <p className="late-section__empty">{empty}</p>
      ) : loading ? (
        <div className="skeleton skeleton--line" aria-hidden="true" />
      ) : (
        <ul className="late-list">{children}</ul>
      )}
      {(count > 0 || more > 0) && link && (
        <p className="late-section__more">
          <Link className="more-link" to={link}>
            {more > 0 ? t('overview.late.andMore', { count: formatCount(more), link: linkText }) : linkText}
          </Link>
        </p>
      )}
    </section>
  );
}
