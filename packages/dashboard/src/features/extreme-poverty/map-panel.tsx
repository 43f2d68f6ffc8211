import { useMemo } from 'react';
import { Link } from 'react-router';
import { Panel } from '../../components/panel';
import { Provenance } from '../../components/provenance';
import { EmptyState } from '../../components/query-state';
import { formatCount } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import type { Provenance as ProvenanceInfo } from '../../lib/provenance';
import {
  allKelurahan,
  type Bin,
  featuresUnder,
  mapScopeCode,
  placesWithoutPolygon,
  type RegencyNode,
  type Scope,
  SUPPRESSED_COLOR,
  withMarkedLast,
  ZERO_COLOR,
} from './choropleth';
import { type BoundariesState, KelurahanMap } from './kelurahan-map';
import { type KelurahanMapTexts, type MapPlace, valueText } from './kelurahan-map.option';

interface MapPanelProps {
  tree: RegencyNode;
  scope: Scope;
  bins: readonly Bin[];
  priorityCodes: ReadonlySet<string>;
  hasBoundaries: boolean;
  /** The boundaries as loaded (useBoundaries); null without any for this kabupaten/kota. */
  boundaries: BoundariesState | null;
  provenance: ProvenanceInfo;
  onSelect: (code: string) => void;
  linkTo: (code: string) => { pathname: string; search: string };
}

