// Reads the first sheet of an XLSX workbook as text cells: enough of the zip container and of
// SpreadsheetML for the lists an office exports (shared and inline strings, numbers, booleans).
// No dependency: a workbook is a zip of XML parts, and Node's zlib inflates them.
import { inflateRawSync } from 'node:zlib';
import { UnreadableFileError } from './table.js';

/** "PK\x03\x04": every zip, so every XLSX, starts with a local file header. */
export const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

/** Uncompressed size allowed for one part: a zip bomb stops here, not in memory. */
const MAX_PART_BYTES = 256 * 1024 * 1024;

export function readXlsxFirstSheet(bytes: Uint8Array): string[][] {
  const parts = readZip(bytes);
  const text = (name: string) => {
    const part = parts.get(name);
    return part ? new TextDecoder('utf-8').decode(part()) : undefined;
  };
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new UnreadableFileError('This zip file is not an XLSX workbook (no xl/workbook.xml)');
  const firstSheet = /<(?:\w+:)?sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = text('xl/_rels/workbook.xml.rels') ?? '';
  let target = 'worksheets/sheet1.xml';
  for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    if (attr(rel[0], 'Id') === firstSheet) target = attr(rel[0], 'Target') ?? target;
  }
  const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const sheet = text(sheetPath);
  if (!sheet) throw new UnreadableFileError(`The workbook's first sheet (${sheetPath}) is missing`);
  const shared = sharedStrings(text('xl/sharedStrings.xml') ?? '');
  return sheetCells(sheet, shared);
}

function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return match ? unescapeXml(match[1]!) : undefined;
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity === 'amp') return '&';
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    const code = entity.startsWith('#x') ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
    return String.fromCodePoint(code);
  });
}

/** The text of every <t> inside, phonetic runs (<rPh>) left out. */
function runText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
  let out = '';
  for (const t of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) out += unescapeXml(t[1] ?? '');
  return out;
}

function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>/g)].map((m) => runText(m[1]!));
}

/** "C12" → 2 (0-based column). */
function columnIndex(ref: string): number {
  let index = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function sheetCells(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  for (const rowMatch of xml.matchAll(/<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g)) {
    const rowNumber = Number(attr(rowMatch[1] ?? '', 'r') ?? rows.length + 1);
    const cells: string[] = [];
    for (const cell of (rowMatch[2] ?? '').matchAll(/<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g)) {
      const attributes = cell[1] ?? '';
      const body = cell[2] ?? '';
      const ref = attr(attributes, 'r');
      const index = ref ? columnIndex(ref) : cells.length;
      const type = attr(attributes, 't') ?? 'n';
      const value = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
      let textValue = '';
      if (type === 's') textValue = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') textValue = runText(body);
      else if (type === 'b') textValue = value === '1' ? 'TRUE' : 'FALSE';
      else textValue = value === undefined ? '' : unescapeXml(value);
      while (cells.length < index) cells.push('');
      cells[index] = textValue;
    }
    // Rows Excel left out (empty) keep their numbers, so errors name the row Excel shows.
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(cells);
  }
  return rows;
}

/** The zip's central directory: name → a function that inflates the part on demand. */
function readZip(bytes: Uint8Array): Map<string, () => Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnreadableFileError('The XLSX file is damaged (no zip directory); save it again from Excel');
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const parts = new Map<string, () => Uint8Array>();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new UnreadableFileError('The XLSX file is damaged (a bad zip entry); save it again from Excel');
    }
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    parts.set(name, () => {
      if (size > MAX_PART_BYTES) throw new UnreadableFileError(`The workbook part ${name} is too large to read`);
      const localNameLength = view.getUint16(localOffset + 26, true);
      const localExtraLength = view.getUint16(localOffset + 28, true);
      const start = localOffset + 30 + localNameLength + localExtraLength;
      const data = bytes.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) {
        try {
          return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
        } catch {
          throw new UnreadableFileError(`The workbook part ${name} is damaged; save the file again from Excel`);
        }
      }
      throw new UnreadableFileError(`The workbook uses a compression Pantau cannot read (method ${method})`);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}
