import { Logger } from '@nestjs/common';
import { PG_POOL } from '@signaalspoor/database';
import { testServers } from '@signaalspoor/testing';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { startTestAppOnNewDatabase, type TestApp } from '../../../apps/signaalspoor/src/testing/test-app';

// The web app's session through HTTP: a demo user signs in (a session like an OIDC one, without the
// provider), signs out, and the old cookie opens nothing any more; an idle session ends by itself.

const CSRF = { 'X-Signaalspoor': '1' };
const SIGNAAL = { titel: 'Losse stoeptegel', omschrijving: 'Aan de kerk', thema: 'groen' };

describe('web sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url);
  });

  afterAll(async () => {
    await t?.close();
  });

  /** Signs a demo raad in; answers its cookie header. */
  const aanmelden = async (): Promise<string> => {
    const res = await t.http
      .post('/api/auth/demo')
      .set(CSRF)
      .send({ rol: 'raad', id: 'dr-kermt' })
      .expect(200);
    const cookie = (res.headers['set-cookie'] as unknown as string[])
      .find((c) => c.startsWith('signaalspoor_sessie='))!
      .split(';')[0];
    return cookie;
  };

  it('ends the session on sign-out: the old cookie answers 401 everywhere, the stream too', async () => {
    const cookie = await aanmelden();
    await t.http.get('/api/auth/sessie').set('Cookie', cookie).expect(200);
    await t.http.post('/api/signalen').set('Cookie', cookie).set(CSRF).send(SIGNAAL).expect(201);

    const afgemeld = await t.http.post('/api/auth/afmelden').set('Cookie', cookie).set(CSRF).expect(200);
    expect(afgemeld.body).toEqual({}); // no provider to sign out at
    expect(String(afgemeld.headers['set-cookie'])).toMatch(/signaalspoor_sessie=;/);

    // the browser forgot the cookie; one that kept it (a copy, a shared computer) gets nowhere
    const sessie = await t.http.get('/api/auth/sessie').set('Cookie', cookie).expect(401);
    expect(sessie.body).toMatchObject({ code: 'SESSIE_BEEINDIGD' });
    await t.http.post('/api/signalen').set('Cookie', cookie).set(CSRF).send(SIGNAAL).expect(401);
    await t.http.get('/api/stroom').set('Cookie', cookie).expect(401);
    // signing out twice is harmless
    await t.http.post('/api/auth/afmelden').set('Cookie', cookie).set(CSRF).expect(200);
  });

  it('ends an open live stream when its session ends', async () => {
    const cookie = await aanmelden();
    // a server of its own on the app's handler: supertest keeps using the app's
    const server = createServer(t.app.getHttpAdapter().getInstance()).listen(0, '127.0.0.1');
    try {
      await new Promise((resolve) => server.once('listening', resolve));
      const { port } = server.address() as AddressInfo;
      const stroom = await fetch(`http://127.0.0.1:${port}/api/stroom`, { headers: { Cookie: cookie } });
      expect(stroom.status).toBe(200);
      const gesloten = stroom
        .text()
        .then(() => Date.now())
        .catch(() => Date.now());
      const afgemeld = Date.now();
      await t.http.post('/api/auth/afmelden').set('Cookie', cookie).set(CSRF).expect(200);
      // checked every 10 s
      expect((await gesloten) - afgemeld).toBeLessThan(15_000);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 30_000);

  it('ends a session after SESSION_IDLE_MINUTES (30) without a request, not before', async () => {
    const cookie = await aanmelden();
    const id = cookie.slice('signaalspoor_sessie='.length);
    const stilSinds = (minuten: number) =>
      t.app.get<Pool>(PG_POOL, { strict: false }).query(
        `UPDATE web.sessies SET laatst_gezien = now() - make_interval(mins => $2)
            WHERE id_hash = sha256(convert_to($1, 'UTF8'))`,
        [id, minuten],
      );
    await stilSinds(29);
    await t.http.get('/api/auth/sessie').set('Cookie', cookie).expect(200);
    // that request counted: idle again from now
    await stilSinds(31);
    const res = await t.http.get('/api/auth/sessie').set('Cookie', cookie).expect(401);
    expect(res.body).toMatchObject({ code: 'SESSIE_BEEINDIGD' });
  });

  it('logs a refused token in one line, without the token', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm9wZQ';
      await t.http.get('/api/signalen').set('Authorization', `Bearer ${token}`).expect(401);
      const regels = warn.mock.calls.map(([regel]) => regel as unknown);
      expect(regels).toContainEqual(
        expect.objectContaining({ msg: 'Token geweigerd', method: 'GET', pad: '/api/signalen', code: 'TOKEN_ONGELDIG' }),
      );
      expect(JSON.stringify(regels)).not.toContain(token);
    } finally {
      warn.mockRestore();
    }
  });
});
