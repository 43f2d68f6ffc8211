// Where everything on an exported slide goes, as boxes in pixels of a 1920 × 1080 frame (16:9,
// for PPTX and PDF alike). Pure, so it is tested without a browser; export-pptx.ts and
// export-pdf.ts only translate boxes into their format. It follows the screen design of
// slide-view.tsx and rakor.css: same type sizes at 1920 px, same colours.
import { formatCount } from '../../lib/format';
import type { Fact, Figure, IconName, Slide, SlideChart, StatusChip, TableCell, TitledChart, Tone } from './deck';

export const FRAME_WIDTH = 1920;
/** 16:9, PowerPoint's default widescreen (13,333 × 7,5 in). */
export const PPTX_FRAME = { width: FRAME_WIDTH, height: 1080 } as const;
/**
 * The PDF's page is the slide's own 16:9, not A4: an A4 page left its lower half empty, and a
 * projector or a screen shows 16:9 whole.
 */
export const PDF_FRAME = PPTX_FRAME;

export const COLORS = {
  brand: '#0b3d5c',
  brandLight: '#12507a',
  brandMuted: '#c9dbe8',
  accent: '#0072b2',
  text: '#1a1f24',
  muted: '#4a5560',
  border: '#cfd6dd',
  surface: '#ffffff',
  panel: '#f2f4f7',
  good: '#00664a',
  goodBg: '#e6f4ef',
  bad: '#a33a00',
  badBg: '#fdf0e8',
  /** At risk: amber text on white, and a light amber icon with a dark glyph (told from red by lightness too). */
  warn: '#7a4d00',
  warnIcon: '#e69f00',
  warnBg: '#fff4d6',
  rule: '#e2e6ea',
  synthetic: '#a86400',
  white: '#ffffff',
} as const;

export interface TextBox {
  kind: 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  text: string;
  /** Font size, px of the frame. */
  size: number;
  bold?: boolean;
  color: string;
  align?: 'left' | 'center' | 'right';
  /** A role the tests and PPTX read: the slide's title is `title`. */
  role?: 'title' | 'kicker' | 'lead' | 'footer' | 'body';
}

export interface RectBox {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  line?: string;
}

export interface ChartBox {
  kind: 'chart';
  x: number;
  y: number;
  w: number;
  h: number;
  chart: SlideChart;
}

/** A status symbol: a filled circle with a glyph drawn as strokes (iconStrokes). */
export interface IconBox {
  kind: 'icon';
  icon: IconName;
  x: number;
  y: number;
  /** Width and height, the same: the circle's diameter. */
  w: number;
  h: number;
  fill: string;
  glyph: string;
}

export type Box = TextBox | RectBox | ChartBox | IconBox;

/** The strokes of a glyph as [x1, y1, x2, y2] in a 24-unit square; the circle fills the square. */
export const ICON_STROKES: Record<IconName, readonly (readonly [number, number, number, number])[]> = {
  check: [
    [6.5, 12.5, 10.5, 16.5],
    [10.5, 16.5, 17.5, 8.5],
  ],
  cross: [
    [8, 8, 16, 16],
    [16, 8, 8, 16],
  ],
  alert: [
    [12, 5.5, 12, 13.5],
    [12, 16.8, 12, 18.6],
  ],
  clock: [
    [12, 5.5, 12, 12.5],
    [12, 12.5, 16.8, 15.2],
  ],
};
/** Stroke width of a glyph, in the same 24-unit square. */
export const ICON_STROKE_WIDTH = 2.6;

/** The circle's colour and the glyph's for a tone: white on the dark ones, dark on amber. */
export function iconColors(tone: Tone | undefined): { fill: string; glyph: string } {
  if (tone === 'warn') return { fill: COLORS.warnIcon, glyph: COLORS.text };
  return { fill: toneColor(tone), glyph: COLORS.white };
}

