// The kelurahan choropleth as a pure ECharts option: fills by class, a hatch for suppressed
// counts, priority kelurahan outlined and named, kecamatan borders over the kelurahan.
import { chartBase, escapeHtml, tooltipBox } from '../../lib/chart-kit';
import type { ChartTheme } from '../../lib/chart-theme';
import type { ChartOption } from '../../lib/echarts';
import { formatCount } from '../../lib/format';
import { type Bin, fillOf } from './choropleth';

export interface MapPlace {
  code: string;
  name: string;
  kecamatanName: string;
  /** Households; null suppressed (1–4); undefined when the API has no count for a drawn place. */
  value: number | null | undefined;
  priority: boolean;
  /** The kelurahan chosen in the URL. */
  selected: boolean;
}

export interface KelurahanMapTexts {
  households: string;
  suppressed: string;
  noData: string;
  priority: string;
  /** "Klik untuk membuka Kec. {name}" or "Klik untuk rincian": null when a click does nothing. */
  clickHint: ((place: MapPlace) => string) | null;
}

export interface KelurahanMapInput {
  /** The registered map of the kelurahan drawn (names are Kemendagri codes, `nameProperty: kode`). */
  mapName: string;
  /** The registered kecamatan outlines, drawn over the kelurahan; null for none. */
  outlineMapName: string | null;
  bounds: [[number, number], [number, number]];
  aspectScale: number;
  places: readonly MapPlace[];
  bins: readonly Bin[];
  /** Name every kelurahan (a kecamatan's dozen); otherwise only priority and chosen ones. */
  labelAll: boolean;
  texts: KelurahanMapTexts;
  theme: ChartTheme;
}

// A diagonal hatch over grey: "hidden", told apart from "zero" and from every class without colour.
export const SUPPRESSED_DECAL = {
  symbol: 'rect',
  symbolSize: 1,
  dashArrayX: [1, 0] as number[],
  dashArrayY: [2, 3] as number[],
  rotation: -Math.PI / 4,
  color: 'rgba(26, 31, 36, 0.55)',
};

const PRIORITY_BORDER = '#1a1f24';
const SELECTED_BORDER = '#D55E00';
// Grey, not white: the white of "nol" kelurahan must still show where one ends and the next begins.
const KELURAHAN_BORDER = '#8a96a3';

export function valueText(
  value: number | null | undefined,
  texts: Pick<KelurahanMapTexts, 'households' | 'suppressed' | 'noData'>,
): string {
  if (value === undefined) return texts.noData;
  // Hidden says nothing of its size: a cell hidden beside a small one may hold many households.
  if (value === null) return texts.suppressed;
  return `${formatCount(value)} ${texts.households}`;
}

export function buildKelurahanMapOption(input: KelurahanMapInput): ChartOption {
  const { theme, texts } = input;
  const box = { left: 8, right: 8, top: 8, bottom: 8 };
  const common = {
    boundingCoords: input.bounds,
    aspectScale: input.aspectScale,
    nameProperty: 'kode',
    roam: false,
    selectedMode: false as const,
    ...box,
  };
  const byCode = new Map(input.places.map((p) => [p.code, p]));

  const data = input.places.map((p) => {
    const fill = fillOf(p.value, input.bins);
    const marked = p.priority || p.selected;
    const border = p.selected ? SELECTED_BORDER : p.priority ? PRIORITY_BORDER : KELURAHAN_BORDER;
    const borderWidth = p.selected ? 3.5 : p.priority ? 2.5 : 0.6;
    return {
      name: p.code,
      value: p.value ?? Number.NaN,
      itemStyle: {
        areaColor: fill.color,
        borderColor: border,
        borderWidth,
        ...(fill.kind === 'suppressed'
          ? { decal: { ...SUPPRESSED_DECAL, dashArrayX: [...SUPPRESSED_DECAL.dashArrayX], dashArrayY: [...SUPPRESSED_DECAL.dashArrayY] } }
          : {}),
      },
      label: {
        show: marked || input.labelAll,
        formatter: p.name,
        color: theme.text,
        fontWeight: marked ? ('bold' as const) : ('normal' as const),
        fontSize: marked ? theme.fontSize : theme.smallFontSize,
        // A white halo keeps the name readable on the darkest class and on the hatch.
        textBorderColor: '#ffffff',
        textBorderWidth: 3,
      },
      emphasis: {
        itemStyle: { areaColor: fill.color, borderColor: SELECTED_BORDER, borderWidth: 3 },
        label: { show: true, formatter: p.name, fontWeight: 'bold' as const },
      },
    };
  });

  return {
    ...chartBase(theme),
    tooltip: {
      trigger: 'item',
      ...tooltipBox(theme),
      formatter: (params: unknown) => {
        const code = (params as { name?: string }).name ?? '';
        const place = byCode.get(code);
        if (!place) return '';
        const lines = [
          `<strong>${escapeHtml(place.name)}</strong>`,
          escapeHtml(place.kecamatanName),
          `<strong>${escapeHtml(valueText(place.value, texts))}</strong>`,
        ];
        if (place.priority) lines.push(`◆ ${escapeHtml(texts.priority)}`);
        const hint = texts.clickHint?.(place);
        if (hint) lines.push(`<span style="color:${theme.mutedText}">${escapeHtml(hint)}</span>`);
        return lines.join('<br/>');
      },
    },
    series: [
      {
        type: 'map',
        map: input.mapName,
        ...common,
        cursor: texts.clickHint ? 'pointer' : 'default',
        itemStyle: { areaColor: '#ffffff', borderColor: KELURAHAN_BORDER, borderWidth: 0.6 },
        label: { show: false, color: theme.text, fontSize: theme.smallFontSize },
        // A few names (the priority kelurahan) move apart; a kecamatan's dozen hide where they would collide.
        labelLayout: input.labelAll ? { hideOverlap: true } : { moveOverlap: 'shiftY' as const },
        emphasis: { label: { show: true } },
        data,
        z: 2,
      },
      ...(input.outlineMapName
        ? [
            {
              type: 'map' as const,
              map: input.outlineMapName,
              ...common,
              // Borders only: the kelurahan below take the hover and the click.
              silent: true,
              tooltip: { show: false },
              itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#3b4650', borderWidth: 1.6 },
              label: { show: false },
              emphasis: { disabled: true },
              z: 4,
            },
          ]
        : []),
    ],
  };
}
