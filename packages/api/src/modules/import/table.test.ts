import { describe, expect, it } from 'vitest';
import { xlsx } from '../../test/xlsx.js';
import { readTable, UnreadableFileError } from './table.js';

const bytes = (text: string, encoding: 'utf8' | 'latin1' = 'utf8') => new Uint8Array(Buffer.from(text, encoding));

describe('reading a file into a table', () => {
  it('reads semicolon CSV with a BOM, skipping blank rows and trailing empty columns, keeping Excel row numbers', () => {
    const table = readTable(bytes('\ufeffkode;nama;;\r\n53.71.01;Alak;;\r\n;;;\r\n53.71.02;"Maulafa; Kota";;\r\n'));
    expect(table.format).toBe('CSV (;) UTF-8');
    expect(table.header).toEqual(['kode', 'nama']);
    expect(table.rows.map((r) => [r.line, r.cells[0], r.cells[1]])).toEqual([
      [2, '53.71.01', 'Alak'],
      [4, '53.71.02', 'Maulafa; Kota'],
    ]);
  });

  it('reads comma CSV and Windows-1252 text (Excel on Windows)', () => {
    const table = readTable(bytes('kode,nama\n53.71.01.1001,Fatululi Sélatan\n', 'latin1'));
    expect(table.format).toBe('CSV (,) Windows-1252');
    expect(table.rows[0]!.cells[1]).toBe('Fatululi Sélatan');
  });

  it('reads the first sheet of an XLSX workbook, numbers and text alike', () => {
    const table = readTable(xlsx([['Kode', 'Nama', 'Jumlah'], ['53.71.01', 'Alak & Co', 1250000], [], ['53.71.02', 'Maulafa', 3.5]]));
    expect(table.format).toBe('XLSX');
    expect(table.rows.map((r) => [r.line, ...r.cells])).toEqual([
      [2, '53.71.01', 'Alak & Co', '1250000'],
      [4, '53.71.02', 'Maulafa', '3.5'],
    ]);
    expect(readTable(xlsx([['a'], ['b']], { compress: false })).rows[0]!.cells).toEqual(['b']);
  });

  it('says what is wrong with a file that is not a table', () => {
    expect(() => readTable(new Uint8Array())).toThrow('The file is empty');
    expect(() => readTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]))).toThrow(/old \.xls workbook/);
    expect(() => readTable(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toThrow(UnreadableFileError);
    expect(() => readTable(bytes('\n\n;;\n'))).toThrow('The file has no rows');
  });
});