function icon(name: IconName, tone: Tone | undefined, x: number, y: number, size: number): IconBox {
  return { kind: 'icon', icon: name, x, y, w: size, h: size, ...iconColors(tone) };
}

export interface SlideFrame {
  width: number;
  height: number;
}

export interface SlideMeta {
  index: number;
  total: number;
  /** "Data per 23 November 2026 pukul 14.05". */
  stamp: string;
  /** Words the layout draws itself: "Agenda", "sintetis", "Nol tercapai", … */
  words: LayoutWords;
}

export interface LayoutWords {
  agenda: string;
  synthetic: string;
  zeroReached: string;
  notYet: string;
  /** Status line of a place whose count is hidden for privacy. */
  suppressed: string;
  /** The word in a hidden count's place: "disembunyikan". */
  hidden: string;
  households: string;
  target: string;
  counter: (current: number, total: number) => string;
  kecamatan: (name: string) => string;
}

const PAD_X = 96;
const LINE = 1.25;
/**
 * The smallest text of an exported slide, px of the 1920 frame: 16 px when the page is shown on
 * a 1024-pixel projector, as on screen (rakor.css --text-min). Only the footer's small print
 * (source, stamp) is smaller.
 */
export const TEXT_MIN = 30;

/** Lines a text needs in a box `width` wide: a generous estimate (Helvetica/Arial average widths). */
export function estimateLines(text: string, size: number, width: number, bold = false): number {
  const perChar = size * (bold ? 0.56 : 0.52);
  const perLine = Math.max(1, Math.floor(width / perChar));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let current = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const len = word.length + (current > 0 ? 1 : 0);
      if (current + len > perLine && current > 0) {
        lines += 1;
        current = word.length;
      } else current += len;
    }
  }
  return lines;
}

function text(box: Omit<TextBox, 'kind' | 'h'> & { h?: number; maxLines?: number }): TextBox {
  const size = box.role === 'footer' ? box.size : Math.max(TEXT_MIN, box.size);
  const lines = Math.min(box.maxLines ?? 99, estimateLines(box.text, size, box.w, box.bold));
  const { maxLines: _maxLines, ...rest } = box;
  return { kind: 'text', ...rest, size, h: box.h ?? Math.ceil(lines * size * LINE) };
}

/** The colour a tone gives a bar or an icon; neutral is the accent blue. */
export function toneColor(tone: Tone | undefined): string {
  return tone === 'good' ? COLORS.good : tone === 'bad' ? COLORS.bad : tone === 'warn' ? COLORS.warnIcon : COLORS.accent;
}

/** The colour a tone gives text on white; neutral text stays the body colour. */
function toneText(tone: Tone | undefined, neutral: string = COLORS.text): string {
  return tone === 'good' ? COLORS.good : tone === 'bad' ? COLORS.bad : tone === 'warn' ? COLORS.warn : neutral;
}

