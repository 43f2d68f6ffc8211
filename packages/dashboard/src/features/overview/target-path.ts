// The P0 target path a region has set, read from Region.targets' progress rows (target beside
// actual, with a status per year where both exist).
import type { TargetStatus } from './headline';

export interface TargetProgressRow {
  year: number;
  target: number;
  actual: number | null;
  status: TargetStatus | null;
}

export interface TargetLike {
  name: string;
  indicator: { code: string };
  progress: readonly TargetProgressRow[];
}

export interface P0TargetPath<T extends TargetLike> {
  target: T;
  /** The path as the chart draws it, oldest first. */
  points: { year: number; value: number }[];
  /** The newest year with both an actual and a target: what the status line reports. */
  latest: (TargetProgressRow & { actual: number; status: TargetStatus }) | null;
  /** The path's last year and value: where the target ends. */
  final: { year: number; value: number } | null;
}

/** The region's P0 target with its path, or null when it has set none. */
export function p0TargetPath<T extends TargetLike>(targets: readonly T[]): P0TargetPath<T> | null {
  const target = targets.find((t) => t.indicator.code === 'P0' && t.progress.length > 0);
  if (!target) return null;
  const rows = [...target.progress].sort((a, b) => a.year - b.year);
  const points = rows.map((r) => ({ year: r.year, value: r.target }));
  const judged = rows.filter(
    (r): r is TargetProgressRow & { actual: number; status: TargetStatus } => r.actual !== null && r.status !== null,
  );
  return { target, points, latest: judged.at(-1) ?? null, final: points.at(-1) ?? null };
}
