// A deck context for the rakor tests: Indonesian, a fixed moment.
import { translate } from '../../lib/i18n';
import type { DeckContext } from './deck';

export function testContext(overrides: Partial<DeckContext> = {}): DeckContext {
  return {
    regionCode: '16.71',
    year: 2026,
    clusterNumber: null,
    regionName: 'Kota Palembang',
    clusterLabel: 'Seluruh TKPKD',
    dataAsOf: new Date(2026, 10, 23, 9, 5),
    lang: 'id',
    t: (key, vars) => translate('id', key, vars),
    ...overrides,
  };
}
