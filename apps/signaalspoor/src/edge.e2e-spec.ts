// Trust at the edge (docs/operations.md, Limits): one client cannot take the app from the others
// (429 with Retry-After per identity and per address, a cap on requests in progress, 503 before the
// process saturates), slow clients are cut off, and the answers carry the security headers.
import { bearer, eventually, testServers } from '@signaalspoor/testing';
import type { IncomingMessage, Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

/** The client ports of the requests a server received. */
function arrivals(server: Server): Set<number> {
  const ports = new Set<number>();
  server.on('request', (req: IncomingMessage) => ports.add(req.socket.remotePort!));
  return ports;
}

/**
 * A request whose head arrives and whose body never does: in progress until destroyed, unless
 * refused. Resolves once the server received it.
 */
async function halfPost(
  port: number,
  authorization: string,
  arrived: Set<number>,
): Promise<{ socket: Socket; refused: boolean }> {
  const socket = connect(port, '127.0.0.1');
  const held = { socket, refused: false };
  socket.on('error', () => undefined);
  socket.on('data', () => (held.refused = true));
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `POST /api/signalen HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${authorization}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"titel":',
  );
  await eventually(async () => expect(arrived.has(socket.localPort!)).toBe(true), 5_000, 10);
  return held;
}

/** Writes `text` and resolves with what the server sent and how long until it closed the connection. */
async function untilClosed(port: number, text: string): Promise<{ answer: string; ms: number }> {
  const socket = connect(port, '127.0.0.1');
  const started = Date.now();
  let answer = '';
  socket.on('data', (chunk) => (answer += chunk.toString()));
  socket.on('error', () => undefined);
  socket.write(text);
  await new Promise((resolve) => socket.once('close', resolve));
  return { answer, ms: Date.now() - started };
}

/** Limits low enough for one spec's client to reach them. */
const KRAPPE_LIMIETEN = {
  RATE_LIMIT_USER_PER_MINUTE: '60',
  RATE_LIMIT_ADDRESS_PER_MINUTE: '3',
  CONCURRENCY_PER_CLIENT: '2',
  SHED_MAX_IN_FLIGHT: '4',
};

describe('The edge under a greedy client', () => {
  let t: TestApp;
  let port: number;
  let arrived: Set<number>;
  const base = () => `http://127.0.0.1:${port}`;
  const get = (path: string, authorization?: string) =>
    fetch(base() + path, { headers: authorization ? { authorization } : {} });
  const raad = (sub: string) => bearer({ rol: 'raad', raad: 'dr-kermt', sub });

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url, KRAPPE_LIMIETEN);
    port = await listenOnLoopback(t);
    arrived = arrivals(t.app.getHttpServer());
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers 429 with Retry-After to an identity over its rate, and serves another identity', async () => {
    const [greedy, other] = await Promise.all([raad('greedy'), raad('other')]);
    for (let i = 0; i < 60; i++) expect((await get('/api/signalen', greedy)).status).toBe(200);
    const refused = await get('/api/signalen', greedy);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ statusCode: 429, code: 'TE_VEEL_AANVRAGEN' });
    expect((await get('/api/signalen', other)).status).toBe(200);
    expect((await get('/api/health/live', greedy)).status).toBe(200);
  });

  it('limits requests without a valid token per address, and a forged token counts there too', async () => {
    for (let i = 0; i < 3; i++) expect((await get('/api/themas')).status).toBe(401);
    const refused = await get('/api/themas');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await get('/api/themas', 'Bearer vervalst.token.x')).status).toBe(429);
    // a signed-in user at the same address has a budget of its own
    expect((await get('/api/themas', await raad('same-address'))).status).toBe(200);
    expect((await get('/api/health/ready')).status).toBe(200);
  });

  it('caps requests in progress per identity, then sheds new work with a 503 before the process saturates', async () => {
    const [busy, calm, late] = await Promise.all([raad('busy'), raad('calm'), raad('late')]);
    const held: Awaited<ReturnType<typeof halfPost>>[] = [];
    /**
     * Holds two requests of `who` in progress, and answers its next one, refused. A probe that came
     * in before a held request took its place: that one is refused and held again.
     */
    const holdTwo = (who: string) => {
      const mine: typeof held = [];
      return eventually(
        async () => {
          for (const h of mine.filter((h) => h.refused)) mine.splice(mine.indexOf(h), 1);
          while (mine.length < 2) {
            const h = await halfPost(port, who, arrived);
            mine.push(h);
            held.push(h);
          }
          const res = await get('/api/signalen', who);
          expect({ status: res.status, refusedHeld: mine.some((h) => h.refused) }).toEqual({
            status: 429,
            refusedHeld: false,
          });
          return res;
        },
        10_000,
        200,
      );
    };
    try {
      const refused = await holdTwo(busy);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toMatchObject({ code: 'TE_VEEL_TEGELIJK' });
      expect((await get('/api/signalen', calm)).status).toBe(200);

      await holdTwo(calm); // 4 in progress: the process's maximum
      const shed = await get('/api/signalen', late);
      expect(shed.status).toBe(503);
      expect(shed.headers.get('retry-after')).toBe('1');
      expect(await shed.json()).toMatchObject({ code: 'OVERBELAST' });
      expect((await get('/api/health/live')).status).toBe(200);
    } finally {
      for (const { socket } of held) socket.destroy();
    }
    await eventually(async () => expect((await get('/api/signalen', late)).status).toBe(200));
  });

  it('sends the security headers, compresses, and leaves HSTS to production', async () => {
    const who = await raad('headers');
    const res = await get('/api/signalen', who);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const docs = await fetch(base() + '/api/openapi.json', {
      headers: { 'accept-encoding': 'br', authorization: who },
    });
    expect(docs.headers.get('content-encoding')).toBe('br');
    expect(await docs.json()).toHaveProperty('openapi');
  });
});

