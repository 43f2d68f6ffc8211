// One rakor as the secretariat and the cluster heads keep it: day, place, chair, agenda, who was
// invited, and its decisions with their follow-ups; the buttons to change it for whoever runs it.
import { useId } from 'react';
import { formatCount, formatDate } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useLanguage, useTranslation } from '../../lib/i18n';
import { LateBadge } from '../overview/late-badge';
import '../follow-ups/follow-ups.css';
import './rakor-meetings.css';

export const RakorMeetingCard_RakorFragment = graphql(`
  fragment RakorMeetingCard_RakorFragment on Rakor {
    id version title heldOn location chair status synthetic viewerCanManage
    cluster { id number name }
    attendees { id shortName name }
    agenda { id position title presenterOpd { id shortName name } }
    decisions {
      id version position text
      followUps { id version title dueDate status daysLate progressNote ownerOpd { id shortName name } }
    }
  }
`);

export type RakorMeeting = ResultOf<typeof RakorMeetingCard_RakorFragment>;

export interface RakorMeetingActions {
  edit(rakorId: number): void;
  remove(rakorId: number): void;
  decide(rakorId: number): void;
  editDecision(rakorId: number, decisionId: number): void;
  removeDecision(rakorId: number, decisionId: number): void;
  editFollowUp(rakorId: number, followUpId: number): void;
  removeFollowUp(rakorId: number, followUpId: number): void;
}

interface Props {
  rakor: RakorMeeting;
  /** Pantau's today, `YYYY-MM-DD`: decisions are recorded from the rakor's day on. */
  today: string;
  actions: RakorMeetingActions;
}

