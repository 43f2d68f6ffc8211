// Pure helpers for a target against its actuals (DESIGN.md, Targets): how a target is stated,
// how its values are written, and what each year's status looks like on screen.
import { formatCount, formatDecimal, formatPercentValue, formatRate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n';
import { statusLabel } from '../../lib/status';

export type TargetStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';
export type TargetShape = 'ANNUAL_POINT_REDUCTION' | 'ANNUAL_RELATIVE_REDUCTION' | 'ANNUAL_COUNT_REDUCTION' | 'ZERO_BY_DATE';

export interface StatusLook {
  /** Okabe & Ito colours: green, orange, vermillion stay apart for the common colour-vision deficiencies. */
  color: string;
  /** ECharts symbol of the year's point: the shape tells the status without colour. */
  symbol: 'circle' | 'triangle' | 'diamond';
  /** A text mark beside the label in tables and legends. */
  icon: string;
  label: MessageKey;
  /** CSS modifier, `status--on-track`. */
  modifier: string;
}

export const STATUS_LOOK: Readonly<Record<TargetStatus, StatusLook>> = {
  ON_TRACK: { color: '#009E73', symbol: 'circle', icon: '✓', label: statusLabel('ON_TRACK', 'target'), modifier: 'on-track' },
  AT_RISK: { color: '#E69F00', symbol: 'triangle', icon: '!', label: statusLabel('AT_RISK', 'target'), modifier: 'at-risk' },
  OFF_TRACK: { color: '#D55E00', symbol: 'diamond', icon: '✕', label: statusLabel('OFF_TRACK', 'target'), modifier: 'off-track' },
};

export const STATUSES: readonly TargetStatus[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

/** Indicator units as the API names them. */
export type UnitKind = 'percent' | 'index' | 'households' | 'persons' | 'thousandPersons' | 'rupiah' | 'other';

export function unitKind(unit: string): UnitKind {
  const u = unit.trim().toLowerCase();
  if (u === 'percent' || u === 'persen' || u === '%') return 'percent';
  if (u === 'index') return 'index';
  if (u === 'households') return 'households';
  if (u === 'persons') return 'persons';
  if (u === 'thousand persons') return 'thousandPersons';
  if (u.startsWith('rupiah')) return 'rupiah';
  return 'other';
}

/**
 * A value of an indicator in its unit, the house way: `5,24%`, `0,54`, `2.200 KK`, `2.900 jiwa`,
 * `Rp660.705`. BPS publishes poor population in thousands; it is shown in persons.
 */
export function formatIndicatorValue(value: number, unit: string, words: { households: string; persons: string }): string {
  switch (unitKind(unit)) {
    case 'percent':
      return formatPercentValue(value);
    case 'index':
      return formatDecimal(value, 2);
    case 'households':
      return `${formatCount(value)} ${words.households}`;
    case 'persons':
      return `${formatCount(value)} ${words.persons}`;
    case 'thousandPersons':
      return `${formatCount(Math.round(value * 1000))} ${words.persons}`;
    case 'rupiah':
      return formatRupiahWhole(value);
    default:
      return formatDecimal(value, Number.isInteger(value) ? 0 : 2);
  }
}

/** An axis tick with only the decimals it has: `2`, `2,5`, `0,25`. */
export function formatTick(v: number): string {
  const digits = Number.isInteger(v) ? 0 : Number.isInteger(v * 10) ? 1 : 2;
  return formatDecimal(v, digits);
}

/** A whole-rupiah amount in full, as a poverty line is quoted: `Rp660.705`. */
export function formatRupiahWhole(n: number): string {
  return Number.isFinite(n) ? `${n < 0 ? '-' : ''}Rp${formatCount(Math.abs(Math.round(n)))}` : formatCount(n);
}

export interface TargetStatement {
  shape: TargetShape;
  annualStep: number | null;
  dueDate: string | null;
  unit: string;
}

/**
 * The message and values that state a target's step: `−0,5 poin per tahun`, `−5% per tahun dari
 * angka tahun sebelumnya`, `−300 KK per tahun`, `nol paling lambat …`. Padang Panjang's "0.5% a
 * year" is percentage points (DESIGN.md, Targets); the API says so with ANNUAL_POINT_REDUCTION.
 */
export function targetStepMessage(target: TargetStatement): { key: MessageKey; step: string } {
  const step = target.annualStep ?? 0;
  switch (target.shape) {
    case 'ANNUAL_POINT_REDUCTION':
      return { key: 'poverty.target.step.points', step: formatDecimal(step, Number.isInteger(step) ? 0 : 1) };
    case 'ANNUAL_RELATIVE_REDUCTION':
      return { key: 'poverty.target.step.relative', step: formatRate(step) };
    case 'ANNUAL_COUNT_REDUCTION':
      return {
        key: unitKind(target.unit) === 'households' ? 'poverty.target.step.households' : 'poverty.target.step.count',
        step: formatCount(step),
      };
    case 'ZERO_BY_DATE':
      return { key: 'poverty.target.step.zero', step: '' };
  }
}

/** The gap as the API gives it, (actual − target) / target: `+24,9%` behind, `-5,3%` ahead. */
export function formatGap(gap: number | null): string {
  if (gap === null || !Number.isFinite(gap)) return '–';
  const rounded = Math.round(gap * 1000) / 1000;
  if (rounded === 0) return formatRate(0);
  return `${rounded > 0 ? '+' : '-'}${formatRate(Math.abs(rounded))}`;
}

/** actual − target in the indicator's unit: `+0,68 poin` for P0, `+50 KK` for a count. */
export function formatDifference(actual: number, target: number, unit: string, words: { points: string; households: string }): string {
  const kind = unitKind(unit);
  const diff = actual - target;
  const digits = kind === 'percent' || kind === 'index' ? 2 : 0;
  const rounded = Number(diff.toFixed(digits));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '-' : '';
  const magnitude = digits ? formatDecimal(Math.abs(rounded), digits) : formatCount(Math.abs(rounded));
  const suffix = kind === 'percent' ? ` ${words.points}` : kind === 'households' ? ` ${words.households}` : '';
  return `${sign}${magnitude}${suffix}`;
}

export interface ProgressYear {
  year: number;
  target: number;
  actual: number | null;
  gap: number | null;
  status: TargetStatus | null;
  actualSource: string | null;
  actualSynthetic: boolean | null;
}

/** How many years are on track, at risk, off track, and the newest year with a status. */
export function summariseProgress(progress: readonly ProgressYear[]): {
  counts: Record<TargetStatus, number>;
  latest: ProgressYear | null;
} {
  const counts: Record<TargetStatus, number> = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0 };
  let latest: ProgressYear | null = null;
  for (const p of progress) {
    if (!p.status) continue;
    counts[p.status] += 1;
    if (!latest || p.year > latest.year) latest = p;
  }
  return { counts, latest };
}
