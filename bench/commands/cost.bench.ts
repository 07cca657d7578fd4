// Cost per command of the all-in-one app: database transactions and CPU (the app's Node process and
// every process of its PostgreSQL cluster) per submitted signaal and per routing, which statements
// make those transactions, and POST /api/signalen at 50 connections against a raw INSERT in the same run.
//
//   npm run build && npx tsx bench/commands/cost.bench.ts [commands per phase]   (default 200)
//
// The app (dist/, as `npm start` runs it) gets its own embedded PostgreSQL cluster, so every
// transaction of its database and every CPU tick of the cluster is its own:
// - transactions: xact_commit + xact_rollback of the app's database in pg_stat_database, read from
//   another database once the counters settle (PostgreSQL flushes them up to a second late);
// - CPU: utime + stime in /proc/<pid>/stat (Linux) of the app's process, and of the postmaster plus its
//   live children plus the children it reaped (cutime + cstime) for PostgreSQL;
// - both measured over the whole phase: N sequential commands, then until the counters settle. The
//   idle rate of the app (its followers' fallback polls) is measured on its own and subtracted;
// - attribution: a short run with log_statement = all and the virtual transaction id in the log prefix;
//   each transaction is named by its first statement; every statement logged is a round trip.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createPool, startEmbeddedPostgres } from '@signaalspoor/database';
import { bearer, createTestDatabase } from '@signaalspoor/testing';
import { machine } from '../support';
import { startApp, stopProcess } from '../projections/app-process';

const PORT = 3960;
const COMMANDS = Number(process.argv[2] ?? 200);
const LOAD_REQUESTS = 2000;
const ATTRIBUTED = 10;
const TICK_MS = 10; // USER_HZ = 100 on Linux

const signaal = JSON.stringify({
  titel: 'Losliggende stoeptegels',
  omschrijving: 'Aan de bushalte liggen tegels los.',
  thema: 'openbaar-domein',
});

/** utime + stime (+ cutime + cstime) of one process, in ms */
function cpuMs(pid: number, reaped = false): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const own = Number(fields[11]) + Number(fields[12]);
    return (own + (reaped ? Number(fields[13]) + Number(fields[14]) : 0)) * TICK_MS;
  } catch {
    return 0; // exited meanwhile: the postmaster's cutime counts it from now on
  }
}

