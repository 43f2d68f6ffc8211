// The six kinds of file Pantau imports, as the page names them: in the order a new kabupaten/kota
// brings them (regions before households, households before benefits, programs before budget),
// with the words of the page, the template's file name, and where their figures show afterwards.
import type { NavId } from '../../app/nav';
import type { MessageKey } from '../../lib/i18n';

/** The schema's ImportKind enum. */
export type ImportKind = 'REGIONS' | 'HOUSEHOLDS' | 'BENEFITS' | 'INDICATORS' | 'PROGRAMS' | 'BUDGET';

export interface KindInfo {
  kind: ImportKind;
  /** Indonesian slug: `?jenis=rumah-tangga`, `templat-rumah-tangga.csv`. */
  slug: string;
  label: MessageKey;
  explanation: MessageKey;
  /** Pages whose figures the import changes, first the one to look at. */
  pages: readonly NavId[];
}

export const IMPORT_KINDS: readonly KindInfo[] = [
  { kind: 'REGIONS', slug: 'wilayah', label: 'import.kind.REGIONS', explanation: 'import.kind.REGIONS.hint', pages: ['extremePoverty'] },
  {
    kind: 'HOUSEHOLDS',
    slug: 'rumah-tangga',
    label: 'import.kind.HOUSEHOLDS',
    explanation: 'import.kind.HOUSEHOLDS.hint',
    pages: ['extremePoverty', 'summary', 'households'],
  },
  {
    kind: 'BENEFITS',
    slug: 'penerima-bantuan',
    label: 'import.kind.BENEFITS',
    explanation: 'import.kind.BENEFITS.hint',
    pages: ['programs', 'households'],
  },
  {
    kind: 'INDICATORS',
    slug: 'indikator',
    label: 'import.kind.INDICATORS',
    explanation: 'import.kind.INDICATORS.hint',
    pages: ['poverty', 'summary'],
  },
  {
    kind: 'PROGRAMS',
    slug: 'program',
    label: 'import.kind.PROGRAMS',
    explanation: 'import.kind.PROGRAMS.hint',
    pages: ['programs', 'budget'],
  },
  {
    kind: 'BUDGET',
    slug: 'realisasi-anggaran',
    label: 'import.kind.BUDGET',
    explanation: 'import.kind.BUDGET.hint',
    pages: ['budget', 'summary'],
  },
];

export function kindInfo(kind: ImportKind): KindInfo {
  const info = IMPORT_KINDS.find((k) => k.kind === kind);
  if (!info) throw new Error(`unknown import kind ${kind}`);
  return info;
}

/** The kind a `?jenis=` slug names, or null. */
export function kindOfSlug(slug: string | null): ImportKind | null {
  return IMPORT_KINDS.find((k) => k.slug === slug)?.kind ?? null;
}

/** `templat-rumah-tangga.csv` */
export function templateFileName(kind: ImportKind): string {
  return `templat-${kindInfo(kind).slug}.csv`;
}

/** `p3ke-kupang.csv` → `p3ke-kupang.errors.csv`: the errors beside the file they are about. */
export function errorsFileName(fileName: string): string {
  const base = fileName.replace(/\.(csv|xlsx|xls|txt)$/i, '') || 'impor';
  return `${base}.errors.csv`;
}

/** The registries a household file can be an extract of (ImportHouseholdSource). */
export const HOUSEHOLD_SOURCES = ['P3KE', 'DTSEN', 'DTKS', 'LOCAL_SURVEY'] as const;
export type HouseholdSource = (typeof HOUSEHOLD_SOURCES)[number];
