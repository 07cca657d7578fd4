// The built all-in-one app as `npm start` runs it (built first with `npm run build`; with the variables
// its script sets), in a child process on its own port; BENCH_PROFILE=<dir> writes a V8 CPU profile of
// it there on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_CLIENT_LIMITS, TEST_AUDIT_SIGNING_KEY, TEST_SECRET } from '@signaalspoor/testing';

const MAIN = 'dist/apps/signaalspoor/apps/signaalspoor/src/main.js';

/** The variables `npm start` sets for the app (glibc's malloc): the app runs here as it runs there. */
export const START_ENV: Record<string, string> = Object.fromEntries(
  [
    ...(
      JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }
    ).scripts.start.matchAll(/\b([A-Z_]+)=(\S+)/g),
  ].map(([, naam, waarde]) => [naam, waarde]),
);

/** `env` adds or overrides variables (e.g. the edge's limits, off by default). */
export async function startApp(
  url: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const dataDir = mkdtempSync(join(tmpdir(), 'signaalspoor-bench-app-'));
  // its log in its data dir, so a crash can be read afterwards
  const log = openSync(join(dataDir, 'app.log'), 'a');
  const proc = spawn(process.execPath, [...profile, MAIN], {
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      ...START_ENV,
      // a bench's load comes from one token and one address: measure the app, not its limits
      ...NO_CLIENT_LIMITS,
      NODE_ENV: 'test',
      DATABASE_URL: url,
      AUTH_JWT_SECRET: TEST_SECRET,
      // the log's keys of the seeding (reads.bench writes sealed events) and a data dir of its own
      AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
      SIGNAALSPOOR_DATA_DIR: dataDir,
      PORT: String(port),
      TERMIJNEN_INTERVAL_MS: '3600000',
      ...env,
    },
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/api/health/live`).then(
      (res) => res.ok,
      () => false,
    );
    if (up) {
      await ready(port);
      await settled(proc.pid!);
      proc.once('exit', (code, signal) => {
        if (!stopping.has(proc))
          console.error(`the app exited (${code ?? signal}); its log: ${dataDir}/app.log`);
      });
      return proc;
    }
    if (proc.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  proc.kill();
  throw new Error('the app did not start');
}

/** SIGTERM, and wait until it exited (so a CPU profile is written). */
/**
 * Waits until the app reports ready (its projections caught up with the log), so no catch-up work
 * runs while we measure; after 120 s it goes on with a warning.
 */
async function ready(port: number): Promise<void> {
  for (let i = 0; i < 1200; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/api/health/ready`).catch(() => undefined);
    if (res?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  console.error(`the app on port ${port} is not ready after 120 s; measuring anyway`);
}

/**
 * Waits until the app is idle (under 5% of a core for a second; Linux /proc): ready is not the end
 * of the start-up work (mails of the catch-up, the deadline run), which must not run while we measure.
 */
async function settled(pid: number): Promise<void> {
  const ticks = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
  };
  let before = ticks();
  for (let i = 0; i < 120; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = ticks();
    // the profiler's sampling thread counts too: allow it a little more
    if (now - before < (process.env.BENCH_PROFILE ? 15 : 5)) return;
    before = now;
  }
  console.error(`the app (pid ${pid}) is still busy after 120 s; measuring anyway`);
}

const stopping = new WeakSet<ChildProcess>();

export async function stopProcess(proc: ChildProcess): Promise<void> {
  stopping.add(proc);
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  proc.kill('SIGTERM');
  await exited;
}
