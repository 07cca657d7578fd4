import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { api, CSRF_HEADER, laatstePositie, positieGezien } from './api';

// Read-your-writes in the web app: the position a command answered goes out as X-Positie on the
// queries after it, so a refetch never shows the state from before the command.

type Verzoek = { url: string; headers: Record<string, string> };

function nepFetch(antwoorden: unknown[]) {
  const verzoeken: Verzoek[] = [];
  const fetch = jest.fn(async (url: string, init: { headers: Record<string, string> }) => {
    verzoeken.push({ url, headers: init.headers });
    return new Response(JSON.stringify(antwoorden.shift() ?? {}), { status: 200 });
  });
  (globalThis as { fetch: unknown }).fetch = fetch;
  return verzoeken;
}

describe('the API client', () => {
  beforeEach(() => {
    nepFetch([]);
  });

  it('given a command answered positie 42, when the app reads, then it sends X-Positie: 42', async () => {
    const verzoeken = nepFetch([
      { id: 's1', positie: 42 },
      { items: [], total: 0, limiet: 50, offset: 0 },
    ]);
    await api.afsluiten('s1');
    await api.signalen({ status: 'ingediend' });
    expect(verzoeken[0].headers[CSRF_HEADER]).toBe('1');
    expect(verzoeken[1]).toEqual({
      url: '/api/signalen?status=ingediend',
      headers: expect.objectContaining({ 'X-Positie': '42' }),
    });
  });

  it('never goes back to an older position (a late answer, a live update from before)', () => {
    positieGezien(100);
    positieGezien(7);
    positieGezien('200');
    expect(laatstePositie()).toBe(100);
  });

  it('sends no X-Positie on a command', async () => {
    positieGezien(5);
    const verzoeken = nepFetch([{ id: 's1', positie: 6 }]);
    await api.heropenen('s1', 'Nog altijd kapot.');
    expect(verzoeken[0].headers['X-Positie']).toBeUndefined();
  });
});
