import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '@signaalspoor/config';
import { TEST_SECRET } from './tokens';

/**
 * The config of an app under test on a given database: tokens signed with TEST_SECRET, the log's
 * checkpoints and its key in fresh temporary dirs (a data dir and a key dir), never in the working
 * tree's ./data or ./keys. `env` adds or overrides variables (logs at warn unless LOG_LEVEL says
 * otherwise; `AUTH_JWT_SECRET: undefined` for an app that verifies tokens by OIDC only).
 */
export function testConfig(databaseUrl: string, env: NodeJS.ProcessEnv = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    SIGNAALSPOOR_DATA_DIR: mkdtempSync(join(tmpdir(), 'signaalspoor-test-')),
    SIGNAALSPOOR_KEY_DIR: mkdtempSync(join(tmpdir(), 'signaalspoor-test-sleutels-')),
    AUTH_JWT_SECRET: TEST_SECRET,
    // quiet tests: what goes wrong, not every request
    LOG_LEVEL: 'warn',
    ...env,
  });
}
