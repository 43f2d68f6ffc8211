import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { LanguageSwitch } from '../app/language-switch';
import { OfflineBanner } from '../app/offline-banner';
import { YearPicker } from '../app/year-picker';
import { ErrorState } from '../components/query-state';
import { visibleClusters } from '../features/programs/cluster-choice';
import {
  buildSlides,
  type DeckContext,
  type DeckEntryError,
  type DeckParams,
  type LoadedDeck,
  loadDeck,
  type Slide,
} from '../features/rakor/deck';
import type { LayoutWords } from '../features/rakor/export-layout';
import { coverSlide, RAKOR_DECK } from '../features/rakor/rakor-deck';
import { SlideView } from '../features/rakor/slide-view';
import { RegionPicker } from '../features/region/region-picker';
import { nowOnCalendarDay, useCalendar } from '../lib/calendar';
import { getConnection } from '../lib/connection';
import { useFilters, useSearchParam } from '../lib/filters';
import { formatLocalDate, formatTime } from '../lib/format';
import { graphql, type ResultOf } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import { useLiveUpdates } from '../lib/live';
import '../styles/rakor.css';

export const RakorSetupQuery = graphql(`
  query RakorSetup($regionCode: RegionCode!) {
    region(code: $regionCode) { code name parent { name } }
    clusters(regionCode: $regionCode) { id number name }
  }
`);

type SetupData = ResultOf<typeof RakorSetupQuery>;
type Cluster = SetupData['clusters'][number];

const CLUSTER_PARAM = 'klaster';

interface Presentation {
  loaded: LoadedDeck;
  params: DeckParams;
  regionName: string;
  parentName: string | null;
  cluster: Cluster | null;
  /** The data version the deck was read at (lib/live.ts); null when it was not known yet. */
  version: string | null;
}

/** Rakor mode: choose region, year and cluster, then present the deck full screen and export it. */
export function RakorPage() {
  const { t } = useTranslation();
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  // The setup's queries are live; a presentation keeps its snapshot and offers to reload.
  useLiveUpdates();
  return (
    <div className="rakor-root">
      <title>{`${t('rakor.title')} · Pantau`}</title>
      {presentation ? (
        <Presenter presentation={presentation} onExit={() => setPresentation(null)} onReload={setPresentation} />
      ) : (
        <Setup onStart={setPresentation} />
      )}
    </div>
  );
}

