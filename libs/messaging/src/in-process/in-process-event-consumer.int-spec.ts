import { createPool } from '@signaalspoor/database';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { createTestDatabase, testServers } from '@signaalspoor/testing';
import { randomUUID } from 'node:crypto';
import { eventConsumerContract } from '../contract/event-consumer.contract';
import { eventually } from '../testing/collector';
import { InProcessEventConsumer } from './in-process-event-consumer';

describe.each(testServers())('InProcessEventConsumer on $name', ({ url }) => {
  eventConsumerContract('in-process', async () => {
    const database = await createTestDatabase(url);
    const store = new PostgresEventStore({ url: database.url, pollIntervalMs: 200 });
    await store.migrate();
    const pool = createPool(database.url, { max: 4 });
    const name = `contract-${randomUUID()}`;
    return {
      store,
      consumer: (policy) => new InProcessEventConsumer(store, pool, { name, ...policy }),
      deadLetter: (eventId) =>
        eventually(async () => {
          const { rows } = await pool.query<{ reason: string }>(
            'SELECT reason FROM messaging.dead_letters WHERE consumer = $1 AND event_id = $2',
            [name, eventId],
          );
          return rows[0];
        }),
      cleanup: async () => {
        await store.close();
        await pool.end();
        await database.drop();
      },
    };
  });
});
