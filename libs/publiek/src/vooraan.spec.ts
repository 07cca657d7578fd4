import { soortVerzoek } from './vooraan';

describe('what a request is to the priority of the public routes', () => {
  const soort = (url: string, headers: Record<string, string> = {}) => soortVerzoek({ url, headers });

  it('knows the public routes, with or without credentials', () => {
    for (const url of [
      '/publiek',
      '/publiek/dr-kermt?status=ingediend',
      '/api/publiek/raden',
      '/open311/v2/requests.json',
    ]) {
      expect(soort(url)).toBe('publiek');
      expect(soort(url, { authorization: 'Bearer x' })).toBe('publiek');
    }
    expect(soort('/publieke-dingen')).toBe('anders');
  });

  it('counts a request with a token or a cookie as the signed-in app, the rest not', () => {
    expect(soort('/api/signalen', { authorization: 'Bearer x' })).toBe('ingelogd');
    expect(soort('/assets/index.js', { cookie: 'sessie=abc' })).toBe('ingelogd');
    expect(soort('/assets/index.js')).toBe('anders'); // a visitor's files
    expect(soort('/api/stroom', { cookie: 'sessie=abc' })).toBe('anders'); // open as long as its page
  });
});
