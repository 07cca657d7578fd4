import { Kafka, type KafkaMessage, logLevel } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { storeDatabase } from '@signaalspoor/event-store/testing';
import { eventually } from '@signaalspoor/testing';
import { DLQ_HEADERS } from '../kafka/kafka-event-consumer';
import { KafkaEventPublisher } from '../kafka/kafka-event-publisher';
import { dlqTopicOf, ensureTopics } from '../kafka/topics';
import { Relay } from '../relay/relay';
import { migrateMessaging } from '../schema';
import { waitable } from './collector';

/** Consumer settings that keep joins, rebalances and fetches short in tests (6 s is the broker's minimum session). */
export const FAST_CONSUMER = {
  sessionTimeout: 6000,
  heartbeatInterval: 500,
  rebalanceTimeout: 8000,
  maxWaitTimeInMs: 200,
};

export function testKafka(clientId = 'signaalspoor-test'): Kafka {
  const brokers = process.env.KAFKA_BROKERS;
  if (!brokers) throw new Error('KAFKA_BROKERS is not set: start a broker with infra/kafka/kafka.sh start');
  return new Kafka({ clientId, brokers: brokers.split(','), logLevel: logLevel.NOTHING });
}

export const uniqueName = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export type TopicMessage = KafkaMessage & { partition: number };

/** Reads a topic from the beginning with a group of its own; until() resolves once the condition holds. */
export async function readTopic(kafka: Kafka, topic: string) {
  const messages = waitable<TopicMessage>();
  const consumer = kafka.consumer({ ...FAST_CONSUMER, groupId: uniqueName('reader') });
  await consumer.connect();
  try {
    // a topic the app has just created may not have its partition leaders yet ("does not host this
    // topic-partition", retriable): subscribe again until the metadata is there
    await eventually(() => consumer.subscribe({ topics: [topic], fromBeginning: true }), 30_000, 200);
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        messages.push({ ...message, partition });
      },
    });
  } catch (error) {
    // jest runs the suites in its own process on 2 cores: a connected consumer left behind keeps it alive
    await consumer.disconnect();
    throw error;
  }
  return {
    messages: messages.items,
    until: messages.until,
    stop: () => consumer.disconnect(),
  };
}

/**
 * A fresh database with an event store, a fresh topic (3 partitions) and its DLQ, and a relay that
 * publishes everything appended to the store onto the topic.
 */
export async function kafkaPipeline(serverUrl: string, options: { relay?: boolean } = {}) {
  const kafka = testKafka();
  const database = await storeDatabase(serverUrl, { store: { pollIntervalMs: 200 }, pool: { max: 4 } });
  const { store, pool } = database;
  await migrateMessaging(pool);
  const topic = uniqueName('events');
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic, dlqTopicOf(topic)], 3);
  await admin.disconnect();
  const publisher = new KafkaEventPublisher(kafka, { topic });
  await publisher.connect();
  const relay = new Relay(store, publisher, pool, { name: 'test', batchSize: 100, pollIntervalMs: 200 });
  if (options.relay ?? true) await relay.start();
  return {
    kafka,
    databaseUrl: database.url,
    store,
    pool,
    topic,
    publisher,
    relay,
    cleanup: async () => {
      await relay.stop();
      await publisher.disconnect();
      await database.close();
    },
  };
}

/** The reason header of the dead letter of `eventId` on `<topic>.dlq`, once it is there. */
export async function deadLetterReason(
  kafka: Kafka,
  topic: string,
  eventId: string,
): Promise<{ reason: string }> {
  const reader = await readTopic(kafka, dlqTopicOf(topic));
  const idOf = (message: TopicMessage) => JSON.parse(message.value?.toString() ?? '{}').id;
  await reader.until((messages) => messages.some((message) => idOf(message) === eventId));
  await reader.stop();
  const found = reader.messages.find((message) => idOf(message) === eventId)!;
  return { reason: String(found.headers?.[DLQ_HEADERS.reason]) };
}
