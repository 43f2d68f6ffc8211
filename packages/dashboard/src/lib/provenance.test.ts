import { describe, expect, it } from 'vitest';
import { provenanceOf, registryProvenance } from './provenance';

const bps = { title: 'Persentase Penduduk Miskin (P0)', publisher: 'Badan Pusat Statistik', synthetic: false };
const demo = { title: 'Generator data demo', publisher: 'Pantau', synthetic: true };

describe('provenanceOf', () => {
  it('lists distinct sources and takes the newest vintage', () => {
    const p = provenanceOf([
      { vintage: '2024', synthetic: false, source: bps },
      { vintage: '2025', synthetic: false, source: bps },
    ]);
    expect(p).toEqual({
      sources: [{ title: bps.title, publisher: bps.publisher }],
      vintage: '2025',
      synthetic: false,
    });
  });

  it('is synthetic when any value or its source is', () => {
    expect(provenanceOf([{ vintage: '2025', synthetic: true, source: bps }])?.synthetic).toBe(true);
    expect(
      provenanceOf([
        { vintage: '2024', synthetic: false, source: bps },
        { vintage: '2025', synthetic: false, source: demo },
      ]),
    ).toMatchObject({ synthetic: true, sources: [{ publisher: bps.publisher }, { publisher: 'Pantau' }] });
  });

  it('is null without values', () => {
    expect(provenanceOf([])).toBeNull();
  });

  it("leaves the registry count's synthetic flag unknown", () => {
    expect(registryProvenance('Registri KK Pantau')).toMatchObject({ synthetic: null, vintage: null });
  });
});
