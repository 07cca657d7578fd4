// The services stack's PostgreSQL connections: every service within its budget (libs/database
// budget.ts, the README's "Connections" table) under load, and few when idle. Every service runs in
// this process on one test database and a topic of its own on the Kafka broker.
import type { DynamicModule, INestApplication } from '@nestjs/common';
import type { Config } from '@signaalspoor/config';
import { CONNECTION_BUDGET, IDLE_CONNECTION_MS } from '@signaalspoor/database';
import { createHttpApp } from '@signaalspoor/platform';
import {
  bearer,
  createTestDatabase,
  eventually,
  TEST_SECRET,
  testConfig,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AuditService } from '../../audit/src/main';
import { ProjectiesService } from '../../projecties/src/main';
import { RelayApp } from '../../relay/src/main';
import { SignalenService } from '../../signalen/src/main';
import { StadsdienstenService } from '../../stadsdiensten/src/main';

const SERVICES = {
  signalen: (config: Config) => SignalenService.forRoot(config),
  stadsdiensten: (config: Config) => StadsdienstenService.forRoot(config),
  projecties: (config: Config) => ProjectiesService.forRoot(config),
  audit: (config: Config) => AuditService.forRoot(config),
  relay: (config: Config) => RelayApp.forRoot(config),
} satisfies Record<string, (config: Config) => DynamicModule>;
type Service = keyof typeof SERVICES;

/** The most the idle stack may hold (issue 14). */
const IDLE_MAX = 30;

describe('the services stack and its PostgreSQL connections', () => {
  let db: TestDatabase;
  let admin: Client;
  const apps: INestApplication[] = [];
  const urls = {} as Record<Service, string>;

  /** Connections to the test database per service, by the application_name prefix of its pools. */
  async function connections(): Promise<Record<Service | 'other', number>> {
    const { rows } = await admin.query<{ name: string }>(
      // a connection still starting up has no application_name yet: it is counted once it has one
      `SELECT application_name AS name FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name <> ''`,
    );
    const count = { other: 0 } as Record<Service | 'other', number>;
    for (const service of Object.keys(SERVICES) as Service[]) count[service] = 0;
    for (const { name } of rows) {
      const service = /^signaalspoor-([a-z]+)/.exec(name)?.[1] as Service | undefined;
      count[service && service in SERVICES ? service : 'other'] += 1;
      if (!(service && service in SERVICES)) others.add(name);
    }
    return count;
  }

  /** the application_names counted as none of the services' */
  const others = new Set<string>();

  const total = (count: Record<string, number>) => Object.values(count).reduce((sum, n) => sum + n, 0);

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    admin = new Client({ connectionString: db.url, application_name: 'connections-spec' });
    await admin.connect();
    const config = testConfig(db.url, {
      AUDIT_SIGNING_KEY: TEST_SECRET,
      TERMIJNEN_INTERVAL_MS: '3600000',
      KAFKA_BROKERS: process.env.KAFKA_BROKERS,
      KAFKA_TOPIC: `connections-${randomBytes(4).toString('hex')}`,
      CONSISTENCY_TIMEOUT_MS: '15000',
    });
    for (const [service, compose] of Object.entries(SERVICES) as [Service, typeof SERVICES.audit][]) {
      const app = await createHttpApp(compose(config), service, config);
      await app.listen(0, '127.0.0.1');
      apps.push(app);
      urls[service] = await app.getUrl();
    }
    for (const url of Object.values(urls))
      await eventually(async () => {
        expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);
      }, 60_000);
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
    await admin?.end();
    await db?.drop();
  });

  it('holds each service within its budget under load, and few connections once idle', async () => {
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    const headers = { Authorization: raad, 'Content-Type': 'application/json' };
    const body = JSON.stringify({ titel: 'Put', omschrijving: 'Een put in de weg.', thema: 'mobiliteit' });
    const peak = {} as Record<Service | 'other', number>;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        for (const [name, n] of Object.entries(await connections()))
          peak[name as Service] = Math.max(peak[name as Service] ?? 0, n);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    // 40 clients at once, each a command and then the raad's list waiting for it (X-Positie)
    const statuses: number[] = [];
    try {
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          for (let i = 0; i < 5; i++) {
            const res = await fetch(`${urls.signalen}/api/signalen`, { method: 'POST', headers, body });
            statuses.push(res.status);
            const { positie } = (await res.json()) as { positie: number };
            const list = await fetch(`${urls.projecties}/api/signalen?limiet=1`, {
              headers: { ...headers, 'X-Positie': String(positie) },
            });
            statuses.push(list.status);
          }
        }),
      );
    } finally {
      sampling = false;
      await sampler;
    }
    expect(statuses.filter((status) => status !== 200 && status !== 201)).toEqual([]);
    const over = (Object.keys(SERVICES) as Service[])
      .filter((service) => peak[service] > CONNECTION_BUDGET[service])
      .map((service) => `${service}: ${peak[service]} > ${CONNECTION_BUDGET[service]}`);
    expect(over).toEqual([]);
    expect([...others]).toEqual([]);
    expect(peak.other).toBe(0);

    // idle: the pools let go of what they no longer use
    await eventually(
      async () => expect(total(await connections())).toBeLessThanOrEqual(IDLE_MAX),
      IDLE_CONNECTION_MS + 10_000,
      500,
    );
  });
});
