import { Link } from 'react-router';
import { HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { formatCount, formatDate } from '../../lib/format';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../../lib/provenance';
import { trendBars, trendChange } from './priority-trend';

export const PriorityAreas_PriorityGroupProgressFragment = graphql(`
  fragment PriorityAreas_PriorityGroupProgressFragment on PriorityGroupProgress {
    atZero
    total
    group { id name year reason source { title publisher synthetic } }
    areas { regionCode name current suppressed atZero series { year households synthetic sourceId } }
  }
`);

export const PriorityAreas_TargetFragment = graphql(`
  fragment PriorityAreas_TargetFragment on Target {
    id
    name
    shape
    dueDate
    regionGroup { id }
    source { title publisher synthetic }
  }
`);

interface PriorityAreasProps {
  groups: readonly FragmentOf<typeof PriorityAreas_PriorityGroupProgressFragment>[];
  targets: readonly FragmentOf<typeof PriorityAreas_TargetFragment>[];
  regionName: string;
  /** Only the places under this code (a kecamatan); the whole group for the kabupaten/kota. */
  scopeCode: string;
  scopeName: string;
  kecamatanName: (kelurahanCode: string) => string | null;
  /** Where a place's link goes: the map zoomed on it. */
  linkTo: (code: string) => { pathname: string; search: string };
  /** The kelurahan chosen in the URL, highlighted. */
  selectedCode: string | null;
}

/** The priority kelurahan on their way to zero extreme poverty: one card each, with its years. */
export function PriorityAreas({
  groups: groupRefs,
  targets: targetRefs,
  regionName,
  scopeCode,
  scopeName,
  kecamatanName,
  linkTo,
  selectedCode,
}: PriorityAreasProps) {
  const { t, lang } = useTranslation();
  const groups = readFragment(PriorityAreas_PriorityGroupProgressFragment, groupRefs);
  const targets = readFragment(PriorityAreas_TargetFragment, targetRefs);

  if (groups.length === 0) {
    return (
      <Panel title={t('extremePoverty.priority.title')}>
        <EmptyState title={t('extremePoverty.priority.empty.title', { region: regionName })}>
          <p>{t('extremePoverty.priority.empty.body')}</p>
        </EmptyState>
      </Panel>
    );
  }

  return (
    <>
      {groups.map((progress) => {
        const { group } = progress;
        const target = targets.find((x) => x.regionGroup?.id === group.id) ?? null;
        const areas = progress.areas.filter((a) => a.regionCode.startsWith(scopeCode));
        const synthetic = areas.some((a) => a.series.some((s) => s.synthetic)) || !!group.source?.synthetic;
        const sources = [
          ...(group.source ? [{ title: group.source.title, publisher: t('extremePoverty.priority.sourceGroup') }] : []),
          ...(target?.source ? [{ title: target.source.title, publisher: t('extremePoverty.priority.sourceTarget') }] : []),
          { title: '', publisher: t('extremePoverty.priority.sourceCounts') },
        ];
        const provenance: ProvenanceInfo = { sources, vintage: null, synthetic };
        const allZero = progress.total > 0 && progress.atZero === progress.total;
        return (
          <Panel
            key={group.id}
            title={group.name}
            className="priority"
            footer={<Provenance provenance={provenance} note={t('extremePoverty.priority.seriesNote')} />}
          >
            <div className="priority__lead">
              <p className={allZero ? 'priority__progress priority__progress--done' : 'priority__progress'}>
                {allZero && <CheckIcon />}
                {t(allZero ? 'extremePoverty.priority.allZero' : 'extremePoverty.priority.progress', {
                  zero: progress.atZero,
                  total: progress.total,
                })}
              </p>
              {target && (
                <p className="priority__target">
                  {target.dueDate
                    ? t('extremePoverty.priority.targetDue', { name: target.name, date: formatDate(target.dueDate, lang) })
                    : target.name}
                </p>
              )}
              <p className="priority__reason">{t('extremePoverty.priority.reason', { reason: group.reason, year: group.year })}</p>
            </div>
            {areas.length === 0 ? (
              <EmptyState title={t('extremePoverty.priority.noneInScope', { place: scopeName })}>
                <p>{t('extremePoverty.priority.noneInScopeBody')}</p>
              </EmptyState>
            ) : (
              <ul className="priority__list">
                {areas.map((area) => {
                  const bars = trendBars(area.series);
                  const change = trendChange(area.series);
                  const kecamatan = kecamatanName(area.regionCode);
                  const selected = area.regionCode === selectedCode;
                  return (
                    <li
                      key={area.regionCode}
                      className={`priority-card${area.atZero ? ' priority-card--zero' : ''}${selected ? ' priority-card--selected' : ''}`}
                    >
                      <div className="priority-card__head">
                        <h3 className="priority-card__name">
                          <Link
                            className="priority-card__link"
                            to={linkTo(area.regionCode)}
                            aria-current={selected ? 'location' : undefined}
                          >
                            {area.name}
                          </Link>
                        </h3>
                        {kecamatan && <p className="priority-card__kecamatan">{t('extremePoverty.kecamatanOf', { name: kecamatan })}</p>}
                      </div>
                      {area.atZero ? (
                        <p className="zero-badge">
                          <CheckIcon />
                          {t('extremePoverty.priority.zeroReached')}
                        </p>
                      ) : area.current === null ? (
                        <p className="priority-card__left priority-card__left--hidden">
                          <span className="priority-card__count">
                            <HiddenValue />
                          </span>{' '}
                          {t('extremePoverty.priority.householdsLeftHidden')}
                        </p>
                      ) : (
                        <p className="priority-card__left">
                          <span className="priority-card__count">{formatCount(area.current)}</span>{' '}
                          {t('extremePoverty.priority.householdsLeft', { count: area.current })}
                        </p>
                      )}
                      <ol className="trend-bars" aria-label={t('extremePoverty.priority.trendLabel', { name: area.name })}>
                        {bars.map((b) => (
                          <li
                            key={b.year}
                            className={`trend-bars__bar${b.synthetic ? ' trend-bars__bar--synthetic' : ''}${b.households === null ? ' trend-bars__bar--hidden' : ''}`}
                          >
                            <span className="trend-bars__value">
                              {b.households === null ? <HiddenValue /> : formatCount(b.households)}
                              <span className="visually-hidden">
                                {' '}
                                {t('unit.households')} {t('extremePoverty.priority.inYear', { year: b.year })}
                                {b.synthetic ? ` (${t('provenance.synthetic')})` : ''}
                              </span>
                            </span>
                            <span className="trend-bars__track" aria-hidden="true">
                              {b.height !== null && <span className="trend-bars__fill" style={{ height: `${Math.max(b.height, 2)}%` }} />}
                            </span>
                            <span className="trend-bars__year" aria-hidden="true">
                              {b.year}
                              {b.synthetic ? '*' : ''}
                            </span>
                          </li>
                        ))}
                      </ol>
                      {change && (
                        <p className="priority-card__change">
                          {change.change < 0
                            ? t('extremePoverty.priority.changeDown', { count: formatCount(-change.change), from: change.from.year })
                            : change.change > 0
                              ? t('extremePoverty.priority.changeUp', { count: formatCount(change.change), from: change.from.year })
                              : t('extremePoverty.priority.changeFlat', { from: change.from.year })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {areas.some((a) => a.suppressed || a.series.some((s) => s.households === null)) && <HiddenNote />}
            {areas.some((a) => a.series.some((s) => s.synthetic)) && (
              <p className="table-note">* {t('extremePoverty.priority.syntheticNote')}</p>
            )}
          </Panel>
        );
      })}
    </>
  );
}

/** A check mark: "zero reached" is said in words beside it, not by the icon or colour alone. */
export function CheckIcon() {
  return (
    <svg className="check-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="10" fill="currentColor" />
      <path d="M5.5 10.5l3 3 6-7" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
