import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import { TEST_SECRET } from '@signaalspoor/testing';
import request from 'supertest';
import { AppModule } from '../app.module';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The all-in-one app on a given database; `env` adds or overrides variables (e.g. SMTP_URL). */
export async function startTestApp(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: TEST_SECRET,
    CONSISTENCY_TIMEOUT_MS: '5000',
    ...env,
  });
  const app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', ['error', 'warn']);
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}
