import type { Leesmodel } from '@signaalspoor/signaal-view';
import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { PubliekeAntwoorden } from './antwoorden';

describe('public answers, rendered once per state of the view', () => {
  let positie = 10;
  const antwoorden = new PubliekeAntwoorden({
    signalen: { position: () => positie },
  } as unknown as Leesmodel);

  it('renders once while the view stays where it is, and again once it moved on', async () => {
    let renders = 0;
    const render = async () => `pagina ${++renders}`;
    const [a, b] = await Promise.all([
      antwoorden.geef('x', 'json', render),
      antwoorden.geef('x', 'json', render),
    ]);
    expect(renders).toBe(1);
    expect(b).toBe(a);
    expect(a.etag).toMatch(/^"[\w-]{32}"$/);
    expect(String((await antwoorden.geef('x', 'json', render)).body)).toBe('pagina 1');
    expect(String((await antwoorden.geef('y', 'json', render)).body)).toBe('pagina 2'); // another answer
    positie = 11;
    const nieuw = await antwoorden.geef('x', 'json', render);
    expect(String(nieuw.body)).toBe('pagina 3');
    expect(gunzipSync(nieuw.gzip).toString()).toBe('pagina 3');
    expect(nieuw.etag).not.toBe(a.etag);
  });

  it('keeps no refusal: the next request renders again', async () => {
    let renders = 0;
    await expect(
      antwoorden.geef('fout', 'json', async () => {
        renders++;
        throw new Error('404');
      }),
    ).rejects.toThrow('404');
    expect(String((await antwoorden.geef('fout', 'json', async () => `ok ${++renders}`)).body)).toBe('ok 2');
  });

  it('answers a URL from memory until the view moved, then not: the next request renders again', async () => {
    const req = {
      originalUrl: '/publiek/dr-kermt?status=ingediend',
      headers: {},
      acceptsEncodings: () => 'identity',
    };
    const res = { setHeader: jest.fn(), status: () => ({ send: jest.fn(), end: jest.fn() }) };
    const antwoord = await antwoorden.geef('z', 'html', async () => 'met het signaal');
    antwoorden.stuur(req as unknown as Request, res as unknown as Response, antwoord);
    expect(antwoorden.vooraf('/publiek/dr-kermt?status=ingediend')).toBe(antwoord);
    expect(antwoorden.vooraf('/publiek/dr-kermt')).toBeUndefined(); // never sent
    positie++; // e.g. the signaal was made private
    expect(antwoorden.vooraf('/publiek/dr-kermt?status=ingediend')).toBeUndefined();
  });
});
