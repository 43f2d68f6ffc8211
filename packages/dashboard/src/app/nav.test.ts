import { describe, expect, it } from 'vitest';
import { LANDING, landingPath, loginPathFor, navItemsFor, offers, safeNext } from './nav';

describe('role-aware navigation', () => {
  it('lands every role on a page that exists and that its nav shows', () => {
    for (const role of Object.keys(LANDING) as (keyof typeof LANDING)[]) {
      const path = landingPath(role);
      expect(
        navItemsFor(role).some((item) => item.path === path),
        `${role} → ${path}`,
      ).toBe(true);
    }
  });

  it('shows rakor mode only to the roles that present', () => {
    const hasRakor = (role: keyof typeof LANDING) => navItemsFor(role).some((i) => i.id === 'rakor');
    expect(['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD'].every((r) => hasRakor(r as keyof typeof LANDING))).toBe(true);
    expect(hasRakor('OPD_OPERATOR') || hasRakor('REGION_OPERATOR')).toBe(false);
    expect(navItemsFor('EXECUTIVE')[0]?.id).toBe('summary');
  });

  it('shows Pengaturan and Audit to the secretariat only', () => {
    for (const role of Object.keys(LANDING) as (keyof typeof LANDING)[]) {
      const ids = navItemsFor(role).map((i) => i.id);
      expect(ids.includes('settings') && ids.includes('audit'), role).toBe(role === 'ADMIN');
    }
  });

  it("lands the kelurahan operator on Kelurahan saya and offers only its kelurahan's pages", () => {
    expect(landingPath('REGION_OPERATOR')).toBe('/kelurahan-saya');
    // What the API lets the role read in full: its kelurahan's households and counts. The
    // kabupaten/kota's screens answered it with "tidak berwenang" (issue 8).
    expect(navItemsFor('REGION_OPERATOR').map((i) => i.id)).toEqual(['myKelurahan', 'households']);
    expect(offers('REGION_OPERATOR', '/')).toBe(false);
    for (const role of ['ADMIN', 'EXECUTIVE', 'CLUSTER_HEAD', 'OPD_OPERATOR'] as const) {
      expect(
        navItemsFor(role).some((i) => i.id === 'myKelurahan'),
        role,
      ).toBe(false);
      expect(offers(role, '/'), role).toBe(true);
    }
  });

  it('returns after login only to a path inside the dashboard', () => {
    expect(safeNext('/?wilayah=16.71&tahun=2024')).toBe('/?wilayah=16.71&tahun=2024');
    expect(safeNext('/rakor')).toBe('/rakor');
    for (const bad of ['https://evil.example/', '//evil.example', '/\\evil.example', 'rakor', '', null, '/masuk', '/masuk?lanjut=/']) {
      expect(safeNext(bad), String(bad)).toBeNull();
    }
  });

  it('builds the login address that comes back', () => {
    expect(loginPathFor('/rakor?wilayah=64.74')).toBe('/masuk?lanjut=%2Frakor%3Fwilayah%3D64.74');
    expect(loginPathFor('/')).toBe('/masuk');
    expect(loginPathFor('/masuk')).toBe('/masuk');
  });
});
