// A file as it comes from an Indonesian office, turned into a table of text cells: CSV with `;`
// or `,` (Excel writes `;` where the decimal separator is a comma), UTF-8 with or without a BOM
// or Windows-1252, or an XLSX workbook (its first sheet). Nothing here knows what the columns
// mean; mapping.ts and the importers do.
import { readXlsxFirstSheet, XLSX_MAGIC } from './xlsx.js';

/** A file's rows as text, with each row's line number as a spreadsheet shows it (header = 1). */
export interface Table {
  header: string[];
  rows: TableRow[];
  /** What was read: "CSV (;) UTF-8", "CSV (,) Windows-1252", "XLSX". */
  format: string;
}

export interface TableRow {
  /** The row number a person sees in Excel: the header is row 1. */
  line: number;
  cells: string[];
}

/** The file could not be read as a table at all (not one row's fault). */
export class UnreadableFileError extends Error {
  override name = 'UnreadableFileError';
}

export function readTable(bytes: Uint8Array): Table {
  if (bytes.length === 0) throw new UnreadableFileError('The file is empty');
  if (startsWith(bytes, XLSX_MAGIC)) {
    const cells = readXlsxFirstSheet(bytes);
    return toTable(cells, 'XLSX');
  }
  if (looksBinary(bytes)) {
    throw new UnreadableFileError('This is not a CSV or XLSX file (an old .xls workbook? Save it as .xlsx or CSV)');
  }
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  return toTable(parseDelimited(text, delimiter), `CSV (${delimiter}) ${encoding}`);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** NUL bytes do not occur in text files; UTF-16 and binary workbooks have them early. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.includes(0);
}

/** UTF-8 (BOM dropped) when the bytes are valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' } {
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Windows-1252' };
  }
}

/** `;`, `,` or a tab: whichever splits the first non-empty line (outside quotes) into the most cells. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  let best = ',';
  let bestCount = 0;
  for (const candidate of [';', ',', '\t']) {
    let count = 0;
    let quoted = false;
    for (const c of firstLine) {
      if (c === '"') quoted = !quoted;
      else if (c === candidate && !quoted) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** RFC 4180 with any delimiter: quotes, doubled quotes, line breaks inside quotes, CRLF or LF. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * The first non-blank row is the header; blank rows are skipped (their numbers still count, so
 * errors name the row Excel shows); trailing empty columns are dropped.
 */
function toTable(cells: string[][], format: string): Table {
  const numbered = cells.map((c, i) => ({ line: i + 1, cells: c.map((v) => v.trim()) }));
  const nonBlank = numbered.filter((r) => r.cells.some((v) => v !== ''));
  const [headerRow, ...rows] = nonBlank;
  if (!headerRow) throw new UnreadableFileError('The file has no rows');
  let width = headerRow.cells.length;
  while (width > 0 && headerRow.cells[width - 1] === '') width--;
  if (width === 0) throw new UnreadableFileError('The header row is empty');
  return {
    header: headerRow.cells.slice(0, width),
    rows: rows.map((r) => ({ line: r.line, cells: r.cells })),
    format,
  };
}
