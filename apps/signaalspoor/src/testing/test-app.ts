import type { INestApplication } from '@nestjs/common';
import { signToken, type TokenClaims } from '@signaalspoor/auth';
import { loadConfig } from '@signaalspoor/config';
import { createHttpApp } from '@signaalspoor/platform';
import request from 'supertest';
import { AppModule } from '../app.module';

export const TEST_SECRET = 'e2e-secret-that-is-at-least-32-characters-long';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The all-in-one app on a given database, listening on an ephemeral port. */
export async function startTestApp(databaseUrl: string): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: TEST_SECRET,
    CONSISTENCY_TIMEOUT_MS: '5000',
  });
  const app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor');
  app.useLogger(['error', 'warn']);
  await app.init();
  return { app, http: request(app.getHttpServer()), close: () => app.close() };
}

/** Authorization header value for a user. */
export async function bearer(claims: Partial<TokenClaims> & Pick<TokenClaims, 'rol'>): Promise<string> {
  const sub = claims.sub ?? `${claims.rol}-${claims.raad ?? claims.dienst ?? 'test'}`;
  return `Bearer ${await signToken(TEST_SECRET, { ...claims, sub })}`;
}
