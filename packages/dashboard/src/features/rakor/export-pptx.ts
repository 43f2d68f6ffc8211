// The deck as PowerPoint: text as real, editable text boxes, charts as PNG images. Loaded only
// when the presenter asks for it (pptxgenjs is ~½ MB).
import PptxGenJS from 'pptxgenjs';
import { presentationChartTheme } from '../../lib/chart-theme';
import { renderChartPng, toBase64 } from './chart-image';
import type { Slide } from './deck';
import {
  type Box,
  FRAME_WIDTH,
  ICON_STROKE_WIDTH,
  ICON_STROKES,
  type IconBox,
  layoutSlide,
  PPTX_FRAME,
  type SlideMeta,
} from './export-layout';

/** Pixels of the 1920-wide frame per inch of the 13,333-inch widescreen slide. */
const PX_PER_INCH = FRAME_WIDTH / 13.333;
const inch = (px: number) => Math.round((px / PX_PER_INCH) * 1000) / 1000;
/** Points per pixel: 72 pt to the inch. */
const pt = (px: number) => Math.round((px / PX_PER_INCH) * 72 * 10) / 10;
const hex = (color: string) => color.replace('#', '').toUpperCase();

export interface DeckExportInfo {
  title: string;
  /** Written into the document's properties. */
  subject: string;
  meta: Omit<SlideMeta, 'index' | 'total'>;
}

export async function exportPptx(slides: readonly Slide[], info: DeckExportInfo): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = info.title;
  pptx.subject = info.subject;
  pptx.author = 'Pantau';
  pptx.company = 'TKPKD';
  pptx.theme = { headFontFace: 'Arial', bodyFontFace: 'Arial' };
  const theme = presentationChartTheme(1);

  for (const [index, slide] of slides.entries()) {
    const page = pptx.addSlide();
    const boxes = layoutSlide(slide, { ...info.meta, index, total: slides.length }, PPTX_FRAME);
    for (const box of boxes) await addBox(pptx, page, box, theme);
    page.addNotes([slide.lead, slide.source].filter(Boolean).join('\n'));
  }
  const out = await pptx.write({ outputType: 'blob', compression: true });
  return out instanceof Blob
    ? out
    : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}

/** A status icon as shapes: a filled circle and the glyph's strokes as lines (no font needed). */
function addIcon(pptx: PptxGenJS, page: PptxGenJS.Slide, box: IconBox) {
  page.addShape(pptx.ShapeType.ellipse, {
    x: inch(box.x),
    y: inch(box.y),
    w: inch(box.w),
    h: inch(box.h),
    fill: { color: hex(box.fill) },
    line: { color: hex(box.fill), width: 0 },
  });
  const unit = box.w / 24;
  for (const [x1, y1, x2, y2] of ICON_STROKES[box.icon]) {
    // A line shape runs from its box's top-left to bottom-right; flipped, from bottom-left to top-right.
    page.addShape(pptx.ShapeType.line, {
      x: inch(box.x + Math.min(x1, x2) * unit),
      y: inch(box.y + Math.min(y1, y2) * unit),
      w: inch(Math.abs(x2 - x1) * unit),
      h: inch(Math.abs(y2 - y1) * unit),
      flipV: (x2 - x1) * (y2 - y1) < 0,
      line: { color: hex(box.glyph), width: pt(ICON_STROKE_WIDTH * unit) },
    });
  }
}

async function addBox(pptx: PptxGenJS, page: PptxGenJS.Slide, box: Box, theme: ReturnType<typeof presentationChartTheme>) {
  const frame = { x: inch(box.x), y: inch(box.y), w: inch(box.w), h: inch(box.h) };
  if (box.kind === 'rect') {
    page.addShape(pptx.ShapeType.rect, {
      ...frame,
      fill: { color: hex(box.fill) },
      line: box.line ? { color: hex(box.line), width: 1 } : { color: hex(box.fill), width: 0 },
    });
  } else if (box.kind === 'icon') {
    addIcon(pptx, page, box);
  } else if (box.kind === 'text') {
    page.addText(box.text, {
      ...frame,
      fontFace: 'Arial',
      fontSize: pt(box.size),
      bold: !!box.bold,
      color: hex(box.color),
      align: box.align ?? 'left',
      valign: 'top',
      margin: 0,
      fit: 'shrink',
      lineSpacingMultiple: 1.05,
    });
  } else {
    const png = await renderChartPng(box.chart.build(theme), box.w, box.h);
    page.addImage({ ...frame, data: `image/png;base64,${toBase64(png)}`, altText: box.chart.label });
  }
}
