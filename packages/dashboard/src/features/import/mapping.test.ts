import { describe, expect, it } from 'vitest';
import { assignColumn, inputsKey, mappingInput, missingRequired, shownMapping, unusedColumns } from './mapping';

// A P3KE extract whose kelurahan column has a name the API does not know.
const preview = {
  header: ['ID Keluarga P3KE', 'Kode Kel', 'NIK Kepala Keluarga', 'Jumlah Anggota Keluarga', 'Catatan', ''],
  fields: [
    { key: 'sourceKey', required: true },
    { key: 'kelurahanCode', required: true },
    { key: 'nik', required: false },
    { key: 'memberCount', required: true },
    { key: 'desil', required: false },
  ],
  mapping: [
    { field: 'sourceKey', column: 'ID Keluarga P3KE' },
    { field: 'kelurahanCode', column: null },
    { field: 'nik', column: 'NIK Kepala Keluarga' },
    { field: 'memberCount', column: 'Jumlah Anggota Keluarga' },
    { field: 'desil', column: null },
  ],
};

describe('import column mapping', () => {
  it('shows what the API detected, with the required fields it could not find', () => {
    const shown = shownMapping(preview, new Map());
    expect(shown.get('sourceKey')).toBe('ID Keluarga P3KE');
    expect(missingRequired(preview.fields, shown)).toEqual(['kelurahanCode']);
    expect(unusedColumns(preview.header, shown)).toEqual(['Kode Kel', 'Catatan']);
    expect(mappingInput(new Map())).toBeNull();
  });

  it('sends only the corrections', () => {
    const shown = shownMapping(preview, new Map());
    const overrides = assignColumn(shown, new Map(), 'kelurahanCode', 'Kode Kel');
    const after = shownMapping(preview, overrides);
    expect(missingRequired(preview.fields, after)).toEqual([]);
    expect(unusedColumns(preview.header, after)).toEqual(['Catatan']);
    expect(mappingInput(overrides)).toEqual([{ field: 'kelurahanCode', column: 'Kode Kel' }]);
  });

  it('moves a column from the field that read it, so no column feeds two fields', () => {
    const shown = shownMapping(preview, new Map());
    const overrides = assignColumn(shown, new Map(), 'desil', 'NIK Kepala Keluarga');
    expect(mappingInput(overrides)).toEqual([
      { field: 'desil', column: 'NIK Kepala Keluarga' },
      { field: 'nik', column: null },
    ]);
    const after = shownMapping(preview, overrides);
    expect(after.get('nik')).toBeNull();
    expect(after.get('desil')).toBe('NIK Kepala Keluarga');
  });

  it('lets a field read no column, and a required one is then missing', () => {
    const overrides = assignColumn(shownMapping(preview, new Map()), new Map(), 'memberCount', null);
    expect(mappingInput(overrides)).toEqual([{ field: 'memberCount', column: null }]);
    expect(missingRequired(preview.fields, shownMapping(preview, overrides))).toEqual(['kelurahanCode', 'memberCount']);
  });

  it('names a check by everything it was made with', () => {
    const base = { fileId: 1, kind: 'HOUSEHOLDS', overrides: new Map<string, string | null>(), source: 'P3KE', drawnOn: '' };
    expect(inputsKey(base)).toBe(inputsKey({ ...base, overrides: new Map() }));
    expect(inputsKey(base)).not.toBe(inputsKey({ ...base, fileId: 2 }));
    expect(inputsKey(base)).not.toBe(inputsKey({ ...base, source: 'DTSEN' }));
    expect(inputsKey(base)).not.toBe(inputsKey({ ...base, drawnOn: '2026-01-15' }));
    expect(inputsKey(base)).not.toBe(inputsKey({ ...base, overrides: new Map([['desil', null]]) }));
    // The order corrections were made in does not matter.
    const ab = new Map<string, string | null>([
      ['a', 'x'],
      ['b', null],
    ]);
    const ba = new Map<string, string | null>([
      ['b', null],
      ['a', 'x'],
    ]);
    expect(inputsKey({ ...base, overrides: ab })).toBe(inputsKey({ ...base, overrides: ba }));
  });
});
