import { describe, expect, it } from 'vitest';
import { defaultChartTheme } from '../../../lib/chart-theme';
import { MONTHS } from '../../budget/months';
import { testContext } from '../test-context';
import { barRows, buildBudgetSlides, type RakorBudgetData, withPaguLine } from './budget';

// biome-ignore lint/suspicious/noExplicitAny: option unions, narrowed loosely for assertions.
type Loose = Record<string, any>;
type Row = RakorBudgetData['budget'][number];

const row = (over: Partial<Row> & Pick<Row, 'label' | 'pagu' | 'realisasi'>): Row => ({
  key: `program:${over.label}`,
  month: 12,
  plannedCumulative: over.pagu,
  absorptionRate: over.pagu > 0 ? over.realisasi / over.pagu : null,
  plannedRate: 1,
  programCount: 1,
  reportedPrograms: 1,
  synthetic: false,
  cluster: { number: 1 },
  opd: { shortName: 'DINSOS' },
  ...over,
});

// Musi Banyuasin 2018, Klaster 1 (DESIGN.md): Rp350 juta pagu, Rp332 juta realised, one program.
const muba: RakorBudgetData = {
  budget: [
    row({ label: 'Program penanggulangan kemiskinan Dinas Sosial', pagu: 350_000_000, realisasi: 332_000_000 }),
    row({ label: 'Pelatihan usaha', pagu: 120_000_000, realisasi: 100_000_000, cluster: { number: 3 } }),
  ],
  budgetCurve: MONTHS.map((month) => ({
    month,
    planned: Math.round((350_000_000 * month) / 12),
    realised: Math.round((332_000_000 * month) / 12),
    reported: true,
  })),
  programOutcomes: { onTrackMaxGap: 0.05, atRiskMaxGap: 0.15 },
  programs: [
    {
      code: 'K1-2018-DINSOS',
      synthetic: false,
      sourceNote: 'article-004-muba: pagu Rp350 juta, realisasi Rp332 juta, 7 rumah dibedah bersama Baznas',
      source: { publisher: 'Pemberitaan Pemkab Musi Banyuasin' },
    },
  ],
};
const mubaContext = testContext({ regionCode: '16.06', regionName: 'Kabupaten Musi Banyuasin', year: 2018, clusterNumber: 1 });

describe('budget slide', () => {
  it("shows the cluster's pagu, realisasi and absorption the Indonesian way", () => {
    const [slide] = buildBudgetSlides(muba, mubaContext);
    expect(slide?.title).toBe('Pagu dan realisasi anggaran 2018');
    expect(slide?.kicker).toBe('Anggaran · Klaster 1 · Kabupaten Musi Banyuasin');
    expect(slide?.lead).toBe('Realisasi Rp332 juta dari pagu Rp350 juta (94,9%) sampai akhir Desember 2018; rencana 100%.');
    if (slide?.body.kind !== 'charts') throw new Error('charts slide expected');
    expect(slide.body.facts.map((f) => [f.label, f.value, f.note, f.tone])).toEqual([
      ['Pagu', 'Rp350 juta', '1 program', undefined],
      ['Realisasi', 'Rp332 juta', 'sampai akhir Desember 2018', undefined],
      // 5,1% short of the plan: past the on-track threshold (5%), under the off-track one (15%).
      ['Penyerapan', '94,9%', 'Berisiko · rencana sampai Desember: 100%', 'warn'],
    ]);
    expect(slide.body.charts.map((c) => c.heading)).toEqual([
      'Pagu dan realisasi per program',
      'Kurva S: realisasi kumulatif terhadap rencana',
    ]);
    // Only the cluster's own program is drawn.
    const bars = slide.body.charts[0]!.chart.build(defaultChartTheme) as Loose;
    expect(bars.series[0].data).toEqual([350_000_000]);
    const curve = slide.body.charts[1]!.chart.build(defaultChartTheme) as Loose;
    expect(curve.xAxis.data).toHaveLength(12);
    // The pagu is a labelled line, not the axis' end.
    expect(curve.yAxis.max).toBeUndefined();
    expect(curve.series[1].markLine.data).toEqual([{ yAxis: 350_000_000 }]);
    expect(curve.series[1].markLine.label.formatter).toBe('Pagu Rp350 juta');
  });

  it('names where the figures come from, the official ones by their source', () => {
    const [slide] = buildBudgetSlides(muba, mubaContext);
    expect(slide?.source).toBe(
      'Sumber: laporan bulanan OPD yang disetujui, rekap anggaran Pantau · Posisi akhir Desember 2018: bulan yang laporannya jatuh tempo hari ini. Satu-satunya program sudah punya laporan Desember yang disetujui. · angka resmi: Pemberitaan Pemkab Musi Banyuasin',
    );
    expect(slide?.synthetic).toBe(false);
  });

  it('compares the clusters for the whole TKPKD', () => {
    const data: RakorBudgetData = {
      ...muba,
      budget: [
        row({ label: 'Klaster 1', pagu: 83_900_000_000, realisasi: 56_183_932_000, plannedCumulative: 77_685_185_000, programCount: 4 }),
        row({ label: 'Klaster 2', pagu: 4_760_000_000, realisasi: 3_842_286_000, plannedCumulative: 4_407_408_000, programCount: 2 }),
      ].map((r) => ({ ...r, month: 10, synthetic: true })),
      programs: [],
    };
    const [slide] = buildBudgetSlides(data, testContext({ year: 2026 }));
    expect(slide?.kicker).toBe('Anggaran · Seluruh TKPKD · Kota Palembang');
    if (slide?.body.kind !== 'charts') throw new Error('charts slide expected');
    expect(slide.body.facts.map((f) => f.value)).toEqual(['Rp88,7 miliar', 'Rp60 miliar', '67,7%']);
    expect(slide.body.facts[2]).toMatchObject({ tone: 'bad', note: 'Tertinggal · rencana sampai Oktober: 92,6%' });
    expect(slide.body.charts[0]?.heading).toBe('Pagu dan realisasi per klaster');
    expect(slide.synthetic).toBe(true);
  });

  it('says so when the cluster has no budget that year', () => {
    const [slide] = buildBudgetSlides({ ...muba, budget: [] }, mubaContext);
    expect(slide?.body).toEqual({
      kind: 'message',
      tone: 'neutral',
      text: 'Belum ada program Klaster 1 dengan pagu untuk tahun anggaran 2018. Sekretariat TKPKD di Bappeda dapat menambahkannya.',
    });
  });

  it('keeps the largest programs as bars and sums the rest into one', () => {
    const rows = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => row({ label: `P${n}`, pagu: n * 100, realisasi: n * 50 }));
    const bars = barRows(rows, (count) => `${count} lainnya`);
    expect(bars.map((b) => b.label)).toEqual(['P8', 'P7', 'P6', 'P5', 'P4', '3 lainnya']);
    expect(bars.at(-1)).toMatchObject({ pagu: 600, realisasi: 300, absorptionRate: 0.5 });
  });

  it('leaves a chart option without a single value axis, or without pagu, as it is', () => {
    const option = { yAxis: [{ type: 'value' as const }], series: [] };
    expect(withPaguLine(option, 100, 'Pagu', defaultChartTheme)).toBe(option);
    const single = { yAxis: { type: 'value' as const }, series: [] };
    expect(withPaguLine(single, 0, 'Pagu', defaultChartTheme)).toBe(single);
  });
});
