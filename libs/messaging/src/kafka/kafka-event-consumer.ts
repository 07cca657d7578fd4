import type { RecordedEvent } from '@signaalspoor/event-store';
import {
  type Consumer,
  type ConsumerConfig,
  type EachBatchPayload,
  type IHeaders,
  type Kafka,
  type KafkaMessage,
  Partitioners,
  type Producer,
  type ProducerRecord,
} from 'kafkajs';
import { decodeCloudEvent } from '../cloudevents/cloud-event';
import type { BatchHandler, ConsumeOptions, EventConsumer, EventHandler } from '../ports';
import {
  type Delivery,
  DeliveryStopped,
  type RetryPolicy,
  deliver,
  deliverBatch,
  describe,
  retryPolicy,
  sleep,
} from '../retry';
import { DEFAULT_TOPIC, dlqTopicOf } from './topics';

export interface KafkaEventConsumerOptions extends Partial<RetryPolicy> {
  groupId: string;
  /** default `signaalspoor.events`; dead letters go to `<topic>.dlq` */
  topic?: string;
  /** further kafkajs consumer settings: session timeout, heartbeat interval, rebalance timeout, ... */
  consumer?: Omit<ConsumerConfig, 'groupId'>;
  /** called with this member's partitions each time the group (re)balances */
  onAssignment?: (partitions: number[]) => void;
  /** partitions handled at the same time, each one in order; default: the topic's partition count */
  partitionsConsumedConcurrently?: number;
  /** at most this many events per batch handler call and per offset commit; default 500 */
  batchSize?: number;
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

/** Longest sleep between two heartbeats while a retry waits; kafkajs itself sends one per heartbeatInterval. */
const HEARTBEAT_SLICE_MS = 1000;

type Decoded = { message: KafkaMessage; event: RecordedEvent };
/** A run of decoded messages, or one message that could not be decoded with the reason. */
type Part = { decoded: Decoded[] } | { undecodable: KafkaMessage; reason: string };

/** Consecutive decodable messages in parts of at most `size`; each undecodable message is a part of its own. */
function split(messages: KafkaMessage[], size: number): Part[] {
  const parts: Part[] = [];
  let run: Decoded[] = [];
  const close = () => {
    if (run.length > 0) parts.push({ decoded: run });
    run = [];
  };
  for (const message of messages) {
    let event: RecordedEvent;
    try {
      event = decodeCloudEvent(message.value);
    } catch (error) {
      close();
      parts.push({ undecodable: message, reason: describe(error) });
      continue;
    }
    run.push({ message, event });
    if (run.length === size) close();
  }
  close();
  return parts;
}

const lastOf = (part: Part) =>
  'decoded' in part ? part.decoded[part.decoded.length - 1].message : part.undecodable;

/**
 * A consumer-group member. Partitions are consumed concurrently; the messages of one partition (one
 * signaal always maps to one partition) one part after another, in order. A part goes to the batch
 * handler in one call when there is one, else (or when it throws) event by event with retries. Its
 * offset is committed only afterwards, so a crash means redelivery, never loss. A message that cannot
 * be decoded, or whose handler still fails after the retries, is produced to `<topic>.dlq` first. A
 * transient failure (an outage) is retried, heartbeating, until the handler succeeds or the consumer
 * stops or loses the partition; then nothing is committed and the message comes again.
 */
export class KafkaEventConsumer implements EventConsumer {
  private readonly topic: string;
  private readonly policy: RetryPolicy;
  private readonly batchSize: number;
  private consumer?: Consumer;
  private producer?: Producer;
  /** aborted by stop(), which ends a retry wait */
  private stopping?: AbortController;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaEventConsumerOptions,
  ) {
    this.topic = options.topic ?? DEFAULT_TOPIC;
    this.policy = retryPolicy(options);
    this.batchSize = options.batchSize ?? 500;
  }

  async start(handler: EventHandler, options: ConsumeOptions = {}): Promise<void> {
    if (this.consumer) throw new Error(`KafkaEventConsumer ${this.options.groupId} is already started`);
    const consumer = this.kafka.consumer({ ...this.options.consumer, groupId: this.options.groupId });
    const producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.consumer = consumer;
    this.producer = producer;
    const stopping = new AbortController();
    this.stopping = stopping;
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
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently:
        this.options.partitionsConsumedConcurrently ?? (await this.partitionCount()),
      eachBatch: (payload) => this.consume(producer, handler, options.batch, payload, stopping.signal),
    });
  }

  /** Leaves the group after the part in flight is handled and committed, or its retry wait ended uncommitted. */
  async stop(): Promise<void> {
    const { consumer, producer } = this;
    this.consumer = undefined;
    this.producer = undefined;
    this.stopping?.abort();
    await consumer?.disconnect();
    await producer?.disconnect();
  }

  private async partitionCount(): Promise<number> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { topics } = await admin.fetchTopicMetadata({ topics: [this.topic] });
      return Math.max(topics[0]?.partitions.length ?? 1, 1);
    } finally {
      await admin.disconnect();
    }
  }

  private async consume(
    producer: Producer,
    handler: EventHandler,
    batchHandler: BatchHandler | undefined,
    payload: EachBatchPayload,
    signal: AbortSignal,
  ): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    const { topic, partition } = batch;
    const deadLetter = (message: KafkaMessage, delivery: Extract<Delivery, { handled: false }>) =>
      producer.send(this.deadLetter(topic, partition, message, delivery));
    const active = () => !signal.aborted && isRunning() && !isStale();
    /** Waits `ms` with a heartbeat at least every slice; false once this member stops or loses the partition. */
    const pause = async (ms: number) => {
      for (const until = Date.now() + ms; ;) {
        if (!active()) return false;
        await heartbeat();
        const left = until - Date.now();
        if (left <= 0) return true;
        await sleep(Math.min(left, HEARTBEAT_SLICE_MS), signal);
      }
    };
    const settle = async ({ message, event }: Decoded) => {
      const delivery = await deliver(handler, event, this.policy, pause);
      if (!delivery.handled) await deadLetter(message, delivery);
    };
    for (const part of split(batch.messages, this.batchSize)) {
      if (!active()) return;
      try {
        if ('decoded' in part) await deliverBatch(batchHandler, part.decoded, ({ event }) => event, settle);
        // decoding fails the same way every time: no retries
        else await deadLetter(part.undecodable, { handled: false, reason: part.reason, attempts: 0 });
      } catch (error) {
        // stopped while retrying: leave the part uncommitted, to be delivered again
        if (error instanceof DeliveryStopped) return;
        throw error;
      }
      const { offset } = lastOf(part);
      resolveOffset(offset);
      await commitOffsetsIfNecessary({
        topics: [{ topic, partitions: [{ partition, offset: (BigInt(offset) + 1n).toString() }] }],
      });
      await heartbeat();
    }
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
