// What holds a data dir's postmaster.pid, and what to do about it before a start. Linux /proc only;
// elsewhere every lock is left to postgres itself.
import { readFile, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Who started the server of a data dir: this app's pid and that process's start time (pid reuse). */
const OWNER_FILE = 'pg-owner';
const STOP_WAIT_MS = 60_000;
const ESCALATE_AFTER_MS = 30_000;

interface ProcStat {
  state: string;
  ppid: number;
  startTime: string;
  comm: string;
}

/** Thrown when a live server of this data dir belongs to another live process of the app. */
export class DataDirInUseError extends Error {
  constructor(databaseDir: string, postmaster: number, owner: number) {
    super(
      `The data dir ${databaseDir} is in use by PostgreSQL (pid ${postmaster}) of another running ` +
        `Signaalspoor process (pid ${owner}). Stop that process first, or give this one its own ` +
        `SIGNAALSPOOR_DATA_DIR (or a DATABASE_URL).`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * Makes the data dir startable, or refuses clearly:
 * - no lock, or its pid is gone: nothing to do (postgres ignores a lock whose pid is dead);
 * - the pid is a zombie, not postgres, or a postgres of another data dir (pid reuse): a stale lock,
 *   removed, since postgres refuses to start while the lock's pid is alive;
 * - a postgres of this data dir whose parent is the live process of the app that started it: refuse;
 * - a postgres of this data dir without that parent (the app was killed, the server orphaned): stop
 *   it with a fast shutdown, which loses nothing committed, and wait until it is gone.
 */
export async function claimDataDir(
  dirs: { dataDir: string; databaseDir: string },
  log: (line: string) => void,
): Promise<void> {
  const { dataDir, databaseDir } = dirs;
  const lock = join(databaseDir, 'postmaster.pid');
  const pid = await readFile(lock, 'utf8').then(
    (text) => Number(text.split('\n')[0]),
    () => undefined,
  );
  if (!pid || pid === process.pid) return;
  const stat = await procStat(pid);
  if (!stat) return;
  const ours = stat.comm === 'postgres' && stat.state !== 'Z' && (await servesDir(pid, databaseDir));
  if (!ours) {
    await rm(lock, { force: true });
    return;
  }
  const owner = await readOwner(dataDir);
  if (owner && owner.pid === stat.ppid && (await procStat(owner.pid))?.startTime === owner.startTime) {
    throw new DataDirInUseError(databaseDir, pid, owner.pid);
  }
  log(`warning: PostgreSQL (pid ${pid}) of ${databaseDir} outlived the app that started it: stopping it`);
  await stopOrphan(pid);
}

/** Records this process as the owner of the data dir's server; called once the server runs. */
export async function recordOwner(dataDir: string): Promise<void> {
  const self = await procStat(process.pid);
  if (self) await writeFile(join(dataDir, OWNER_FILE), `${process.pid} ${self.startTime}\n`);
}

async function readOwner(dataDir: string): Promise<{ pid: number; startTime: string } | undefined> {
  const text = await readFile(join(dataDir, OWNER_FILE), 'utf8').catch(() => undefined);
  const [pid, startTime] = text?.trim().split(' ') ?? [];
  return pid && startTime ? { pid: Number(pid), startTime } : undefined;
}

/** A running postmaster's working directory is its data dir. */
async function servesDir(pid: number, databaseDir: string): Promise<boolean> {
  const [cwd, dir] = await Promise.all([
    readlink(`/proc/${pid}/cwd`).catch(() => undefined),
    realpath(databaseDir),
  ]);
  // unreadable: the lock sits in this data dir, so assume the server is this dir's
  return cwd === undefined || cwd === dir;
}

async function stopOrphan(pid: number): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(pid, name);
    } catch {
      // gone already
    }
  };
  signal('SIGINT'); // fast shutdown: ends sessions, checkpoints, removes the lock
  const started = Date.now();
  let escalated = false;
  while (await running(pid)) {
    const waited = Date.now() - started;
    if (waited > STOP_WAIT_MS) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it by hand`);
    if (waited > ESCALATE_AFTER_MS && !escalated) {
      signal('SIGQUIT'); // immediate shutdown: the next start recovers from the WAL
      escalated = true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function running(pid: number): Promise<boolean> {
  const stat = await procStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

/** Linux: "<pid> (<comm>) <state> <ppid> ... <starttime (field 22)> ..."; undefined when gone. */
async function procStat(pid: number): Promise<ProcStat | undefined> {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const close = text.lastIndexOf(')');
  const fields = text.slice(close + 2).split(' ');
  return {
    comm: text.slice(text.indexOf('(') + 1, close),
    state: fields[0],
    ppid: Number(fields[1]),
    startTime: fields[19],
  };
}
