import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

export interface PostgresProcess {
  url: string;
  /** the postmaster's pid: kill -9 it to simulate a crash of the database */
  pid: number;
  /** resolves with the exit code of the process that runs the server */
  exited: Promise<number | null>;
  output(): string;
  stop(): Promise<void>;
}

/** Starts postgres-child.ts; rejects when the server cannot start (e.g. its old backends still linger). */
export async function startPostgresProcess(
  dataDir: string,
  port?: number,
  env: NodeJS.ProcessEnv = {},
): Promise<PostgresProcess> {
  const child = spawn(
    process.execPath,
    [
      '--require',
      join(ROOT, 'libs/messaging/src/testing/register.js'),
      join(__dirname, 'postgres-child.ts'),
      dataDir,
      ...(port ? [String(port)] : []),
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = once(child, 'exit');
  let output = '';
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = await new Promise<{ url: string; pid: number }>((resolve, reject) => {
    let line = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      line += chunk.toString();
      if (line.includes('\n')) resolve(JSON.parse(line.split('\n')[0]));
    });
    void exited.then(() => reject(new Error(`PostgreSQL did not start:\n${output}`)));
  });
  return {
    ...started,
    exited: exited.then(([code]) => code as number | null),
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
