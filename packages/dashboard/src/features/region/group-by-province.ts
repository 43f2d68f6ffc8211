// Pure grouping for the region picker.

export interface ProvinceGroup {
  code: string;
  name: string;
  regencies: { code: string; name: string }[];
}

/** Groups kabupaten/kota under their province by code prefix (`16.71` is in `16`). */
export function groupByProvince(
  provinces: readonly { code: string; name: string }[],
  regencies: readonly { code: string; name: string }[],
): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>(provinces.map((p) => [p.code, { code: p.code, name: p.name, regencies: [] }]));
  for (const r of regencies) {
    const code = r.code.slice(0, 2);
    let group = groups.get(code);
    if (!group) {
      group = { code, name: code, regencies: [] };
      groups.set(code, group);
    }
    group.regencies.push(r);
  }
  return [...groups.values()].filter((g) => g.regencies.length > 0).sort((a, b) => a.code.localeCompare(b.code));
}