/** the postmaster, its reaped children, and its live children */
function clusterCpuMs(postmaster: number): number {
  let total = cpuMs(postmaster, true);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]!.split(' ');
      if (Number(fields[1]) === postmaster) total += cpuMs(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'signaalspoor-cost-'));
  const log: string[] = [];
  const server = await startEmbeddedPostgres({ dataDir: dir, log: (line) => log.push(line) });
  const db = await createTestDatabase(server.url);
  const dbName = new URL(db.url).pathname.slice(1);
  const stats = new Client({ connectionString: server.url });
  await stats.connect();
  const app = await startApp(db.url, PORT);
  const postmaster = server.pid!;
  const base = `http://127.0.0.1:${PORT}/api`;
  const tokens = {
    raad: await bearer({ rol: 'raad', raad: 'dr-kermt' }),
    wijkmanager: await bearer({ rol: 'wijkmanager', sub: 'wm-oost' }),
  };
  const post = async (path: string, token: string, body: string): Promise<{ id: string }> => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { authorization: token, 'content-type': 'application/json' },
      body,
    });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as { id: string };
  };
  const indienen = () => post('/signalen', tokens.raad, signaal).then((r) => r.id);
  const doorsturen = (id: string) =>
    post(`/signalen/${id}/doorsturingen`, tokens.wijkmanager, JSON.stringify({ dienst: 'mobiliteit' }));

  const transactions = async () => {
    const { rows } = await stats.query<{ n: string }>(
      'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
      [dbName],
    );
    return Number(rows[0]!.n);
  };
  const sample = async () => ({
    at: performance.now(),
    xacts: await transactions(),
    node: cpuMs(app.pid!),
    postgres: clusterCpuMs(postmaster),
  });
  type Sample = Awaited<ReturnType<typeof sample>>;
  /** the idle rate per second: transactions and CPU the app spends doing nothing */
  let idle = { xacts: 0, node: 0, postgres: 0 };
  /** waits until two reads 2 s apart differ by no more than the idle rate */
  const settle = async () => {
    let before = await transactions();
    for (let i = 0; i < 30; i++) {
      await sleep(2000);
      const now = await transactions();
      if (now - before <= Math.ceil(idle.xacts * 2) + 1) return;
      before = now;
    }
  };
  const perCommand = (from: Sample, to: Sample, count: number) => {
    const seconds = (to.at - from.at) / 1000;
    const per = (key: 'xacts' | 'node' | 'postgres') =>
      Number(((to[key] - from[key] - idle[key] * seconds) / count).toFixed(2));
    return { transactions: per('xacts'), nodeCpuMs: per('node'), postgresCpuMs: per('postgres'), seconds };
  };
  const phase = async (count: number, one: (i: number) => Promise<unknown>) => {
    await settle();
    const from = await sample();
    for (let i = 0; i < count; i++) await one(i);
    await settle();
    const to = await sample();
    const figures = perCommand(from, to, count);
    return { ...figures, cpuMs: Number((figures.nodeCpuMs + figures.postgresCpuMs).toFixed(2)) };
  };

  try {
    // warm up, then the idle rate over 20 s
    const warm: string[] = [];
    for (let i = 0; i < 50; i++) warm.push(await indienen());
    for (const id of warm) await doorsturen(id);
    await settle();
    const idleFrom = await sample();
    await sleep(20_000);
    const idleTo = await sample();
    const idleSeconds = (idleTo.at - idleFrom.at) / 1000;
    idle = {
      xacts: (idleTo.xacts - idleFrom.xacts) / idleSeconds,
      node: (idleTo.node - idleFrom.node) / idleSeconds,
      postgres: (idleTo.postgres - idleFrom.postgres) / idleSeconds,
    };

    const ids: string[] = [];
    const indienenFigures = await phase(COMMANDS, async () => ids.push(await indienen()));
    const doorsturenFigures = await phase(COMMANDS, (i) => doorsturen(ids[i]!));
    const attribution = await attribute(stats, dbName, log, indienen, doorsturen, settle);
    const load = await loadRun(db.url, () => indienen().then(() => undefined));
    return report({
      commandsPerPhase: COMMANDS,
      loadAverage: loadavg().map((l) => Number(l.toFixed(1))),
      idlePerSecond: {
        transactions: Number(idle.xacts.toFixed(2)),
        nodeCpuMs: Number(idle.node.toFixed(1)),
        postgresCpuMs: Number(idle.postgres.toFixed(1)),
      },
      'POST /api/signalen (indienen)': indienenFigures,
      'POST /api/signalen/{id}/doorsturingen': doorsturenFigures,
      transactionsByFirstStatement: attribution,
      'POST /api/signalen at 50 connections vs raw INSERT': load,
    });
  } finally {
    await stopProcess(app);
    await stats.end();
    await db.drop();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Logs every statement of a few commands (log_statement = all, with the virtual transaction id) and
 * counts, per command kind, the transactions by their first statement, less the idle rate.
 */
async function attribute(
  stats: Client,
  dbName: string,
  log: string[],
  indienen: () => Promise<string>,
  doorsturen: (id: string) => Promise<unknown>,
  settle: () => Promise<void>,
): Promise<Record<string, Record<string, number>>> {
  /** transactions per first statement while `run` runs, and its seconds */
  const logged = async (run: () => Promise<void>) => {
    await settle();
    log.length = 0;
    await stats.query(`ALTER SYSTEM SET log_line_prefix = '@@ %v %d @@ '`);
    await stats.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await stats.query('SELECT pg_reload_conf()');
    await sleep(500);
    const started = performance.now();
    await run();
    await sleep(3000); // the followers after the last command
    const seconds = (performance.now() - started) / 1000;
    await stats.query('ALTER SYSTEM RESET log_statement');
    await stats.query('ALTER SYSTEM RESET log_line_prefix');
    await stats.query('SELECT pg_reload_conf()');
    const first = new Map<string, string>();
    // every logged statement is one round trip: a simple query (one or more statements in one
    // message) or one execute of the extended protocol
    let statements = 0;
    for (const line of log) {
      const match = /@@ (\S+) (\S+) @@ LOG:\s+(?:statement|execute [^:]*): (.*)/.exec(line);
      if (!match || match[2] !== dbName) continue;
      statements++;
      if (first.has(match[1]!)) continue;
      first.set(match[1]!, match[3]!.replace(/\s+/g, ' ').slice(0, 90));
    }
    const counts: Record<string, number> = {};
    for (const statement of first.values()) counts[statement] = (counts[statement] ?? 0) + 1;
    return { counts, seconds, statements };
  };
  const ids: string[] = [];
  const runs = {
    indienen: await logged(async () => {
      for (let i = 0; i < ATTRIBUTED; i++) {
        ids.push(await indienen());
        await sleep(200); // each command's followers apart, as in the sequential phases
      }
    }),
    doorsturen: await logged(async () => {
      for (const id of ids) {
        await doorsturen(id);
        await sleep(200);
      }
    }),
  };
  // what the app does when idle (the followers' polls), subtracted at its rate
  const idle = await logged(async () => void (await sleep(5000)));
  const result: Record<string, Record<string, number>> = {};
  for (const [name, { counts, seconds }] of Object.entries(runs)) {
    const statements = new Set([...Object.keys(counts), ...Object.keys(idle.counts)]);
    const per = [...statements].map((statement) => {
      const idleShare = ((idle.counts[statement] ?? 0) / idle.seconds) * seconds;
      return [statement, Number((((counts[statement] ?? 0) - idleShare) / ATTRIBUTED).toFixed(1))] as const;
    });
    result[name] = Object.fromEntries(per.filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a));
  }
  result['round trips per command'] = Object.fromEntries(
    Object.entries(runs).map(([name, { statements, seconds }]) => [
      name,
      Number(((statements - (idle.statements / idle.seconds) * seconds) / ATTRIBUTED).toFixed(1)),
    ]),
  );
  result['idle, per second'] = Object.fromEntries(
    Object.entries(idle.counts).map(([statement, n]) => [statement, Number((n / idle.seconds).toFixed(2))]),
  );
  return result;
}

