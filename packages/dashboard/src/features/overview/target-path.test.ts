import { describe, expect, it } from 'vitest';
import { p0TargetPath } from './target-path';

const palembang = {
  name: 'Penurunan angka kemiskinan 5% per tahun (relatif)',
  indicator: { code: 'P0' },
  progress: [
    { year: 2026, target: 8.005151, actual: null, status: null },
    { year: 2024, target: 8.869973, actual: 9.77, status: 'AT_RISK' as const },
    { year: 2025, target: 8.426474, actual: 9.04, status: 'AT_RISK' as const },
  ],
};

describe('p0TargetPath', () => {
  it('reads the path in year order, the newest judged year and where the path ends', () => {
    const path = p0TargetPath([{ name: 'KK', indicator: { code: 'EXTREME_POOR_HOUSEHOLDS' }, progress: [] }, palembang]);
    expect(path?.points.map((p) => p.year)).toEqual([2024, 2025, 2026]);
    expect(path?.latest).toMatchObject({ year: 2025, actual: 9.04, status: 'AT_RISK' });
    expect(path?.final).toEqual({ year: 2026, value: 8.005151 });
  });

  it('is null without a P0 target', () => {
    expect(p0TargetPath([])).toBeNull();
    expect(p0TargetPath([{ ...palembang, progress: [] }])).toBeNull();
  });

  it('has no latest status when no year has an actual yet', () => {
    const path = p0TargetPath([{ ...palembang, progress: [{ year: 2026, target: 8, actual: null, status: null }] }]);
    expect(path?.latest).toBeNull();
  });
});
