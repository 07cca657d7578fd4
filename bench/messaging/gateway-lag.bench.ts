// End-to-end lag of the services through HTTP: from the 201 of `POST /api/signalen` (through the
// gateway, to signalen) until `GET /api/signalen/{id}` through the gateway answers 200 (projecties,
// fed by relay → Kafka → its consumer group), at a steady command rate. Baseline in the same run: the
// all-in-one app (no Kafka, the projection follows the store) through HTTP, same load.
// Nest needs decorator metadata, which tsx (esbuild) does not emit: run it with the swc hook.
//   KAFKA_BROKERS=127.0.0.1:19092 node --require ./libs/messaging/src/testing/register.js \
//     bench/messaging/gateway-lag.bench.ts [commands/s] [seconds]
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { loadConfig, type Config } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import { bearer, TEST_SECRET } from '@signaalspoor/testing';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway } from '../../apps/gateway/src/main';
import { ProjectiesService } from '../../apps/projecties/src/main';
import { RelayApp } from '../../apps/relay/src/main';
import { SignalenService } from '../../apps/signalen/src/main';
import { AppModule } from '../../apps/signaalspoor/src/app.module';
import { runBench } from '../support';

const rate = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
/** how long the client waits before asking again when a GET is not 200 yet */
const RETRY_MS = 20;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) };
};

/** POSTs `rate` signalen a second for `seconds` to `base`; for each, the time from its 201 to a 200 GET. */
async function drive(base: string, token: string) {
  const headers = { Authorization: token, 'Content-Type': 'application/json' };
  const lags: number[] = [];
  const posts: number[] = [];
  let refused = 0;
  const one = async () => {
    const sent = Date.now();
    const res = await fetch(`${base}/api/signalen`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ titel: 'Lag', omschrijving: 'Lag', thema: 'mobiliteit' }),
    });
    if (res.status !== 201) {
      refused += 1;
      await res.arrayBuffer();
      return;
    }
    const accepted = Date.now();
    posts.push(accepted - sent);
    const { id } = (await res.json()) as { id: string };
    for (;;) {
      const read = await fetch(`${base}/api/signalen/${id}`, { headers });
      await read.arrayBuffer();
      if (read.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
    lags.push(Date.now() - accepted);
  };
  const total = rate * seconds;
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let sent = 0; sent < total;) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) inFlight.push(one());
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const achieved = Math.round((total / (Date.now() - started)) * 1000);
  await Promise.all(inFlight);
  return {
    achievedCommandsPerSecond: achieved,
    count: lags.length,
    refused,
    post: summary(posts),
    visible: summary(lags),
  };
}

async function listen(compose: DynamicModule, apps: INestApplication[]): Promise<string> {
  const app = await createHttpApp(compose, 'bench', ['error']);
  await app.listen(0, '127.0.0.1');
  apps.push(app);
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

async function until(probe: () => Promise<boolean>): Promise<void> {
  while (!(await probe())) await new Promise((resolve) => setTimeout(resolve, 100));
}

runBench(
  `end-to-end lag through HTTP, 201 on POST to a 200 GET, ${rate} commands/s for ${seconds} s`,
  { storePool: 2, pool: 2 },
  async ({ db }) => {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is not set');
    const token = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    const env = { NODE_ENV: 'test', DATABASE_URL: db.url, AUTH_JWT_SECRET: TEST_SECRET };
    const apps: INestApplication[] = [];
    const close = async () => {
      for (const app of apps.splice(0).reverse()) await app.close();
    };

    // baseline: the all-in-one app, no bus
    const allInOne = await listen(AppModule.forRoot(loadConfig(env)), apps);
    const baseline = await drive(allInOne, token);
    await close();

    // the services behind the gateway, through Kafka
    const config: Config = loadConfig({
      ...env,
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC: `bench-${randomBytes(4).toString('hex')}`,
    });
    await listen(RelayApp.forRoot(config), apps);
    const signalen = await listen(SignalenService.forRoot(config), apps);
    const projecties = await listen(ProjectiesService.forRoot(config), apps);
    await until(async () => (await fetch(`${projecties}/api/health/ready`)).status === 200);
    const gateway: Server = createGateway({
      signalen,
      projecties,
      stadsdiensten: signalen,
      audit: signalen,
    }).listen(0, '127.0.0.1');
    await once(gateway, 'listening');
    let services: Awaited<ReturnType<typeof drive>>;
    try {
      services = await drive(`http://127.0.0.1:${(gateway.address() as AddressInfo).port}`, token);
    } finally {
      gateway.close();
      await close();
    }

    const ratio = (a?: number, b?: number) => (a && b ? Math.round((a / b) * 10) / 10 : undefined);
    return {
      baselineAllInOne: baseline,
      servicesThroughKafka: services,
      ratioP99: ratio(services.visible.p99Ms, baseline.visible.p99Ms),
    };
  },
);
