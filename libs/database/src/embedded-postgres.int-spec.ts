import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { eventually } from '@signaalspoor/testing';
import { startPostgresProcess } from './testing/postgres-process';

async function postmasterPid(dataDir: string): Promise<number | undefined> {
  const text = await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => undefined);
  return text === undefined ? undefined : Number(text.split('\n')[0]);
}

async function query(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// The supervised embedded server, in a process of its own (jest workers cannot load the package).
describe('the embedded PostgreSQL supervisor', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const newDataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'signaalspoor-supervisor-'));
    dirs.push(dir);
    return dir;
  };

  it('restarts a server that was killed, on the same port', async () => {
    const dataDir = await newDataDir();
    const server = await startPostgresProcess(dataDir, undefined, { GIVE_UP_AFTER_MS: '60000' });
    try {
      process.kill(server.pid, 'SIGKILL');
      // a new postmaster, reachable at the same URL
      await eventually(
        async () => {
          expect(await postmasterPid(dataDir)).not.toBe(server.pid);
          expect(await query(server.url)).toBe(true);
        },
        60_000,
        200,
      );
      expect(await postmasterPid(dataDir)).not.toBe(server.pid);
    } finally {
      await server.stop();
    }
  });

  it('gives up, and lets the process exit non-zero, when the server cannot come back', async () => {
    const dataDir = await newDataDir();
    const server = await startPostgresProcess(dataDir, undefined, { GIVE_UP_AFTER_MS: '1000' });
    // the cluster is gone (a lost volume): every restart fails
    await rename(join(dataDir, 'pg'), join(dataDir, 'pg-weg'));
    process.kill(server.pid, 'SIGKILL');
    expect(await server.exited).toBe(3);
    expect(server.output()).toContain('gave up');
  });
});
