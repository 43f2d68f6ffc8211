import { describe, expect, it } from 'vitest';
import { testContext } from '../test-context';
import { buildOutcomeSlides, MAX_ROWS, type RakorOutcomesData, rankOutcomes } from './program-outcomes';

type Outcome = RakorOutcomesData['programOutcomes']['programs'][number];

let nextId = 1;
const outcome = (name: string, status: Outcome['status'], pagu: number, over: Partial<Outcome> = {}): Outcome => {
  const id = nextId++;
  return {
    program: {
      id,
      code: `K1-${id}`,
      name,
      synthetic: true,
      sourceNote: null,
      source: null,
      outputUnit: 'KK menerima BLT',
      opd: { shortName: 'DINSOS' },
      cluster: { number: 1 },
    },
    beneficiariesReached: 7040,
    beneficiaryTarget: 8096,
    reachRate: 7040 / 8096,
    outputCumulative: 6484,
    outputTarget: 8096,
    outputRate: 6484 / 8096,
    absorptionRate: 0.758,
    pagu,
    status,
    source: 'BENEFIT_RECORDS',
    ...over,
  };
};

const data = (programs: Outcome[]): RakorOutcomesData => ({
  programOutcomes: {
    month: 10,
    statusCounts: {
      onTrack: programs.filter((p) => p.status === 'ON_TRACK').length,
      atRisk: programs.filter((p) => p.status === 'AT_RISK').length,
      offTrack: programs.filter((p) => p.status === 'OFF_TRACK').length,
    },
    programs,
  },
});

describe('program outcomes slide', () => {
  it('lists the programs behind plan first, with the status in words, colour and a symbol', () => {
    const programs = [
      outcome('Beasiswa siswa dari keluarga miskin', 'AT_RISK', 8_210_000_000),
      outcome('Bantuan langsung tunai miskin ekstrem', 'ON_TRACK', 7_480_000_000),
      outcome('Iuran PBI JKN daerah', 'OFF_TRACK', 47_020_000_000),
    ];
    const [slide] = buildOutcomeSlides(data(programs), testContext({ clusterNumber: 1 }));
    expect(slide?.title).toBe('Capaian program 2026');
    expect(slide?.kicker).toBe('Capaian program · Klaster 1 · Kota Palembang');
    expect(slide?.lead).toBe('Dari 3 program, 1 tertinggal dan 1 berisiko terhadap rencana penyerapan; posisi akhir Oktober 2026.');
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.chips.map((c) => [c.value, c.label, c.tone, c.icon])).toEqual([
      ['1', 'sesuai rencana', 'good', 'check'],
      ['1', 'berisiko', 'warn', 'alert'],
      ['1', 'tertinggal', 'bad', 'cross'],
    ]);
    expect(slide.body.columns.map((c) => c.label)).toEqual(['Program', 'Status anggaran', 'KK terjangkau', 'Output', 'Penyerapan']);
    expect(slide.body.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(1);
    expect(slide.body.rows.map((r) => [r.cells[0]?.text, r.cells[1]?.text, r.cells[1]?.tone, r.cells[1]?.icon])).toEqual([
      ['Iuran PBI JKN daerah', 'Tertinggal', 'bad', 'cross'],
      ['Beasiswa siswa dari keluarga miskin', 'Berisiko', 'warn', 'alert'],
      ['Bantuan langsung tunai miskin ekstrem', 'Sesuai rencana', 'good', 'check'],
    ]);
    const [name, , reached, output, absorption] = slide.body.rows[0]!.cells;
    expect(name?.sub).toBe('DINSOS · output: KK menerima BLT');
    expect(reached).toMatchObject({ text: '87%', sub: '7.040 dari 8.096' });
    expect(output).toMatchObject({ text: '80,1%', sub: '6.484 dari 8.096' });
    expect(absorption?.text).toBe('75,8%');
    expect(slide.body.more).toBeNull();
    expect(slide.synthetic).toBe(true);
    expect(slide.source).toBe(
      'Sumber: laporan bulanan OPD yang disetujui; KK terjangkau dari catatan penerima bantuan di Registri KK Pantau · tahun anggaran 2026, posisi akhir Oktober',
    );
  });

  it('shows at most MAX_ROWS rows and says how many more there are, by status', () => {
    const programs = Array.from({ length: 10 }, (_, i) =>
      outcome(`Program ${i + 1}`, i < 2 ? 'OFF_TRACK' : i < 8 ? 'AT_RISK' : 'ON_TRACK', 1000 - i),
    );
    const [slide] = buildOutcomeSlides(data(programs), testContext());
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.rows).toHaveLength(MAX_ROWS - 1);
    expect(slide.body.more).toBe('… dan 8 program lainnya (6 berisiko, 2 sesuai rencana); rinciannya di halaman Program & klaster.');
    // For the whole TKPKD each program says its cluster.
    expect(slide.body.rows[0]?.cells[0]?.sub).toBe('DINSOS · Klaster 1 · output: KK menerima BLT');
    // A status nobody is in is not coloured as a warning.
    expect(slide.body.chips.map((c) => c.tone)).toEqual(['good', 'warn', 'bad']);
  });

  it('says so when every program is on plan, and greys out the empty statuses', () => {
    const [slide] = buildOutcomeSlides(data([outcome('Bedah rumah', 'ON_TRACK', 10)]), testContext({ clusterNumber: 4 }));
    expect(slide?.lead).toBe('Semua 1 program sesuai rencana penyerapan, posisi akhir Oktober 2026.');
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.chips.map((c) => c.tone)).toEqual(['good', 'neutral', 'neutral']);
  });

  it('shows a dash for a rate without a target', () => {
    const [slide] = buildOutcomeSlides(
      data([outcome('Tanpa target', 'AT_RISK', 10, { reachRate: null, outputRate: null })]),
      testContext(),
    );
    if (slide?.body.kind !== 'table') throw new Error('table slide expected');
    expect(slide.body.rows[0]?.cells.slice(2, 4).map((c) => c.text)).toEqual(['–', '–']);
  });

  it('explains an empty cluster instead of drawing an empty table', () => {
    const [slide] = buildOutcomeSlides(data([]), testContext({ clusterNumber: 2, year: 2018 }));
    expect(slide?.body).toEqual({
      kind: 'message',
      tone: 'neutral',
      text: 'Belum ada program Klaster 2 untuk tahun anggaran 2018, jadi belum ada capaian yang dapat ditampilkan.',
    });
  });

  it('ranks off track, at risk, on track, the largest pagu first', () => {
    const ranked = rankOutcomes([
      outcome('a', 'ON_TRACK', 5),
      outcome('b', 'AT_RISK', 1),
      outcome('c', 'AT_RISK', 9),
      outcome('d', 'OFF_TRACK', 1),
    ]);
    expect(ranked.map((p) => p.program.name)).toEqual(['d', 'c', 'b', 'a']);
  });
});
