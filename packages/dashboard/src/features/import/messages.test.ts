import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { errorDetail, errorKey, noteMessage, requestFailureKey } from './messages';

// Every code the API's import module can send (grep "'import/" packages/api/src/modules/import).
const IMPORT_CODES = [
  'bad_mapping',
  'bad_option',
  'busy',
  'column_missing',
  'duplicate',
  'duplicate_benefit',
  'duplicate_household',
  'duplicate_month',
  'duplicate_program',
  'file_too_large',
  'household_ambiguous',
  'household_not_found',
  'kelurahan_not_found',
  'nik_invalid',
  'nik_scientific_notation',
  'no_indicator_column',
  'no_rows',
  'not_a_date',
  'not_a_kabupaten_kota',
  'not_a_number',
  'not_a_whole_number',
  'out_of_range',
  'parent_missing',
  'plan_above_pagu',
  'plan_decreases',
  'program_not_found',
  'realisasi_above_pagu',
  'realisasi_decreases',
  'realisasi_missing',
  'region_code_invalid',
  'region_not_found',
  'region_out_of_scope',
  'required',
  'status_or_desil_required',
  'too_long',
  'unknown_value',
  'unreadable_file',
  'value_without_header',
];

describe('import messages', () => {
  it('has an Indonesian reason for every import code', () => {
    for (const code of IMPORT_CODES) expect(errorKey(`import/${code}`), code).not.toBeNull();
  });

  it('has none for a code it does not know, so the page shows the English message', () => {
    expect(errorKey('import/brand_new')).toBeNull();
  });

  it('keeps the API sentence only where it names what the code cannot', () => {
    expect(errorDetail('import/out_of_range', 'must be between 1 and 10')).toBe('must be between 1 and 10');
    expect(errorDetail('import/duplicate_household', 'the same household id is already in row 5')).toBe(
      'the same household id is already in row 5',
    );
    expect(errorDetail('import/kelurahan_not_found', 'is not a kelurahan/desa in Pantau (import the regions first)')).toBeNull();
    expect(errorDetail('import/required', 'is required')).toBeNull();
    expect(errorDetail('import/not_a_number', 'not a number')).toBeNull();
    expect(errorDetail('import/not_a_number', 'not a number (separators in the wrong places)')).toBe(
      'not a number (separators in the wrong places)',
    );
  });

  it('translates the notes it knows and keeps the others as written', () => {
    const opds = noteMessage('3 OPD(s) created');
    expect(opds).toEqual({ key: 'import.note.opdsCreated', vars: { count: 3 } });
    if ('key' in opds) expect(translate('id', opds.key, opds.vars)).toBe('3 OPD baru dibuat');
    expect(noteMessage('new source "BPS Kota Kupang 2025"')).toEqual({
      key: 'import.note.newSource',
      vars: { source: 'BPS Kota Kupang 2025' },
    });
    expect(noteMessage('2 program(s) without a monthly plan: the pagu is spread evenly')).toEqual({
      key: 'import.note.planSpread',
      vars: { count: 2 },
    });
    expect(noteMessage('something new')).toEqual({ text: 'something new' });
  });

  it('tells a proxy refusing a large upload from a server that cannot be reached', () => {
    const refused = new CombinedError({ networkError: new Error('HTTP 413'), response: { status: 413 } });
    expect(requestFailureKey(refused)).toBe('import.failed.proxyTooLarge');
    expect(requestFailureKey(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe('error.network');
  });
});
