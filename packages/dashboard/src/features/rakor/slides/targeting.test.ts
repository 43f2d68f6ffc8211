import { describe, expect, it } from 'vitest';
import { testContext } from '../test-context';
import { buildTargetingSlides, type RakorTargetingData } from './targeting';

// Kota Palembang 2026, Klaster 1, as the demo data has it.
const palembang: RakorTargetingData = {
  targeting: {
    hasData: true,
    regionName: 'Kota Palembang',
    reached: 52_671,
    eligibleReached: 49_619,
    inclusionErrorRate: 0.05794,
    exclusion: { eligible: 21_380, unreached: 3_512, exclusionErrorRate: 0.16427 },
    overlap: { households: 9_091, reached: 32_604, shareOfReached: 0.27883, eligibleUnreached: 3_512 },
    synthetic: true,
    vintage: 'registri KK sintetis, tahun anggaran 2026',
  },
};

describe('targeting slide', () => {
  it('gives three big numbers, each with what it means in plain words', () => {
    const [slide] = buildTargetingSlides(palembang, testContext({ clusterNumber: 1 }));
    expect(slide?.title).toBe('Ketepatan sasaran 2026');
    expect(slide?.lead).toBe('3.512 KK yang berhak belum menerima program apa pun; 9.091 KK menerima 3 program atau lebih.');
    if (slide?.body.kind !== 'figures') throw new Error('figures slide expected');
    expect(slide.body.figures.map((f) => [f.label, f.term, f.value])).toEqual([
      ['Bantuan salah sasaran', 'inclusion error', '5,8%'],
      ['Berhak, belum terjangkau', 'exclusion error', '16,4%'],
      ['Menerima 3 program atau lebih', 'ego sektoral', '27,9%'],
    ]);
    expect(slide.body.figures.map((f) => f.text)).toEqual([
      '3.052 dari 52.671 KK penerima program Klaster 1 berada di luar kelompok sasaran programnya.',
      '3.512 dari 21.380 KK yang berhak (miskin ekstrem atau desil 1) belum menerima satu program pun pada 2026.',
      '9.091 KK menerima 3 program atau lebih, sementara 3.512 KK yang berhak belum mendapat satu pun.',
    ]);
    // Exclusion and overlap are the region's, whatever the cluster: the slide says so.
    expect(slide.body.note).toBe(
      'Salah sasaran: program Klaster 1, dijumlah per program. Belum terjangkau dan menerima 3+ program: semua program di Kota Palembang.',
    );
    expect(slide.source).toBe('Sumber: Registri KK Pantau dan catatan penerima bantuan · registri KK sintetis, tahun anggaran 2026');
    expect(slide.synthetic).toBe(true);
  });

  it('shows hidden counts as such', () => {
    const hidden: RakorTargetingData = {
      targeting: { ...palembang.targeting, reached: null, eligibleReached: null, inclusionErrorRate: null },
    };
    const [slide] = buildTargetingSlides(hidden, testContext());
    if (slide?.body.kind !== 'figures') throw new Error('figures slide expected');
    expect(slide.body.figures[0]).toMatchObject({
      value: 'disembunyikan',
      text: 'disembunyikan dari disembunyikan KK penerima program seluruh klaster berada di luar kelompok sasaran programnya.',
    });
    expect(slide.source).toContain('disembunyikan: jumlah kecil tidak ditampilkan');
  });

  it('makes no slide for a year the rollups do not hold', () => {
    expect(buildTargetingSlides({ targeting: { ...palembang.targeting, hasData: false } }, testContext({ year: 2018 }))).toEqual([]);
  });
});
