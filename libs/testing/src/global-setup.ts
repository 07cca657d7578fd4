// Jest globalSetup (int and e2e): one embedded PostgreSQL for the whole run. Its URL reaches the test
// workers through the environment, which they inherit from this process.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../database/src/embedded-postgres';
import { testRun } from './test-run';

export default async function globalSetup(): Promise<void> {
  // jest calls this once per project that names it; one server serves them all
  if (testRun.server) return;
  if (process.env.DATABASE_URL) await assertReachable(process.env.DATABASE_URL);
  const dataDir = await mkdtemp(join(tmpdir(), 'signaalspoor-test-'));
  const server = await startEmbeddedPostgres({ dataDir, log: () => undefined }).catch(
    async (error: unknown) => {
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    },
  );
  testRun.server = { ...server, dataDir };
  process.env.EMBEDDED_TEST_DATABASE_URL = server.url;
}

/** A configured DATABASE_URL that cannot be reached fails the run; it is never skipped silently. */
async function assertReachable(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(`DATABASE_URL is set but unreachable (${redact(url)}): ${String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