describe('The edge in production', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url, {
      NODE_ENV: 'production',
      // what production requires besides (wave3/config refuses a start without them)
      SIGNAALSPOOR_DEMODATA: 'ja',
      SMTP_URL: 'smtp://127.0.0.1:9',
      PUBLIC_URL: 'https://signaalspoor.example.org',
      HTTP_HEADERS_TIMEOUT_MS: '1000',
      HTTP_REQUEST_TIMEOUT_MS: '2000',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '500',
    });
    port = await listenOnLoopback(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the metrics and the API documentation for a beheerder or an auditor', async () => {
    const [raad, beheerder, auditor] = await Promise.all([
      bearer({ rol: 'raad', raad: 'dr-kermt' }),
      bearer({ rol: 'beheerder' }),
      bearer({ rol: 'auditor' }),
    ]);
    for (const path of ['/api/metrics', '/api/docs', '/api/openapi.json']) {
      expect({ path, status: (await t.http.get(path)).status }).toEqual({ path, status: 401 });
      const forbidden = await t.http.get(path).set('Authorization', raad);
      expect({ path, status: forbidden.status, code: forbidden.body.code }).toEqual({
        path,
        status: 403,
        code: 'ROL_NIET_TOEGESTAAN',
      });
    }
    await t.http.get('/api/metrics').set('Authorization', beheerder).expect(200);
    await t.http.get('/api/openapi.json').set('Authorization', auditor).expect(200);
    await t.http.get('/api/health/live').expect(200);
  });

  it('pins the browser to https (HSTS)', async () => {
    const res = await t.http.get('/api/health/live');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('closes a connection whose head or body comes too slowly, within its timeout', async () => {
    const head = await untilClosed(port, 'GET /api/health/live HTTP/1.1\r\nHost: localhost\r\n');
    expect(head.answer).toMatch(/^HTTP\/1\.1 408/);
    expect(head.ms).toBeLessThan(1000 + 1500);
    const body = await untilClosed(
      port,
      'POST /api/signalen HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"titel":',
    );
    expect(body.ms).toBeGreaterThanOrEqual(1900);
    expect(body.ms).toBeLessThan(2000 + 1500);
  });
});
