import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase } from '@signaalspoor/database';
import { bearer, testServers } from '@signaalspoor/testing';
import {
  startPostgresProcess,
  type PostgresProcess,
} from '../../../libs/database/src/testing/postgres-process';
import {
  databaseClient,
  startTestApp,
  startTestAppBehindFaultProxy,
  type TestApp,
  type TestAppBehindProxy,
} from './testing/test-app';

// The done-when of issue 6: while clients send a burst of commands, each with its own Idempotency-Key,
// and retry every answer that is not final (5xx, a lost connection) with the same key, the database
// path fails — the connection cut right after COMMIT, or PostgreSQL killed. Afterwards every request
// exists exactly once, and every answer equals what a clean try answers now.

const CLIENTS = 6;
const PER_CLIENT = 10;
const signaal = (n: number) => ({
  titel: `Signaal ${n}`,
  omschrijving: 'Een melding uit de burst.',
  thema: 'openbaar-domein',
});

interface Sent {
  key: string;
  body: object;
  status: number;
  answer: { id: string; status: string; positie: number };
  attempts: number;
}

/** Sends until the answer is final: anything below 500 (a lost connection counts as not final). */
async function untilFinal(t: TestApp, token: string, key: string, body: object): Promise<Sent> {
  for (let attempts = 1; ; attempts++) {
    const response = await t.http
      .post('/api/signalen')
      .set('Authorization', token)
      .set('Idempotency-Key', key)
      .send(body)
      .then(
        (r) => r,
        () => undefined,
      );
    if (response && response.status < 500) {
      return { key, body, status: response.status, answer: response.body, attempts };
    }
    if (attempts > 500) throw new Error(`${key}: no final answer after ${attempts} attempts`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** CLIENTS clients, each PER_CLIENT commands one after another; `onProgress` sees each final answer. */
async function burst(t: TestApp, token: string, run: string, onProgress: (done: number) => void) {
  let done = 0;
  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    const sent: Sent[] = [];
    for (let i = 0; i < PER_CLIENT; i++) {
      const n = c * PER_CLIENT + i;
      sent.push(await untilFinal(t, token, `${run}-${n}`, signaal(n)));
      onProgress(++done);
    }
    return sent;
  });
  return (await Promise.all(clients)).flat();
}

/** Every request exactly once in the log, and a clean retry now answers as the request was answered. */
async function expectExactlyOnce(t: TestApp, token: string, sent: Sent[]) {
  expect(sent.map((s) => s.status)).toEqual(sent.map(() => 201));
  const direct = await databaseClient(t);
  try {
    const { rows } = await direct.query<{ stream_id: string; n: string }>(
      `SELECT stream_id, count(*) AS n FROM events WHERE type = 'SignaalIngediend' GROUP BY stream_id`,
    );
    const perStream = new Map(rows.map((row) => [row.stream_id, Number(row.n)]));
    expect(perStream.size).toBe(sent.length);
    for (const s of sent) expect(perStream.get(`signaal-${s.answer.id}`)).toBe(1);
  } finally {
    await direct.end();
  }
  for (const s of sent) {
    const clean = await t.http
      .post('/api/signalen')
      .set('Authorization', token)
      .set('Idempotency-Key', s.key)
      .send(s.body)
      .expect(201);
    expect(clean.body).toEqual(s.answer);
  }
}

describe.each(testServers())('commands under faults on $name PostgreSQL', ({ url }) => {
  let t: TestAppBehindProxy;
  let token: string;

  beforeAll(async () => {
    t = await startTestAppBehindFaultProxy(url);
    token = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  afterAll(() => t?.close());

  it('the connection cut at COMMIT, twice, mid-burst: every request exactly once', async () => {
    let cuts = 0;
    const cut = async () => {
      await t.proxy.cutAtCommit('signaalspoor-event-store');
      cuts++;
      // stay partitioned for a moment, so the store cannot tell whether the batch was written
      await new Promise((resolve) => setTimeout(resolve, 100));
      t.proxy.heal();
    };
    let cutting: Promise<void> | undefined;
    const sent = await burst(t, token, 'commit', (done) => {
      if (done === 10) cutting = cut();
      if (done === 35) cutting = cutting!.then(cut);
    });
    await cutting;
    expect(cuts).toBe(2);
    expect(sent.some((s) => s.attempts > 1)).toBe(true);
    await expectExactlyOnce(t, token, sent);
  });
});

describe('commands while PostgreSQL is killed mid-burst (a server of its own)', () => {
  let dataDir: string;
  let server: PostgresProcess;
  let t: TestApp;
  let databaseUrl: string;
  let token: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'signaalspoor-kill-'));
    server = await startPostgresProcess(dataDir);
    databaseUrl = await ensureDatabase(server.url, 'signaalspoor');
    t = await startTestApp(databaseUrl);
    token = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  afterAll(async () => {
    await t?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** kill -9 of the postmaster, then a new server on the same data dir and port once it can start. */
  async function killAndRestart(): Promise<void> {
    process.kill(server.pid, 'SIGKILL');
    // the process that ran it (not supervising it) ends too; its server is gone already
    void server.stop();
    const port = Number(new URL(server.url).port);
    for (let attempt = 1; ; attempt++) {
      try {
        server = await startPostgresProcess(dataDir, port);
        return;
      } catch (error) {
        // orphaned backends still hold the shared memory for a moment
        if (attempt >= 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }

  it('every acknowledged and every retried request exists exactly once', async () => {
    let restart: Promise<void> | undefined;
    const sent = await burst(t, token, 'kill', (done) => {
      if (done === 15) restart = killAndRestart();
    });
    await restart;
    expect(restart).toBeDefined();
    expect(sent.some((s) => s.attempts > 1)).toBe(true);
    await expectExactlyOnce(t, token, sent);
  });
});
