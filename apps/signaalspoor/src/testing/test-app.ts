import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import { eventually, TEST_AUDIT_SIGNING_KEY, testConfig } from '@signaalspoor/testing';
import request from 'supertest';
import { AppModule } from '../app.module';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
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
  const app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', ['error', 'warn']);
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
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
