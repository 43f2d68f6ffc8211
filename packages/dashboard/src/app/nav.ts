import type { MessageKey } from '../lib/i18n';
import type { Role } from '../lib/viewer';

export type NavId =
  | 'myKelurahan'
  | 'summary'
  | 'poverty'
  | 'extremePoverty'
  | 'budget'
  | 'programs'
  | 'priorities'
  | 'followUps'
  | 'rakorMeetings'
  | 'opdReports'
  | 'households'
  | 'rakor'
  | 'import'
  | 'settings'
  | 'audit';

export interface NavItem {
  id: NavId;
  label: MessageKey;
  /** Set once the page exists; the nav shows only pages that do. */
  path?: string;
  /** Roles that see the item; every role when absent. */
  roles?: readonly Role[];
}

/**
 * The roles that read the kabupaten/kota's figures. A kelurahan operator works in its kelurahan:
 * its own page and its households (DESIGN.md, "Who uses it"), not the TKPKD's screens.
 */
const TKPKD_ROLES: readonly Role[] = ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR'];

// The planned pages, in the order the TKPKD reads them (DESIGN.md, "Who uses it"). A page joins
// the nav by getting a path here and a route in router.tsx.
export const NAV_ITEMS: readonly NavItem[] = [
  // The kelurahan operator's first page: its kelurahan's households to verify and its counts.
  { id: 'myKelurahan', label: 'nav.myKelurahan', path: '/kelurahan-saya', roles: ['REGION_OPERATOR'] },
  { id: 'summary', label: 'nav.summary', path: '/', roles: TKPKD_ROLES },
  { id: 'poverty', label: 'nav.poverty', path: '/kemiskinan', roles: TKPKD_ROLES },
  { id: 'extremePoverty', label: 'nav.extremePoverty', path: '/kemiskinan-ekstrem', roles: TKPKD_ROLES },
  { id: 'budget', label: 'nav.budget', path: '/anggaran', roles: TKPKD_ROLES },
  { id: 'programs', label: 'nav.programs', path: '/program', roles: TKPKD_ROLES },
  { id: 'priorities', label: 'nav.priorities', path: '/prioritas', roles: TKPKD_ROLES },
  { id: 'followUps', label: 'nav.followUps', path: '/tindak-lanjut', roles: TKPKD_ROLES },
  // Scheduling a rakor and recording its decisions: those who run one, and the chair who reads them.
  { id: 'rakorMeetings', label: 'nav.rakorMeetings', path: '/rapat-koordinasi', roles: ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD'] },
  { id: 'opdReports', label: 'nav.opdReports', path: '/laporan', roles: ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR'] },
  { id: 'households', label: 'nav.households', path: '/rumah-tangga', roles: ['ADMIN', 'REGION_OPERATOR'] },
  // Those who present at a rakor: the chair, cluster heads, and the secretariat that runs it.
  { id: 'rakor', label: 'nav.rakor', path: '/rakor', roles: ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD'] },
  // The secretariat's tool for bringing data in; the API allows ADMIN only.
  { id: 'import', label: 'nav.import', path: '/impor', roles: ['ADMIN'] },
  // The secretariat's set-up and the log of every write; the API allows ADMIN only.
  { id: 'settings', label: 'nav.settings', path: '/pengaturan', roles: ['ADMIN'] },
  { id: 'audit', label: 'nav.audit', path: '/audit', roles: ['ADMIN'] },
];

type BuiltNavItem = NavItem & { path: string };

export const BUILT_NAV_ITEMS = NAV_ITEMS.filter((item): item is BuiltNavItem => item.path !== undefined);

/** The pages a role sees in the nav. */
export function navItemsFor(role: Role): BuiltNavItem[] {
  return BUILT_NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}

/**
 * Where each role lands after signing in: what it opens Pantau for (DESIGN.md, "Who uses it").
 * Until a page exists its role lands on Ringkasan (landingPath).
 */
export const LANDING: Readonly<Record<Role, NavId>> = {
  EXECUTIVE: 'summary',
  ADMIN: 'summary',
  CLUSTER_HEAD: 'programs',
  OPD_OPERATOR: 'opdReports',
  REGION_OPERATOR: 'myKelurahan',
};

export const LOGIN_PATH = '/masuk';
/** The first-run set-up page; the server prints its link (with the token after `#`) at start. */
export const SETUP_PATH = '/siapkan';
/** The query parameter that carries the page to return to after signing in. */
export const NEXT_PARAM = 'lanjut';

/** True when the role's nav offers the page at `path`. */
export function offers(role: Role, path: string): boolean {
  return navItemsFor(role).some((item) => item.path === path);
}

export function landingPath(role: Role): string {
  const item = BUILT_NAV_ITEMS.find((i) => i.id === LANDING[role]);
  return item && (!item.roles || item.roles.includes(role)) ? item.path : '/';
}

/** The login address that comes back to `path` (path, search and hash of this app). */
export function loginPathFor(path: string): string {
  const next = safeNext(path);
  return next && next !== '/' ? `${LOGIN_PATH}?${NEXT_PARAM}=${encodeURIComponent(next)}` : LOGIN_PATH;
}

/**
 * `lanjut` as a path inside the dashboard, or null: an absolute URL, a protocol-relative `//host`
 * or a backslash trick would send a user who just typed their password to another site.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
  if (next === LOGIN_PATH || next.startsWith(`${LOGIN_PATH}?`) || next.startsWith(`${LOGIN_PATH}/`)) return null;
  return next;
}
