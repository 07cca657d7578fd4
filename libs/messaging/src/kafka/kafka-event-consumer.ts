import type {
  Consumer,
  ConsumerConfig,
  EachMessagePayload,
  IHeaders,
  Kafka,
  KafkaMessage,
  Producer,
  ProducerRecord,
} from 'kafkajs';
import { decodeCloudEvent } from '../cloudevents/cloud-event';
import type { EventConsumer, EventHandler } from '../ports';
import { DEFAULT_RETRY_POLICY, type Delivery, type RetryPolicy, deliver, describe, sleep } from '../retry';
import { DEFAULT_TOPIC, dlqTopicOf } from './topics';

export interface KafkaEventConsumerOptions extends Partial<RetryPolicy> {
  groupId: string;
  /** default `signaalspoor.events`; dead letters go to `<topic>.dlq` */
  topic?: string;
  /** further kafkajs consumer settings: session timeout, heartbeat interval, rebalance timeout, ... */
  consumer?: Omit<ConsumerConfig, 'groupId'>;
  /** called with this member's partitions each time the group (re)balances */
  onAssignment?: (partitions: number[]) => void;
}

/** Headers a dead-lettered message carries besides its original ones. */
export const DLQ_HEADERS = {
  reason: 'dlq-reason',
  attempts: 'dlq-attempts',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  group: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

/**
 * A consumer-group member. Each message is decoded and handed to the handler; its offset is committed
 * only afterwards, so a crash means redelivery, never loss. Messages of one partition (one signaal
 * always maps to one partition) are handled one after another. A message that cannot be decoded, or
 * whose handler still fails after the retries, is produced to `<topic>.dlq` first and then committed.
 */
export class KafkaEventConsumer implements EventConsumer {
  private readonly topic: string;
  private readonly policy: RetryPolicy;
  private consumer?: Consumer;
  private producer?: Producer;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaEventConsumerOptions,
  ) {
    this.topic = options.topic ?? DEFAULT_TOPIC;
    this.policy = {
      retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
      backoffMs: options.backoffMs ?? DEFAULT_RETRY_POLICY.backoffMs,
    };
  }

  async start(handler: EventHandler): Promise<void> {
    if (this.consumer) throw new Error(`KafkaEventConsumer ${this.options.groupId} is already started`);
    const consumer = this.kafka.consumer({ ...this.options.consumer, groupId: this.options.groupId });
    const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    this.consumer = consumer;
    this.producer = producer;
    const { onAssignment } = this.options;
    if (onAssignment) {
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) =>
        onAssignment(payload.memberAssignment[this.topic] ?? []),
      );
    }
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: (payload) => this.consume(consumer, producer, handler, payload),
    });
  }

  /** Leaves the group after the message in flight is handled and committed. */
  async stop(): Promise<void> {
    const { consumer, producer } = this;
    this.consumer = undefined;
    this.producer = undefined;
    await consumer?.disconnect();
    await producer?.disconnect();
  }

  private async consume(
    consumer: Consumer,
    producer: Producer,
    handler: EventHandler,
    payload: EachMessagePayload,
  ) {
    const { topic, partition, message, heartbeat } = payload;
    const delivery = await this.handle(handler, message, heartbeat);
    if (!delivery.handled) await producer.send(this.deadLetter(topic, partition, message, delivery));
    await consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
  }

  private async handle(
    handler: EventHandler,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<Delivery> {
    let event;
    try {
      event = decodeCloudEvent(message.value);
    } catch (error) {
      // decoding fails the same way every time: no retries
      return { handled: false, reason: describe(error), attempts: 0 };
    }
    return deliver(handler, event, this.policy, async (ms) => {
      await heartbeat();
      await sleep(ms);
    });
  }

  /** The original key and value, with headers naming the reason and where the message came from. */
  private deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    delivery: Extract<Delivery, { handled: false }>,
  ): ProducerRecord {
    const headers: IHeaders = {
      ...message.headers,
      [DLQ_HEADERS.reason]: delivery.reason,
      [DLQ_HEADERS.attempts]: String(delivery.attempts),
      [DLQ_HEADERS.topic]: topic,
      [DLQ_HEADERS.partition]: String(partition),
      [DLQ_HEADERS.offset]: message.offset,
      [DLQ_HEADERS.group]: this.options.groupId,
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    };
    return {
      topic: dlqTopicOf(topic),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    };
  }
}
