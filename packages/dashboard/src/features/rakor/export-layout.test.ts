import { describe, expect, it } from 'vitest';
import type { Slide } from './deck';
import {
  type Box,
  estimateLines,
  ICON_STROKES,
  type IconBox,
  type LayoutWords,
  layoutSlide,
  PDF_FRAME,
  PPTX_FRAME,
  type TextBox,
} from './export-layout';

const words: LayoutWords = {
  agenda: 'Agenda',
  synthetic: 'sintetis',
  zeroReached: 'Nol tercapai',
  notYet: 'Belum nol',
  suppressed: 'Belum nol; jumlah disembunyikan demi privasi',
  hidden: 'disembunyikan',
  households: 'KK',
  target: 'Target',
  counter: (c, n) => `${c} / ${n}`,
  kecamatan: (name) => `Kec. ${name}`,
};
const meta = { index: 1, total: 4, stamp: 'Data per 23 November 2026 pukul 09.05', words };

const chartSlide: Slide = {
  id: 'poverty-target',
  kicker: 'Kemiskinan · Kota Palembang',
  title: 'Persentase penduduk miskin terhadap target',
  lead: 'P0 9,04% pada 2025, masih di atas jalur target (8,43%).',
  body: {
    kind: 'chart',
    chart: { label: 'P0', summary: '', build: () => ({ series: [] }) },
    facts: [
      { label: 'P0 tahun 2025', value: '9,04%', note: 'Turun 0,73 poin dari 2024', tone: 'good' },
      { label: 'Target tahun 2025', value: '8,43%', note: 'Di atas jalur target', tone: 'bad' },
    ],
  },
  source: 'Sumber: BPS',
  synthetic: true,
};

const areasSlide: Slide = {
  id: 'priority-areas',
  kicker: 'Wilayah prioritas · Kota Bontang',
  title: 'Lokasi intervensi prioritas kemiskinan ekstrem',
  body: {
    kind: 'areas',
    target: 'Nol kemiskinan ekstrem, paling lambat 31 Desember 2026',
    summary: '2 dari 4 kelurahan sudah nol',
    allZero: false,
    areas: [
      { name: 'Lok Tuan', parentName: 'Bontang Utara', value: 2 },
      { name: 'Tanjung Laut', parentName: 'Bontang Selatan', value: null },
      { name: 'Api-api', parentName: 'Bontang Utara', value: 0 },
      { name: 'Tanjung Laut Indah', parentName: 'Bontang Selatan', value: 0 },
    ],
  },
};

