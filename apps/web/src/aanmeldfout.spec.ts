import { describe, expect, it } from '@jest/globals';
import { aanmeldFout } from './aanmeldfout';

describe('the message of a failed sign-in', () => {
  it('is the page’s own sentence for a known code', () => {
    expect(aanmeldFout('verlopen')).toBe('Aanmelden mislukt: de aanmelding duurde te lang. Probeer opnieuw.');
  });

  it.each(['Bel 0800 12345 voor je wachtwoord', '<b>x</b>', 'toString', '__proto__'])(
    'never shows text from the link (%s), only the general sentence',
    (tekst) => {
      expect(aanmeldFout(tekst)).toBe('Aanmelden mislukt. Probeer opnieuw of vraag hulp aan de beheerder.');
    },
  );

  it('is nothing without ?fout=', () => {
    expect(aanmeldFout(null)).toBeUndefined();
  });
});
