// A chart drawn off screen for an export: ECharts' server-side SVG renderer (no DOM element,
// same option as on screen), then rasterised to PNG on a canvas, which PPTX and PDF both embed.
import type { ChartOption } from '../../lib/echarts';

/** PNG bytes of `option` drawn at `width` × `height` CSS pixels, `pixelRatio` times as many device pixels. */
export async function renderChartPng(option: ChartOption, width: number, height: number, pixelRatio = 2): Promise<Uint8Array> {
  const { echarts } = await import('../../lib/echarts');
  const w = Math.round(width);
  const h = Math.round(height);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: w, height: h });
  let svg: string;
  try {
    chart.setOption({ ...option, animation: false });
    svg = chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
  return rasterise(svg, w, h, pixelRatio);
}

async function rasterise(svg: string, width: number, height: number, pixelRatio: number): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Canvas 2D is not available');
    context.scale(pixelRatio, pixelRatio);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The chart could not be turned into PNG'))), 'image/png'),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Base64 of bytes, in chunks: spreading a large array into fromCharCode overflows the stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
