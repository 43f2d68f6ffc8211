import { describe, expect, it } from 'vitest';
import { inputOf, type SetupValues, setupVariables, tokenFromHash, validateSetup } from './setup-form';

const good: SetupValues = {
  token: 'k3Y_tok-en',
  username: 'Bappeda.Kupang',
  displayName: ' Sekretariat TKPKD Kota Kupang ',
  password: 'sasando-tenun-1945',
  passwordAgain: 'sasando-tenun-1945',
  regionCode: ' 53.71 ',
};

describe('first-run set-up form', () => {
  it('reads the token from the link’s fragment', () => {
    expect(tokenFromHash('#k3Y_tok-en')).toBe('k3Y_tok-en');
    expect(tokenFromHash('')).toBe('');
    expect(tokenFromHash('#%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('accepts a complete form and sends it as the API stores it', () => {
    expect(validateSetup(good)).toEqual({});
    expect(setupVariables(good)).toEqual({
      token: 'k3Y_tok-en',
      username: 'bappeda.kupang',
      displayName: 'Sekretariat TKPKD Kota Kupang',
      password: 'sasando-tenun-1945',
      regionCode: '53.71',
    });
    expect(setupVariables({ ...good, regionCode: '  ' }).regionCode).toBeNull();
    expect(validateSetup({ ...good, regionCode: '53' })).toEqual({});
  });

  it('names every input that is wrong', () => {
    expect(
      validateSetup({ token: '', username: 'a!', displayName: '  ', password: 'short', passwordAgain: '', regionCode: '53.71.01' }),
    ).toEqual({
      token: 'setup.invalid.token',
      username: 'setup.invalid.username',
      displayName: 'setup.invalid.displayNameEmpty',
      password: 'setup.invalid.passwordShort',
      regionCode: 'setup.invalid.regionCode',
    });
    expect(validateSetup({ ...good, username: '' }).username).toBe('setup.invalid.usernameEmpty');
    expect(validateSetup({ ...good, displayName: 'x'.repeat(121) }).displayName).toBe('setup.invalid.displayNameLong');
  });

  it('refuses the passwords the API refuses first, and a second password that differs', () => {
    expect(validateSetup({ ...good, password: 'Pantau-Demo', passwordAgain: 'Pantau-Demo' }).password).toBe(
      'setup.invalid.passwordGuessable',
    );
    expect(validateSetup({ ...good, password: 'bappeda.kupang2026', passwordAgain: 'bappeda.kupang2026' }).password).toBe(
      'setup.invalid.passwordGuessable',
    );
    expect(validateSetup({ ...good, password: 'x'.repeat(201), passwordAgain: 'x'.repeat(201) }).password).toBe(
      'setup.invalid.passwordLong',
    );
    expect(validateSetup({ ...good, passwordAgain: 'sasando-tenun-1946' })).toEqual({ passwordAgain: 'setup.invalid.passwordAgain' });
  });

  it('puts an API error beside the input it names', () => {
    expect(inputOf('username')).toBe('username');
    expect(inputOf('regionCode')).toBe('regionCode');
    expect(inputOf('token')).toBe('token');
    expect(inputOf('role')).toBeNull();
    expect(inputOf(null)).toBeNull();
  });
});
