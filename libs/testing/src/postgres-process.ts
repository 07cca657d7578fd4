import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface PostgresProcess {
  /** connection URL of the `postgres` database */
  url: string;
  /** stops the server and its process */
  stop(): Promise<void>;
  /** kill -9 of the whole process group: the process that owns the server, and the server */
  kill(): void;
}

/**
 * An embedded PostgreSQL of a test's own, on `dataDir` (and `port`, to come back on the same one after
 * a crash), run in a child process. For tests that kill or restart a server: never the shared ones.
 */
export function startPostgresProcess(dataDir: string, port?: number): Promise<PostgresProcess> {
  const child = spawn(
    process.execPath,
    [require.resolve('tsx/cli'), join(__dirname, 'postgres-child.ts'), dataDir, port ? String(port) : ''],
    // a process group of its own, so that kill() reaches tsx's node child and the server too
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`PostgreSQL process exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      const { url } = JSON.parse(line) as { url: string };
      resolve({ url, stop: () => stop(child), kill: () => process.kill(-child.pid!, 'SIGKILL') });
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