/** The boxes of one slide, back to front. */
export function layoutSlide(slide: Slide, meta: SlideMeta, frame: SlideFrame): Box[] {
  const { width: W, height: H } = frame;
  const boxes: Box[] = [];
  const cover = slide.body.kind === 'cover';
  boxes.push({ kind: 'rect', x: 0, y: 0, w: W, h: H, fill: cover ? COLORS.brand : COLORS.surface });
  const footerTop = H - 84;

  if (slide.body.kind === 'cover') {
    layoutCover(boxes, slide, slide.body, meta, frame);
  } else {
    boxes.push({ kind: 'rect', x: 0, y: 0, w: W, h: 12, fill: COLORS.brand });
    let y = 64;
    const kicker = text({
      x: PAD_X,
      y,
      w: W - 2 * PAD_X,
      text: slide.kicker.toUpperCase(),
      size: 22,
      bold: true,
      color: COLORS.accent,
      role: 'kicker',
      maxLines: 1,
    });
    boxes.push(kicker);
    y += kicker.h + 8;
    const title = text({
      x: PAD_X,
      y,
      w: W - 2 * PAD_X,
      text: slide.title,
      size: 56,
      bold: true,
      color: COLORS.text,
      role: 'title',
      maxLines: 2,
    });
    boxes.push(title);
    y += title.h + 12;
    if (slide.lead) {
      const lead = text({ x: PAD_X, y, w: W - 2 * PAD_X, text: slide.lead, size: 32, color: COLORS.muted, role: 'lead', maxLines: 2 });
      boxes.push(lead);
      y += lead.h;
    }
    y += 36;
    const body = { x: PAD_X, y, w: W - 2 * PAD_X, h: footerTop - 24 - y };
    if (slide.body.kind === 'chart') layoutChartBody(boxes, slide.body.chart, slide.body.facts, body);
    else if (slide.body.kind === 'charts') layoutChartsBody(boxes, slide.body.facts, slide.body.charts, body);
    else if (slide.body.kind === 'table') layoutTable(boxes, slide.body, body);
    else if (slide.body.kind === 'figures') layoutFigures(boxes, slide.body.figures, slide.body.note, body);
    else if (slide.body.kind === 'areas') layoutAreas(boxes, slide.body, meta.words, body);
    else {
      const color = slide.body.tone === 'good' ? COLORS.good : slide.body.tone === 'bad' ? COLORS.bad : COLORS.text;
      boxes.push({
        kind: 'rect',
        x: body.x,
        y: body.y,
        w: body.w,
        h: body.h,
        fill: slide.body.tone === 'good' ? COLORS.goodBg : COLORS.panel,
      });
      const message = text({
        x: body.x + 64,
        y: body.y + body.h / 2 - 60,
        w: body.w - 128,
        text: slide.body.text,
        size: 44,
        bold: true,
        color,
        align: 'center',
        role: 'body',
      });
      boxes.push(message);
    }
  }

  // Footer: source on the left, the time stamp and counter on the right.
  const footColor = cover ? COLORS.brandMuted : COLORS.muted;
  boxes.push({ kind: 'rect', x: PAD_X, y: footerTop, w: W - 2 * PAD_X, h: 2, fill: cover ? COLORS.brandLight : COLORS.border });
  const right = `${meta.stamp}   ·   ${meta.words.counter(meta.index + 1, meta.total)}`;
  const rightW = 760;
  let sourceX = PAD_X;
  if (slide.synthetic) {
    const badgeW = meta.words.synthetic.length * 13 + 32;
    boxes.push({ kind: 'rect', x: PAD_X, y: footerTop + 24, w: badgeW, h: 34, fill: '#fde8c4', line: COLORS.synthetic });
    boxes.push(
      text({
        x: PAD_X,
        y: footerTop + 29,
        w: badgeW,
        h: 26,
        text: meta.words.synthetic,
        size: 20,
        bold: true,
        color: '#4d3200',
        align: 'center',
        role: 'footer',
      }),
    );
    sourceX += badgeW + 16;
  }
  if (slide.source) {
    boxes.push(
      text({
        x: sourceX,
        y: footerTop + 28,
        w: W - PAD_X - rightW - 32 - sourceX,
        text: slide.source,
        size: 20,
        color: footColor,
        role: 'footer',
        maxLines: 2,
      }),
    );
  }
  boxes.push(
    text({
      x: W - PAD_X - rightW,
      y: footerTop + 28,
      w: rightW,
      text: right,
      size: 20,
      color: footColor,
      align: 'right',
      role: 'footer',
      maxLines: 1,
    }),
  );
  return boxes;
}

