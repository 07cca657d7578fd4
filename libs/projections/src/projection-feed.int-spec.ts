import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { newEvent, PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import type { BatchHandler, ConsumeOptions, EventConsumer, EventHandler } from '@signaalspoor/messaging';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import type { Projection } from './projection';
import { ProjectionFeed } from './projection-feed';

/** Stands in for a Kafka consumer: the test hands it what the bus would deliver. */
class FakeConsumer implements EventConsumer {
  starts = 0;
  private batch?: BatchHandler;

  async start(_handler: EventHandler, options: ConsumeOptions = {}): Promise<void> {
    this.starts += 1;
    this.batch = options.batch;
  }

  async stop(): Promise<void> {
    this.batch = undefined;
  }

  get running(): boolean {
    return this.batch !== undefined;
  }

  deliver(events: RecordedEvent[]): Promise<void> {
    if (!this.batch) throw new Error('the consumer is not started');
    return this.batch(events);
  }
}

/** Keeps the global position and stream of every event it is given. */
const positions: Projection = {
  name: 'posities',
  version: 1,
  migrate: async (client) => {
    await client.query(
      'CREATE TABLE IF NOT EXISTS projectie.posities (position bigint PRIMARY KEY, stream_id text NOT NULL)',
    );
  },
  reset: async (client) => {
    await client.query('DROP TABLE IF EXISTS projectie.posities');
  },
  applyBatch: async (client, events) => {
    await client.query(
      `INSERT INTO projectie.posities (position, stream_id)
       SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT DO NOTHING`,
      [events.map((event) => event.position), events.map((event) => event.streamId)],
    );
  },
  appliedPosition: async (client, streamId) => {
    const { rows } = await client.query<{ position: string | null }>(
      'SELECT max(position) AS position FROM projectie.posities WHERE stream_id = $1',
      [streamId],
    );
    return Number(rows[0].position ?? 0);
  },
};

const ingediend = () => newEvent('SignaalIngediend', {});

describe.each(testServers())('ProjectionFeed on the bus, on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const feeds: ProjectionFeed[] = [];
  const logger = { log: () => undefined, error: () => undefined };

  const feedOn = (consumer: EventConsumer) => {
    const feed = new ProjectionFeed(store, pool, positions, { consumer, logger, consistencyTimeoutMs: 1000 });
    feeds.push(feed);
    return feed;
  };
  /** `streams` new signalen with `perStream` events each */
  const append = async (streams: number, perStream: number) => {
    for (let i = 0; i < streams; i += 1)
      await store.append(
        `signaal-${randomUUID()}`,
        Array.from({ length: perStream }, ingediend),
        'no-stream',
      );
  };
  /** how many events the read model holds, and the last position */
  const applied = async () => {
    const { rows } = await pool.query<{ count: string; last: string }>(
      'SELECT count(*), max(position) AS last FROM projectie.posities',
    );
    return { count: Number(rows[0].count), last: Number(rows[0].last) };
  };

  beforeAll(async () => {
    database = await createTestDatabase(serverUrl);
    store = new PostgresEventStore({ url: database.url });
    await store.migrate();
    pool = createPool(database.url);
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.stop()));
    await pool.end();
    await store.close();
    await database.drop();
  });

  it('given a checkpoint thousands of events behind the head, when a feed starts on the bus, then it catches up and follows the bus', async () => {
    const first = feedOn(new FakeConsumer());
    await first.start();
    await first.stop();
    await append(30, 100);
    const consumer = new FakeConsumer();

    await feedOn(consumer).start();

    expect(await applied()).toEqual({ count: 3000, last: await store.headPosition() });
    expect(consumer.running).toBe(true);
  });

  it('given a feed following the bus, when it rebuilds, then it replays the store and follows the bus again', async () => {
    const consumer = new FakeConsumer();
    const feed = feedOn(consumer);
    await feed.start();
    const streamId = `signaal-${randomUUID()}`;
    await store.append(streamId, [ingediend(), ingediend()], 'no-stream');
    await consumer.deliver(await store.readStream(streamId));
    const before = await applied();

    await feed.rebuild();

    expect(await applied()).toEqual(before);
    expect(before.last).toBe(await store.headPosition());
    expect(consumer.starts).toBe(2);
    expect(consumer.running).toBe(true);
    expect(await feed.status()).toEqual({ name: 'posities', state: 'following-bus' });
  });
});
