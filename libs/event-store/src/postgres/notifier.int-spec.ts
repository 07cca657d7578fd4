import { eventually, testServers } from '@signaalspoor/testing';
import { newEvent } from '../contract/event-store.contract';
import type { RecordedEvent } from '../event-store.port';
import { storeDatabase, type StoreDatabase } from '../testing/store-database';

// Without its poll (an hour here), a live subscription hears of appends only through the LISTEN
// connection: when the server ends that connection, the notifier must reconnect by itself.
describe('the LISTEN connection of the PostgreSQL event store', () => {
  let database: StoreDatabase;

  beforeAll(async () => {
    database = await storeDatabase(testServers()[0].url, { store: { pollIntervalMs: 3_600_000 } });
  });

  afterAll(() => database?.close());

  /** the pid of the store's LISTEN connection, once there is one (other than `previous`) */
  const listener = (previous?: number) =>
    eventually(async () => {
      const { rows } = await database.pool.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = 'signaalspoor-event-store-listen' AND query ILIKE 'LISTEN%'`,
      );
      expect(rows[0]?.pid).toEqual(expect.any(Number));
      expect(rows[0].pid).not.toBe(previous);
      return rows[0].pid;
    });

  it('reconnects after the server ended it, and live events keep arriving', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = database.store.subscribe({
      after: 0,
      handler: async (event) => void seen.push(event),
    });
    try {
      const first = await listener();
      await database.store.append('signaal-1', [newEvent('A', {})], 'no-stream');
      await eventually(async () => expect(seen).toHaveLength(1));

      await database.pool.query('SELECT pg_terminate_backend($1)', [first]);
      await listener(first);

      await database.store.append('signaal-1', [newEvent('B', {})], 0);
      await eventually(async () => expect(seen).toHaveLength(2));
      expect(seen.map((event) => event.type)).toEqual(['A', 'B']);
    } finally {
      await subscription.close();
    }
  });
});
