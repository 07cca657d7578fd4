// The app on an external database (DATABASE_URL) that dies and comes back: a PostgreSQL server of this
// test's own (never the shared one), killed with kill -9 and started again on the same data dir and port.
import { ensureDatabase } from '@signaalspoor/database';
import { Liveness } from '@signaalspoor/platform';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startPostgresProcess,
  type PostgresProcess,
} from '../../../libs/database/src/testing/postgres-process';
import { bearer, eventually } from '@signaalspoor/testing';
import { startTestApp, type TestApp } from './testing/test-app';

const signaal = {
  titel: 'Overvolle vuilnisbak',
  omschrijving: 'De vuilnisbak aan het speelplein puilt elke maandag uit.',
  thema: 'openbaar-domein',
  bron: 'open-forum',
};

/** Polls until `probe` passes; a restart and a recovery may take a while on a loaded machine. */
const until = <T>(probe: () => Promise<T>) => eventually(probe, 60_000, 200);

describe('the external database dies and comes back', () => {
  let dataDir: string;
  let server: PostgresProcess;
  let t: TestApp;
  let raad: string;

  const start = (port?: number) => startPostgresProcess(dataDir, port);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'signaalspoor-outage-'));
    server = await start();
    t = await startTestApp(await ensureDatabase(server.url, 'signaalspoor'));
    raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  afterAll(async () => {
    await t?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  const indienen = () => t.http.post('/api/signalen').set('Authorization', raad).send(signaal);

  it('answers 503 with Retry-After, keeps liveness green and readiness red, then recovers by itself', async () => {
    await indienen().expect(201);
    const port = Number(new URL(server.url).port);

    process.kill(server.pid, 'SIGKILL');
    await until(() => t.http.get('/api/health/ready').expect(503));
    const ready = await t.http.get('/api/health/ready');
    expect(ready.body.details.database.status).toBe('down');
    await t.http.get('/api/health/live').expect(200);

    const write = await indienen();
    expect(write.status).toBe(503);
    expect(write.headers['retry-after']).toMatch(/^\d+$/);
    const read = await t.http.get('/api/signalen').set('Authorization', raad);
    expect(read.status).toBe(503);
    expect(read.headers['retry-after']).toMatch(/^\d+$/);

    // the dead server's backends may hold its shared memory for a moment
    await server.stop();
    server = await until(() => start(port));

    await until(() => indienen().expect(201));
    const { body } = await indienen().expect(201);
    await until(() => t.http.get(`/api/signalen/${body.id}`).set('Authorization', raad).expect(200));
    await until(() => t.http.get('/api/health/ready').expect(200));
  });

  it('fails liveness only for what the process cannot repair by itself', async () => {
    await t.http.get('/api/health/live').expect(200);
    let gaveUp = false;
    t.app.get(Liveness).register('test-consumer', () => ({ ok: !gaveUp }));
    await t.http.get('/api/health/live').expect(200);
    gaveUp = true;
    const live = await t.http.get('/api/health/live').expect(503);
    expect(live.body.details['test-consumer'].status).toBe('down');
  });
});
