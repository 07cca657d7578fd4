// A closed-loop HTTP load generator for the read benchmarks: `connections` keep-alive connections,
// each sending its next request when the previous answer is in. Every non-200 answer and every
// socket error is counted (a server that runs out of connections or pool must show it), and the
// generator reports its own CPU use, so a saturated generator is visible rather than mistaken for a
// slow server.
import { Agent, request } from 'node:http';

export interface Load {
  connections: number;
  requests: number;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  /** non-200 answers by status, and socket errors / timeouts */
  errors: number;
  errorKinds?: Record<string, number>;
  /** CPU time of this process (the generator) per wall second, in % of one core */
  generatorCpuPct: number;
  /** every latency of a 200, sorted (not enumerable: left out of the JSON) */
  latencies?: number[];
}

/** The next request of a connection: a path and its headers. */
export type Next = () => { path: string; headers?: Record<string, string> };

const TIMEOUT_MS = 30_000;

/** `connections` closed loops for `seconds`, each request from `next()`; latencies of every 200. */
export async function load(port: number, next: Next, connections: number, seconds: number): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const fail = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);
  const end = Date.now() + seconds * 1000;
  const once = () =>
    new Promise<void>((resolve) => {
      const { path, headers } = next();
      const started = performance.now();
      const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else fail(`HTTP ${res.statusCode}`);
          resolve();
        });
      });
      req.setTimeout(TIMEOUT_MS, () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        fail(error.code ?? error.message);
        resolve();
      });
      req.end();
    });
  const cpu = process.cpuUsage();
  const began = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) await once();
    }),
  );
  const elapsed = performance.now() - began;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const errors = Object.values(errorKinds).reduce((sum, n) => sum + n, 0);
  const result: Load = {
    connections,
    requests: latencies.length,
    reqPerS: Math.round((latencies.length / elapsed) * 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    errors,
    ...(errors > 0 && { errorKinds }),
    generatorCpuPct: Math.round(((used.user + used.system) / 1000 / elapsed) * 100),
  };
  return Object.defineProperty(result, 'latencies', { value: latencies, enumerable: false });
}

/** The p-th percentile of sorted milliseconds, to 0.1 ms; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  return Math.round(value * 10) / 10;
}

/** The app's requests per second as a share of the baseline's, two decimals. */
export const reqRatio = (app: Load, base: Load): number =>
  Math.round((app.reqPerS / base.reqPerS) * 100) / 100;
