import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import {
  apiVoor,
  bearers,
  createTestDatabase,
  eventually,
  startFaultProxy,
  TEST_AUDIT_SIGNING_KEY,
  testConfig,
  type DemoUser,
  type FaultProxy,
} from '@signaalspoor/testing';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import { AppModule } from '../app.module';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  /** the database the app runs on */
  databaseUrl: string;
  close(): Promise<void>;
}

/** The all-in-one app on a given database; `env` adds or overrides variables (e.g. SMTP_URL). */
export async function startTestApp(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = testConfig(databaseUrl, {
    // one log key for every app on this database (a restart must verify its earlier events)
    AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
    CONSISTENCY_TIMEOUT_MS: '5000',
    ...env,
  });
  const app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', config);
  await app.init();
  return { app, http: request(app.getHttpServer()), databaseUrl, close: () => app.close() };
}

/** Lets the app listen on a free port of 127.0.0.1, for clients other than supertest: the port. */
export async function listenOnLoopback(t: TestApp): Promise<number> {
  await t.app.listen(0, '127.0.0.1');
  return (t.app.getHttpServer().address() as AddressInfo).port;
}

/** A connection of its own to the app's database, for what a spec reads or writes beneath the API. */
export async function databaseClient(t: TestApp): Promise<Client> {
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  return client;
}

export interface AppSuite<T extends TestApp = TestApp> {
  readonly t: T;
  /** a connection of its own to the app's database, for what a spec reads or writes beneath the API */
  readonly sql: Client;
  /** Authorization header values by user name; a suite's own beforeAll may add more */
  readonly as: Record<string, string>;
  /** the API as these users (apiVoor): every read reflects the commands before it */
  readonly api: ReturnType<typeof apiVoor>;
}

/**
 * A suite on an app that `start` starts, in beforeAll (before the suite's own beforeAll), with these
 * demo users' tokens and a connection to its database; both closed in afterAll.
 */
export function appSuite<T extends TestApp>(
  start: () => Promise<T>,
  users: DemoUser[] | Record<string, DemoUser>,
): AppSuite<T> {
  let t: T | undefined;
  let sql: Client | undefined;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await start();
    sql = await databaseClient(t);
    Object.assign(as, await bearers(users));
  });
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });
  return {
    get t() {
      return t!;
    },
    get sql() {
      return sql!;
    },
    as,
    api: apiVoor(() => t!.http, as),
  };
}

/** A suite's API on the all-in-one app on a fresh database (appSuite's `api`). */
export function suiteApi(serverUrl: string, users: DemoUser[], env: NodeJS.ProcessEnv = {}) {
  return appSuite(() => startTestAppOnNewDatabase(serverUrl, env), users).api;
}

/** Waits until the mail process manager caught up and every mail of the log is out of the outbox. */
export const allesVerstuurd = (t: TestApp) =>
  eventually(
    async () => {
      const { meldingen } = (await t.http.get('/api/health/ready')).body.details ?? {};
      expect({ lag: meldingen?.proces?.lag, wachtend: meldingen?.wachtend }).toEqual({ lag: 0, wachtend: 0 });
    },
    60_000,
    50,
  );

/** The all-in-one app on a fresh database of the server; close() drops the database too. */
export async function startTestAppOnNewDatabase(
  serverUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<TestApp> {
  const db = await createTestDatabase(serverUrl);
  const t = await startTestApp(db.url, env).catch(async (error: unknown) => {
    await db.drop();
    throw error;
  });
  return {
    ...t,
    close: async () => {
      await t.close();
      await db.drop();
    },
  };
}

export interface TestAppBehindProxy extends TestApp {
  /** between the app and its database */
  proxy: FaultProxy;
}

/**
 * The all-in-one app on a fresh database of the server, reaching it through a fault proxy that a spec
 * cuts and heals; `databaseUrl` is the database's own address, and close() closes the proxy and drops
 * the database too.
 */
export async function startTestAppBehindFaultProxy(serverUrl: string): Promise<TestAppBehindProxy> {
  const db = await createTestDatabase(serverUrl);
  let proxy: FaultProxy | undefined;
  try {
    proxy = await startFaultProxy(db.url);
    const t = await startTestApp(proxy.url);
    return {
      ...t,
      databaseUrl: db.url,
      proxy,
      close: async () => {
        await t.close();
        await proxy!.close();
        await db.drop();
      },
    };
  } catch (error) {
    await proxy?.close();
    await db.drop();
    throw error;
  }
}
