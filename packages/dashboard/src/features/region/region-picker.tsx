import { useId, useMemo } from 'react';
import { useQuery } from 'urql';
import { useFilters } from '../../lib/filters';
import { graphql } from '../../lib/graphql';
import { useTranslation } from '../../lib/i18n';
import { groupByProvince } from './group-by-province';

export const RegionPickerQuery = graphql(`
  query RegionPicker {
    provinces: regions(level: PROVINSI) { code name }
    regencies: regions(level: KABUPATEN_KOTA) { code name }
  }
`);

/** The kabupaten/kota every page reports on, kept in `?wilayah=`. */
export function RegionPicker() {
  const { t } = useTranslation();
  const id = useId();
  const { regionCode, setFilters } = useFilters();
  const [{ data, fetching, error }] = useQuery({ query: RegionPickerQuery });
  const groups = useMemo(() => (data ? groupByProvince(data.provinces, data.regencies) : []), [data]);
  // A page that drills down (Kemiskinan ekstrem) puts a kecamatan or kelurahan code in the URL;
  // the picker still names its kabupaten/kota.
  const regencyCode = regionCode.length > 5 ? regionCode.slice(0, 5) : regionCode;
  const known = groups.some((g) => g.regencies.some((r) => r.code === regencyCode));
  const status = fetching ? t('filters.regionLoading') : error ? t('filters.regionUnavailable') : null;

  return (
    <div className="field field--region">
      <label htmlFor={id} className="field__label">
        {t('filters.region')}
      </label>
      <select
        id={id}
        className="field__control"
        value={known ? regencyCode : regionCode}
        disabled={!data}
        title={status ?? undefined}
        aria-describedby={status ? `${id}-status` : undefined}
        onChange={(e) => setFilters({ regionCode: e.target.value })}
      >
        {!known && <option value={regionCode}>{fetching ? status : error ? `${regionCode} (${status})` : regionCode}</option>}
        {groups.map((g) => (
          <optgroup key={g.code} label={g.name}>
            {g.regencies.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {status && (
        <span id={`${id}-status`} className="visually-hidden">
          {status}
        </span>
      )}
    </div>
  );
}
