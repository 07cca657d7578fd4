import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { databaseUrl } from '@signaalspoor/database';

export interface TestServer {
  name: 'embedded' | 'DATABASE_URL';
  url: string;
}

/** The servers integration tests run against: the run's embedded one, plus DATABASE_URL when set. */
export function testServers(): TestServer[] {
  const embedded = process.env.EMBEDDED_TEST_DATABASE_URL;
  if (!embedded) {
    throw new Error(
      'EMBEDDED_TEST_DATABASE_URL is not set: run integration tests through jest (--selectProjects int)',
    );
  }
  const servers: TestServer[] = [{ name: 'embedded', url: embedded }];
  if (process.env.DATABASE_URL) servers.push({ name: 'DATABASE_URL', url: process.env.DATABASE_URL });
  return servers;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, uniquely named database on the server, so test files never see each other's data. */
export async function createTestDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  return {
    url: databaseUrl(serverUrl, name),
    drop: () =>
      onServer(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ),
  };
}

async function onServer(serverUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: serverUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
export * from './tokens';
export * from './fault-proxy';
export * from './api-client';
export * from './eventually';
export * from './test-config';
export * from './sse';
export * from './signaal';
