// The all-in-one app as a real process on its embedded PostgreSQL, killed the hard way: the app itself
// (kill -9, then start again on the same data dir) and its database (kill -9 of the postmaster under
// load). A child is plain `node` with the register hook that compiles the TypeScript sources.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bearer, eventually, TEST_SECRET } from '@signaalspoor/testing';
import request from 'supertest';

const ROOT = resolve(__dirname, '../../..');
const REGISTER = join(ROOT, 'libs/messaging/src/testing/register.js');
const MAIN = join(__dirname, 'main.ts');

const signaal = {
  titel: 'Kapotte straatlamp',
  omschrijving: 'De lamp aan de bushalte brandt al weken niet.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
};

interface AppProcess {
  child: ChildProcess;
  http: ReturnType<typeof request>;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
  output(): string;
}

const running: AppProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const app of running) {
    if (app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGTERM');
      await app.exited;
    }
  }
  for (const dir of dirs) {
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-keys`, { recursive: true, force: true });
  }
});

function startApp(dataDir: string, port: number): AppProcess {
  const child = spawn(process.execPath, ['--require', REGISTER, MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'test',
      SIGNAALSPOOR_DATA_DIR: dataDir,
      // beside the data dir, not the working tree's ./keys
      SIGNAALSPOOR_KEY_DIR: `${dataDir}-keys`,
      PORT: String(port),
      AUTH_JWT_SECRET: TEST_SECRET,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const app: AppProcess = {
    child,
    http: request(`http://127.0.0.1:${port}`),
    exited: once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>,
    output: () => output,
  };
  running.push(app);
  return app;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` passes; a start or a recovery may take a while on a loaded machine. */
const until = (probe: () => Promise<void>) => eventually(probe, 60_000, 200);

function assertRunning(app: AppProcess): void {
  if (app.child.exitCode !== null || app.child.signalCode !== null) {
    throw new Error(`the app exited (${app.child.exitCode ?? app.child.signalCode}):\n${app.output()}`);
  }
}

const ready = (app: AppProcess) =>
  until(async () => {
    assertRunning(app);
    await app.http.get('/api/health/ready').expect(200);
  });

async function postmasterPid(dataDir: string): Promise<number> {
  return Number((await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
}

/** Alive and not a zombie (an orphan's parent, pid 1 in a container, may never reap it). */
async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && !/^\d+ \(.*\) Z/.test(stat);
}

describe('crashes of the all-in-one app and its embedded PostgreSQL', () => {
  let raad: string;
  beforeAll(async () => {
    raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
  });

  async function newDataDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'signaalspoor-crash-'));
    dirs.push(dir);
    return dir;
  }

  const indienen = (target: AppProcess) =>
    target.http.post('/api/signalen').set('Authorization', raad).send(signaal);

  describe('kill -9 of the app', () => {
    let dataDir: string;
    let app: AppProcess;

    it('after kill -9 of the app it starts again on the same data dir, with nothing lost', async () => {
      dataDir = await newDataDir();
      const first = startApp(dataDir, 3310);
      await ready(first);
      const { body } = await indienen(first).expect(201);

      first.child.kill('SIGKILL');
      await first.exited;
      const orphan = await postmasterPid(dataDir);
      expect(await alive(orphan)).toBe(true); // the server outlived its app

      app = startApp(dataDir, 3310);
      await ready(app);
      expect(await alive(orphan)).toBe(false);
      expect((await app.http.get(`/api/signalen/${body.id}`).set('Authorization', raad)).status).toBe(200);
      await indienen(app).expect(201);
    });

    it('refuses, saying what to do, a data dir whose server another running app owns', async () => {
      const second = startApp(dataDir, 3311);
      const [code] = await second.exited;
      expect(code).not.toBe(0);
      expect(second.output()).toMatch(
        /in use by PostgreSQL \(pid \d+\) of another running Signaalspoor process/,
      );
      expect(second.output()).toContain('SIGNAALSPOOR_DATA_DIR');
      await app.http.get('/api/health/ready').expect(200);
    });
  });

  it('kill -9 of PostgreSQL under load: the app stays up, answers 503 + Retry-After, restarts it and recovers', async () => {
    const dataDir = await newDataDir();
    const app = startApp(dataDir, 3312);
    await ready(app);
    const statuses = new Map<number, number>();
    let missingRetryAfter = 0;
    let stop = false;
    let liveDuringOutage = 0;
    const worker = async () => {
      while (!stop) {
        const res = await indienen(app).catch(() => ({ status: 0, headers: {} as Record<string, string> }));
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
        if (res.status === 503 && !res.headers['retry-after']) missingRetryAfter += 1;
        if (res.status === 503) await pause(50);
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await until(async () => expect(statuses.get(201) ?? 0).toBeGreaterThanOrEqual(20));

    process.kill(await postmasterPid(dataDir), 'SIGKILL');
    await until(async () => (assertRunning(app), expect(statuses.get(503) ?? 0).toBeGreaterThan(0)));
    const live = await app.http.get('/api/health/live');
    if (live.status === 200) liveDuringOutage += 1;
    const createdBefore = statuses.get(201)!;
    // recovered by itself: new appends succeed again
    await until(
      async () => (assertRunning(app), expect(statuses.get(201)).toBeGreaterThanOrEqual(createdBefore + 20)),
    );
    stop = true;
    await Promise.all(workers);

    expect(app.child.exitCode).toBeNull();
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    expect(missingRetryAfter).toBe(0);
    expect(liveDuringOutage).toBe(1);
    // the projections resumed: a new signaal is readable (read-your-writes) and readiness is green
    const { body } = await indienen(app).expect(201);
    await until(async () => {
      await app.http.get(`/api/signalen/${body.id}`).set('Authorization', raad).expect(200);
    });
    await ready(app);
    expect(app.output()).toContain('PostgreSQL stopped unexpectedly');
  });
});
