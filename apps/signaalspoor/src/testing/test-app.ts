import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import {
  apiVoor,
  bearers,
  createTestDatabase,
  eventually,
  TEST_AUDIT_SIGNING_KEY,
  testConfig,
  type DemoUser,
} from '@signaalspoor/testing';
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

/**
 * A suite's API on the all-in-one app on a fresh database: started in beforeAll (before the suite's
 * own beforeAll) with these demo users' tokens, closed in afterAll; `post` and `get` as apiVoor's,
 * every read reflecting the commands before it.
 */
export function suiteApi(serverUrl: string, users: DemoUser[], env: NodeJS.ProcessEnv = {}) {
  let t: TestApp | undefined;
  const as: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(serverUrl, env);
    Object.assign(as, await bearers(users));
  });
  afterAll(() => t?.close());
  return apiVoor(() => t!.http, as);
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
