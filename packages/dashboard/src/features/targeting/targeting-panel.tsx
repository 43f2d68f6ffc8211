import { type ReactNode, useId } from 'react';
import { HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { formatCount, formatRate } from '../../lib/format';
import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql';
import { type MessageKey, useTranslation } from '../../lib/i18n';
import { type HouseholdListFilter, type HouseholdListKind, householdListFilter, outsideTarget } from './household-lists';

export const TargetingPanel_TargetingFragment = graphql(`
  fragment TargetingPanel_TargetingFragment on Targeting {
    regionCode
    regionName
    year
    rollupYear
    hasData
    synthetic
    vintage
    reached
    eligibleReached
    inclusionErrorRate
    exclusion { eligible unreached exclusionErrorRate }
    overlap { households reached shareOfReached eligibleUnreached }
    byProgram { programId code name reached eligible inclusionErrorRate overlapping targetGroup }
    byChildRegion { regionCode name eligible unreached exclusionErrorRate overlapping suppressed }
  }
`);

type Targeting = ResultOf<typeof TargetingPanel_TargetingFragment>;

/** A household list to open: what it is, how many the figure said, and the filter behind it. */
export interface HouseholdListRequest {
  title: string;
  count: number | null;
  filter: HouseholdListFilter;
}

interface TargetingPanelProps {
  targeting: FragmentOf<typeof TargetingPanel_TargetingFragment>;
  clusterLabel: string;
  /** Set for roles that may open the lists behind the figures; absent, numbers are plain text. */
  onOpenList?: ((request: HouseholdListRequest) => void) | undefined;
  /** Moves the page to the year the figures exist for. */
  onChooseYear: (year: number) => void;
}

const TARGET_GROUP: Record<Targeting['byProgram'][number]['targetGroup'], MessageKey> = {
  ALL_REGISTERED: 'targeting.targetGroup.ALL_REGISTERED',
  DESIL_1_2: 'targeting.targetGroup.DESIL_1_2',
  DESIL_1_4: 'targeting.targetGroup.DESIL_1_4',
  EXTREME_POOR: 'targeting.targetGroup.EXTREME_POOR',
  POOR: 'targeting.targetGroup.POOR',
};

/**
 * Targeting accuracy (ketepatan sasaran) in plain words: aid that went to the wrong households,
 * eligible households no program reached, and households that get many programs while others get
 * none. For roles that may see households, every count opens the list behind it.
 */
export function TargetingPanel({ targeting: masked, clusterLabel, onOpenList, onChooseYear }: TargetingPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const tg = readFragment(TargetingPanel_TargetingFragment, masked);
  const title = t('targeting.title');

  if (!tg.hasData) {
    return (
      <Panel title={title}>
        <EmptyState title={t('targeting.empty.title', { year: tg.year })}>
          <p>{t('targeting.empty.body', { year: tg.rollupYear })}</p>
          {tg.rollupYear !== tg.year && (
            <p>
              <button type="button" className="button button--secondary" onClick={() => onChooseYear(tg.rollupYear)}>
                {t('targeting.empty.action', { year: tg.rollupYear })}
              </button>
            </p>
          )}
        </EmptyState>
      </Panel>
    );
  }

  const scope = { regionCode: tg.regionCode, year: tg.year };
  const count = (n: number | null) => (n === null ? t('targeting.suppressed') : formatCount(n));
  const rate = (r: number | null) => (r === null ? '–' : formatRate(r));
  // In a sentence: a rate under a hidden count is "disembunyikan", not a dash.
  const rateIn = (r: number | null, parts: readonly (number | null)[]) =>
    r === null && parts.includes(null) ? t('privacy.hidden') : rate(r);
  const link = (
    kind: HouseholdListKind,
    n: number | null,
    what: string,
    extra: { regionCode?: string; programId?: number } = {},
  ): ReactNode => {
    const text = count(n);
    if (n === null) return <HiddenValue />;
    if (!onOpenList || n === 0) return text;
    const filter = householdListFilter(kind, { ...scope, ...extra });
    return (
      <button
        type="button"
        className="figure-link"
        aria-label={t('targeting.openList', { count: text, what })}
        onClick={() => onOpenList({ title: what, count: n, filter })}
      >
        {text}
      </button>
    );
  };

  const outside = outsideTarget(tg.reached, tg.eligibleReached);
  const provenance = {
    sources: [{ publisher: t('targeting.source'), title: '' }],
    vintage: tg.vintage,
    synthetic: tg.synthetic,
  };
  const anyHidden =
    [tg.reached, tg.eligibleReached, tg.exclusion.eligible, tg.exclusion.unreached, tg.overlap.households, tg.overlap.reached].includes(
      null,
    ) ||
    tg.byProgram.some((p) => p.reached === null || p.eligible === null || p.overlapping === null) ||
    tg.byChildRegion.some((r) => r.suppressed || r.eligible === null || r.unreached === null || r.overlapping === null);
  const footer = (
    <>
      {anyHidden && <HiddenNote />}
      <Provenance provenance={provenance} />
    </>
  );
  const unreachedWhat = t('targeting.list.unreached', { region: tg.regionName, year: tg.year });
  const overlapWhat = t('targeting.list.overlap', { region: tg.regionName, year: tg.year });

  return (
    <section className="targeting" aria-labelledby={titleId}>
      <header className="targeting__header">
        <h2 id={titleId} className="targeting__title">
          {title}
        </h2>
        <p className="targeting__intro">{t('targeting.intro', { region: tg.regionName, year: tg.year })}</p>
        <p className="targeting__hint">{t(onOpenList ? 'targeting.linksHint' : 'targeting.noListsHint')}</p>
      </header>

      <div className="targeting-figures">
        <article className="card targeting-figure" data-figure="inclusion">
          <h3 className="targeting-figure__label">
            {t('targeting.inclusion.title')} <span className="targeting-figure__term">({t('targeting.inclusion.term')})</span>
          </h3>
          <p className="targeting-figure__value">
            {tg.inclusionErrorRate === null && (tg.reached === null || tg.eligibleReached === null) ? (
              <HiddenValue />
            ) : (
              rate(tg.inclusionErrorRate)
            )}
          </p>
          <p>
            {t('targeting.inclusion.body', {
              outside: count(outside),
              reached: count(tg.reached),
              cluster: clusterLabel,
            })}
          </p>
          <p className="targeting-figure__scope">{t('targeting.inclusion.scope')}</p>
        </article>

        <article className="card targeting-figure" data-figure="exclusion">
          <h3 className="targeting-figure__label">
            {t('targeting.exclusion.title')} <span className="targeting-figure__term">({t('targeting.exclusion.term')})</span>
          </h3>
          <p className="targeting-figure__value">
            {link('unreached', tg.exclusion.unreached, unreachedWhat)} <span className="targeting-figure__unit">KK</span>
          </p>
          <p>
            {t('targeting.exclusion.body', {
              rate: rateIn(tg.exclusion.exclusionErrorRate, [tg.exclusion.eligible, tg.exclusion.unreached]),
              eligible: count(tg.exclusion.eligible),
              year: tg.year,
            })}
          </p>
          <p className="targeting-figure__scope">{t('targeting.scopeRegion', { region: tg.regionName })}</p>
        </article>

        <article className="card targeting-figure" data-figure="overlap">
          <h3 className="targeting-figure__label">
            {t('targeting.overlap.title')} <span className="targeting-figure__term">({t('targeting.overlap.term')})</span>
          </h3>
          <p className="targeting-figure__value">
            {link('overlap', tg.overlap.households, overlapWhat)} <span className="targeting-figure__unit">KK</span>
          </p>
          <p>
            {t('targeting.overlap.body', {
              share: rateIn(tg.overlap.shareOfReached, [tg.overlap.households, tg.overlap.reached]),
              reached: count(tg.overlap.reached),
              unreached: count(tg.overlap.eligibleUnreached),
            })}
          </p>
          <p className="targeting-figure__scope">{t('targeting.scopeRegion', { region: tg.regionName })}</p>
        </article>
      </div>

      {footer}

      <div className="targeting-tables">
        <Panel title={t('targeting.byProgram.title', { cluster: clusterLabel })} footer={footer}>
          {tg.byProgram.length === 0 ? (
            <EmptyState title={t('targeting.byProgram.empty')} />
          ) : (
            <div className="table-scroll">
              <table className="data-table stack-table">
                <caption className="visually-hidden">{t('targeting.byProgram.title', { cluster: clusterLabel })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targeting.byProgram.program')}</th>
                    <th scope="col" className="num">
                      {t('targeting.byProgram.reached')}
                    </th>
                    <th scope="col" className="num">
                      {t('targeting.byProgram.eligible')}
                    </th>
                    <th scope="col" className="num">
                      {t('targeting.byProgram.outside')}
                    </th>
                    <th scope="col" className="num">
                      {t('targeting.byProgram.overlapping')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tg.byProgram.map((p) => {
                    const extra = { programId: p.programId };
                    const what = (key: MessageKey) => t(key, { program: p.name, year: tg.year });
                    return (
                      <tr key={p.programId}>
                        <th scope="row">
                          <span className="outcomes-table__name">{p.name}</span>
                          <span className="outcomes-table__detail">
                            {p.code} · {t('targeting.byProgram.targetGroup', { group: t(TARGET_GROUP[p.targetGroup]) })}
                          </span>
                        </th>
                        <td className="num" data-label={t('targeting.byProgram.reached')}>
                          {link('programReached', p.reached, what('targeting.list.programReached'), extra)}
                        </td>
                        <td className="num" data-label={t('targeting.byProgram.eligible')}>
                          {link('programEligible', p.eligible, what('targeting.list.programEligible'), extra)}
                        </td>
                        <td className="num" data-label={t('targeting.byProgram.outside')}>
                          <span className="cell-stack">
                            {link('programInclusion', outsideTarget(p.reached, p.eligible), what('targeting.list.programInclusion'), extra)}
                            <span className="outcomes-table__rate">{rateIn(p.inclusionErrorRate, [p.reached, p.eligible])}</span>
                          </span>
                        </td>
                        <td className="num" data-label={t('targeting.byProgram.overlapping')}>
                          {link('programOverlap', p.overlapping, what('targeting.list.programOverlap'), extra)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Panel>

        {tg.byChildRegion.length > 0 && (
          <Panel title={t('targeting.byRegion.title', { region: tg.regionName })} footer={footer}>
            <div className="table-scroll">
              <table className="data-table stack-table">
                <caption className="visually-hidden">{t('targeting.byRegion.title', { region: tg.regionName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('targeting.byRegion.region')}</th>
                    <th scope="col" className="num">
                      {t('targeting.byRegion.eligible')}
                    </th>
                    <th scope="col" className="num">
                      {t('targeting.byRegion.unreached')}
                    </th>
                    <th scope="col" className="num">
                      {t('targeting.byRegion.overlapping')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {tg.byChildRegion.map((r) => {
                    const extra = { regionCode: r.regionCode };
                    return (
                      <tr key={r.regionCode}>
                        <th scope="row">{r.name}</th>
                        <td className="num" data-label={t('targeting.byRegion.eligible')}>
                          {link('eligible', r.eligible, t('targeting.list.eligible', { region: r.name }), extra)}
                        </td>
                        <td className="num" data-label={t('targeting.byRegion.unreached')}>
                          <span className="cell-stack">
                            {link('unreached', r.unreached, t('targeting.list.unreached', { region: r.name, year: tg.year }), extra)}
                            <span className="outcomes-table__rate">{rateIn(r.exclusionErrorRate, [r.eligible, r.unreached])}</span>
                          </span>
                        </td>
                        <td className="num" data-label={t('targeting.byRegion.overlapping')}>
                          {link('overlap', r.overlapping, t('targeting.list.overlap', { region: r.name, year: tg.year }), extra)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Panel>
        )}
      </div>
    </section>
  );
}
