import express from 'express';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { sessieCsrf } from './sessie.middleware';
import { tegelsBron, webApp } from './spa';

/** An Express app with the session middleware and the web app in front of a fake API. */
function edge(dir: string) {
  const app = express();
  app.use(sessieCsrf);
  app.use('/api', (req, res) =>
    res
      .status(req.path === '/nope' ? 404 : 200)
      .json({ auth: req.headers.authorization ?? null, cookie: req.headers.cookie ?? null }),
  );
  app.use(webApp('https://tegels.example/{z}/{x}/{y}.png', dir));
  return app;
}

describe('the web edge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'signaalspoor-web-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, 'signalen'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'assets/app.js'), 'console.log(1)');
  // what the build writes beside a file over 1 KB (apps/web/vite.config.mts)
  const groot = 'console.log("Signaalspoor");\n'.repeat(100);
  writeFileSync(join(dir, 'assets/groot-abc123.js'), groot);
  writeFileSync(join(dir, 'assets/groot-abc123.js.br'), brotliCompressSync(groot));
  writeFileSync(join(dir, 'assets/groot-abc123.js.gz'), gzipSync(groot));
  const app = edge(dir);

  describe('given a session cookie', () => {
    const cookie = 'signaalspoor_sessie=de-sessie-id';

    it('when reading, then the cookie passes on as it is (the API resolves the session)', async () => {
      const res = await request(app).get('/api/signalen').set('Cookie', cookie).expect(200);
      expect(res.body).toEqual({ auth: null, cookie });
    });

    it('when changing state without the CSRF header, then 403 and the API is not reached', async () => {
      const res = await request(app).post('/api/signalen').set('Cookie', cookie).expect(403);
      expect(res.body).toMatchObject({ code: 'CSRF_HEADER_ONTBREEKT' });
    });

    it('when changing state with the CSRF header, then it passes on', async () => {
      const res = await request(app).post('/api/signalen').set('Cookie', cookie).set('X-Signaalspoor', '1');
      expect(res.body).toEqual({ auth: null, cookie });
    });

    it('when a bearer token is sent as well, then the bearer token wins and no CSRF header is needed', async () => {
      const res = await request(app)
        .post('/api/signalen')
        .set('Cookie', cookie)
        .set('Authorization', 'Bearer ander')
        .expect(200);
      expect(res.body.auth).toBe('Bearer ander');
    });
  });

  it('refuses a sign-in POST without the CSRF header (login CSRF)', async () => {
    await request(app).post('/api/auth/demo').send({ rol: 'auditor' }).expect(403);
  });

  it('serves index.html for the app routes, the files as they are, and leaves /api alone', async () => {
    expect((await request(app).get('/signalen/123').expect(200)).text).toContain('<title>app</title>');
    expect((await request(app).get('/assets/app.js').expect(200)).text).toBe('console.log(1)');
    await request(app).get('/assets/weg.js').expect(404);
    // a directory or a path that climbs out is an app route, never a file or an error
    expect((await request(app).get('/signalen').expect(200)).text).toContain('<title>app</title>');
    expect((await request(app).get('/%2e%2e/etc/passwd').expect(200)).text).toContain('<title>app</title>');
    expect((await request(app).get('/api/nope').expect(404)).body).toEqual({ auth: null, cookie: null });
  });

  it("sends the build's brotli or gzip file as it is, by what the client accepts, cached for a year", async () => {
    // supertest decodes the body: the Content-Length says which file was sent
    const haal = (encoding: string) =>
      request(app).get('/assets/groot-abc123.js').set('Accept-Encoding', encoding).expect(200);
    const br = await haal('gzip, deflate, br');
    expect(br.headers).toMatchObject({
      'content-encoding': 'br',
      'content-length': String(brotliCompressSync(groot).length),
      'content-type': expect.stringMatching(/^text\/javascript; charset=utf-8$/i) as string,
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    expect(br.text).toBe(groot);
    const gz = await haal('gzip');
    expect(gz.headers).toMatchObject({
      'content-encoding': 'gzip',
      'content-length': String(gzipSync(groot).length),
    });
    expect(gz.text).toBe(groot);
    const plat = await haal('identity');
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.text).toBe(groot);
  });

  it('lets the page load map tiles from the configured tile host only (CSP img-src)', async () => {
    const csp = (await request(app).get('/signalen/123').expect(200)).headers['content-security-policy'];
    expect(csp).toContain("img-src 'self' data: https://tegels.example;");
    expect(tegelsBron('https://{s}.tile.example:8443/{z}/{x}/{y}.png')).toBe('https://*.tile.example:8443');
  });

  it('says in Dutch that the app is not built when dist/web is missing', async () => {
    const res = await request(edge(join(dir, 'bestaat-niet')))
      .get('/')
      .expect(200);
    expect(res.text).toContain('De webtoepassing is niet gebouwd');
  });
});
