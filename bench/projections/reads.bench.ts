// Read throughput: GET /api/signalen (a raad's list, 50 items) and GET /api/signalen/{id}/traject of
// the all-in-one app, against a baseline measured in the same run: the same SQL (the same
// SignaalViewRepository calls) through a bare `pg` pool behind a plain node:http server, without
// Nest, auth, validation or DTO mapping. Each server runs in its own child process; the load
// generator (keep-alive, closed loop, N connections) in this one.
//   npm run build && npx tsx bench/projections/reads.bench.ts [connections] [seconds]   (defaults 50, 15)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Agent, createServer, request } from 'node:http';
import type { SignaalCommand } from '@signaalspoor/domain';
import { ProjectionRunner, SignaalViewRepository, SignalenProjection } from '@signaalspoor/projections';
import { SignaalRepository, type CommandContext } from '@signaalspoor/signaal-store';
import { createPool } from '@signaalspoor/database';
import { bearer, TEST_SECRET } from '@signaalspoor/testing';
import { runBench } from '../support';

const APP_PORT = 3410;
const BASELINE_PORT = 3411;
const MAIN = 'dist/apps/signaalspoor/apps/signaalspoor/src/main.js';
const [role, databaseUrl] = process.argv.slice(2);

if (role === 'baseline') void serveBaseline(databaseUrl!);
else main();

async function serveBaseline(url: string): Promise<void> {
  const pool = createPool(url, { max: 10 });
  pool.on('error', () => undefined); // the database is dropped under it at the end
  const views = new SignaalViewRepository(pool);
  createServer(async (req, res) => {
    const path = new URL(req.url!, 'http://x');
    const traject = /^\/traject\/(.+)$/.exec(path.pathname);
    const body = traject
      ? await views.traject(traject[1]!)
      : await views.lijst({ raadIds: [path.searchParams.get('raad')!], limiet: 50, offset: 0 });
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(body));
  }).listen(BASELINE_PORT, '127.0.0.1', () => process.send?.('ready'));
}

function baseline(url: string): Promise<ChildProcess> {
  const proc = spawn(process.execPath, ['--import', 'tsx', __filename, 'baseline', url], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    proc.once('message', () => resolve(proc));
    proc.once('exit', (code) => reject(new Error(`baseline exited with ${code}`)));
  });
}

/** The all-in-one app as `npm start` runs it (built first with `npm run build`). */
async function app(url: string): Promise<ChildProcess> {
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const proc = spawn(process.execPath, [...profile, MAIN], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: url,
      AUTH_JWT_SECRET: TEST_SECRET,
      PORT: String(APP_PORT),
      TERMIJNEN_INTERVAL_MS: '3600000',
    },
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`http://127.0.0.1:${APP_PORT}/api/health/live`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) return proc;
    if (proc.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  proc.kill();
  throw new Error('the app did not start');
}

interface Load {
  requests: number;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** `connections` closed loops for `seconds`; latencies of every response. */
async function load(
  port: number,
  path: string,
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const began = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await once();
    }),
  );
  const elapsed = Date.now() - began;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]! * 10) /
    10;
  return {
    requests: latencies.length,
    reqPerS: Math.round((latencies.length / elapsed) * 1000),
    p50Ms: at(50),
    p99Ms: at(99),
    errors,
  };
}

const context: CommandContext = {
  actor: { rol: 'systeem', id: 'bench' },
  correlationId: 'bench',
  causationId: 'bench',
};
const RADEN = ['dr-kermt', 'dr-kuringen', 'dr-stevoort', 'dr-spalbeek'];

function lifecycle(signaalId: string, raadId: string, at: string): SignaalCommand[] {
  const [a, b] = [randomUUID(), randomUUID()];
  return [
    {
      type: 'DienSignaalIn',
      at,
      signaalId,
      raadId,
      titel: 'Bench',
      omschrijving: 'Bench',
      thema: 'mobiliteit',
      bron: 'andere',
    },
    { type: 'StuurDoor', at, doorsturingId: a, dienstId: 'mobiliteit' },
    { type: 'StuurDoor', at, doorsturingId: b, dienstId: 'awv' },
    { type: 'PakOp', at, doorsturingId: a, dienstId: 'mobiliteit' },
    {
      type: 'Beantwoord',
      at,
      doorsturingId: a,
      dienstId: 'mobiliteit',
      besluit: 'ingepland',
      antwoord: 'Bench',
    },
    { type: 'StuurTerug', at, doorsturingId: b, dienstId: 'awv', reden: 'Bench' },
    { type: 'KoppelTerug', at, boodschap: 'Tussentijds', definitief: false },
  ];
}

function main(): void {
  const connections = Number(process.argv[2] ?? 50);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(`reads at ${connections} connections`, { storePool: 8, pool: 4 }, async ({ db, store, pool }) => {
    // 1,000 signalen of 7 events over four raden; the raad's list is its 50 newest
    const repository = new SignaalRepository(store);
    const ids: string[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < 1000) {
          const i = next++;
          const id = randomUUID();
          ids.push(id);
          const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
          for (const command of lifecycle(id, RADEN[i % RADEN.length]!, at)) {
            await repository.execute(id, command, context);
          }
        }
      }),
    );
    const runner = new ProjectionRunner(
      store,
      pool,
      new SignalenProjection(new SignaalViewRepository(pool)),
      {
        logger: { log: () => undefined, error: console.error },
      },
    );
    await runner.start();
    await runner.waitFor(await store.headPosition(), 600_000);
    await runner.stop();

    const [appProc, baselineProc] = [await app(db.url), await baseline(db.url)];
    try {
      const raad = { Authorization: await bearer({ rol: 'raad', raad: 'dr-kermt' }) };
      const traject = ids.find((_, i) => i % RADEN.length === 0)!;
      const scenarios = {
        'GET /api/signalen (raad, 50 items)': [
          [APP_PORT, '/api/signalen', raad],
          [BASELINE_PORT, '/lijst?raad=dr-kermt', {}],
        ],
        'GET /api/signalen/{id}/traject': [
          [APP_PORT, `/api/signalen/${traject}/traject`, raad],
          [BASELINE_PORT, `/traject/${traject}`, {}],
        ],
      } as const;
      const figures: Record<string, unknown> = { connections, seconds, events: await store.headPosition() };
      for (const [name, [[appPort, appPath, appHeaders], [basePort, basePath]]] of Object.entries(
        scenarios,
      )) {
        // warm-up, then the app and the baseline one after the other
        await load(appPort, appPath, appHeaders, 10, 2);
        await load(basePort, basePath, {}, 10, 2);
        const appLoad = await load(appPort, appPath, appHeaders, connections, seconds);
        const baseLoad = await load(basePort, basePath, {}, connections, seconds);
        figures[name] = {
          app: appLoad,
          baseline: baseLoad,
          ratio: Math.round((appLoad.reqPerS / baseLoad.reqPerS) * 100) / 100,
        };
      }
      return figures;
    } finally {
      const exited = [appProc, baselineProc].map(
        (proc) => new Promise((resolve) => proc.once('exit', resolve)),
      );
      appProc.kill('SIGTERM');
      baselineProc.kill('SIGTERM');
      await Promise.all(exited);
    }
  });
}
