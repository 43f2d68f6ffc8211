import { describe, expect, it } from 'vitest';
import { domainErrorKey, fieldOf, formErrors } from './report-errors';

describe('report errors', () => {
  it('places an error next to the input the API names', () => {
    expect(fieldOf({ field: 'realisasi' })).toBe('realisasi');
    expect(fieldOf({ field: 'beneficiariesCumulative' })).toBe('beneficiariesCumulative');
    expect(fieldOf({ field: 'id' })).toBeNull();
    expect(fieldOf({ field: null })).toBeNull();
  });

  it('translates known codes and falls back for new ones', () => {
    expect(domainErrorKey('report/realisasi_exceeds_pagu', 'reports.error.unknown')).toBe('error.report/realisasi_exceeds_pagu');
    expect(domainErrorKey('report/something_new', 'reports.error.unknown')).toBe('reports.error.unknown');
  });

  it('has a message for every code the API throws on reports', () => {
    const codes = [
      'report/not_found',
      'report/program_not_found',
      'report/program_of_another_opd',
      'report/realisasi_exceeds_pagu',
      'report/negative_amount',
      'report/month_outside_fiscal_year',
      'report/realisasi_below_previous_month',
      'report/realisasi_above_later_month',
      'report/not_editable',
      'report/wrong_status',
      'report/comment_required',
      'report/not_reviewer',
      'report/text_too_long',
    ];
    for (const code of codes) expect(domainErrorKey(code, 'reports.error.unknown')).toBe(`error.${code}`);
  });

  it('splits an answer into field and form messages', () => {
    const exceeds = { code: 'report/realisasi_exceeds_pagu', field: 'realisasi', message: 'x' };
    expect(formErrors(exceeds).fields.realisasi).toBe(exceeds);
    expect(formErrors({ code: 'report/wrong_status', field: 'id', message: 'y' }).form?.code).toBe('report/wrong_status');
    expect(formErrors(null)).toEqual({ fields: {}, form: null });
  });
});
