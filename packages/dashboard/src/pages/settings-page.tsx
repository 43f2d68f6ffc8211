// Pengaturan (ADMIN): the secretariat's set-up of the kabupaten/kota chosen in the header, one
// section at a time: OPD & mitra, Klaster, Program, Target, Lokasi prioritas, Ambang status & tahun
// anggaran, Pengguna. Each section owns its query and forms; the API checks every write.
import { type KeyboardEvent, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useViewer } from '../app/auth';
import { EmptyState } from '../components/query-state';
import { ClusterTab } from '../features/settings/cluster-tab';
import { OpdTab } from '../features/settings/opd-tab';
import { PlacesTab } from '../features/settings/places-tab';
import { ProgramTab } from '../features/settings/program-tab';
import { isRegencyCode, parseTab, SETTINGS_TABS, type SettingsTab, TAB_PARAM } from '../features/settings/settings-tabs';
import { TargetTab } from '../features/settings/target-tab';
import { ThresholdsTab } from '../features/settings/thresholds-tab';
import { UsersTab } from '../features/settings/users-tab';
import { useFilters } from '../lib/filters';
import { graphql } from '../lib/graphql';
import { useTranslation } from '../lib/i18n';
import '../components/write-form.css';
import '../features/settings/settings.css';

const SettingsPageQuery = graphql(`
  query SettingsPage($region: RegionCode!) {
    region(code: $region) { code name level }
  }
`);

export function SettingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { regionCode, year } = useFilters();
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params.get(TAB_PARAM));
  const regency = isRegencyCode(regionCode);
  const [{ data }] = useQuery({ query: SettingsPageQuery, variables: { region: regionCode }, pause: viewer.role !== 'ADMIN' });
  const regionName = data?.region?.name ?? regionCode;
  const tabs = useRef(new Map<SettingsTab, HTMLButtonElement>());
  const title = t('settings.title');

  const select = (id: SettingsTab) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(TAB_PARAM, id);
        return next;
      },
      { replace: true },
    );

  // The WAI-ARIA tabs pattern: arrows move and select, Home and End jump; Tab leaves the list.
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = SETTINGS_TABS.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (index + 1) % SETTINGS_TABS.length
        : e.key === 'ArrowLeft'
          ? (index - 1 + SETTINGS_TABS.length) % SETTINGS_TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    const target = next === null ? undefined : SETTINGS_TABS[next];
    if (!target) return;
    e.preventDefault();
    select(target.id);
    tabs.current.get(target.id)?.focus();
  };

  if (viewer.role !== 'ADMIN') {
    return (
      <div className="page settings-page">
        <title>{`${title} · Pantau`}</title>
        <header className="page__header">
          <h1 className="page__title">{title}</h1>
        </header>
        <EmptyState title={t('settings.notForRole.title')}>
          <p>{t('settings.notForRole.body')}</p>
        </EmptyState>
      </div>
    );
  }

  // Thresholds and the fiscal year are the deployment's; every other section is a kabupaten/kota's.
  const needsRegency = tab !== 'ambang';
  return (
    <div className="page settings-page">
      <title>{`${title} · Pantau`}</title>
      <header className="page__header">
        <h1 className="page__title">{title}</h1>
        <p className="page__subtitle">
          <span className="page__region">{regionName}</span>
          <span>{t('settings.subtitle', { year })}</span>
        </p>
      </header>
      <div className="settings-tabs" role="tablist" aria-label={t('settings.tabs.label')}>
        {SETTINGS_TABS.map((item, index) => (
          <button
            key={item.id}
            ref={(el) => {
              if (el) tabs.current.set(item.id, el);
              else tabs.current.delete(item.id);
            }}
            type="button"
            role="tab"
            id={`settings-tab-${item.id}`}
            className="settings-tabs__tab"
            aria-selected={tab === item.id}
            aria-controls="settings-panel"
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => select(item.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <div id="settings-panel" role="tabpanel" aria-labelledby={`settings-tab-${tab}`} className="settings-panel">
        {needsRegency && !regency ? (
          <EmptyState title={t('settings.chooseRegency.title')}>
            <p>{t('settings.chooseRegency.body', { region: regionName })}</p>
          </EmptyState>
        ) : tab === 'opd' ? (
          <OpdTab regionCode={regionCode} regionName={regionName} />
        ) : tab === 'klaster' ? (
          <ClusterTab regionCode={regionCode} regionName={regionName} />
        ) : tab === 'program' ? (
          <ProgramTab regionCode={regionCode} regionName={regionName} year={year} />
        ) : tab === 'target' ? (
          <TargetTab regionCode={regionCode} regionName={regionName} />
        ) : tab === 'lokasi' ? (
          <PlacesTab regionCode={regionCode} regionName={regionName} year={year} />
        ) : tab === 'ambang' ? (
          <ThresholdsTab />
        ) : (
          <UsersTab regionCode={regionCode} regionName={regionName} />
        )}
      </div>
    </div>
  );
}
