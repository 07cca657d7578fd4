// kill -9 of projecties in the services topology: the process is gone without leaving its group; a
// new one must serve correct reads again — what was projected before, and what was written after —
// without waiting out the dead member (HTTP does not wait for the group). The time to the first read
// is logged, not asserted (speed belongs in benchmarks).
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import {
  bearer,
  createTestDatabase,
  eventually,
  TEST_SECRET,
  testConfig,
  type TestDatabase,
  testServers,
} from '@signaalspoor/testing';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import request from 'supertest';
import { RelayApp } from '../../relay/src/main';
import { SignalenService } from '../../signalen/src/main';

/** A fixed port of kafka-ops' range for the projecties child, so both instances answer on the same URL. */
const PORT = process.env.KILL_TEST_PORT ?? '3531';
const base = `http://127.0.0.1:${PORT}`;

/** Bounded polling; this suite waits on broker restarts and process starts. */
const wait = <T>(probe: () => Promise<T>, timeoutMs = 60_000) => eventually(probe, timeoutMs);

describe('projecties after kill -9', () => {
  let db: TestDatabase;
  let config: Config;
  const apps: INestApplication[] = [];
  const children: ReturnType<typeof spawn>[] = [];
  let raad: string;

  async function start(compose: (config: Config) => DynamicModule): Promise<INestApplication> {
    const app = await createHttpApp(compose(config), 'test', config);
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app;
  }

  /** projecties as a process of its own: plain node with register.js compiling the sources. */
  function projecties() {
    const child = spawn(
      process.execPath,
      [
        '--require',
        join(__dirname, '../../../libs/messaging/src/testing/register.js'),
        join(__dirname, 'main.ts'),
      ],
      {
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'test',
          PORT,
          DATABASE_URL: db.url,
          // the same key dir: the same key of the log's seals and the same person keys' KEK
          SIGNAALSPOOR_DATA_DIR: config.dataDir,
          SIGNAALSPOOR_KEY_DIR: config.keyDir,
          AUTH_JWT_SECRET: TEST_SECRET,
          KAFKA_BROKERS: config.kafkaBrokers!.join(','),
          KAFKA_TOPIC: config.kafkaTopic,
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.push(child);
    return Object.assign(child, { output: () => output });
  }

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    config = testConfig(db.url, {
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      KAFKA_TOPIC: `kill-${randomBytes(4).toString('hex')}`,
    });
    raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    for (const app of apps.reverse()) await app.close();
    await db?.drop();
  });

  const read = (id: string) =>
    wait(async () => {
      const res = await request(base).get(`/api/signalen/${id}`).set('Authorization', raad);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ titel: 'Losliggende tegel' });
    });

  it('a new instance serves what was projected and what is written after the kill; a normal stop logs one line', async () => {
    const signalen = await start((c) => SignalenService.forRoot(c));
    await start((c) => RelayApp.forRoot(c));
    const submit = async () =>
      (
        await request(signalen.getHttpServer())
          .post('/api/signalen')
          .set('Authorization', raad)
          .send({ titel: 'Losliggende tegel', omschrijving: 'Aan de kerk.', thema: 'openbaar-domein' })
          .expect(201)
      ).body.id as string;

    const first = projecties();
    await wait(() => request(base).get('/api/health/ready').expect(200));
    const before = await submit();
    await read(before);

    first.kill('SIGKILL');
    await once(first, 'exit');
    const killed = Date.now();
    projecties();
    await read(before);
    const firstRead = Date.now() - killed;
    const after = await submit();
    await read(after);

    // a normal stop: leaves the group, logs one line, exits 0
    const second = children.at(-1)!;
    second.kill('SIGTERM');
    const [code] = await once(second, 'exit');
    expect(code).toBe(0);
    const stopLines = (second as ReturnType<typeof projecties>)
      .output()
      .split('\n')
      .filter((line) => line.includes('gestopt'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(stopLines).toEqual([
      expect.objectContaining({
        msg: 'Signaalspoor projecties gestopt',
        signal: 'SIGTERM',
        ms: expect.any(Number),
      }),
    ]);
    console.log(
      `projecties after kill -9: first read after ${firstRead} ms, a write after the kill readable after ${Date.now() - killed} ms (node + swc start included)`,
    );
  });
});
