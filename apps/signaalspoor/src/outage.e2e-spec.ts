import { Logger } from '@nestjs/common';
import { createServer, type AddressInfo } from 'node:net';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { EVENT_STORE } from '@signaalspoor/event-store';
import { PG_POOL } from '@signaalspoor/database';
import { bearers, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

/** A port where nothing listens: connecting gives pg's real `connect ECONNREFUSED 127.0.0.1:<port>`. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The database away: the app's pools (and the event store's own, a private field) are pointed at a
 * dead port, so every path meets the errors pg really throws. Answers are 503 with Retry-After and
 * a Dutch message; no address, port or library text reaches the client; the log keeps it.
 */
describe('errors while the database is away', () => {
  const [{ url }] = testServers();
  let t: TestApp;
  let port: number;
  let dead: Pool;
  const as: Record<string, string> = {};
  const restore: Array<() => void> = [];

  /** Points `target`'s `key` at `value` until restore. */
  const swap = <T extends object, K extends keyof T>(target: T, key: K, value: T[K]) => {
    const original = target[key];
    target[key] = value;
    restore.push(() => (target[key] = original));
  };

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    Object.assign(as, await bearers({ raad: 'kermt', auditor: 'auditor' }));
    port = await deadPort();
    dead = createPool(`postgres://postgres@127.0.0.1:${port}/weg`, { max: 2 });
  });

  afterAll(async () => {
    restore.forEach((undo) => undo());
    await dead?.end();
    await t?.close();
  });

  it('answers 503 with Retry-After and without internals, and logs the detail', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const pool = t.app.get<Pool>(PG_POOL);
    swap(pool, 'query', dead.query.bind(dead) as Pool['query']);
    swap(pool, 'connect', dead.connect.bind(dead) as Pool['connect']);
    // the PostgreSQL event store's own pool: private, so reached by name in this test only
    // (behind the guard that seals and checks events: its inner store)
    const store = t.app.get(EVENT_STORE) as unknown as { inner?: { pool: Pool }; pool: Pool };
    swap(store.inner ?? store, 'pool', dead);

    const signaal = {
      titel: 'Losliggende tegels',
      omschrijving: 'Aan de kerk.',
      thema: 'verkeersveiligheid',
    };
    const requests = {
      indienen: t.http.post('/api/signalen').set('Authorization', as.raad).send(signaal),
      'indienen met Idempotency-Key': t.http
        .post('/api/signalen')
        .set('Authorization', as.raad)
        .set('Idempotency-Key', 'storing-1')
        .send(signaal),
      lijst: t.http.get('/api/signalen').set('Authorization', as.raad),
      logboek: t.http.get('/api/audit/events?na=0').set('Authorization', as.auditor),
      readiness: t.http.get('/api/health/ready'),
    };
    for (const [where, request] of Object.entries(requests)) {
      const res = await request;
      expect({ where, status: res.status }).toEqual({ where, status: 503 });
      expect(res.headers['retry-after']).toBe('5');
      // readiness answers its per-check report (without internals), every other route the error body
      expect(res.text).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${port}|ECONN|connect |Exception`));
      if (where === 'readiness') continue;
      expect(res.body).toEqual({ statusCode: 503, code: expect.any(String), message: expect.any(String) });
      expect(res.body.message).toMatch(/niet (beschikbaar|bereikbaar)/);
    }
    expect(logged.mock.calls.flat().join('\n')).toContain(`ECONNREFUSED 127.0.0.1:${port}`);
    logged.mockRestore();

    restore.splice(0).forEach((undo) => undo());
    await t.http.post('/api/signalen').set('Authorization', as.raad).send(signaal).expect(201);
  });
});
