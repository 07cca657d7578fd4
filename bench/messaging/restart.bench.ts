// Time to ready of a restarted service: the stack (relay, signalen, stadsdiensten, projecties,
// audit) runs from `dist`, each service its own process as `npm run start:<service>` does; then each
// service in turn is killed (SIGKILL) and started again, and the time from its spawn to its first
// 200 on /api/health/ready is taken, `rounds` times. Also the time its process takes to require its
// composition (the module loading alone). Its database and topic exist: a restart, not a first start.
//   npm run build:all && KAFKA_BROKERS=127.0.0.1:19092 npx tsx bench/messaging/restart.bench.ts [rounds] [root]
//   root: the checkout whose dist/ to run (default: this one), to compare two builds in one run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TEST_SECRET } from '@signaalspoor/testing';
import { runBench } from '../support';

const rounds = Number(process.argv[2] ?? 3);
const root = resolve(process.argv[3] ?? '.');
const SERVICES = ['relay', 'signalen', 'stadsdiensten', 'projecties', 'audit'] as const;
const BASE_PORT = 3850;
const main = (service: string) => join(root, `dist/apps/${service}/apps/${service}/src/main.js`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function ready(port: number, proc: ChildProcess, started: number): Promise<number> {
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`exited with ${proc.exitCode} before it was ready`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health/ready`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return performance.now() - started;
    await new Promise((done) => setTimeout(done, 25));
  }
}

runBench(
  `time to ready of a restarted service, ${rounds} rounds`,
  { storePool: 1, pool: 1 },
  async ({ db }) => {
    if (!process.env.KAFKA_BROKERS) throw new Error('KAFKA_BROKERS is not set');
    const dataDir = mkdtempSync(join(tmpdir(), 'signaalspoor-restart-'));
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      AUTH_JWT_SECRET: TEST_SECRET,
      AUDIT_SIGNING_KEY: TEST_SECRET,
      SIGNAALSPOOR_DATA_DIR: dataDir,
      KAFKA_TOPIC: `restart-${randomBytes(4).toString('hex')}`,
    };
    const running = new Map<string, ChildProcess>();
    const start = async (service: string, index: number) => {
      const port = BASE_PORT + index;
      const started = performance.now();
      const proc = spawn(process.execPath, [main(service)], {
        stdio: ['ignore', 'ignore', 'ignore'],
        env: { ...env, PORT: String(port) },
      });
      running.set(service, proc);
      return ready(port, proc, started);
    };
    const figures: Record<string, { readyMs: number[]; requireMs: number[] }> = {};
    try {
      // the first start creates the schema, the read models and the topic
      for (const [index, service] of SERVICES.entries()) await start(service, index);
      for (let round = 0; round < rounds; round++) {
        for (const [index, service] of SERVICES.entries()) {
          const old = running.get(service)!;
          await new Promise((done) => (old.once('exit', done), old.kill('SIGKILL')));
          const figure = (figures[service] ??= { readyMs: [], requireMs: [] });
          figure.readyMs.push(Math.round(await start(service, index)));
          // the composition's modules alone: main.js starts nothing when it is not the main module
          const required = spawnSync(
            process.execPath,
            [
              '-e',
              `const t = performance.now(); require(${JSON.stringify(main(service))}); console.log(performance.now() - t)`,
            ],
            { env, encoding: 'utf8' },
          );
          figure.requireMs.push(Math.round(Number(required.stdout.trim())));
        }
      }
    } finally {
      await Promise.all(
        [...running.values()].map(
          (proc) =>
            new Promise((done) =>
              proc.exitCode !== null ? done(0) : (proc.once('exit', done), proc.kill('SIGTERM')),
            ),
        ),
      );
      rmSync(dataDir, { recursive: true, force: true });
    }
    return {
      root,
      loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
      medians: Object.fromEntries(
        Object.entries(figures).map(([service, { readyMs, requireMs }]) => [
          service,
          { readyMs: median(readyMs), requireMs: median(requireMs) },
        ]),
      ),
      runs: figures,
    };
  },
);
