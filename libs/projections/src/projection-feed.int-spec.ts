import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { newEvent, storeDatabase, type StoreDatabase } from '@signaalspoor/event-store/testing';
import type { BatchHandler, ConsumeOptions, EventConsumer, EventHandler } from '@signaalspoor/messaging';
import { eventually, testServers } from '@signaalspoor/testing';
import type { Projection } from './projection';
import { feedGezond, ProjectionFeed } from './projection-feed';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';

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
  follows: () => false,
  appliedRevisions: async () => new Map(),
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
};

const ingediend = () => newEvent('SignaalIngediend', {});

describe.each(testServers())('ProjectionFeed on the bus, on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: StoreDatabase;
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
    database = await storeDatabase(serverUrl);
    ({ store, pool } = database);
  });

  afterAll(async () => {
    await Promise.all(feeds.map((feed) => feed.stop()));
    await database.close();
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
    expect(await feed.status()).toMatchObject({ name: 'posities', state: 'following-bus' });
  });
});

describe.each(testServers())('ProjectionFeed never skips, on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  let views: SignaalViewRepository;
  let feed: ProjectionFeed;
  const consumer = new FakeConsumer();
  const errors: string[] = [];
  const logger = { log: () => undefined, error: (message: string) => errors.push(message) };

  const meta = (occurredAt: string, schemaVersion = 1) => ({
    actor: { rol: 'test', id: 'test' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    schemaVersion,
    occurredAt,
  });
  const signaal = async () => {
    const id = randomUUID();
    const streamId = `signaal-${id}`;
    const data = {
      signaalId: id,
      raadId: 'dr-kermt',
      titel: 'Kapotte lamp',
      omschrijving: 'Aan de kerk.',
      thema: 'verlichting',
      bron: 'open-forum',
    };
    await store.append(
      streamId,
      [{ id: randomUUID(), type: 'SignaalIngediend', data, metadata: meta('2026-01-05T08:00:00Z') }],
      'no-stream',
    );
    return { id, streamId };
  };
  const doorsturen = (streamId: string, revision: number, dienstId: string, schemaVersion = 1) =>
    store.append(
      streamId,
      [
        {
          id: randomUUID(),
          type: 'DoorgestuurdNaarDienst',
          data: { doorsturingId: randomUUID(), dienstId },
          metadata: meta('2026-01-05T09:00:00Z', schemaVersion),
        },
      ],
      revision,
    );

  beforeAll(async () => {
    database = await storeDatabase(serverUrl);
    ({ store, pool } = database);
    views = new SignaalViewRepository(pool);
    feed = new ProjectionFeed(store, pool, new SignalenProjection(views), {
      consumer,
      logger,
      consistencyTimeoutMs: 2000, // the reads below wait for a delivery: slack for a loaded machine
    });
    await feed.start();
  });

  afterAll(async () => {
    await feed.stop();
    await database.close();
  });

  it('given the bus skipped an event of a stream, when the next one arrives, then the skipped one is read from the store and nothing is missing', async () => {
    const { id, streamId } = await signaal();
    await doorsturen(streamId, 0, 'wegen');
    await doorsturen(streamId, 1, 'groen');
    const [ingediend, , tweede] = await store.readStream(streamId);

    await consumer.deliver([ingediend!]);
    await consumer.deliver([tweede!]); // revision 1 never came over the bus

    const view = await views.vind(id);
    expect(view?.doorsturingen.map((d) => d.dienstId)).toEqual(['wegen', 'groen']);
    expect(view?.revision).toBe(2);
    expect((await views.traject(id))?.hops.map((s) => s.revision)).toEqual([0, 1, 2]);
    expect(feedGezond(await feed.status())).toEqual({ ok: true });
  });

  it('given an event type this code does not know in a stream, then the stream continues after it', async () => {
    const { id, streamId } = await signaal();
    await store.append(
      streamId,
      [{ id: randomUUID(), type: 'IetsNieuws', data: {}, metadata: meta('2026-01-05T08:30:00Z') }],
      0,
    );
    await doorsturen(streamId, 1, 'groen');

    await consumer.deliver(await store.readStream(streamId));

    expect(await views.vind(id)).toMatchObject({ revision: 2, doorsturingen: [{ dienstId: 'groen' }] });
    expect(feedGezond(await feed.status())).toEqual({ ok: true });
  });

  it('given a list read asked for a position, then it waits for every event up to it, and a position never reached is refused', async () => {
    const { streamId } = await signaal();
    const [event] = await store.readStream(streamId);
    expect(await feed.reached(event!.position)).toBe(false); // not yet delivered
    await consumer.deliver([event!]);
    expect(await feed.reached(event!.position)).toBe(true);
    expect(feed.position()).toBe(event!.position);
  });

  it('given events applied from the bus, then the position it reports follows them without a read asking', async () => {
    const { streamId } = await signaal();
    const [event] = await store.readStream(streamId);
    await consumer.deliver([event!]);
    await eventually(async () => expect(feed.position()).toBe(event!.position));
  });

  it('given a hundred reads waiting for events the bus has not delivered, then they share their queries and all see the events once delivered', async () => {
    await consumer.deliver(await store.readAll({ after: 0, limit: 10_000 })); // what earlier tests left
    const signalen = await Promise.all(Array.from({ length: 10 }, () => signaal()));
    const events = (await Promise.all(signalen.map(({ streamId }) => store.readStream(streamId))))
      .flat()
      .sort((a, b) => a.position - b.position);
    const last = events.at(-1)!.position;
    const connects = jest.spyOn(pool, 'connect');
    try {
      const waits = [
        ...Array.from({ length: 50 }, () => feed.reached(last)),
        ...Array.from({ length: 50 }, (_, i) => feed.reached(last, signalen[i % 10]!.streamId)),
      ];
      await new Promise((resolve) => setTimeout(resolve, 100));
      await consumer.deliver(events);
      expect(await Promise.all(waits)).toEqual(Array(100).fill(true));
      // a few shared queries per poll, not one per waiting read per poll (that was 400 and more)
      expect(connects.mock.calls.length).toBeLessThan(40);
    } finally {
      connects.mockRestore();
    }
  });

  it('given an event that cannot be applied, even from the store, then the projection halts, applies nothing more and readiness says why', async () => {
    const { id, streamId } = await signaal();
    await doorsturen(streamId, 0, 'wegen', 99); // a schema version no upcaster knows
    const events = await store.readStream(streamId);

    await expect(consumer.deliver(events)).rejects.toThrow(/onverwerkbaar|schema/i);

    const status = await feed.status();
    expect(status.state).toBe('halted');
    expect(feedGezond(status)).toEqual({ ok: false, reden: expect.stringContaining(streamId) });
    expect(await views.vind(id)).toBeNull();
    expect(await feed.reached(events[0]!.position, streamId)).toBe(false);
    expect(errors.join('\n')).toContain('halted');
  });
});
