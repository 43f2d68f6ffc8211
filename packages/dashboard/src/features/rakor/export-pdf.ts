// The deck as PDF, one slide per 16:9 page (the slides' own shape), built in the browser with pdf-lib: the same
// boxes as the PPTX (export-layout.ts), text in Helvetica, charts as PNG. Deterministic and
// offline; no print dialog.
import { LineCapStyle, PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { presentationChartTheme } from '../../lib/chart-theme';
import { renderChartPng } from './chart-image';
import type { Slide } from './deck';
import { type Box, ICON_STROKE_WIDTH, ICON_STROKES, type IconBox, layoutSlide, PDF_FRAME, type TextBox } from './export-layout';
import type { DeckExportInfo } from './export-pptx';

/** 16:9 in points: 13,333 × 7,5 in, PowerPoint's widescreen page, so PDF and PPTX match. */
const PAGE = { width: 960, height: 540 } as const;
const SCALE = PAGE.width / PDF_FRAME.width;
const LINE = 1.25;

export async function exportPdf(slides: readonly Slide[], info: DeckExportInfo & { createdAt: Date }): Promise<Blob> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  pdf.setSubject(info.subject);
  pdf.setAuthor('Pantau');
  pdf.setCreator('Pantau');
  pdf.setProducer('Pantau (pdf-lib)');
  pdf.setLanguage('id-ID');
  pdf.setCreationDate(info.createdAt);
  pdf.setModificationDate(info.createdAt);
  const fonts = { regular: await pdf.embedFont(StandardFonts.Helvetica), bold: await pdf.embedFont(StandardFonts.HelveticaBold) };
  const theme = presentationChartTheme(1);

  for (const [index, slide] of slides.entries()) {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const boxes = layoutSlide(slide, { ...info.meta, index, total: slides.length }, PDF_FRAME);
    for (const box of boxes) {
      if (box.kind === 'chart') {
        const png = await pdf.embedPng(await renderChartPng(box.chart.build(theme), box.w, box.h));
        page.drawImage(png, rect(box));
      } else drawBox(page, box, fonts);
    }
  }
  // Without object streams every page is a plain `/Type /Page` object: simpler readers and the
  // tests can count them.
  const bytes = await pdf.save({ useObjectStreams: false });
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

function rect(box: { x: number; y: number; w: number; h: number }) {
  return { x: box.x * SCALE, y: PAGE.height - (box.y + box.h) * SCALE, width: box.w * SCALE, height: box.h * SCALE };
}

function color(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

function drawBox(page: PDFPage, box: Exclude<Box, { kind: 'chart' }>, fonts: { regular: PDFFont; bold: PDFFont }) {
  if (box.kind === 'rect') {
    page.drawRectangle({
      ...rect(box),
      color: color(box.fill),
      ...(box.line ? { borderColor: color(box.line), borderWidth: 0.75 } : {}),
    });
    return;
  }
  if (box.kind === 'icon') {
    drawIcon(page, box);
    return;
  }
  drawText(page, box, box.bold ? fonts.bold : fonts.regular);
}

/** A status icon in vector strokes: the standard fonts have no check mark or clock. */
function drawIcon(page: PDFPage, box: IconBox) {
  const unit = (box.w / 24) * SCALE;
  const left = box.x * SCALE;
  const top = PAGE.height - box.y * SCALE;
  const at = (x: number, y: number) => ({ x: left + x * unit, y: top - y * unit });
  page.drawCircle({ ...at(12, 12), size: 12 * unit, color: color(box.fill) });
  for (const [x1, y1, x2, y2] of ICON_STROKES[box.icon]) {
    page.drawLine({
      start: at(x1, y1),
      end: at(x2, y2),
      thickness: ICON_STROKE_WIDTH * unit,
      color: color(box.glyph),
      lineCap: LineCapStyle.Round,
    });
  }
}

/** Text wrapped to the box, shrunk (to 60% at most) when it would not fit its height. */
function drawText(page: PDFPage, box: TextBox, font: PDFFont) {
  const text = encodable(box.text, font);
  const width = box.w * SCALE;
  const height = box.h * SCALE;
  let size = box.size * SCALE;
  let lines = wrap(text, font, size, width);
  while (lines.length * size * LINE > height * 1.15 && size > box.size * SCALE * 0.6) {
    size *= 0.92;
    lines = wrap(text, font, size, width);
  }
  const top = PAGE.height - box.y * SCALE;
  lines.forEach((line, i) => {
    const lineWidth = font.widthOfTextAtSize(line, size);
    const x = box.x * SCALE + (box.align === 'center' ? (width - lineWidth) / 2 : box.align === 'right' ? width - lineWidth : 0);
    // The first baseline sits one ascent (~0,8 em) below the box top.
    page.drawText(line, { x, y: top - size * 0.8 - i * size * LINE, size, font, color: color(box.color) });
  });
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      if (current && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(current);
        current = word;
      } else current = candidate;
    }
    lines.push(current);
  }
  return lines;
}

const supported = new WeakMap<PDFFont, Set<number>>();

/**
 * The standard PDF fonts speak WinAnsi only: Indonesian text fits, but a check mark or a minus
 * sign would throw. Those characters are replaced or dropped, nothing else changes.
 */
function encodable(text: string, font: PDFFont): string {
  let set = supported.get(font);
  if (!set) {
    set = new Set(font.getCharacterSet());
    supported.set(font, set);
  }
  const known = set;
  return [...text]
    .map((ch) => {
      if (known.has(ch.codePointAt(0)!)) return ch;
      if (ch === '\u2212') return '-';
      if (ch === '\u2713') return '';
      if (/\s/.test(ch)) return ' ';
      return '?';
    })
    .join('')
    .trim();
}
