import { describe, expect, it } from 'vitest';
import { canListHouseholds, householdListFilter, listNarrowedTo, outsideTarget } from './household-lists';

const scope = { regionCode: '16.71', year: 2026 };

describe('householdListFilter', () => {
  it('lists the eligible households no program reached behind "belum terjangkau"', () => {
    expect(householdListFilter('unreached', scope)).toEqual({ regionCode: '16.71', year: 2026, eligibleUnreached: true });
  });

  it('lists the active households reached by 3+ programs behind the overlap', () => {
    expect(householdListFilter('overlap', scope)).toEqual({ regionCode: '16.71', year: 2026, reach: 'THREE_PLUS', lifecycle: 'ACTIVE' });
  });

  it("lists a program's households: reached, in its target group, outside it, and overlapping", () => {
    const p = { ...scope, programId: 86 };
    expect(householdListFilter('programReached', p)).toEqual({ regionCode: '16.71', programId: 86 });
    expect(householdListFilter('programEligible', p)).toEqual({ regionCode: '16.71', eligibleForProgram: 86 });
    expect(householdListFilter('programInclusion', p)).toEqual({ regionCode: '16.71', notEligibleForProgram: 86 });
    expect(householdListFilter('programOverlap', p)).toEqual({ regionCode: '16.71', year: 2026, programId: 86, reach: 'THREE_PLUS' });
  });

  it('refuses a program list without a program', () => {
    expect(() => householdListFilter('programInclusion', scope)).toThrow(/programId/);
  });
});

describe('who may open the lists', () => {
  it('lets the secretariat and kelurahan operators open them; not the mayor, cluster heads or OPD operators', () => {
    expect(canListHouseholds('ADMIN')).toBe(true);
    expect(canListHouseholds('CLUSTER_HEAD')).toBe(false);
    expect(canListHouseholds('REGION_OPERATOR')).toBe(true);
    expect(canListHouseholds('EXECUTIVE')).toBe(false);
    expect(canListHouseholds('OPD_OPERATOR')).toBe(false);
  });

  it("says when the API narrows a list to the viewer's own kelurahan", () => {
    expect(listNarrowedTo('16.71.06.1005', '16.71')).toBe('16.71.06.1005');
    expect(listNarrowedTo('16.71', '16.71')).toBeNull();
    expect(listNarrowedTo('16.71', '16.71.06')).toBeNull();
    expect(listNarrowedTo(null, '16.71')).toBeNull();
    expect(listNarrowedTo('16.711', '16.71')).toBeNull();
  });
});

describe('outsideTarget', () => {
  it('is reached minus eligible, unknown when a count is hidden', () => {
    expect(outsideTarget(7040, 5755)).toBe(1285);
    expect(outsideTarget(null, 5)).toBeNull();
    expect(outsideTarget(5, null)).toBeNull();
  });
});
