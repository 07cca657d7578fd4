import { databaseUrl } from '@signaalspoor/database';
import { eventually, testServers } from '@signaalspoor/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { waitForDatabase } from './service';

describe('waitForDatabase', () => {
  it('given a database that is not there yet, waits with one line per attempt until it is', async () => {
    const server = testServers()[0].url;
    const name = `wait_${randomBytes(4).toString('hex')}`;
    const lines: string[] = [];
    let resolved = false;
    const waiting = waitForDatabase(databaseUrl(server, name), { warn: (line: string) => lines.push(line) });
    void waiting.then(() => (resolved = true));
    await eventually(async () => expect(lines).not.toEqual([]), 20_000, 50);
    expect(resolved).toBe(false);
    expect(lines[0]).toBe('PostgreSQL niet bereikbaar (3D000), nieuwe poging over 0.5 s');

    const admin = new Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
      await waiting;
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  });
});
