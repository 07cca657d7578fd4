// End-to-end lag of the services through HTTP: from the 201 of `POST /api/signalen` (through the
// gateway, to signalen; the nine demo raden take turns) until the read model behind the gateway
// (projecties, fed by relay → Kafka → its consumer group) reflects that command: the raad's
// `GET /api/signalen?limiet=1` with `X-Positie: <positie of the 201>` answers 200 (it waits server-side
// up to CONSISTENCY_TIMEOUT_MS, else 503; the client asks again at once). Every service runs as its
// own process from `dist`, as `npm run start:<service>` does; the load generator runs in this process.
// Baseline in the same run: the all-in-one app (no Kafka, its projection follows the store) as one
// process, same load, same criterion, each after 3 s of the same load not counted. Per process, the CPU seconds spent while the load ran.
//   npm run build:all && KAFKA_BROKERS=127.0.0.1:19092 npx tsx bench/messaging/gateway-lag.bench.ts \
//     [commands/s] [seconds] [rounds]
//   BENCH_ONLY=services skips the baseline; BENCH_PROFILE=<dir> writes a CPU profile per process.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer, TEST_SECRET } from '@signaalspoor/testing';
import { runBench } from '../support';

const rate = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 10);
const rounds = Number(process.argv[4] ?? 1);
const BASE_PORT = 3800;
/** the same load before the measured seconds, not counted: JIT, pools and consumers warm up */
const WARMUP_SECONDS = 3;
/** the raden of the demo reference data */
const RADEN = [
  'dr-kuringen',
  'dr-stokrooie',
  'wr-kiewit',
  'dr-kermt',
  'dr-stevoort',
  'dr-spalbeek',
  'wr-runkst',
  'dr-sint-lambrechts-herk',
  'dr-wimmertingen',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) };
};

// no limit on sockets: a client-side queue would count in the latencies (reads that wait for their
// position hold a connection for as long as they wait)
const agent = new Agent({ keepAlive: true });

function call(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** POSTs `rate` signalen a second for `seconds`; for each, the time from its 201 to a read model that holds it. */
async function drive(port: number, tokens: string[], seconds: number) {
  const lags: number[] = [];
  const posts: number[] = [];
  const statuses: Record<string, number> = {};
  const count = (status: number | string) => (statuses[status] = (statuses[status] ?? 0) + 1);
  const body = JSON.stringify({ titel: 'Lag', omschrijving: 'Lag', thema: 'mobiliteit' });
  let next = 0;
  const one = async () => {
    // the raden take turns, as a city's would: each reads its own list
    const headers = { Authorization: tokens[next++ % tokens.length]!, 'Content-Type': 'application/json' };
    const sent = performance.now();
    const res = await call(port, 'POST', '/api/signalen', headers, body).catch(() => undefined);
    if (res?.status !== 201) return count(res?.status ?? 'error');
    const accepted = performance.now();
    posts.push(accepted - sent);
    const { positie } = JSON.parse(res.body) as { positie: number };
    for (;;) {
      const read = await call(port, 'GET', '/api/signalen?limiet=1', {
        ...headers,
        'X-Positie': String(positie),
      }).catch(() => undefined);
      count(read?.status ?? 'error');
      if (read?.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, read?.status === 503 ? 0 : 50));
    }
    lags.push(performance.now() - accepted);
  };
  const total = rate * seconds;
  const started = performance.now();
  const inFlight: Promise<unknown>[] = [];
  for (let sent = 0; sent < total;) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) inFlight.push(one());
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const achieved = Math.round((total / (performance.now() - started)) * 1000);
  await Promise.all(inFlight);
  return {
    achievedCommandsPerSecond: achieved,
    visibleCount: lags.length,
    statuses,
    post: summary(posts),
    visible: summary(lags),
  };
}