/** The kelurahan choropleth with its legend, the licence's attribution, and the places it cannot draw. */
export function MapPanel({ tree, scope, bins, priorityCodes, hasBoundaries, boundaries, provenance, onSelect, linkTo }: MapPanelProps) {
  const { t } = useTranslation();
  const scopeCode = mapScopeCode(scope);
  const scopeName = scope.kecamatan ? t('extremePoverty.kecamatanOf', { name: scope.kecamatan.name }) : tree.name;
  const kelurahan = useMemo(() => allKelurahan(tree).filter((k) => k.code.startsWith(scopeCode)), [tree, scopeCode]);
  const selectedCode = scope.kelurahan?.code ?? null;

  const texts = useMemo<KelurahanMapTexts>(
    () => ({
      households: t('unit.households'),
      suppressed: t('extremePoverty.suppressed'),
      noData: t('extremePoverty.map.noData'),
      priority: t('extremePoverty.map.priority'),
      clickHint: (place: MapPlace) =>
        scope.level === 'regency'
          ? t('extremePoverty.map.clickKecamatan', { name: place.kecamatanName })
          : t('extremePoverty.map.clickKelurahan', { name: place.name }),
    }),
    [t, scope.level],
  );

  const places = useMemo<MapPlace[]>(
    () =>
      kelurahan.map((k) => ({
        code: k.code,
        name: k.name,
        kecamatanName: t('extremePoverty.kecamatanOf', { name: k.kecamatan.name }),
        value: k.extremePoorHouseholds,
        priority: priorityCodes.has(k.code),
        selected: k.code === selectedCode,
      })),
    [kelurahan, priorityCodes, selectedCode, t],
  );

  const drawn = boundaries?.status === 'ready' ? boundaries.boundaries : null;
  const marked = useMemo(() => new Set([...priorityCodes, ...(selectedCode ? [selectedCode] : [])]), [priorityCodes, selectedCode]);
  const markedKey = [...marked].sort().join(',');
  const features = useMemo(
    () => (drawn ? withMarkedLast(featuresUnder(drawn.kelurahan, scopeCode), marked) : null),
    [drawn, scopeCode, marked],
  );
  const outline = useMemo(
    () => (drawn?.kecamatan && scope.level === 'regency' ? { name: `pantau-kecamatan-${tree.code}`, features: drawn.kecamatan } : null),
    [drawn, scope.level, tree.code],
  );
  const missing = useMemo(() => (features ? placesWithoutPolygon(kelurahan, features) : []), [features, kelurahan]);

  const prioritiesHere = places.filter((p) => p.priority);
  const ranked = [...places].filter((p) => typeof p.value === 'number').sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const top = ranked[0];
  const summary = [
    t('extremePoverty.map.summary', {
      count: places.length,
      place: scopeName,
      total: formatCount(places.reduce((s, p) => s + (p.value ?? 0), 0)),
      zero: places.filter((p) => p.value === 0).length,
      suppressed: places.filter((p) => p.value === null).length,
    }),
    top?.value ? t('extremePoverty.map.summaryTop', { name: top.name, value: valueText(top.value, texts) }) : '',
    prioritiesHere.length > 0
      ? t('extremePoverty.map.summaryPriority', {
          names: prioritiesHere.map((p) => `${p.name} (${valueText(p.value, texts)})`).join(', '),
        })
      : '',
    missing.length > 0 ? t('extremePoverty.map.summaryMissing', { names: missing.map((m) => m.name).join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');

  const title = t(scope.level === 'regency' ? 'extremePoverty.map.title' : 'extremePoverty.map.titleKecamatan', { place: scopeName });

  return (
    <Panel title={title} className="map-panel" footer={<Provenance provenance={provenance} />}>
      {!hasBoundaries ? (
        <EmptyState title={t('extremePoverty.map.noBoundaries.title', { region: tree.name })}>
          <p>{t('extremePoverty.map.noBoundaries.body', { region: tree.name })}</p>
        </EmptyState>
      ) : boundaries?.status === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t('extremePoverty.map.loadFailed.title')}</p>
          <p>{t('extremePoverty.map.loadFailed.body')}</p>
          <p>
            <button type="button" className="button" onClick={boundaries.retry}>
              {t('action.retry')}
            </button>
          </p>
        </div>
      ) : !features ? (
        <div className="chart kelurahan-map" aria-hidden="true">
          <div className="skeleton chart__placeholder" />
        </div>
      ) : (
        <KelurahanMap
          mapName={`pantau-kelurahan-${scopeCode}-${markedKey}`}
          features={features}
          outline={outline}
          places={places}
          bins={bins}
          labelAll={scope.level !== 'regency'}
          texts={texts}
          onSelect={onSelect}
          label={t('extremePoverty.map.label', { place: scopeName })}
          summary={summary}
        />
      )}
      {/* Without boundaries there is no map for a legend or an attribution to describe. */}
      {hasBoundaries && (
        <MapLegend
          bins={bins}
          texts={texts}
          hasPriority={priorityCodes.size > 0}
          hasSuppressed={places.some((p) => p.value === null)}
          hasSelected={selectedCode !== null}
        />
      )}
      {missing.length > 0 && (
        <div className="map-missing">
          <p className="map-missing__title">{t('extremePoverty.map.missingTitle', { count: missing.length })}</p>
          <ul>
            {missing.map((m) => (
              <li key={m.code}>
                <Link to={linkTo(m.code)}>{m.name}</Link> ({t('extremePoverty.kecamatanOf', { name: m.kecamatan.name })}):{' '}
                {valueText(m.extremePoorHouseholds, texts)} — {t('extremePoverty.map.missingNote')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {hasBoundaries && <p className="map-attribution">{t('extremePoverty.map.attribution')}</p>}
    </Panel>
  );
}

interface MapLegendProps {
  bins: readonly Bin[];
  texts: KelurahanMapTexts;
  hasPriority: boolean;
  hasSuppressed: boolean;
  hasSelected: boolean;
}

function MapLegend({ bins, texts, hasPriority, hasSuppressed, hasSelected }: MapLegendProps) {
  const { t } = useTranslation();
  return (
    <div className="map-legend">
      <p className="map-legend__title">{t('extremePoverty.legend.title')}</p>
      <ul className="map-legend__list">
        <li>
          <span className="map-legend__swatch map-legend__swatch--zero" style={{ background: ZERO_COLOR }} aria-hidden="true" />
          {t('extremePoverty.legend.zero')}
        </li>
        {bins.map((b) => (
          <li key={b.min}>
            <span className="map-legend__swatch" style={{ background: b.color }} aria-hidden="true" />
            {b.min === b.max ? formatCount(b.min) : `${formatCount(b.min)}–${formatCount(b.max)}`} {texts.households}
          </li>
        ))}
        {hasSuppressed && (
          <li>
            <span
              className="map-legend__swatch map-legend__swatch--hatch"
              style={{ backgroundColor: SUPPRESSED_COLOR }}
              aria-hidden="true"
            />
            {t('extremePoverty.legend.suppressed')}
          </li>
        )}
        {hasPriority && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--priority" aria-hidden="true" />
            {t('extremePoverty.legend.priority')}
          </li>
        )}
        {hasSelected && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--selected" aria-hidden="true" />
            {t('extremePoverty.legend.selected')}
          </li>
        )}
      </ul>
    </div>
  );
}
