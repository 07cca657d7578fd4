import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '@signaalspoor/config';
import { TEST_SECRET } from './tokens';

/**
 * The key dir of the apps under test on one database: apps that share a database share its person
 * keys' KEK, as the services of one installation do; each test database has its own.
 */
export function testKeyDir(databaseUrl: string): string {
  const dir = join(
    tmpdir(),
    `signaalspoor-test-keys-${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 16)}`,
  );
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/**
 * The config of an app under test on a given database: tokens signed with TEST_SECRET, and the log's
 * key and checkpoints in a fresh temporary dir, never in the working tree's ./data (the key dir:
 * `testKeyDir`). `env` adds or
 * overrides variables (`AUTH_JWT_SECRET: undefined` for an app that verifies tokens by OIDC only).
 */
export function testConfig(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SIGNAALSPOOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'signaalspoor-test-')),
    SIGNAALSPOOR_KEY_DIR: testKeyDir(databaseUrl),
    AUTH_JWT_SECRET: TEST_SECRET,
    ...env,
  });
}
