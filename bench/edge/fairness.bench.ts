// Fairness under a flood: one identity floods GET /api/signalen over 500 keep-alive connections
// (a new request the moment an answer arrives, 429 or not: a client that ignores Retry-After),
// while another identity reads the same list five times a second; its latency is what we measure.
// Two phases on the same database, in the same run: the app with the edge's per-client limits
// off (the baseline: every request is served) and with them at their defaults.
//
//   npx nest build signaalspoor && npx tsx bench/edge/fairness.bench.ts [seconds per phase]   (default 30)
//
// The app (dist/, as `npm start` runs it) runs in its own process; the flood runs in a worker
// thread, so the measured client's timers are not delayed by the flood's own work.
// Figures: the other identity's latency (p50, p99, max) and answers, the flood's answers per status.
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bearer, NO_CLIENT_LIMITS } from '@signaalspoor/testing';
import { benchDatabase, machine } from '../support';
import { startApp, stopProcess } from '../projections/app-process';

const PORT = 3970;
const SECONDS = Number(process.argv[2] ?? 30);
const FLOOD_CONNECTIONS = 500;
const MEASURED_EVERY_MS = 200;
const SIGNALEN = 150;
const PATH = '/api/signalen';

interface Answer {
  status: number;
  ms: number;
}

/** One GET of the measured client on its keep-alive agent; the body is read to the end. */
function get(agent: Agent, authorization: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      // another person: another identity, from another address than the flood's 127.0.0.1
      {
        host: '127.0.0.1',
        localAddress: '127.0.0.2',
        port: PORT,
        path: PATH,
        agent,
        headers: { authorization },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

/**
 * The flood, in a worker thread of its own (plain JavaScript: a worker does not load TypeScript):
 * `connections` loops, each sending its next request as soon as the last one was answered.
 */
const FLOOD = `
const { request, Agent } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { port, path, authorization, connections, ms } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: connections });
const get = () => new Promise((resolve) => {
  const req = request({ host: '127.0.0.1', port, path, agent, headers: { authorization } }, (res) => {
    res.resume();
    res.on('end', () => resolve(res.statusCode));
  });
  req.on('error', () => resolve(0));
  req.end();
});
const until = Date.now() + ms;
const counts = {};
Promise.all(Array.from({ length: connections }, async () => {
  while (Date.now() < until) {
    const status = await get();
    counts[status] = (counts[status] || 0) + 1;
  }
})).then(() => { agent.destroy(); parentPort.postMessage(counts); });
`;

const at = (sorted: number[], q: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;

/** The flood and the measured client for SECONDS; the figures of both. */
async function phase(flooder: string, measured: string) {
  const ms = SECONDS * 1000;
  const worker = new Worker(FLOOD, {
    eval: true,
    workerData: { port: PORT, path: PATH, authorization: flooder, connections: FLOOD_CONNECTIONS, ms },
  });
  const flooded = new Promise<Record<string, number>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await new Promise((resolve) => setTimeout(resolve, 2000)); // the flood has its connections open
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const answers: Answer[] = [];
  const until = Date.now() + ms - 3000;
  while (Date.now() < until) {
    const next = Date.now() + MEASURED_EVERY_MS;
    answers.push(await get(agent, measured));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
  agent.destroy();
  const counts = await flooded;
  await worker.terminate();
  // the first request opens the measured client's connection while the flood holds the accept queue
  const firstMs = Math.round(answers[0]!.ms);
  const latencies = answers
    .slice(1)
    .map((a) => a.ms)
    .sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const { status } of answers) statuses[status] = (statuses[status] ?? 0) + 1;
  return {
    other: {
      requests: answers.length,
      statuses,
      firstMs,
      slowestMs: latencies.slice(-5).map(Math.round),
      p50Ms: at(latencies, 0.5),
      p99Ms: at(latencies, 0.99),
      maxMs: at(latencies, 1),
    },
    flood: {
      connections: FLOOD_CONNECTIONS,
      statuses: counts,
      servedPerSecond: Math.round((counts['200'] ?? 0) / SECONDS),
      answeredPerSecond: Math.round(Object.values(counts).reduce((a, b) => a + b, 0) / SECONDS),
    },
  };
}

async function main(): Promise<void> {
  const db = await benchDatabase();
  const flooder = await bearer({ rol: 'raad', raad: 'dr-kermt', sub: 'flood' });
  const other = await bearer({ rol: 'wijkmanager', sub: 'wm-oost' });
  const figures: Record<string, unknown> = {};
  try {
    for (const [name, env] of [
      ['without limits (baseline)', NO_CLIENT_LIMITS],
      ['with the default limits', DEFAULT_LIMITS],
    ] as const) {
      const app = await startApp(db.url, PORT, env);
      try {
        if (name.startsWith('without')) await seed(flooder);
        figures[name] = await phase(flooder, other);
      } finally {
        await stopProcess(app);
      }
    }
    const ratio = (figures['without limits (baseline)'] as { other: { p99Ms: number } }).other.p99Ms;
    const limited = (figures['with the default limits'] as { other: { p99Ms: number } }).other.p99Ms;
    console.log(
      JSON.stringify(
        {
          benchmark: 'edge-fairness',
          machine: machine(),
          loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
          server: db.server,
          secondsPerPhase: SECONDS,
          signalen: SIGNALEN,
          ...figures,
          otherP99Ratio: Math.round((limited / ratio) * 1000) / 1000,
        },
        null,
        2,
      ),
    );
  } finally {
    await db.close();
  }
}

/** The defaults of libs/config, spelled out: the baseline turns them off through the same variables. */
const DEFAULT_LIMITS = {
  RATE_LIMIT_USER_PER_MINUTE: '600',
  RATE_LIMIT_ADDRESS_PER_MINUTE: '300',
  CONCURRENCY_PER_CLIENT: '8',
  SHED_MAX_IN_FLIGHT: '200',
  SHED_MAX_EVENT_LOOP_DELAY_MS: '500',
  CONNECTIONS_PER_ADDRESS: '100',
};

/** SIGNALEN signalen of the flooding raad, which the measured wijkmanager sees too. */
async function seed(raad: string): Promise<void> {
  for (let i = 0; i < SIGNALEN; i++) {
    const res = await fetch(`http://127.0.0.1:${PORT}/api/signalen`, {
      method: 'POST',
      headers: { authorization: raad, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        titel: `Losliggende stoeptegels ${i}`,
        omschrijving: 'Aan de bushalte liggen tegels los.',
        thema: 'openbaar-domein',
      }),
    });
    if (res.status !== 201) throw new Error(`seeding: ${res.status} ${await res.text()}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
