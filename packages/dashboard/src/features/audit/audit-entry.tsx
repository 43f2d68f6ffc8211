// One write in the audit log: when, who, what was done to which record, and its fields before and
// after (personal data of households masked for readers without access, as the API sends it).
import { formatLocalDate, formatTime } from '../../lib/format';
import { graphql, type ResultOf } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { actionLabel, entityLabel, fieldLabel, splitChanges } from './audit-labels';

export const AuditEntry_AuditEntryFragment = graphql(`
  fragment AuditEntry_AuditEntryFragment on AuditEntry {
    id at action entity entityId regionCode note
    user { id username displayName }
    changes { field before after changed masked }
  }
`);

type Entry = ResultOf<typeof AuditEntry_AuditEntryFragment>;
type Change = Entry['changes'][number];

function ChangeRows({ changes }: { changes: readonly Change[] }) {
  const { t, lang } = useTranslation();
  return (
    <>
      {changes.map((c) => (
        <tr key={c.field} className={c.changed ? 'audit-change audit-change--changed' : 'audit-change'}>
          <th scope="row">{fieldLabel(c.field, lang)}</th>
          <td className="audit-change__value">{c.before ?? <span className="audit-change__empty">{t('audit.empty')}</span>}</td>
          <td className="audit-change__value">{c.after ?? <span className="audit-change__empty">{t('audit.empty')}</span>}</td>
        </tr>
      ))}
    </>
  );
}

export function AuditEntry({ entry }: { entry: Entry }) {
  const { t, lang } = useTranslation();
  const at = new Date(entry.at);
  const { shown, unchanged } = splitChanges(entry.changes);
  const headingId = `audit-entry-${entry.id}`;
  return (
    <article className="card audit-entry" aria-labelledby={headingId}>
      <header className="audit-entry__header">
        <h3 id={headingId} className="audit-entry__title">
          <span className={`audit-action audit-action--${entry.action.replace(/[^a-z_]/g, '')}`}>{actionLabel(entry.action, lang)}</span>{' '}
          {entityLabel(entry.entity, lang)} <span className="audit-entry__id">#{entry.entityId}</span>
        </h3>
        <p className="audit-entry__meta">
          <time dateTime={entry.at}>{t('audit.at', { date: formatLocalDate(at, lang), time: formatTime(at) })}</time>
          {' · '}
          {entry.user ? `${entry.user.displayName} (${entry.user.username})` : t('audit.system')}
          {entry.regionCode ? ` · ${entry.regionCode}` : ''}
        </p>
      </header>
      {entry.note && <p className="audit-entry__note">{entry.note}</p>}
      {entry.changes.some((c) => c.masked) && <p className="form-field__hint">{t('audit.masked')}</p>}
      {shown.length > 0 && (
        <div className="table-scroll">
          <table className="data-table audit-changes">
            <caption className="visually-hidden">{t('audit.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.field')}</th>
                <th scope="col">{t('audit.before')}</th>
                <th scope="col">{t('audit.after')}</th>
              </tr>
            </thead>
            <tbody>
              <ChangeRows changes={shown} />
            </tbody>
          </table>
        </div>
      )}
      {unchanged.length > 0 && (
        <details className="audit-entry__unchanged">
          <summary>{t('audit.unchanged', { count: unchanged.length })}</summary>
          <div className="table-scroll">
            <table className="data-table audit-changes">
              <caption className="visually-hidden">{t('audit.unchangedCaption')}</caption>
              <tbody>
                <ChangeRows changes={unchanged} />
              </tbody>
            </table>
          </div>
        </details>
      )}
    </article>
  );
}