function layoutCover(boxes: Box[], slide: Slide, body: Extract<Slide['body'], { kind: 'cover' }>, meta: SlideMeta, frame: SlideFrame) {
  const { width: W, height: H } = frame;
  const hasAgenda = body.agenda.length > 0;
  const mainW = hasAgenda ? W * 0.56 : W - 2 * PAD_X;
  boxes.push({ kind: 'rect', x: PAD_X, y: H * 0.2, w: 12, h: H * 0.5, fill: COLORS.accent });
  let y = H * 0.2;
  const x = PAD_X + 48;
  const push = (box: TextBox, gap: number) => {
    boxes.push(box);
    y += box.h + gap;
  };
  push(text({ x, y, w: mainW - 48, text: slide.kicker.toUpperCase(), size: 24, bold: true, color: COLORS.brandMuted, role: 'kicker' }), 16);
  push(text({ x, y, w: mainW - 48, text: slide.title, size: 64, bold: true, color: COLORS.white, role: 'title' }), 8);
  push(text({ x, y, w: mainW - 48, text: body.regionName, size: 96, bold: true, color: COLORS.white, role: 'body', maxLines: 2 }), 0);
  if (body.parentName) push(text({ x, y, w: mainW - 48, text: body.parentName, size: 36, color: COLORS.brandMuted, role: 'body' }), 40);
  else y += 40;
  push(text({ x, y, w: mainW - 48, text: body.clusterLabel, size: 36, bold: true, color: COLORS.white, role: 'body', maxLines: 2 }), 12);
  push(text({ x, y, w: mainW - 48, text: `${body.yearLabel} · ${body.dateLabel}`, size: 32, color: COLORS.brandMuted, role: 'body' }), 0);

  if (hasAgenda) {
    const ax = W * 0.6;
    const aw = W - PAD_X - ax;
    const itemSize = body.agenda.length > 5 ? 26 : 30;
    const items = body.agenda.map((item, i) => `${i + 1}.  ${item}`);
    const itemHeights = items.map((item) => estimateLines(item, itemSize, aw - 96) * itemSize * LINE + 20);
    const ah = 48 + 48 + 24 + itemHeights.reduce((s, h) => s + h, 0) + 24;
    const ay = Math.max(96, (H - 84 - ah) / 2);
    boxes.push({ kind: 'rect', x: ax, y: ay, w: aw, h: ah, fill: COLORS.brandLight });
    boxes.push(
      text({ x: ax + 48, y: ay + 48, w: aw - 96, text: meta.words.agenda, size: 32, bold: true, color: COLORS.white, role: 'body' }),
    );
    let iy = ay + 48 + 48 + 24;
    items.forEach((item, i) => {
      const box = text({ x: ax + 48, y: iy, w: aw - 96, text: item, size: itemSize, color: COLORS.white, role: 'body' });
      boxes.push(box);
      iy += itemHeights[i]!;
    });
  }
}

function layoutChartBody(boxes: Box[], chart: SlideChart, facts: Fact[], body: { x: number; y: number; w: number; h: number }) {
  const factsW = facts.length > 0 ? Math.round(body.w * 0.28) : 0;
  const gap = facts.length > 0 ? 64 : 0;
  boxes.push({ kind: 'chart', x: body.x, y: body.y, w: body.w - factsW - gap, h: body.h, chart });
  if (facts.length === 0) return;
  const fx = body.x + body.w - factsW;
  const slot = Math.min(260, body.h / facts.length);
  facts.forEach((fact, i) => {
    const y = body.y + i * slot;
    boxes.push({ kind: 'rect', x: fx, y, w: 8, h: slot - 32, fill: toneColor(fact.tone) });
    const inner = { x: fx + 32, w: factsW - 32 };
    const label = text({ ...inner, y, text: fact.label, size: 22, bold: true, color: COLORS.muted, role: 'body', maxLines: 2 });
    const valueSize = fact.value.length > 12 ? 40 : 64;
    const value = text({
      ...inner,
      y: y + label.h + 4,
      text: fact.value,
      size: valueSize,
      bold: true,
      color: COLORS.text,
      role: 'body',
      maxLines: 2,
    });
    boxes.push(label, value);
    if (fact.note) {
      const noteY = value.y + value.h + 4;
      boxes.push(
        text({
          ...inner,
          y: noteY,
          h: Math.max(28, y + slot - 32 - noteY),
          text: fact.note,
          size: 22,
          color: toneText(fact.tone, COLORS.muted),
          role: 'body',
          maxLines: 2,
        }),
      );
    }
  });
}