/** CPU seconds (user + system) of a process so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
}

/** CPU seconds of every process on the machine whose command name is `comm` (postgres, java). */
function cpuSecondsOf(comm: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm) total += cpuSeconds(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Where the CPU went while `work` ran: seconds per process of this run, PostgreSQL, Kafka and the load. */
async function cpuDuring<T>(
  processes: Processes,
  work: () => Promise<T>,
): Promise<{ result: T; cpuSeconds: Record<string, number> }> {
  const sample = () => ({
    ...processes.cpu(),
    postgres: cpuSecondsOf('postgres'),
    kafka: cpuSecondsOf('java'),
    load: process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
  });
  const before = sample();
  const result = await work();
  const after = sample();
  const cpu = Object.fromEntries(
    Object.entries(after).map(([name, seconds]) => [
      name,
      Math.round((seconds - (before[name as keyof typeof before] ?? 0)) * 10) / 10,
    ]),
  );
  return { result, cpuSeconds: cpu };
}

class Processes {
  private readonly running: ChildProcess[] = [];
  private readonly names = new Map<ChildProcess, string>();
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'signaalspoor-bench-'));

  constructor(private readonly env: Record<string, string>) {}

  /** Starts `dist/apps/<app>/…/main.js` and waits until its liveness answers. */
  async start(app: string, port: number, env: Record<string, string> = {}): Promise<number> {
    const main = `dist/apps/${app}/apps/${app}/src/main.js`;
    // BENCH_PROFILE=<dir>: a CPU profile of every process, written when it stops
    const profile = process.env.BENCH_PROFILE
      ? [
          '--cpu-prof',
          `--cpu-prof-dir=${process.env.BENCH_PROFILE}`,
          `--cpu-prof-name=${app}-${port}.cpuprofile`,
        ]
      : [];
    const proc = spawn(process.execPath, [...profile, main], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...this.env,
        SIGNAALSPOOR_DATA_DIR: this.dataDir,
        PORT: String(port),
        ...env,
      },
    });
    this.running.push(proc);
    this.names.set(proc, app);
    await this.until(port, '/api/health/live', () => proc.exitCode !== null, app);
    return port;
  }

  async until(port: number, path: string, failed: () => boolean, what: string): Promise<void> {
    for (let i = 0; i < 1200; i++) {
      const ok = await call(port, 'GET', path, {}).then(
        (res) => res.status === 200,
        () => false,
      );
      if (ok) return;
      if (failed()) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${what} did not answer 200 on ${path}`);
  }

  cpu(): Record<string, number> {
    return Object.fromEntries(this.running.map((proc) => [this.names.get(proc)!, cpuSeconds(proc.pid!)]));
  }

  async stop(): Promise<void> {
    const all = this.running.splice(0).reverse();
    await Promise.all(
      all.map(
        (proc) =>
          new Promise<void>((resolve) => {
            if (proc.exitCode !== null) return resolve();
            proc.once('exit', () => resolve());
            proc.kill('SIGTERM');
          }),
      ),
    );
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

runBench(
  `end-to-end lag through HTTP, 201 on POST to a read model that holds it, ${rate} commands/s for ${seconds} s`,
  { storePool: 2, pool: 2 },
  async ({ db }) => {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is not set');
    const tokens = await Promise.all(RADEN.map((raad) => bearer({ rol: 'raad', raad })));
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      AUTH_JWT_SECRET: TEST_SECRET,
      AUDIT_SIGNING_KEY: TEST_SECRET,
      TERMIJNEN_INTERVAL_MS: '3600000',
    };
    const results: Record<string, unknown>[] = [];
    for (let round = 1; round <= rounds; round++) {
      const load = () => loadavg().map((l) => Math.round(l * 10) / 10);
      // baseline: the all-in-one app, no bus (BENCH_ONLY=services skips it, to profile the services)
      const single = new Processes(env);
      let baseline: Awaited<ReturnType<typeof drive>> | undefined;
      let baselineCpu: Record<string, number> | undefined;
      if (process.env.BENCH_ONLY !== 'services') {
        try {
          const port = await single.start('signaalspoor', BASE_PORT);
          await drive(port, tokens, WARMUP_SECONDS);
          ({ result: baseline, cpuSeconds: baselineCpu } = await cpuDuring(single, () =>
            drive(port, tokens, seconds),
          ));
        } finally {
          await single.stop();
        }
      }

      // the services behind the gateway, through Kafka, each its own process
      const services = new Processes({
        ...env,
        KAFKA_BROKERS: brokers,
        KAFKA_TOPIC: `bench-${randomBytes(4).toString('hex')}`,
      });
      let distributed: Awaited<ReturnType<typeof drive>>;
      let distributedCpu: Record<string, number>;
      try {
        await services.start('relay', BASE_PORT + 10);
        const urls = {
          SIGNALEN_URL: `http://127.0.0.1:${await services.start('signalen', BASE_PORT + 11)}`,
          STADSDIENSTEN_URL: `http://127.0.0.1:${await services.start('stadsdiensten', BASE_PORT + 12)}`,
          PROJECTIES_URL: `http://127.0.0.1:${await services.start('projecties', BASE_PORT + 13)}`,
          AUDIT_URL: `http://127.0.0.1:${await services.start('audit', BASE_PORT + 14)}`,
        };
        const gateway = await services.start('gateway', BASE_PORT + 20, urls);
        await services.until(gateway, '/api/health/ready', () => false, 'the gateway');
        await drive(gateway, tokens, WARMUP_SECONDS);
        ({ result: distributed, cpuSeconds: distributedCpu } = await cpuDuring(services, () =>
          drive(gateway, tokens, seconds),
        ));
      } finally {
        await services.stop();
      }
      const ratio = (a?: number, b?: number) => (a && b ? Math.round((a / b) * 10) / 10 : undefined);
      results.push({
        round,
        loadAverage: load(),
        baselineAllInOne: baseline && { ...baseline, cpuSeconds: baselineCpu },
        servicesThroughKafka: { ...distributed, cpuSeconds: distributedCpu },
        ratioVisibleP99: ratio(distributed.visible.p99Ms, baseline?.visible.p99Ms),
      });
    }
    return { rate, seconds, rounds: results };
  },
);
