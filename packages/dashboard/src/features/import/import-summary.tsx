import { useId } from 'react';
import { Link } from 'react-router';
import { BUILT_NAV_ITEMS } from '../../app/nav';
import { useFilters, withFilters } from '../../lib/filters';
import { formatCount, formatDecimal } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { kindInfo } from './kinds';
import { noteMessage } from './messages';

export const ImportSummary_ImportSummaryFragment = graphql(`
  fragment ImportSummary_ImportSummaryFragment on ImportSummary {
    kind
    dryRun
    fileName
    format
    rows
    created
    updated
    unchanged
    left
    changedDesil
    changedStatus
    alreadyImported
    notes
    regions
    seconds
  }
`);

type Summary = ResultOf<typeof ImportSummary_ImportSummaryFragment>;

/** The figures a summary shows, in order: a household file is a new vintage of a list, the others add or update records. */
export function summaryFigures(s: Pick<Summary, 'kind' | 'created' | 'updated' | 'unchanged' | 'left' | 'changedDesil' | 'changedStatus'>) {
  const figures: { label: MessageKey; value: number }[] =
    s.kind === 'HOUSEHOLDS'
      ? [
          { label: 'import.summary.entered', value: s.created },
          { label: 'import.summary.left', value: s.left },
          { label: 'import.summary.changedDesil', value: s.changedDesil },
          { label: 'import.summary.changedStatus', value: s.changedStatus },
          { label: 'import.summary.unchanged', value: s.unchanged },
        ]
      : [
          { label: 'import.summary.created', value: s.created },
          { label: 'import.summary.updated', value: s.updated },
          { label: 'import.summary.unchanged', value: s.unchanged },
        ];
  return figures;
}

/** What a check would do, or what an import did. */
export function ImportSummary({ summary: data }: { summary: FragmentOf<typeof ImportSummary_ImportSummaryFragment> }) {
  const { t } = useTranslation();
  const titleId = useId();
  const s = readFragment(ImportSummary_ImportSummaryFragment, data);
  const title = s.alreadyImported
    ? t('import.summary.alreadyTitle')
    : t(s.dryRun ? 'import.summary.checkTitle' : 'import.summary.doneTitle', { kind: t(kindInfo(s.kind).label) });

  return (
    <section className={s.dryRun ? 'card import-summary' : 'card import-summary import-summary--done'} aria-labelledby={titleId}>
      <h3 id={titleId} className="import-summary__title">
        {title}
      </h3>
      <p className="import-summary__meta">
        {t('import.summary.meta', {
          file: s.fileName,
          format: s.format,
          rows: formatCount(s.rows),
          seconds: formatDecimal(s.seconds, 1),
        })}
      </p>
      {s.alreadyImported ? (
        <p>{t(s.dryRun ? 'import.summary.alreadyCheck' : 'import.summary.alreadyDone')}</p>
      ) : (
        <>
          <p>{t(s.dryRun ? 'import.summary.checkLead' : 'import.summary.doneLead')}</p>
          <dl className="import-figures">
            {summaryFigures(s).map((f) => (
              <div key={f.label}>
                <dt>{t(f.label)}</dt>
                <dd>{formatCount(f.value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {s.notes.length > 0 && (
        <div className="import-notes">
          <p className="import-notes__title">{t('import.summary.notes')}</p>
          <ul>
            {s.notes.map((note) => {
              const m = noteMessage(note);
              return <li key={note}>{'key' in m ? t(m.key, m.vars) : <span lang="en">{m.text}</span>}</li>;
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

interface ImportLinksProps {
  summary: FragmentOf<typeof ImportSummary_ImportSummaryFragment>;
  /** Kabupaten/kota names by code. */
  regionNames: ReadonlyMap<string, string>;
}

/** Where the new figures show: the pages the kind feeds, for each kabupaten/kota it changed. */
export function ImportLinks({ summary: data, regionNames }: ImportLinksProps) {
  const { t } = useTranslation();
  const { year } = useFilters();
  const s = readFragment(ImportSummary_ImportSummaryFragment, data);
  const pages = kindInfo(s.kind)
    .pages.map((id) => BUILT_NAV_ITEMS.find((item) => item.id === id))
    .filter((item) => item !== undefined);
  if (s.regions.length === 0 || pages.length === 0) return null;
  return (
    <nav className="card import-links" aria-label={t('import.links.title')}>
      <h3 className="import-summary__title">{t('import.links.title')}</h3>
      <ul>
        {s.regions.map((code) => (
          <li key={code}>
            <span className="import-links__region">{regionNames.get(code) ?? code}</span>
            <span className="import-links__pages">
              {pages.map((item) => (
                <Link
                  key={item.id}
                  to={{ pathname: item.path, search: `?${withFilters(new URLSearchParams(), { regionCode: code, year }).toString()}` }}
                >
                  {t(item.label)}
                </Link>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