function layoutAreas(
  boxes: Box[],
  body: Extract<Slide['body'], { kind: 'areas' }>,
  words: LayoutWords,
  area: { x: number; y: number; w: number; h: number },
) {
  let y = area.y;
  if (body.target) {
    const target = text({
      x: area.x,
      y,
      w: area.w,
      text: `${words.target}: ${body.target}`,
      size: 28,
      color: COLORS.text,
      role: 'body',
      maxLines: 2,
    });
    boxes.push(target);
    y += target.h + 12;
  }
  // Progress: one step per place, green at zero, then "2 dari 4 kelurahan sudah nol".
  const stepW = 64;
  body.areas.forEach((a, i) => {
    boxes.push({ kind: 'rect', x: area.x + i * (stepW + 6), y: y + 8, w: stepW, h: 24, fill: a.value === 0 ? COLORS.good : COLORS.bad });
  });
  const stepsW = body.areas.length * (stepW + 6) + 18;
  const summary = text({
    x: area.x + stepsW,
    y,
    w: area.w - stepsW,
    text: body.summary,
    size: 32,
    bold: true,
    color: body.allZero ? COLORS.good : COLORS.text,
    role: 'body',
    maxLines: 1,
  });
  boxes.push(summary);
  y += summary.h + 32;
  if (body.allZero) {
    boxes.push({ kind: 'rect', x: area.x, y, w: area.w, h: 112, fill: COLORS.goodBg, line: COLORS.good });
    boxes.push(
      text({
        x: area.x,
        y: y + 24,
        w: area.w,
        h: 72,
        text: `✓ ${words.zeroReached}`,
        size: 56,
        bold: true,
        color: COLORS.good,
        align: 'center',
        role: 'body',
      }),
    );
    y += 112 + 32;
  }
  const n = body.areas.length;
  if (n === 0) return;
  const columns = Math.min(4, Math.max(2, n));
  const rows = Math.ceil(n / columns);
  const gap = 32;
  const cardW = (area.w - gap * (columns - 1)) / columns;
  const cardH = Math.min(400, (area.y + area.h - y - gap * (rows - 1)) / rows);
  body.areas.forEach((a, i) => {
    const cx = area.x + (i % columns) * (cardW + gap);
    const cy = y + Math.floor(i / columns) * (cardH + gap);
    const zero = a.value === 0;
    boxes.push({
      kind: 'rect',
      x: cx,
      y: cy,
      w: cardW,
      h: cardH,
      fill: zero ? COLORS.goodBg : COLORS.panel,
      line: zero ? COLORS.good : COLORS.border,
    });
    boxes.push({ kind: 'rect', x: cx, y: cy, w: cardW, h: 10, fill: zero ? COLORS.good : COLORS.bad });
    const inner = { x: cx + 32, w: cardW - 64 };
    let iy = cy + 36;
    const name = text({ ...inner, y: iy, text: a.name, size: 36, bold: true, color: COLORS.text, role: 'body', maxLines: 2 });
    boxes.push(name);
    iy += name.h + 2;
    if (a.parentName) {
      const parent: TextBox = text({
        ...inner,
        y: iy,
        text: words.kecamatan(a.parentName),
        size: 22,
        color: COLORS.muted,
        role: 'body',
        maxLines: 1,
      });
      boxes.push(parent);
      iy += parent.h;
    }
    const value = a.value === null ? words.hidden : `${formatCount(a.value)} ${words.households}`;
    const status = zero ? `✓ ${words.zeroReached}` : a.value === null ? words.suppressed : words.notYet;
    // The number and its status sit at the bottom of the card, never over the name above them.
    const statusY = Math.max(cy + cardH - 36 - 30, iy + 12 + 120);
    const valueY = statusY - 12 - 116;
    boxes.push(
      text({
        ...inner,
        y: valueY,
        h: 116,
        text: value,
        size: a.value === null ? 56 : 96,
        bold: true,
        color: zero ? COLORS.good : COLORS.text,
        role: 'body',
      }),
    );
    boxes.push(
      text({
        ...inner,
        y: statusY,
        h: 32,
        text: status,
        size: 24,
        bold: true,
        color: zero ? COLORS.good : COLORS.bad,
        role: 'body',
      }),
    );
  });
}

interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Width a one-line text takes: the same generous average as estimateLines. */
export function estimateWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.56 : 0.52);
}

/** Facts in a row across the top, each a big number with its label and note; then the charts side by side. */
function layoutChartsBody(boxes: Box[], facts: Fact[], charts: TitledChart[], area: Area) {
  let y = area.y;
  if (facts.length > 0) {
    const gap = 48;
    const w = (area.w - gap * (facts.length - 1)) / facts.length;
    const h = 156;
    facts.forEach((fact, i) => {
      const x = area.x + i * (w + gap);
      boxes.push({ kind: 'rect', x, y, w: 8, h, fill: toneColor(fact.tone) });
      const inner = { x: x + 32, w: w - 32 };
      const label = text({ ...inner, y, text: fact.label, size: 22, bold: true, color: COLORS.muted, role: 'body', maxLines: 1 });
      const value = text({
        ...inner,
        y: y + label.h + 2,
        text: fact.value,
        size: fact.value.length > 14 ? 44 : 64,
        bold: true,
        color: COLORS.text,
        role: 'body',
        maxLines: 1,
      });
      boxes.push(label, value);
      if (fact.note) {
        const noteY = value.y + value.h + 4;
        boxes.push(
          text({
            ...inner,
            y: noteY,
            h: Math.max(28, y + h - noteY),
            text: fact.note,
            size: 22,
            bold: fact.tone === 'good' || fact.tone === 'bad' || fact.tone === 'warn',
            color: toneText(fact.tone, COLORS.muted),
            role: 'body',
            maxLines: 2,
          }),
        );
      }
    });
    y += h + 40;
  }
  if (charts.length === 0) return;
  const gap = 64;
  const w = (area.w - gap * (charts.length - 1)) / charts.length;
  charts.forEach((c, i) => {
    const x = area.x + i * (w + gap);
    const heading = text({ x, y, w, text: c.heading, size: 26, bold: true, color: COLORS.text, role: 'body', maxLines: 1 });
    boxes.push(heading);
    const top = heading.y + heading.h + 16;
    boxes.push({ kind: 'chart', x, y: top, w, h: area.y + area.h - top, chart: c.chart });
  });
}

function chipFill(tone: Tone): string {
  return tone === 'good' ? COLORS.goodBg : tone === 'bad' ? COLORS.badBg : tone === 'warn' ? COLORS.warnBg : COLORS.panel;
}

/** Status chips in a row: "✓ 2 sesuai rencana". Returns the height used. */
function layoutChips(boxes: Box[], chips: StatusChip[], x0: number, y: number): number {
  if (chips.length === 0) return 0;
  const size = 26;
  const h = 52;
  const iconSize = 34;
  let x = x0;
  for (const chip of chips) {
    const label = `${chip.value} ${chip.label}`;
    const w = 16 + iconSize + 12 + estimateWidth(label, size, true) + 24;
    boxes.push({ kind: 'rect', x, y, w, h, fill: chipFill(chip.tone), line: toneColor(chip.tone) });
    boxes.push(icon(chip.icon, chip.tone, x + 16, y + (h - iconSize) / 2, iconSize));
    boxes.push(
      text({
        x: x + 16 + iconSize + 12,
        y: y + (h - size * LINE) / 2 + 2,
        w: w - (16 + iconSize + 12) - 12,
        h: size * LINE,
        text: label,
        size,
        bold: true,
        color: toneText(chip.tone),
        role: 'body',
      }),
    );
    x += w + 20;
  }
  return h;
}

