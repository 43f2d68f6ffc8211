// The Pengaturan page's sections, in the order the secretariat sets a year up: who takes part,
// how they are grouped, what they run, what it aims at, where, how it is judged, who signs in.
// The section lives in the URL (`?bagian=program`), so a link opens it.
import type { MessageKey } from '../../lib/i18n';

export type SettingsTab = 'opd' | 'klaster' | 'program' | 'target' | 'lokasi' | 'ambang' | 'pengguna';

export const SETTINGS_TABS: readonly { id: SettingsTab; label: MessageKey }[] = [
  { id: 'opd', label: 'settings.tab.opd' },
  { id: 'klaster', label: 'settings.tab.clusters' },
  { id: 'program', label: 'settings.tab.programs' },
  { id: 'target', label: 'settings.tab.targets' },
  { id: 'lokasi', label: 'settings.tab.places' },
  { id: 'ambang', label: 'settings.tab.thresholds' },
  { id: 'pengguna', label: 'settings.tab.users' },
];

export const TAB_PARAM = 'bagian';

/** The section a URL names; the first one for anything else. */
export function parseTab(value: string | null): SettingsTab {
  return SETTINGS_TABS.find((t) => t.id === value)?.id ?? 'opd';
}

/** Set-up belongs to a kabupaten/kota (`16.71`): a province or a kecamatan has none of its own. */
export const isRegencyCode = (code: string) => /^\d{2}\.\d{2}$/.test(code);
