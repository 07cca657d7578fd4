// The services topology against a broker of its own that the test stops and starts (never the shared
// one): every service starts while Kafka is down, serves liveness at once, is not ready until its
// consumer follows the bus, turns not-ready again during an outage and resumes after it. In bus mode
// the projection's checkpoint follows what was applied.
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadConfig, type Config } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import {
  bearer,
  createTestDatabase,
  TEST_SECRET,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { RelayApp } from '../../relay/src/main';
import { SignalenService } from '../../signalen/src/main';
import { StadsdienstenService } from '../../stadsdiensten/src/main';
import { ProjectiesService } from './main';

/** This suite's own broker: KAFKA_OUTAGE_PORT, default 29192. */
const PORT = process.env.KAFKA_OUTAGE_PORT ?? '29192';
const kafkaSh = (command: 'start' | 'stop') =>
  execFileSync(join(__dirname, '../../../infra/kafka/kafka.sh'), [command], {
    env: { ...process.env, KAFKA_PORT: PORT },
    stdio: 'ignore',
  });

async function eventually<T>(probe: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('services during a Kafka outage (own broker)', () => {
  let db: TestDatabase;
  let config: Config;
  const apps: INestApplication[] = [];
  const as: Record<string, string> = {};

  async function start(compose: (config: Config) => DynamicModule): Promise<INestApplication> {
    const app = await createHttpApp(compose(config), 'test', ['error', 'warn']);
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app;
  }
  const ready = (app: INestApplication) => request(app.getHttpServer()).get('/api/health/ready');

  beforeAll(async () => {
    kafkaSh('stop');
    db = await createTestDatabase(testServers()[0].url);
    config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      // the log's key and checkpoints of this database only, never in the working tree's ./data
      SIGNAALSPOOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'signaalspoor-kafka-')),
      AUTH_JWT_SECRET: TEST_SECRET,
      KAFKA_BROKERS: `127.0.0.1:${PORT}`,
      KAFKA_TOPIC: `outage-${randomBytes(4).toString('hex')}`,
    });
    as.raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await db?.drop();
    kafkaSh('stop');
  });

  const submit = async (signalen: INestApplication) =>
    (
      await request(signalen.getHttpServer())
        .post('/api/signalen')
        .set('Authorization', as.raad)
        .send({ titel: 'Losliggende tegel', omschrijving: 'Aan de kerk.', thema: 'openbaar-domein' })
        .expect(201)
    ).body.id as string;
  const visible = (projecties: INestApplication, id: string) =>
    eventually(() =>
      request(projecties.getHttpServer())
        .get(`/api/signalen/${id}`)
        .set('Authorization', as.raad)
        .expect(200),
    );

  it('start without Kafka, not ready while it is away, follow again once it is back', async () => {
    // every service comes up without a broker: HTTP and liveness first, the bus later
    const signalen = await start((c) => SignalenService.forRoot(c));
    const relay = await start((c) => RelayApp.forRoot(c));
    const projecties = await start((c) => ProjectiesService.forRoot(c));
    const stadsdiensten = await start((c) => StadsdienstenService.forRoot(c));
    for (const app of [relay, projecties, stadsdiensten]) {
      await request(app.getHttpServer()).get('/api/health/live').expect(200);
      await ready(app).expect(503);
    }

    kafkaSh('start');
    for (const app of [relay, projecties, stadsdiensten]) await eventually(() => ready(app).expect(200));
    const first = await submit(signalen);
    await visible(projecties, first);

    // a broker outage: the services that follow the bus say so
    kafkaSh('stop');
    for (const app of [relay, projecties, stadsdiensten]) await eventually(() => ready(app).expect(503));
    const during = await submit(signalen);

    kafkaSh('start');
    const back = Date.now();
    const readyAfter: number[] = [];
    for (const app of [relay, projecties, stadsdiensten]) {
      await eventually(() => ready(app).expect(200));
      readyAfter.push(Date.now() - back);
    }
    await visible(projecties, during);
    // logged, not asserted: speed belongs in benchmarks
    console.log(
      `after the broker restart: relay, projecties, stadsdiensten ready after ${readyAfter.join(', ')} ms, the signaal written during the outage readable after ${Date.now() - back} ms`,
    );
    await visible(projecties, await submit(signalen));

    // bus mode: the checkpoint records what was applied, so a restart does not replay it
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await eventually(async () => {
        const { rows } = await client.query<{ position: string; head: string }>(
          `SELECT c.position, (SELECT position FROM log_head) AS head
             FROM projectie.checkpoints c WHERE c.name = 'signalen'`,
        );
        expect(Number(rows[0].position)).toBe(Number(rows[0].head));
      });
    } finally {
      await client.end();
    }
  });
});