/**
 * Type sizes a table tries, largest first: the largest at which every row fits is used, so a
 * short table reads from further away. The screen steps through the same sizes (slide-view.tsx).
 */
export const TABLE_SIZES = [36, 34, 32, 30] as const;

const CELL_PAD_X = 16;
const ROW_PAD_Y = 12;

interface TableMetrics {
  size: number;
  subSize: number;
  headerH: number;
  rowHeights: number[];
}

function tableMetrics(body: Extract<Slide['body'], { kind: 'table' }>, width: number, size: number): TableMetrics {
  const subSize = Math.max(TEXT_MIN, Math.round(size * 0.8));
  const headerSize = Math.max(TEXT_MIN, Math.round(size * 0.8));
  const headerH =
    Math.max(...body.columns.map((c) => estimateLines(c.label, headerSize, c.width * width - 2 * CELL_PAD_X, true))) * headerSize * LINE +
    2 * ROW_PAD_Y;
  const rowHeights = body.rows.map(
    (row) =>
      Math.max(
        ...row.cells.map((cell, i) => {
          const cw = (body.columns[i]?.width ?? 0) * width - 2 * CELL_PAD_X - (cell.icon ? iconSpace(size) : 0);
          const main = Math.min(2, estimateLines(cell.text, size, cw, cell.strong)) * size * LINE;
          const sub = cell.sub ? Math.min(2, estimateLines(cell.sub, subSize, cw)) * subSize * LINE + 4 : 0;
          return main + sub;
        }),
      ) +
      2 * ROW_PAD_Y,
  );
  return { size, subSize, headerH, rowHeights };
}

const iconSpace = (size: number) => Math.round(size * 1.25) + 12;

/** A table: chips, a header row, one row per item with status marks, and "… N lainnya" under it. */
function layoutTable(boxes: Box[], body: Extract<Slide['body'], { kind: 'table' }>, area: Area) {
  let y = area.y;
  const chipsH = layoutChips(boxes, body.chips, area.x, y);
  if (chipsH > 0) y += chipsH + 20;
  const moreH = body.more ? TEXT_MIN * LINE + 12 : 0;
  const room = area.y + area.h - y - moreH;
  // The largest type at which every row fits; the builder keeps rows few enough for 22 px at least.
  let m = tableMetrics(body, area.w, TABLE_SIZES[0]!);
  for (const size of TABLE_SIZES.slice(1)) {
    if (m.headerH + m.rowHeights.reduce((s, h) => s + h, 0) <= room) break;
    m = tableMetrics(body, area.w, size);
  }
  const headerSize = Math.max(TEXT_MIN, Math.round(m.size * 0.8));
  const columnX: number[] = [];
  let cx = area.x;
  for (const c of body.columns) {
    columnX.push(cx);
    cx += c.width * area.w;
  }
  body.columns.forEach((c, i) => {
    boxes.push(
      text({
        x: columnX[i]! + CELL_PAD_X,
        y: y + ROW_PAD_Y,
        w: c.width * area.w - 2 * CELL_PAD_X,
        text: c.label.toUpperCase(),
        size: headerSize,
        bold: true,
        color: COLORS.muted,
        align: c.align ?? 'left',
        role: 'body',
        maxLines: 2,
      }),
    );
  });
  y += m.headerH;
  boxes.push({ kind: 'rect', x: area.x, y: y - 2, w: area.w, h: 2, fill: COLORS.border });
  body.rows.forEach((row, r) => {
    const h = m.rowHeights[r]!;
    if (r % 2 === 1) boxes.push({ kind: 'rect', x: area.x, y, w: area.w, h, fill: '#f6f8fa' });
    for (const [i, cell] of row.cells.entries()) {
      layoutCell(boxes, cell, body.columns[i]?.align ?? 'left', columnX[i]!, y, (body.columns[i]?.width ?? 0) * area.w, m);
    }
    y += h;
    boxes.push({ kind: 'rect', x: area.x, y: y - 1, w: area.w, h: 1, fill: COLORS.rule });
  });
  if (body.more) {
    boxes.push(
      text({
        x: area.x + CELL_PAD_X,
        y: y + 12,
        w: area.w - 2 * CELL_PAD_X,
        text: body.more,
        size: 22,
        color: COLORS.muted,
        role: 'body',
        maxLines: 1,
      }),
    );
  }
}

