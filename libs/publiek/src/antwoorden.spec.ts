import type { Leesmodel } from '@signaalspoor/signaal-view';
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
    const [a, b] = await Promise.all([antwoorden.geef('x', render), antwoorden.geef('x', render)]);
    expect(renders).toBe(1);
    expect(b).toBe(a);
    expect(a.etag).toMatch(/^"[\w-]{32}"$/);
    expect(String((await antwoorden.geef('x', render)).body)).toBe('pagina 1');
    expect(String((await antwoorden.geef('y', render)).body)).toBe('pagina 2'); // another answer
    positie = 11;
    const nieuw = await antwoorden.geef('x', render);
    expect(String(nieuw.body)).toBe('pagina 3');
    expect(gunzipSync(nieuw.gzip).toString()).toBe('pagina 3');
    expect(nieuw.etag).not.toBe(a.etag);
  });

  it('keeps no refusal: the next request renders again', async () => {
    let renders = 0;
    await expect(
      antwoorden.geef('fout', async () => {
        renders++;
        throw new Error('404');
      }),
    ).rejects.toThrow('404');
    expect(String((await antwoorden.geef('fout', async () => `ok ${++renders}`)).body)).toBe('ok 2');
  });
});
