// The services topology against a broker of its own that the test stops and starts (never the shared
// one): every service starts while Kafka is down, serves liveness at once, is not ready until its
// consumer follows the bus, turns not-ready again during an outage and resumes after it. In bus mode
// the projection's checkpoint follows what was applied. Under load, a 60 s outage loses, doubles and
// hides nothing: every accepted signaal reads as written (X-Positie), and all of them arrive after it.
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import {
  bearers,
  createTestDatabase,
  eventually,
  testConfig,
  type TestDatabase,
  testServers,
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

/** Bounded polling; this suite waits on broker restarts and process starts. */
const wait = <T>(probe: () => Promise<T>, timeoutMs = 60_000) => eventually(probe, timeoutMs);

describe('services during a Kafka outage (own broker)', () => {
  let db: TestDatabase;
  let config: Config;
  const apps: INestApplication[] = [];
  const as: Record<string, string> = {};

  async function start(compose: (config: Config) => DynamicModule): Promise<INestApplication> {
    const app = await createHttpApp(compose(config), 'test', config);
    await app.listen(0, '127.0.0.1');
    apps.push(app);
    return app;
  }
  const ready = (app: INestApplication) => request(app.getHttpServer()).get('/api/health/ready');
  /** The services, started once (by the first test, while the broker is down) and shared by the tests. */
  let services: Promise<Record<'signalen' | 'relay' | 'projecties' | 'stadsdiensten', INestApplication>>;
  const topology = () =>
    (services ??= (async () => ({
      signalen: await start((c) => SignalenService.forRoot(c)),
      relay: await start((c) => RelayApp.forRoot(c)),
      projecties: await start((c) => ProjectiesService.forRoot(c)),
      stadsdiensten: await start((c) => StadsdienstenService.forRoot(c)),
    }))());

  beforeAll(async () => {
    kafkaSh('stop');
    db = await createTestDatabase(testServers()[0].url);
    config = testConfig(db.url, {
      KAFKA_BROKERS: `127.0.0.1:${PORT}`,
      KAFKA_TOPIC: `outage-${randomBytes(4).toString('hex')}`,
      // a read that waits for a lagging read model gives up after 1 s (503 or a fold from the store),
      // so the reads during the outage under load keep a bounded number of waits in flight
      CONSISTENCY_TIMEOUT_MS: '1000',
    });
    Object.assign(as, await bearers({ raad: 'kermt', kuringen: 'kuringen' }));
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
    wait(() =>
      request(projecties.getHttpServer())
        .get(`/api/signalen/${id}`)
        .set('Authorization', as.raad)
        .expect(200),
    );

  it('start without Kafka, not ready while it is away, follow again once it is back', async () => {
    // every service comes up without a broker: HTTP and liveness first, the bus later
    const { signalen, relay, projecties, stadsdiensten } = await topology();
    for (const app of [relay, projecties, stadsdiensten]) {
      await request(app.getHttpServer()).get('/api/health/live').expect(200);
      await ready(app).expect(503);
    }

    kafkaSh('start');
    for (const app of [relay, projecties, stadsdiensten]) await wait(() => ready(app).expect(200));
    const first = await submit(signalen);
    await visible(projecties, first);

    // a broker outage: the services that follow the bus say so
    kafkaSh('stop');
    for (const app of [relay, projecties, stadsdiensten]) await wait(() => ready(app).expect(503));
    const during = await submit(signalen);

    kafkaSh('start');
    const back = Date.now();
    const readyAfter: number[] = [];
    for (const app of [relay, projecties, stadsdiensten]) {
      await wait(() => ready(app).expect(200));
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
      await wait(async () => {
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

  it('a 60 s outage under load: every accepted signaal reads as written, and all of them arrive after it', async () => {
    const { signalen, relay, projecties } = await topology();
    kafkaSh('start'); // already running after the first test; started when this test runs alone
    for (const app of [relay, projecties]) await wait(() => ready(app).expect(200));
    const projectiesHttp = () => request(projecties.getHttpServer());
    const lijst = (positie?: number) => {
      const req = projectiesHttp().get('/api/signalen?limiet=500').set('Authorization', as.kuringen);
      return positie === undefined ? req : req.set('X-Positie', String(positie));
    };

    const RATE_MS = 250; // 4 per second
    const OUTAGE_MS = 60_000;
    const accepted: { id: string; titel: string; positie: number }[] = [];
    const wrong: string[] = []; // every answer that breaks read-your-writes, with why
    const answers = { 200: 0, 503: 0 }; // reads during the outage, by status

    /** A 503 must say when to retry; a 200 must reflect the write at `positie`. */
    const check = (
      what: string,
      res: request.Response,
      positie: number,
      reflects: (body: any) => boolean,
    ) => {
      if (res.status === 503 && res.headers['retry-after']) return void answers[503]++;
      if (res.status === 200 && Number(res.headers['x-positie']) >= positie && reflects(res.body))
        return void answers[200]++;
      wrong.push(
        `${what}: ${res.status} X-Positie ${res.headers['x-positie']} ${JSON.stringify(res.body).slice(0, 200)}`,
      );
    };
    const submitAndRead = async (i: number) => {
      const titel = `Losliggende tegel ${i}`;
      const res = await request(signalen.getHttpServer())
        .post('/api/signalen')
        .set('Authorization', as.kuringen)
        .send({ titel, omschrijving: 'Aan de kerk.', thema: 'openbaar-domein' });
      if (res.status !== 201 || typeof res.body.positie !== 'number') {
        wrong.push(`submission ${i}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        return;
      }
      const { id, positie } = res.body as { id: string; positie: number };
      accepted.push({ id, titel, positie });
      const [detail, traject] = await Promise.all([
        projectiesHttp()
          .get(`/api/signalen/${id}`)
          .set('Authorization', as.kuringen)
          .set('X-Positie', String(positie)),
        projectiesHttp()
          .get(`/api/signalen/${id}/traject`)
          .set('Authorization', as.kuringen)
          .set('X-Positie', String(positie)),
      ]);
      check(`detail ${id}`, detail, positie, (b) => b.id === id && b.titel === titel && b.positie >= positie);
      check(
        `traject ${id}`,
        traject,
        positie,
        (b) =>
          b.signaalId === id &&
          b.hops.some((h: any) => h.type === 'SignaalIngediend' && h.positie === positie),
      );
      if (i % 5 === 0) {
        check(`list after ${id}`, await lijst(positie), positie, (b) =>
          b.items.some((s: any) => s.id === id),
        );
      }
    };

    kafkaSh('stop');
    await wait(() => ready(projecties).expect(503));
    const stopped = Date.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; Date.now() - stopped < OUTAGE_MS; i++) {
      pending.push(submitAndRead(i));
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, stopped + (i + 1) * RATE_MS - Date.now())),
      );
    }
    await Promise.all(pending);
    kafkaSh('start');
    const back = Date.now();

    // after the broker is back: every accepted signaal arrives in the read model, once
    const ids = accepted.map((a) => a.id);
    const page = await wait(async () => {
      const res = await lijst().expect(200);
      expect(res.body.total).toBe(accepted.length);
      return res.body as { items: { id: string }[]; total: number };
    }, 120_000);
    console.log(
      `${accepted.length} signalen accepted during the ${Math.round((back - stopped) / 1000)} s outage ` +
        `(reads with X-Positie meanwhile: ${answers[200]} fresh 200, ${answers[503]} 503); ` +
        `all visible in the read model ${Date.now() - back} ms after the broker started again`,
    );
    expect({ wrong: wrong.length, first: wrong.slice(0, 5) }).toEqual({ wrong: 0, first: [] });
    expect(accepted.length).toBeGreaterThan(200);
    expect(new Set(page.items.map((s) => s.id)).size).toBe(page.items.length);
    expect(page.items.map((s) => s.id).sort()).toEqual([...ids].sort());

    // nothing lost or doubled in the store either
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ events: string; streams: string }>(
        `SELECT count(*) AS events, count(DISTINCT stream_id) AS streams FROM events
          WHERE type = 'SignaalIngediend' AND data->>'raadId' = 'dr-kuringen'`,
      );
      expect(rows[0]).toEqual({ events: String(accepted.length), streams: String(accepted.length) });
    } finally {
      await client.end();
    }
  }, 180_000);
});