/** LOAD_REQUESTS at 50 connections: raw INSERTs, then HTTP submits, then both once more; medians. */
async function loadRun(url: string, http: () => Promise<void>) {
  const pool = createPool(url, { max: 50 });
  await pool.query(
    'CREATE TABLE raw_signalen (id uuid PRIMARY KEY, data jsonb NOT NULL, at timestamptz NOT NULL)',
  );
  const raw = async () => {
    await pool.query('INSERT INTO raw_signalen VALUES ($1, $2, now())', [randomUUID(), signaal]);
  };
  const run = async (one: () => Promise<void>) => {
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        while (next++ < LOAD_REQUESTS) {
          const t0 = performance.now();
          await one();
          latencies.push(performance.now() - t0);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    return {
      perSecond: Math.round((LOAD_REQUESTS / (performance.now() - started)) * 1000),
      p99: Number(latencies[Math.floor(0.99 * (latencies.length - 1))]!.toFixed(1)),
    };
  };
  try {
    const rounds = { raw: [] as number[], http: [] as number[], httpP99: [] as number[] };
    for (let round = 0; round < 2; round++) {
      rounds.raw.push((await run(raw)).perSecond);
      const h = await run(http);
      rounds.http.push(h.perSecond);
      rounds.httpP99.push(h.p99);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return {
      requests: LOAD_REQUESTS,
      rawInsertPerSecond: median(rounds.raw),
      httpPerSecond: median(rounds.http),
      ratio: Number((median(rounds.http) / median(rounds.raw)).toFixed(2)),
      httpP99Ms: median(rounds.httpP99),
      rounds,
    };
  } finally {
    await pool.end();
  }
}

function report(figures: Record<string, unknown>): void {
  console.log(
    JSON.stringify(
      { benchmark: 'command-cost', machine: machine(), server: 'embedded PostgreSQL', ...figures },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
