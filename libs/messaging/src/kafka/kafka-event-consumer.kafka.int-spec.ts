import { testServers } from '@signaalspoor/testing';
import { eventConsumerContract } from '../contract/event-consumer.contract';
import { FAST_CONSUMER, deadLetterReason, kafkaPipeline, uniqueName } from '../testing/kafka';
import { KafkaEventConsumer } from './kafka-event-consumer';

// The store is only the source: a relay puts what is appended on a fresh topic for each test.
const [embedded] = testServers();

eventConsumerContract('kafka', async () => {
  const pipeline = await kafkaPipeline(embedded.url);
  const groupId = uniqueName('contract');
  return {
    store: pipeline.store,
    consumer: (policy) =>
      new KafkaEventConsumer(pipeline.kafka, {
        groupId,
        topic: pipeline.topic,
        consumer: FAST_CONSUMER,
        ...policy,
      }),
    deadLetter: (eventId) => deadLetterReason(pipeline.kafka, pipeline.topic, eventId),
    cleanup: pipeline.cleanup,
  };
});
