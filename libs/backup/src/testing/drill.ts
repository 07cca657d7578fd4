// Test support of the backup suites: an embedded server of the test's own (a data dir and key dir
// the test can read and wipe; in a child process, since jest cannot load the ESM-only package), the
// app on it, the operator's commands as `npm run` runs them, and a search through raw files.
import { spawn } from 'node:child_process';
import { chmod, mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDatabase } from '@signaalspoor/database';
import { startPostgresProcess, type PostgresProcess } from '../../../database/src/testing/postgres-process';
import { TEST_AUDIT_SIGNING_KEY } from '@signaalspoor/testing';
import { startTestApp, type TestApp } from '../../../../apps/signaalspoor/src/testing/test-app';
import { voerUit } from '../bestanden';

const ROOT = resolve(__dirname, '../../../..');

export interface Dirs {
  root: string;
  data: string;
  keys: string;
}

/** A root dir for a test's data dir, key dir and backups; `rm(root)` in afterAll removes them all. */
export async function newDirs(): Promise<Dirs> {
  const root = await mkdtemp(join(tmpdir(), 'signaalspoor-backup-'));
  // run as root, the server runs as `postgres`, which must reach the data dir inside
  await chmod(root, 0o755);
  return { root, data: join(root, 'data'), keys: join(root, 'keys') };
}

/** The embedded server of `dirs.data` (as `npm start` runs it) and the URL of the app's database on it. */
export async function startEmbedded(dirs: Dirs): Promise<{ server: PostgresProcess; url: string }> {
  const server = await startPostgresProcess(dirs.data);
  return { server, url: await ensureDatabase(server.url, 'signaalspoor') };
}

/** The all-in-one app on a database, with the data dir and key dir of `dirs`. */
export const startApp = (dirs: Dirs, url: string): Promise<TestApp> =>
  startTestApp(url, { SIGNAALSPOOR_DATA_DIR: dirs.data, SIGNAALSPOOR_KEY_DIR: dirs.keys });

/**
 * `npm run <command> -- <args>` with the app's configuration: the embedded server of `dirs.data`, or
 * the database `url` when given (DATABASE_URL).
 */
export function npmRun(
  command: 'backup' | 'restore',
  args: string[],
  dirs: Dirs,
  url?: string,
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn('npm', ['run', '-s', command, '--', ...args], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url ?? '',
        SIGNAALSPOOR_DATA_DIR: dirs.data,
        SIGNAALSPOOR_KEY_DIR: dirs.keys,
        AUDIT_SIGNING_KEY: TEST_AUDIT_SIGNING_KEY,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out }));
  });
}

/** Every file under a dir (recursively). */
export async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** The files that hold `needle` among `files`. */
export async function holding(files: string[], needle: Buffer): Promise<string[]> {
  const hits: string[] = [];
  for (const file of files) {
    if ((await stat(file)).size === 0) continue;
    if ((await readFile(file)).includes(needle)) hits.push(file);
  }
  return hits;
}

/** A physical backup unpacked beside it: its files. */
export async function unpacked(backup: string): Promise<string[]> {
  const dir = await mkdtemp(`${backup}-uitgepakt-`);
  await voerUit('tar', ['-xzf', backup, '-C', dir]);
  return filesUnder(dir);
}