export function RakorMeetingCard({ rakor, today, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const titleId = useId();
  const manage = rakor.viewerCanManage;
  const canDecide = manage && rakor.heldOn.slice(0, 10) <= today;
  const followUps = rakor.decisions.reduce((s, d) => s + d.followUps.length, 0);
  return (
    <section className="card rakor-meeting" aria-labelledby={titleId}>
      <header className="rakor-meeting__header">
        <div>
          <h2 id={titleId} className="rakor-meeting__title">
            {rakor.title}
          </h2>
          <p className="rakor-group__meta">
            <span>{formatDate(rakor.heldOn, lang)}</span>
            <span>{rakor.cluster ? t('followUps.cluster', { number: rakor.cluster.number }) : t('followUps.allClusters')}</span>
            <span>{t(`followUps.rakorStatus.${rakor.status}`)}</span>
            {rakor.synthetic && (
              <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
                {t('provenance.synthetic')}
              </span>
            )}
          </p>
        </div>
        {manage && (
          <div className="row-actions">
            {canDecide && (
              <button type="button" className="button button--small" onClick={() => actions.decide(rakor.id)}>
                + {t('rakorMeetings.action.decide')}
                <span className="visually-hidden">: {rakor.title}</span>
              </button>
            )}
            <button type="button" className="button button--secondary button--small" onClick={() => actions.edit(rakor.id)}>
              {t('write.edit')}
              <span className="visually-hidden">: {rakor.title}</span>
            </button>
            <button
              type="button"
              className="button button--secondary button--small button--link-danger"
              onClick={() => actions.remove(rakor.id)}
            >
              {t('write.remove')}
              <span className="visually-hidden">: {rakor.title}</span>
            </button>
          </div>
        )}
      </header>
      <dl className="rakor-meeting__facts">
        <dt>{t('rakorMeetings.form.location')}</dt>
        <dd>{rakor.location}</dd>
        <dt>{t('rakorMeetings.form.chair')}</dt>
        <dd>{rakor.chair}</dd>
        <dt>{t('rakorMeetings.attendees')}</dt>
        <dd>
          {rakor.attendees.length === 0
            ? t('rakorMeetings.noAttendees')
            : rakor.attendees.map((a, i) => (
                <span key={a.id}>
                  {i > 0 && ', '}
                  <abbr title={a.name}>{a.shortName}</abbr>
                </span>
              ))}
        </dd>
      </dl>
      <div className="rakor-meeting__columns">
        <div>
          <h3 className="rakor-meeting__subtitle">{t('rakorMeetings.form.agenda')}</h3>
          {rakor.agenda.length === 0 ? (
            <p className="rakor-group__empty">{t('rakorMeetings.form.noAgenda')}</p>
          ) : (
            <ol className="rakor-meeting__agenda">
              {rakor.agenda.map((a) => (
                <li key={a.id}>
                  {a.title}
                  {a.presenterOpd && (
                    <>
                      {' '}
                      · <abbr title={a.presenterOpd.name}>{a.presenterOpd.shortName}</abbr>
                    </>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <h3 className="rakor-meeting__subtitle">
            {t('rakorMeetings.decisions', { count: formatCount(rakor.decisions.length), followUps: formatCount(followUps) })}
          </h3>
          {rakor.decisions.length === 0 ? (
            <p className="rakor-group__empty">
              {rakor.status === 'PLANNED' ? t('followUps.plannedNoDecisions') : t('followUps.noDecisions')}
            </p>
          ) : (
            <ol className="decisions">
              {rakor.decisions.map((d) => (
                <li key={d.id} className="decision">
                  <div className="rakor-meeting__decision">
                    <p className="decision__text">{d.text}</p>
                    {manage && (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          onClick={() => actions.editDecision(rakor.id, d.id)}
                        >
                          {t('write.edit')}
                          <span className="visually-hidden">: {t('rakorMeetings.decisionN', { n: d.position })}</span>
                        </button>
                        <button
                          type="button"
                          className="button button--secondary button--small button--link-danger"
                          onClick={() => actions.removeDecision(rakor.id, d.id)}
                        >
                          {t('write.remove')}
                          <span className="visually-hidden">: {t('rakorMeetings.decisionN', { n: d.position })}</span>
                        </button>
                      </div>
                    )}
                  </div>
                  {d.followUps.length === 0 ? (
                    <p className="decision__none">{t('followUps.noFollowUps')}</p>
                  ) : (
                    <ul className="follow-up-list">
                      {d.followUps.map((f) => (
                        <li key={f.id} className={f.daysLate > 0 ? 'follow-up follow-up--overdue' : 'follow-up'}>
                          <span className="follow-up__title">{f.title}</span>
                          <span className="follow-up__meta">
                            <abbr className="follow-up__opd" title={f.ownerOpd.name}>
                              {f.ownerOpd.shortName}
                            </abbr>
                            <span>{t('followUps.due', { date: formatDate(f.dueDate, lang) })}</span>
                          </span>
                          <span className="follow-up__status">
                            <span className={`follow-status follow-status--${f.status}`}>{t(`followUps.status.${f.status}`)}</span>
                            <LateBadge daysLate={f.daysLate} />
                            {manage && (
                              <span className="row-actions">
                                <button
                                  type="button"
                                  className="button button--secondary button--small"
                                  onClick={() => actions.editFollowUp(rakor.id, f.id)}
                                >
                                  {t('write.edit')}
                                  <span className="visually-hidden">: {f.title}</span>
                                </button>
                                <button
                                  type="button"
                                  className="button button--secondary button--small button--link-danger"
                                  onClick={() => actions.removeFollowUp(rakor.id, f.id)}
                                >
                                  {t('write.remove')}
                                  <span className="visually-hidden">: {f.title}</span>
                                </button>
                              </span>
                            )}
                          </span>
                          {f.progressNote && <p className="follow-up__note">{f.progressNote}</p>}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}

/** The list's shape while it loads. */
export function RakorMeetingsSkeleton() {
  return (
    <div className="stack" aria-hidden="true">
      {[0, 1].map((i) => (
        <div key={i} className="card rakor-meeting">
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line" />
        </div>
      ))}
    </div>
  );
}
