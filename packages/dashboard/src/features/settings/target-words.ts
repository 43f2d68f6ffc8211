// Values of an indicator in its unit, as the Kemiskinan page writes them, for the set-up tables.
import { useMemo } from 'react';
import { formatDate } from '../../lib/format';
import { useTranslation } from '../../lib/i18n';
import { formatIndicatorValue } from '../poverty/target-progress';

export function useIndicatorWords() {
  const { t, lang } = useTranslation();
  return useMemo(() => {
    const words = { households: t('unit.households'), persons: t('poverty.unit.personsShort') };
    return {
      value: (v: number, unit: string) => formatIndicatorValue(v, unit, words),
      date: (d: string) => formatDate(d, lang),
    };
  }, [t, lang]);
}
