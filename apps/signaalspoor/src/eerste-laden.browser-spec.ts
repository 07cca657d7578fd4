import { WEB_DIR } from '@signaalspoor/web';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { browserSuite } from './testing/browser';

// The first load of the web app on a phone (docs/web.md, "Size and first load"): what the raad's
// list costs on the wire, and how its files are served. Not timed: bench/web/lighthouse.bench.ts
// measures the speed.

const JS_BUDGET = 120 * 1024;
const ASSETS = join(WEB_DIR, 'assets');

/** One GET without any decoding, as the bytes come over the wire. */
const rauw = (url: string, acceptEncoding: string) =>
  new Promise<{ res: IncomingMessage; body: Buffer }>((resolve, reject) =>
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => resolve({ res, body: Buffer.concat(delen) }));
    }).on('error', reject),
  );

interface Bestand {
  pad: string;
  type: string;
  encoding: string | null;
  cache: string | null;
  /** the body's bytes on the wire (compressed) */
  bytes: number;
}

const gemeten = async (req: Request): Promise<Bestand> => {
  const res = (await req.response())!;
  return {
    pad: new URL(req.url()).pathname,
    type: req.resourceType(),
    encoding: await res.headerValue('content-encoding'),
    cache: await res.headerValue('cache-control'),
    bytes: (await req.sizes()).responseBodySize,
  };
};

describe('the first load of the web app', () => {
  const s = browserSuite();
  let sessie: string;

  beforeAll(async () => {
    const aangemeld = await s.t.http
      .post('/api/auth/demo')
      .set('X-Signaalspoor', '1')
      .send({ rol: 'raad', id: 'dr-kermt' })
      .expect(200);
    sessie = String(aangemeld.headers['set-cookie'][0]).split(';')[0].split('=')[1];
    await s.t.http
      .post('/api/signalen')
      .set('Cookie', `signaalspoor_sessie=${sessie}`)
      .set('X-Signaalspoor', '1')
      .send({ titel: 'Losliggende stoeptegels', omschrijving: 'Aan de kerk.', thema: 'openbaar-domein' })
      .expect(201);
  });

  it("the raad's list transfers at most 120 KB of JavaScript, brotli files made at build time", async () => {
    const context = await s.context({ viewport: { width: 375, height: 812 } });
    await context.addCookies([{ name: 'signaalspoor_sessie', value: sessie, url: `${s.base}/api` }]);
    const page = await context.newPage();
    const metingen: Promise<Bestand>[] = [];
    page.on('requestfinished', (req) => {
      if (new URL(req.url()).pathname.startsWith('/assets/')) metingen.push(gemeten(req));
    });
    const document = await page.goto(`${s.base}/signalen`);
    await page.getByRole('heading', { name: 'Mijn signalen' }).waitFor();
    await page.locator('.kaart').first().waitFor();
    await page.waitForLoadState('networkidle');
    const bestanden = await Promise.all(metingen);
    expect(await document!.headerValue('cache-control')).toBe('no-cache');
    await context.close();

    const scripts = bestanden.filter((b) => b.type === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const b of bestanden) {
      expect(b.cache).toBe('public, max-age=31536000, immutable'); // the file's name has a hash
      // exactly the file the build compressed with brotli; it leaves files under 1 KB as they are
      const br = join(WEB_DIR, `${b.pad}.br`);
      if (existsSync(br)) expect(b).toMatchObject({ encoding: 'br', bytes: statSync(br).size });
      else expect(b).toMatchObject({ encoding: null, bytes: statSync(join(WEB_DIR, b.pad)).size });
      if (!existsSync(br)) expect(b.bytes).toBeLessThan(1024);
    }
    expect(scripts.reduce((som, b) => som + b.bytes, 0)).toBeLessThanOrEqual(JS_BUDGET);
  });

  it('gives gzip to a client without brotli and plain bytes to one without either, compressed once', async () => {
    const js = readdirSync(ASSETS).filter(
      (f) => f.endsWith('.js') && statSync(join(ASSETS, f)).size > 10_000,
    );
    expect(js.length).toBeGreaterThan(0);
    for (const bestand of js) {
      const origineel = readFileSync(join(ASSETS, bestand));
      const gzip = await rauw(`${s.base}/assets/${bestand}`, 'gzip');
      expect(gzip.res.headers['content-encoding']).toBe('gzip');
      expect(gzip.res.headers.vary).toMatch(/Accept-Encoding/i);
      expect(gunzipSync(gzip.body).equals(origineel)).toBe(true);
      const plat = await rauw(`${s.base}/assets/${bestand}`, 'identity');
      expect(plat.res.headers['content-encoding']).toBeUndefined();
      expect(plat.body.equals(origineel)).toBe(true);
    }
  });
});
