import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { Client } from 'pg';
import { newEvent } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Without its poll (an hour here), a live subscription hears of appends only through the LISTEN
// connection: when the server ends that connection, the notifier must reconnect by itself.
describe('the LISTEN connection of the PostgreSQL event store', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let admin: Client;

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    store = new PostgresEventStore({ url: db.url, pollIntervalMs: 3_600_000 });
    await store.migrate();
    admin = new Client({ connectionString: db.url });
    await admin.connect();
  });

  afterAll(async () => {
    await store?.close();
    await admin?.end();
    await db?.drop();
  });

  const listener = async (): Promise<number | undefined> => {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'signaalspoor-event-store-listen' AND query ILIKE 'LISTEN%'`,
    );
    return rows[0]?.pid;
  };

  it('reconnects after the server ended it, and live events keep arriving', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = store.subscribe({ after: 0, handler: async (event) => void seen.push(event) });
    try {
      let first: number | undefined;
      while ((first = await listener()) === undefined) await pause(50);
      await store.append('signaal-1', [newEvent('A', {})], 'no-stream');
      while (seen.length < 1) await pause(50);

      await admin.query('SELECT pg_terminate_backend($1)', [first]);
      let second: number | undefined;
      while ((second = await listener()) === undefined || second === first) await pause(50);

      await store.append('signaal-1', [newEvent('B', {})], 0);
      while (seen.length < 2) await pause(50);
      expect(seen.map((event) => event.type)).toEqual(['A', 'B']);
    } finally {
      await subscription.close();
    }
  });
});
