// End-to-end lag from "command accepted" (the append committed) to "read model updated" (the
// projection's transaction for that event committed), p50/p99, at a steady command rate:
//   - in one process: the projection follows the event store (the all-in-one app);
//   - through Kafka: relay -> Kafka -> a consumer-group member -> projection (the services).
// Also the relay's throughput: a backlog of events published from the store to the topic.
//   KAFKA_BROKERS=127.0.0.1:19092 npx tsx bench/messaging/lag.bench.ts [commands/s] [seconds]
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import {
  KafkaEventConsumer,
  KafkaEventPublisher,
  Relay,
  dlqTopicOf,
  ensureTopics,
  type ConsumeOptions,
  type EventConsumer,
  type EventHandler,
} from '@signaalspoor/messaging';
import { ProjectionFeed } from '@signaalspoor/projections';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { SignaalRepository, type CommandContext } from '@signaalspoor/signaal-store';
import { Kafka, logLevel } from 'kafkajs';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { perSecond, runBench } from '../support';

const rate = Number(process.argv[2] ?? 500);
const seconds = Number(process.argv[3] ?? 20);
const context: CommandContext = {
  actor: { rol: 'systeem', id: 'bench' },
  correlationId: 'bench',
  causationId: 'bench',
};
const silent = { log: () => undefined, error: (m: string) => console.error(m) };

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Submits `rate` signalen per second for `seconds`; returns when each was accepted, by position. */
async function drive(
  repository: SignaalRepository,
): Promise<{ accepted: Map<number, number>; achieved: number }> {
  const accepted = new Map<number, number>();
  const total = rate * seconds;
  const started = Date.now();
  const inFlight: Promise<void>[] = [];
  for (let sent = 0; sent < total;) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate) + 1);
    for (; sent < due; sent++) {
      const id = randomUUID();
      inFlight.push(
        repository
          .execute(
            id,
            {
              type: 'DienSignaalIn',
              at: new Date().toISOString(),
              signaalId: id,
              raadId: 'dr-kermt',
              titel: 'Lag',
              omschrijving: 'Lag',
              thema: 'mobiliteit',
              bron: 'andere',
            },
            context,
          )
          .then((result) => void accepted.set(result.position, Date.now())),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(inFlight);
  return { accepted, achieved: perSecond(total, Date.now() - started) };
}

function summary(accepted: Map<number, number>, projected: Map<number, number>) {
  const lags = [...accepted].map(([position, at]) => projected.get(position)! - at).sort((a, b) => a - b);
  return { count: lags.length, p50Ms: percentile(lags, 50), p99Ms: percentile(lags, 99), maxMs: lags.at(-1) };
}

async function waitUntil(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** In one process: watch the projection's committed checkpoint. */
async function inProcess(store: PostgresEventStore, pool: Pool, repository: SignaalRepository) {
  const feed = new ProjectionFeed(store, pool, new SignalenProjection(new SignaalViewRepository(pool)), {
    logger: silent,
    consistencyTimeoutMs: 1000,
  });
  await feed.start();
  const projected = new Map<number, number>();
  let watching = true;
  let seen = await store.headPosition();
  const watcher = (async () => {
    while (watching) {
      const { rows } = await pool.query<{ position: string }>(
        "SELECT position FROM projectie.checkpoints WHERE name = 'signalen'",
      );
      const now = Date.now();
      for (const committed = Number(rows[0]?.position ?? 0); seen < committed;) projected.set(++seen, now);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  })();
  const { accepted, achieved } = await drive(repository);
  await waitUntil(() => [...accepted.keys()].every((p) => projected.has(p)));
  watching = false;
  await watcher;
  await feed.stop();
  return { achievedCommandsPerSecond: achieved, ...summary(accepted, projected) };
}

/** Records when the consumer's handler (the projection's transaction) committed each event. */
class Timed implements EventConsumer {
  readonly committed = new Map<number, number>();
  constructor(private readonly inner: EventConsumer) {}
  start(handler: EventHandler, options: ConsumeOptions = {}) {
    const record = (events: RecordedEvent[]) => {
      const now = Date.now();
      for (const event of events)
        if (!this.committed.has(event.position)) this.committed.set(event.position, now);
    };
    const { batch } = options;
    return this.inner.start(
      async (event) => {
        await handler(event);
        record([event]);
      },
      batch && {
        batch: async (events) => {
          await batch(events);
          record(events);
        },
      },
    );
  }
  stop() {
    return this.inner.stop();
  }
}

async function throughKafka(
  store: PostgresEventStore,
  pool: Pool,
  repository: SignaalRepository,
  brokers: string[],
) {
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.ERROR });
  const topic = `bench-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic, dlqTopicOf(topic)]);
  await admin.disconnect();
  const publisher = new KafkaEventPublisher(kafka, { topic });
  await publisher.connect();

  // relay throughput: publish the backlog the store already holds
  const backlog = await store.headPosition();
  const backlogRelay = new Relay(store, publisher, pool, { name: `${topic}-backlog` });
  const relayStart = Date.now();
  await backlogRelay.start();
  for (;;) {
    const status = await backlogRelay.status();
    if (status.position >= backlog) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const relayMs = Date.now() - relayStart;
  await backlogRelay.stop();

  const relay = new Relay(store, publisher, pool, { name: topic });
  await relay.start();
  const member = new KafkaEventConsumer(kafka, { groupId: `${topic}.projecties`, topic });
  const consumer = new Timed(member);
  const feed = new ProjectionFeed(store, pool, new SignalenProjection(new SignaalViewRepository(pool)), {
    consumer,
    logger: silent,
    consistencyTimeoutMs: 1000,
  });
  await feed.start();
  // start() returns before the member joined its group: measure from when it follows the topic
  while (member.status().state !== 'joined' || (await member.lagEvents()) > 0)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const { accepted, achieved } = await drive(repository);
  await waitUntil(() => [...accepted.keys()].every((p) => consumer.committed.has(p)));
  await feed.stop();
  await relay.stop();
  await publisher.disconnect();
  return {
    relay: { events: backlog, ms: relayMs, eventsPerSecond: perSecond(backlog, relayMs) },
    lag: { achievedCommandsPerSecond: achieved, ...summary(accepted, consumer.committed) },
  };
}

runBench(
  `lag from command accepted to read model updated, ${rate} commands/s for ${seconds} s`,
  { storePool: 16, pool: 8 },
  async ({ store, pool }) => {
    const brokers = process.env.KAFKA_BROKERS?.split(',');
    const repository = new SignaalRepository(store);
    const result: Record<string, unknown> = {
      inProcess: await inProcess(store, pool, repository),
    };
    result.kafka = brokers
      ? await throughKafka(store, pool, repository, brokers)
      : 'skipped: KAFKA_BROKERS not set';
    return result;
  },
);
