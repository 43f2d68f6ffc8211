import { useId } from 'react';
import { useCalendar } from '../lib/calendar';
import { selectableYears, useFilters } from '../lib/filters';
import { useTranslation } from '../lib/i18n';

/** The working year, kept in `?tahun=`. */
export function YearPicker() {
  const { t } = useTranslation();
  const id = useId();
  const { year, setFilters } = useFilters();
  const years = selectableYears(useCalendar());
  if (!years.includes(year)) years.unshift(year);
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('filters.year')}
      </label>
      <select id={id} className="field__control" value={year} onChange={(e) => setFilters({ year: Number(e.target.value) })}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
