// HTTP commands: POST /api/signalen through the built all-in-one app, with and without an
// Idempotency-Key, against a raw single-row INSERT loop on the same server in the same run.
//
//   npm run build && npx tsx bench/commands/http.bench.ts [requests per scenario]
//
// The app runs as its own process (dist/, built by `npm run build`) on port 3950 with its database on
// DATABASE_URL or an embedded PostgreSQL; the scenarios alternate, two rounds each.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { signToken } from '@signaalspoor/auth';
import { NO_CLIENT_LIMITS } from '@signaalspoor/testing';
import { onWorkers, runBench } from '../support';

const PORT = 3950;
const SECRET = 'bench-secret-that-is-at-least-32-characters-long';
const REQUESTS = Number(process.argv[2] ?? 800);
const CONCURRENCY = [16, 50];
const ROUNDS = 2;
const MAIN = join(__dirname, '../../dist/apps/signaalspoor/apps/signaalspoor/src/main.js');

const body = JSON.stringify({
  titel: 'Losliggende stoeptegels',
  omschrijving: 'Aan de bushalte liggen tegels los.',
  thema: 'openbaar-domein',
});

interface Figures {
  perSecond: number;
  p50: number;
  p99: number;
}

/** Runs `requests` calls of `one` on `concurrency` workers; throughput and latency percentiles (ms). */
async function load(concurrency: number, requests: number, one: () => Promise<void>): Promise<Figures> {
  const { latencies, ms } = await onWorkers(concurrency, requests, one);
  const at = (q: number) => Number(latencies[Math.floor(q * (latencies.length - 1))].toFixed(1));
  return { perSecond: Math.round((requests / ms) * 1000), p50: at(0.5), p99: at(0.99) };
}

runBench('http-commands', { storePool: 2, pool: 60 }, async ({ db, pool }) => {
  // APP_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the app
  const nodeArgs = process.env.APP_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const app = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      ...NO_CLIENT_LIMITS, // one token sends it all: measure the commands, not the limits
      DATABASE_URL: db.url,
      PORT: String(PORT),
      AUTH_JWT_SECRET: SECRET,
    },
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${PORT}/api`;
    for (let ready = false; !ready;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      if (app.exitCode !== null) throw new Error(`the app exited (${app.exitCode}); run npm run build first`);
      ready = await fetch(`${base}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
    }
    const authorization = `Bearer ${await signToken(SECRET, { sub: 'bench', rol: 'raad', raad: 'dr-kermt' })}`;
    const post = async (key?: string) => {
      const response = await fetch(`${base}/signalen`, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/json',
          ...(key && { 'idempotency-key': key }),
        },
        body,
      });
      await response.arrayBuffer();
      if (response.status !== 201) throw new Error(`POST /api/signalen: ${response.status}`);
    };
    await pool.query(
      'CREATE TABLE raw_signalen (id uuid PRIMARY KEY, data jsonb NOT NULL, at timestamptz NOT NULL)',
    );
    const scenarios: Record<string, () => Promise<void>> = {
      raw: async () => {
        await pool.query('INSERT INTO raw_signalen VALUES ($1, $2, now())', [randomUUID(), body]);
      },
      http: () => post(),
      'http+key': () => post(randomUUID()),
    };
    await load(16, 200, scenarios.http); // warm-up
    const results: Record<string, Record<string, Figures[]>> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const concurrency of CONCURRENCY) {
        for (const [name, one] of Object.entries(scenarios)) {
          ((results[concurrency] ??= {})[name] ??= []).push(await load(concurrency, REQUESTS, one));
        }
      }
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const summary = Object.fromEntries(
      Object.entries(results).map(([concurrency, byName]) => {
        const raw = median(byName.raw.map((f) => f.perSecond));
        return [
          `${concurrency} connections`,
          Object.fromEntries(
            Object.entries(byName).map(([name, runs]) => [
              name,
              {
                perSecond: median(runs.map((f) => f.perSecond)),
                ratioToRaw: Number((median(runs.map((f) => f.perSecond)) / raw).toFixed(2)),
                p50: median(runs.map((f) => f.p50)),
                p99: median(runs.map((f) => f.p99)),
                rounds: runs,
              },
            ]),
          ),
        ];
      }),
    );
    return {
      requestsPerScenario: REQUESTS,
      rounds: ROUNDS,
      raw: 'one autocommit INSERT of the same body per request into a table (uuid, jsonb, timestamptz), same pool size as connections',
      ...summary,
    };
  } finally {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
});
