import type { RunningPostgres } from '../../database/src';

/** State shared by globalSetup and globalTeardown, which jest runs in the same process. */
export const testRun = globalThis as typeof globalThis & {
  server?: RunningPostgres & { dataDir: string };
};