function layoutCell(boxes: Box[], cell: TableCell, align: 'left' | 'right', x: number, y: number, w: number, m: TableMetrics) {
  let tx = x + CELL_PAD_X;
  let tw = w - 2 * CELL_PAD_X;
  if (cell.icon) {
    const size = Math.round(m.size * 1.25);
    boxes.push(icon(cell.icon, cell.tone, tx, y + ROW_PAD_Y + (m.size * LINE - size) / 2, size));
    tx += iconSpace(m.size);
    tw -= iconSpace(m.size);
  }
  const main = text({
    x: tx,
    y: y + ROW_PAD_Y,
    w: tw,
    text: cell.text,
    size: m.size,
    bold: !!cell.strong,
    color: toneText(cell.tone),
    align,
    role: 'body',
    maxLines: 2,
  });
  boxes.push(main);
  if (cell.sub) {
    boxes.push(
      text({
        x: tx,
        y: main.y + main.h + 4,
        w: tw,
        text: cell.sub,
        size: m.subSize,
        color: COLORS.muted,
        align,
        role: 'body',
        maxLines: 2,
      }),
    );
  }
}

/** Big numbers side by side, each with its label, its technical term and what it means in words. */
function layoutFigures(boxes: Box[], figures: Figure[], note: string | null, area: Area) {
  const noteBox = note ? text({ x: area.x, y: 0, w: area.w, text: note, size: 22, color: COLORS.muted, role: 'body', maxLines: 2 }) : null;
  const noteH = noteBox ? noteBox.h + 24 : 0;
  const n = figures.length;
  if (n > 0) {
    const gap = 40;
    const w = (area.w - gap * (n - 1)) / n;
    const h = area.h - noteH;
    // Labels take the height of the longest, so the numbers stand on one line across the cards.
    const labelH = Math.max(...figures.map((f) => Math.min(2, estimateLines(f.label, 28, w - 72, true)) * 28 * LINE));
    figures.forEach((f, i) => {
      const x = area.x + i * (w + gap);
      boxes.push({ kind: 'rect', x, y: area.y, w, h, fill: COLORS.panel, line: COLORS.border });
      boxes.push({ kind: 'rect', x, y: area.y, w, h: 10, fill: toneColor(f.tone) });
      const inner = { x: x + 36, w: w - 72 };
      let y = area.y + 40;
      const label = text({ ...inner, y, h: labelH, text: f.label, size: 28, bold: true, color: COLORS.text, role: 'body', maxLines: 2 });
      boxes.push(label);
      y += label.h;
      if (f.term) {
        const term = text({ ...inner, y, text: `(${f.term})`, size: 22, color: COLORS.muted, role: 'body', maxLines: 1 });
        boxes.push(term);
        y += term.h;
      }
      y += 16;
      const value = text({
        ...inner,
        y,
        text: f.value,
        size: 120,
        bold: true,
        color: toneText(f.tone, COLORS.brand),
        role: 'body',
        maxLines: 1,
      });
      boxes.push(value);
      y += value.h + 20;
      boxes.push(
        text({ ...inner, y, h: Math.max(38, area.y + h - 32 - y), text: f.text, size: 30, color: COLORS.text, role: 'body', maxLines: 6 }),
      );
    });
  }
  if (noteBox) boxes.push({ ...noteBox, y: area.y + area.h - noteBox.h });
}
