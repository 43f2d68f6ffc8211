import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel, fieldLabel, splitChanges } from './audit-labels';

describe('audit labels', () => {
  it('names record kinds, actions and fields in the interface language, keeping unknown names', () => {
    expect(entityLabel('program', 'id')).toBe('Program');
    expect(entityLabel('app_user', 'id')).toBe('Pengguna');
    expect(entityLabel('import/households', 'id')).toBe('Impor rumah tangga');
    expect(entityLabel('gadget', 'id')).toBe('gadget');
    expect(actionLabel('reset_password', 'id')).toBe('Atur ulang kata sandi');
    expect(actionLabel('create', 'en')).toBe('Created');
    expect(fieldLabel('pagu', 'id')).toBe('Pagu');
    expect(fieldLabel('zzz', 'en')).toBe('zzz');
  });

  it('shows the changed fields first and keeps the rest apart', () => {
    const changes = [
      { field: 'name', changed: true },
      { field: 'kind', changed: false },
    ];
    expect(splitChanges(changes)).toEqual({ shown: [changes[0]], unchanged: [changes[1]] });
  });
});
