import { describe, expect, it } from 'vitest';
import { homeRegion } from './viewer';

describe('homeRegion', () => {
  it("opens on the viewer's kabupaten/kota, or the default for deployment-wide users", () => {
    expect(homeRegion({ regionCode: '64.74' })).toBe('64.74');
    expect(homeRegion({ regionCode: '16.71.06.1005' })).toBe('16.71');
    expect(homeRegion({ regionCode: null })).toBe('16.71');
    expect(homeRegion(null)).toBe('16.71');
  });
});