const texts = (boxes: Box[]) => boxes.filter((b): b is TextBox => b.kind === 'text');
const inside = (b: Box, frame: { width: number; height: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.w <= frame.width + 0.5 && b.y + b.h <= frame.height + 0.5;

describe('layoutSlide', () => {
  for (const [name, frame] of [
    ['PPTX 16:9', PPTX_FRAME],
    ['PDF 16:9', PDF_FRAME],
  ] as const) {
    it(`puts title, lead, chart, facts and footer inside the ${name} frame`, () => {
      const boxes = layoutSlide(chartSlide, meta, frame);
      for (const box of boxes) expect(inside(box, frame), JSON.stringify({ ...box, chart: undefined })).toBe(true);
      // Read from the back of the room: 16 px or more on a 1024-pixel projector, the footer aside.
      for (const b of texts(boxes)) if (b.role !== 'footer') expect(b.size, b.text).toBeGreaterThanOrEqual(30);
      const title = texts(boxes).find((b) => b.role === 'title');
      expect(title?.text).toBe(chartSlide.title);
      expect(title?.size).toBe(56);
      const chart = boxes.find((b) => b.kind === 'chart');
      expect(chart?.w).toBeGreaterThan(frame.width * 0.5);
      expect(texts(boxes).map((b) => b.text)).toEqual(
        expect.arrayContaining(['9,04%', '8,43%', 'sintetis', 'Sumber: BPS', 'Data per 23 November 2026 pukul 09.05   ·   2 / 4']),
      );
    });
  }

  it('draws a card per place, green at zero, and never a number over a name', () => {
    const boxes = layoutSlide(areasSlide, meta, PPTX_FRAME);
    const values = texts(boxes).filter((b) => b.size === 96 || b.text === 'disembunyikan');
    expect(values.map((b) => b.text)).toEqual(['2 KK', 'disembunyikan', '0 KK', '0 KK']);
    const names = texts(boxes).filter((b) => b.size === 36);
    for (const [i, value] of values.entries()) expect(value.y).toBeGreaterThanOrEqual(names[i]!.y + names[i]!.h);
    expect(texts(boxes).map((b) => b.text)).toEqual(
      expect.arrayContaining(['✓ Nol tercapai', 'Belum nol', 'Belum nol; jumlah disembunyikan demi privasi']),
    );
    for (const box of boxes) expect(inside(box, PPTX_FRAME)).toBe(true);
  });

  it('gives the cover its region, cluster and agenda on the brand colour', () => {
    const cover: Slide = {
      id: 'cover',
      kicker: 'Tim Koordinasi Penanggulangan Kemiskinan Daerah',
      title: 'Rapat Koordinasi TKPKD',
      body: {
        kind: 'cover',
        regionName: 'Kota Palembang',
        parentName: 'Sumatera Selatan',
        clusterLabel: 'Seluruh TKPKD',
        yearLabel: 'Tahun anggaran 2026',
        dateLabel: '23 November 2026',
        agenda: ['Persentase penduduk miskin terhadap target', 'KK miskin ekstrem per kecamatan'],
      },
    };
    const boxes = layoutSlide(cover, { ...meta, index: 0 }, PPTX_FRAME);
    expect(boxes[0]).toMatchObject({ kind: 'rect', fill: '#0b3d5c', w: 1920, h: 1080 });
    expect(texts(boxes).map((b) => b.text)).toEqual(
      expect.arrayContaining([
        'Rapat Koordinasi TKPKD',
        'Kota Palembang',
        'Seluruh TKPKD',
        'Tahun anggaran 2026 · 23 November 2026',
        'Agenda',
        '1.  Persentase penduduk miskin terhadap target',
      ]),
    );
  });

  it('puts the budget facts in a row above two charts', () => {
    const slide: Slide = {
      id: 'budget',
      kicker: 'Anggaran · Klaster 1 · Kabupaten Musi Banyuasin',
      title: 'Pagu dan realisasi anggaran 2018',
      body: {
        kind: 'charts',
        facts: [
          { label: 'Pagu', value: 'Rp350 juta' },
          { label: 'Realisasi', value: 'Rp332 juta' },
          { label: 'Penyerapan', value: '94,9%', note: 'Berisiko', tone: 'warn' },
        ],
        charts: [
          { heading: 'Pagu dan realisasi per program', chart: { label: 'a', summary: '', build: () => ({}) } },
          { heading: 'Kurva S', chart: { label: 'b', summary: '', build: () => ({}) } },
        ],
      },
    };
    for (const frame of [PPTX_FRAME, PDF_FRAME]) {
      const boxes = layoutSlide(slide, meta, frame);
      for (const box of boxes) expect(inside(box, frame), JSON.stringify({ ...box, chart: undefined })).toBe(true);
      const values = texts(boxes).filter((b) => b.size === 64);
      expect(values.map((b) => b.text)).toEqual(['Rp350 juta', 'Rp332 juta', '94,9%']);
      expect(new Set(values.map((b) => b.y)).size).toBe(1);
      const charts = boxes.filter((b) => b.kind === 'chart');
      expect(charts).toHaveLength(2);
      expect(charts[0]!.y).toBeGreaterThan(values[0]!.y + values[0]!.h);
      expect(charts[0]!.x + charts[0]!.w).toBeLessThan(charts[1]!.x);
      // At risk: amber, told from red (#a33a00) and green by its text too.
      expect(texts(boxes).find((b) => b.text === 'Berisiko')?.color).toBe('#7a4d00');
    }
  });

  it('draws a table with its status marks as shapes, fitting the slide with the largest type it can', () => {
    const row = (i: number) => ({
      id: String(i),
      cells: [
        { text: `Program ${i} dengan nama yang cukup panjang`, sub: 'DINSOS · output: KK menerima BLT', strong: true },
        { text: 'Terlambat 25 hari', sub: 'Berjalan', tone: 'bad' as const, icon: 'clock' as const, strong: true },
        { text: '87%', sub: '7.040 dari 8.096' },
      ],
    });
    const table = (rows: number): Slide => ({
      id: 'program-outcomes',
      kicker: 'Capaian program',
      title: 'Capaian program 2026',
      lead: 'Dari 7 program, 2 tertinggal dan 5 berisiko.',
      body: {
        kind: 'table',
        caption: 'Capaian program',
        chips: [{ label: 'lewat tenggat', value: '2', tone: 'bad', icon: 'clock' }],
        columns: [
          { label: 'Program', width: 0.5 },
          { label: 'Status', width: 0.3 },
          { label: 'KK terjangkau', width: 0.2, align: 'right' },
        ],
        rows: Array.from({ length: rows }, (_, i) => row(i + 1)),
        more: rows > 2 ? '… dan 3 program lainnya' : null,
      },
    });
    // Five rows, the most a slide builder gives at the 30 px type (follow-ups' MAX_ROWS).
    for (const frame of [PPTX_FRAME, PDF_FRAME]) {
      const boxes = layoutSlide(table(5), meta, frame);
      for (const box of boxes) expect(inside(box, frame), JSON.stringify(box)).toBe(true);
      const icons = boxes.filter((b): b is IconBox => b.kind === 'icon');
      expect(icons).toHaveLength(6); // the chip's and one per row
      expect(icons[0]).toMatchObject({ icon: 'clock', fill: '#a33a00', glyph: '#ffffff' });
      const late = texts(boxes).filter((b) => b.text === 'Terlambat 25 hari');
      expect(late).toHaveLength(5);
      expect(late[0]?.color).toBe('#a33a00');
      // Rows stack down the slide and the "more" line comes last, above the footer.
      for (let i = 1; i < late.length; i++) expect(late[i]!.y).toBeGreaterThan(late[i - 1]!.y);
      const more = texts(boxes).find((b) => b.text === '… dan 3 program lainnya')!;
      expect(more.y).toBeGreaterThan(late.at(-1)!.y);
      expect(more.y + more.h).toBeLessThanOrEqual(frame.height - 84);
    }
    // Two rows read larger than five, and none below the projector's 16 px (30 px of 1920).
    const size = (slide: Slide) => texts(layoutSlide(slide, meta, PPTX_FRAME)).find((b) => b.text === '87%')!.size;
    expect(size(table(2))).toBeGreaterThan(size(table(5)));
    expect(size(table(5))).toBeGreaterThanOrEqual(30);
  });

  it('lines the big numbers of the targeting cards up, whatever their labels', () => {
    const slide: Slide = {
      id: 'targeting',
      kicker: 'Ketepatan sasaran',
      title: 'Ketepatan sasaran 2026',
      body: {
        kind: 'figures',
        figures: [
          { label: 'Bantuan salah sasaran', term: 'inclusion error', value: '5,8%', text: 'a' },
          { label: 'Berhak, belum terjangkau', term: 'exclusion error', value: '16,4%', text: 'b' },
          { label: 'Menerima 3 program atau lebih, sebuah label yang panjang sekali', term: 'ego sektoral', value: '27,9%', text: 'c' },
        ],
        note: 'Salah sasaran dijumlah per program.',
      },
    };
    const boxes = layoutSlide(slide, meta, PPTX_FRAME);
    for (const box of boxes) expect(inside(box, PPTX_FRAME)).toBe(true);
    const values = texts(boxes).filter((b) => ['5,8%', '16,4%', '27,9%'].includes(b.text));
    expect(values).toHaveLength(3);
    expect(new Set(values.map((b) => b.y)).size).toBe(1);
    expect(texts(boxes).map((b) => b.text)).toEqual(expect.arrayContaining(['(inclusion error)', 'Salah sasaran dijumlah per program.']));
  });

  it('draws every glyph inside its circle', () => {
    for (const strokes of Object.values(ICON_STROKES))
      for (const stroke of strokes) for (const v of stroke) expect(v >= 3 && v <= 21).toBe(true);
  });

  it('estimates wrapped lines generously', () => {
    expect(estimateLines('Pantau', 56, 1728)).toBe(1);
    expect(estimateLines('kata '.repeat(100), 32, 800)).toBeGreaterThan(5);
    expect(estimateLines('baris satu\nbaris dua', 20, 1000)).toBe(2);
  });
});
