import { useQuery } from 'urql';
import { HiddenNote, HiddenValue } from '../../components/hidden-value';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState, QueryState } from '../../components/query-state';
import { formatCount, formatDecimal } from '../../lib/format';
import { graphql } from '../../lib/graphql';
import { countText } from '../../lib/hidden';
import { useTranslation } from '../../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../../lib/provenance';
import './stunting.css';

export const StuntingPsksQuery = graphql(`
  query StuntingPsks($regionCode: RegionCode!) {
    stunting(regionCode: $regionCode) {
      year
      total { cases { value vintage synthetic sourceTitle } prevalence { value } }
      byPlace { regionCode regionName cases { value synthetic sourceTitle vintage } prevalence { value } }
    }
    psks(regionCode: $regionCode) {
      year
      poorHouseholds
      byType { figure { indicatorCode name value unit synthetic sourceTitle vintage } per1000PoorHouseholds }
    }
  }
`);

interface Sourced {
  sourceTitle: string;
  vintage: string;
  synthetic: boolean;
}

/** One footnote for the figures of a panel: their distinct sources, newest vintage, synthetic or not. */
export function provenanceFrom(figures: readonly (Sourced | null | undefined)[]): ProvenanceInfo | null {
  const present = figures.filter((f): f is Sourced => !!f);
  if (present.length === 0) return null;
  const titles = [...new Set(present.map((f) => f.sourceTitle))];
  return {
    sources: titles.map((title) => ({ title: '', publisher: title })),
    vintage: present.at(-1)?.vintage ?? null,
    synthetic: present.some((f) => f.synthetic),
  };
}

/** Stunting by kecamatan and the social-welfare workforce (PSKS): discussed in the same rakor. */
export function StuntingPsksSection({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StuntingPsksQuery, variables: { regionCode } });
  return (
    <QueryState
      fetching={fetching}
      error={error}
      data={data}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      skeleton={<div className="card panel skeleton skeleton--chart" aria-hidden="true" />}
    >
      {({ stunting, psks }) => {
        const places = [...stunting.byPlace].sort((a, b) => (b.cases?.value ?? 0) - (a.cases?.value ?? 0));
        const stuntingSources = provenanceFrom([stunting.total?.cases, ...places.map((p) => p.cases)]);
        const psksSources = provenanceFrom(psks.byType.map((r) => r.figure));
        return (
          <section className="stunting-psks" aria-label={t('stunting.section')}>
            <Panel
              title={t('stunting.title', { year: stunting.year ?? '' })}
              footer={stuntingSources && <Provenance provenance={stuntingSources} />}
            >
              {stunting.year === null ? (
                <EmptyState title={t('stunting.empty.title')}>{t('stunting.empty.body')}</EmptyState>
              ) : (
                <>
                  {stunting.total?.cases && (
                    <p className="stunting-psks__total">
                      <strong data-testid="stunting-total">{formatCount(stunting.total.cases.value)}</strong> {t('stunting.cases')}
                      {stunting.total.prevalence && ` · ${t('stunting.prevalence')} ${formatDecimal(stunting.total.prevalence.value)}%`}
                    </p>
                  )}
                  {places.length > 0 && (
                    <div className="table-scroll">
                      <table className="data-table">
                        <caption className="visually-hidden">{t('stunting.table.caption')}</caption>
                        <thead>
                          <tr>
                            <th scope="col">{t('stunting.col.place')}</th>
                            <th scope="col" className="num">
                              {t('stunting.col.cases')}
                            </th>
                            <th scope="col" className="num">
                              {t('stunting.col.prevalence')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {places.map((p) => (
                            <tr key={p.regionCode}>
                              <th scope="row">
                                {p.regionName}
                                {p.cases?.synthetic && (
                                  <span className="badge badge--synthetic" title={t('provenance.syntheticHint')}>
                                    {t('provenance.synthetic')}
                                  </span>
                                )}
                              </th>
                              <td className="num">{p.cases ? formatCount(p.cases.value) : '–'}</td>
                              <td className="num">{p.prevalence ? `${formatDecimal(p.prevalence.value)}%` : '–'}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  )}
                </>
              )}
            </Panel>
            <Panel title={t('psks.title', { year: psks.year ?? '' })} footer={psksSources && <Provenance provenance={psksSources} />}>
              {psks.byType.length === 0 ? (
                <EmptyState title={t('psks.empty.title')}>{t('psks.empty.body')}</EmptyState>
              ) : (
                <div className="table-scroll">
                  <table className="data-table">
                    <caption className="visually-hidden">{t('psks.table.caption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('psks.col.type')}</th>
                        <th scope="col" className="num">
                          {t('psks.col.count')}
                        </th>
                        <th scope="col" className="num">
                          {t('psks.col.per1000', { households: countText(psks.poorHouseholds, t) })}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {psks.byType.map((r) => (
                        <tr key={r.figure.indicatorCode}>
                          <th scope="row">{r.figure.name}</th>
                          <td className="num">{formatCount(r.figure.value)}</td>
                          <td className="num">
                            {r.per1000PoorHouseholds !== null ? (
                              formatDecimal(r.per1000PoorHouseholds)
                            ) : psks.poorHouseholds === null ? (
                              <HiddenValue />
                            ) : (
                              '–'
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {psks.poorHouseholds === null && <HiddenNote />}
                </div>
              )}
            </Panel>
          </section>
        );
      }}
    </QueryState>
  );
}
