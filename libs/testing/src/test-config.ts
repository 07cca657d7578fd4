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
 * The edge's per-client limits and load shedding out of the way: specs and benches send far more
 * than a person would, from one token and one address; a spec of the limits sets its own.
 */
export const NO_CLIENT_LIMITS = {
  RATE_LIMIT_USER_PER_MINUTE: '1000000',
  RATE_LIMIT_ADDRESS_PER_MINUTE: '1000000',
  CONCURRENCY_PER_CLIENT: '100000',
  SHED_MAX_IN_FLIGHT: '100000',
  SHED_MAX_EVENT_LOOP_DELAY_MS: '3600000',
  CONNECTIONS_PER_ADDRESS: '100000',
} as const;

/**
 * The config of an app under test on a given database: tokens signed with TEST_SECRET, the log's
 * checkpoints in a fresh temporary data dir, its key and the person keys' KEK in the database's key
 * dir (`testKeyDir`: apps on one test database share it), never in the working tree's ./data or
 * ./keys. `env` adds or overrides variables (logs at warn unless LOG_LEVEL says otherwise;
 * `AUTH_JWT_SECRET: undefined` for an app that verifies tokens by OIDC only). The per-client limits
 * are off (NO_CLIENT_LIMITS) unless `env` sets them.
 */
export function testConfig(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SIGNAALSPOOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'signaalspoor-test-')),
    SIGNAALSPOOR_KEY_DIR: testKeyDir(databaseUrl),
    AUTH_JWT_SECRET: TEST_SECRET,
    // quiet tests: what goes wrong, not every request
    LOG_LEVEL: 'warn',
    ...NO_CLIENT_LIMITS,
    ...env,
  });
}
