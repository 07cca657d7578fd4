// A relay or a Kafka consumer in a process of its own, for the crash tests:
//   node --require ./register.js child.ts relay|consumer
// Settings come from the environment. It prints "started" once running and stops cleanly on SIGTERM.
// EFFECT_DELAY_MS slows each effect down, so a consumer that is to be killed mid-stream is still busy
// when the test kills it, however fast the machine.
import { createPool } from '@signaalspoor/database';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { KafkaEventConsumer } from '../kafka/kafka-event-consumer';
import { KafkaEventPublisher } from '../kafka/kafka-event-publisher';
import { Relay } from '../relay/relay';
import { applyEffect } from './effects';
import { FAST_CONSUMER, testKafka } from './kafka';

const setting = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

async function main(mode: string): Promise<() => Promise<void>> {
  const kafka = testKafka(`crash-${mode}`);
  const topic = setting('TOPIC');
  const pool = createPool(setting('DATABASE_URL'), { max: 2 });
  if (mode === 'relay') {
    const store = new PostgresEventStore({ url: setting('DATABASE_URL'), pollIntervalMs: 100 });
    const publisher = new KafkaEventPublisher(kafka, { topic });
    await publisher.connect();
    const relay = new Relay(store, publisher, pool, {
      name: 'crash',
      batchSize: Number(setting('BATCH_SIZE')),
      pollIntervalMs: 100,
    });
    await relay.start();
    return async () => {
      await relay.stop();
      await Promise.all([publisher.disconnect(), store.close(), pool.end()]);
    };
  }
  if (mode === 'consumer') {
    const consumer = new KafkaEventConsumer(kafka, {
      groupId: setting('GROUP'),
      topic,
      consumer: FAST_CONSUMER,
      retries: 1,
      backoffMs: 10,
    });
    const delayMs = Number(process.env.EFFECT_DELAY_MS ?? 0);
    await consumer.start(async (event) => {
      if (event.data.poison) throw new Error('kapot');
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await applyEffect(pool, event);
    });
    return async () => {
      await consumer.stop();
      await pool.end();
    };
  }
  throw new Error(`unknown mode ${mode}`);
}

main(process.argv[2]).then(
  (stop) => {
    process.once('SIGTERM', () => stop().then(() => process.exit(0)));
    console.log('started');
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
