import { describe, expect, it } from '@jest/globals';
import { paginaTitel } from './titel';

describe('the page title', () => {
  it('names the page, then the app', () => {
    expect(paginaTitel('Nieuw signaal')).toBe('Nieuw signaal — Signaalspoor');
    expect(paginaTitel('  Onveilig kruispunt\n aan de school ')).toBe(
      'Onveilig kruispunt aan de school — Signaalspoor',
    );
  });

  it('says the app once, and only the app without a heading', () => {
    expect(paginaTitel('Aanmelden bij Signaalspoor')).toBe('Aanmelden bij Signaalspoor');
    expect(paginaTitel(undefined)).toBe('Signaalspoor');
    expect(paginaTitel('  ')).toBe('Signaalspoor');
  });
});