function Setup({ onStart }: { onStart: (p: Presentation) => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const client = useClient();
  const calendar = useCalendar();
  const clusterId = useId();
  const { regionCode, year, search } = useFilters();
  const [clusterParam, setClusterParam] = useSearchParam(CLUSTER_PARAM);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: RakorSetupQuery, variables: { regionCode } });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<DeckEntryError | null>(null);
  const live = useLiveUpdates();

  // A cluster head presents their own cluster: the API gives them no other cluster's figures.
  const clusters = visibleClusters(data?.clusters ?? [], viewer);
  const fromUrl = Number(clusterParam);
  const own = clusters.find((c) => c.id === viewer.clusterId)?.number ?? null;
  const ownOnly = viewer.role === 'CLUSTER_HEAD';
  const clusterNumber = clusterParam !== null && !ownOnly ? (clusters.some((c) => c.number === fromUrl) ? fromUrl : null) : own;
  const cluster = clusters.find((c) => c.number === clusterNumber) ?? null;

  const start = async () => {
    if (!data?.region) return;
    setStarting(true);
    setStartError(null);
    const deckParams: DeckParams = { regionCode, year, clusterNumber: cluster?.number ?? null };
    // The version before reading: a change during the read offers a reload rather than hiding it.
    const version = live.version;
    const loaded = await loadDeck(client, RAKOR_DECK, deckParams, () => nowOnCalendarDay(calendar));
    setStarting(false);
    // Offline, the deck shows the figures last received (lib/connection.ts): stamp their time.
    const connection = getConnection();
    if (!connection.online && connection.lastAnswerAt) loaded.dataAsOf = connection.lastAnswerAt;
    if (loaded.answers.length === 0 && loaded.failed[0]) {
      setStartError(loaded.failed[0]);
      return;
    }
    onStart({ loaded, params: deckParams, regionName: data.region.name, parentName: data.region.parent?.name ?? null, cluster, version });
  };

  return (
    <div className="rakor-setup">
      <header className="rakor-setup__bar">
        <Link to={{ pathname: '/', search }} className="rakor-setup__back">
          ← {t('rakor.backToDashboard')}
        </Link>
        <LanguageSwitch />
      </header>
      <OfflineBanner />
      <main className="rakor-setup__main">
        <div className="rakor-setup__card">
          <p className="rakor-setup__brand">Pantau</p>
          <h1 className="rakor-setup__title">{t('rakor.title')}</h1>
          <p className="rakor-setup__intro">{t('rakor.setup.intro')}</p>
          <div className="rakor-setup__fields">
            <RegionPicker />
            <YearPicker />
            <div className="field">
              <label htmlFor={clusterId} className="field__label">
                {t('rakor.setup.cluster')}
              </label>
              <select
                id={clusterId}
                className="field__control"
                value={clusterNumber ?? ''}
                disabled={!data}
                onChange={(e) => setClusterParam(e.target.value || 'semua')}
              >
                {!ownOnly && <option value="">{t('rakor.allClusters')}</option>}
                {clusters.map((c) => (
                  <option key={c.id} value={c.number}>
                    {t('rakor.clusterOption', { number: c.number, name: c.name })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {error && !data && <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
          {data && !data.region && <p className="notice notice--empty">{t('summary.regionNotFound.title', { code: regionCode })}</p>}
          {startError && <ErrorState error={startError.error} onRetry={start} />}
          <button
            type="button"
            className="button button--large rakor-setup__start"
            onClick={start}
            disabled={!data?.region || starting || fetching}
          >
            {starting ? t('rakor.setup.starting') : t('rakor.setup.start')}
          </button>
          <p className="rakor-setup__keys">{t('rakor.setup.keys')}</p>
        </div>
      </main>
    </div>
  );
}

interface PresenterProps {
  presentation: Presentation;
  onExit: () => void;
  /** The same deck read again, after the data changed. */
  onReload: (p: Presentation) => void;
}

function Presenter({ presentation, onExit, onReload }: PresenterProps) {
  const { t, lang } = useTranslation();
  const client = useClient();
  const calendar = useCalendar();
  const live = useLiveUpdates();
  const [reloading, setReloading] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [busy, setBusy] = useState<'pptx' | 'pdf' | null>(null);
  const [exportError, setExportError] = useState(false);
  const fullscreen = useFullscreen(root);
  const { loaded, params, regionName, parentName, cluster } = presentation;

  const ctx: DeckContext = useMemo(
    () => ({
      ...params,
      regionName,
      clusterLabel: cluster ? t('rakor.clusterOption', { number: cluster.number, name: cluster.name }) : t('rakor.allClusters'),
      dataAsOf: loaded.dataAsOf,
      lang,
      t,
    }),
    [params, regionName, cluster, loaded.dataAsOf, lang, t],
  );
  // Rebuilt from the frozen answers when the language changes; never re-fetched.
  const slides: Slide[] = useMemo(() => {
    const content = buildSlides(RAKOR_DECK, loaded, ctx);
    return [coverSlide(ctx, parentName, content), ...content];
  }, [loaded, ctx, parentName]);
  const total = slides.length;
  const current = Math.min(index, total - 1);
  const slide = slides[current]!;
  const stamp = t('rakor.dataAsOf', { date: formatLocalDate(loaded.dataAsOf, lang), time: formatTime(loaded.dataAsOf) });
  // The deck stays as it was read ("data per …"); when the data moved since, it says so and offers a reload.
  const newer = live.version !== null && live.version !== presentation.version && live.updatedAt !== null ? live : null;
  const reload = async () => {
    const version = live.version;
    setReloading(true);
    const next = await loadDeck(client, RAKOR_DECK, params, () => nowOnCalendarDay(calendar));
    setReloading(false);
    if (next.answers.length === 0) return;
    onReload({ ...presentation, loaded: next, version });
  };

  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(total - 1, to))), [total]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea')) return;
      // Space and Enter on a focused button press the button.
      if (target?.closest('button, a') && (e.key === ' ' || e.key === 'Enter')) return;
      const step: Record<string, number | 'first' | 'last'> = {
        ArrowRight: 1,
        PageDown: 1,
        ' ': 1,
        ArrowLeft: -1,
        PageUp: -1,
        Home: 'first',
        End: 'last',
      };
      const move = step[e.key];
      if (move === undefined) return;
      e.preventDefault();
      setIndex((i) => {
        const next = move === 'first' ? 0 : move === 'last' ? total - 1 : i + move;
        return Math.max(0, Math.min(total - 1, next));
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [total]);

  const words: LayoutWords = {
    agenda: t('rakor.cover.agenda'),
    synthetic: t('provenance.synthetic'),
    zeroReached: t('rakor.priority.zeroReached'),
    notYet: t('rakor.priority.notYet'),
    suppressed: t('rakor.priority.suppressed'),
    hidden: t('privacy.hidden'),
    households: t('unit.households'),
    target: t('rakor.priority.target'),
    counter: (c, n) => t('rakor.counter', { current: c, total: n }),
    kecamatan: (name) => t('rakor.priority.kecamatan', { name }),
  };
  const deckTitle = `${t('rakor.cover.title')} · ${regionName} · ${ctx.clusterLabel}`;
  const fileBase = `rakor-${slug(regionName)}-${cluster ? `klaster-${cluster.number}` : 'tkpkd'}-${isoDay(loaded.dataAsOf)}`;

  const exportAs = async (kind: 'pptx' | 'pdf') => {
    setBusy(kind);
    setExportError(false);
    try {
      const info = { title: deckTitle, subject: stamp, meta: { stamp, words } };
      const blob =
        kind === 'pptx'
          ? await (await import('../features/rakor/export-pptx')).exportPptx(slides, info)
          : await (await import('../features/rakor/export-pdf')).exportPdf(slides, { ...info, createdAt: loaded.dataAsOf });
      download(blob, `${fileBase}.${kind}`);
    } catch (error) {
      console.warn('Rakor export failed', error);
      setExportError(true);
    } finally {
      setBusy(null);
    }
  };

  const counter = t('rakor.counter', { current: current + 1, total });
  return (
    <div ref={root} className={fullscreen.active ? 'rakor rakor--fullscreen' : 'rakor'}>
      <div className="rakor__toolbar" role="toolbar" aria-label={t('rakor.toolbar')}>
        <button type="button" className="rakor__tool" onClick={onExit}>
          ← {t('rakor.exit')}
        </button>
        <p className="rakor__deck-title">{deckTitle}</p>
        <div className="rakor__nav">
          <button
            type="button"
            className="rakor__tool"
            onClick={() => go(current - 1)}
            disabled={current === 0}
            aria-label={t('rakor.previous')}
          >
            ‹
          </button>
          <span className="rakor__counter" aria-hidden="true">
            {counter}
          </span>
          <button
            type="button"
            className="rakor__tool"
            onClick={() => go(current + 1)}
            disabled={current === total - 1}
            aria-label={t('rakor.next')}
          >
            ›
          </button>
        </div>
        <div className="rakor__actions">
          {fullscreen.supported && (
            <button type="button" className="rakor__tool" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
              {t(fullscreen.active ? 'rakor.exitFullscreen' : 'rakor.fullscreen')}
            </button>
          )}
          <button type="button" className="rakor__tool" onClick={() => exportAs('pptx')} disabled={busy !== null}>
            {busy === 'pptx' ? t('rakor.exporting') : t('rakor.exportPptx')}
          </button>
          <button type="button" className="rakor__tool" onClick={() => exportAs('pdf')} disabled={busy !== null}>
            {busy === 'pdf' ? t('rakor.exporting') : t('rakor.exportPdf')}
          </button>
        </div>
      </div>
      {(exportError || loaded.failed.length > 0) && (
        <p className="rakor__notice" role="alert">
          {exportError ? t('rakor.exportFailed') : t('rakor.someFailed', { count: loaded.failed.length })}
        </p>
      )}
      {newer?.updatedAt && (
        <div className="rakor__notice rakor__notice--live" role="status">
          <span>{t('live.newerData', { time: formatTime(newer.updatedAt), asOf: formatTime(loaded.dataAsOf) })}</span>
          <button type="button" className="rakor__tool" onClick={reload} disabled={reloading}>
            {reloading ? t('live.reloading') : t('live.reload')}
          </button>
        </div>
      )}
      <div className="rakor__stage">
        <SlideView key={slide.id} slide={slide} index={current} total={total} stamp={stamp} />
      </div>
      <p className="visually-hidden" aria-live="polite">{`${counter}: ${slide.title}`}</p>
    </div>
  );
}

/** The Fullscreen API on an element, when the browser has it; the deck works without. */
function useFullscreen(ref: { current: HTMLElement | null }) {
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  const [active, setActive] = useState(false);
  useEffect(() => {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = useCallback(() => {
    // A refusal (no user gesture, a policy) leaves the deck as it was: nothing to report.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
    else ref.current?.requestFullscreen().catch(() => {});
  }, [ref]);
  return { supported, active, toggle };
}

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started by the next task; the URL can go after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
