// The shape of a Kemendagri region code, checked once by the RegionCode scalar (builder.ts) for
// every argument that takes one. A code of this shape holds no LIKE wildcard (`%`, `_`), so the
// prefix matches still written with LIKE stay literal.

/** 16 (provinsi), 16.71 (kabupaten/kota), 16.71.06 (kecamatan), 16.71.06.1005 (kelurahan/desa). */
export const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export const isRegionCode = (value: unknown): value is string => typeof value === 'string' && REGION_CODE.test(value);

/**
 * SQL for "the column names this region or a region under it": its own code, or one that starts
 * with it and a dot. As a C-collation range ('/' follows '.'), one index range whatever the
 * database's collation (migration …_region_ranges); `LIKE code || '.%'` cannot use an index that
 * way, and made the household list read the whole registry at 10M households (issue 13).
 */
export const underRegion = (column: string, param: string) =>
  `(${column} COLLATE "C" >= ${param} AND ${column} COLLATE "C" < ${param} || '/')`;
