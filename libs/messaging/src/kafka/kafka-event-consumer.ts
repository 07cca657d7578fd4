import type { RecordedEvent } from '@signaalspoor/event-store';
import { counter } from '@signaalspoor/metrics';
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
import { BrokerProbe } from './broker-probe';
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
  /** one warning per failed (re)connection attempt, one line when it follows the group again; default: none */
  logger?: { warn(message: string): void; log(message: string): void };
}

/**
 * Group settings for a fast hand-over: a member that died without leaving — or that the coordinator
 * still remembers after a broker restart — is evicted after 6 s, the broker's minimum (kafkajs'
 * default is 30 s). A member heartbeats every second and after every part it commits, so a part may
 * take up to 6 s before its member counts as dead; `stop()` leaves the group at once.
 */
export const GROUP_TIMING = { sessionTimeout: 6_000, heartbeatInterval: 1_000, rebalanceTimeout: 15_000 };

/** First wait before connecting again after the broker could not be reached, doubled up to the maximum. */
const RECONNECT_MS = { initial: 500, max: 5_000 };

/**
 * `joining`: connected and subscribed, waiting for the group to take it in. After a member was
 * killed, that wait lasts until the coordinator evicts the dead member (at most the session timeout,
 * 6 s): the same hand-over as `rebalancing`, in which the group owns no partition of this member.
 */
export type ConsumerState = 'connecting' | 'joining' | 'joined' | 'rebalancing' | 'reconnecting' | 'stopped';

export interface ConsumerStatus {
  group: string;
  state: ConsumerState;
  /** age of the oldest message this member fetched and has not committed yet; 0 when there is none */
  lagSeconds: number;
  lastError?: string;
}

const retries = counter('signaalspoor_consumer_retries_total', 'Handler attempts retried by a consumer', [
  'group',
]);
const deadLetters = counter('signaalspoor_consumer_dead_letters_total', 'Events a consumer dead-lettered', [
  'group',
]);

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

const timestampOf = (part: Part) =>
  Number('decoded' in part ? part.decoded[0].message.timestamp : part.undecodable.timestamp);

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
  private running?: Promise<void>;
  /** aborted by stop(), which ends a retry wait or a reconnect wait */
  private stopping?: AbortController;
  private state: ConsumerState = 'stopped';
  private lastError?: string;
  /** per partition: Kafka timestamp (ms) of the oldest message fetched and not yet committed */
  private readonly pendingSince = new Map<number, number>();
  private probe?: BrokerProbe;

  constructor(
    private readonly kafka: Kafka,
    private readonly options: KafkaEventConsumerOptions,
  ) {
    this.topic = options.topic ?? DEFAULT_TOPIC;
    this.policy = retryPolicy(options);
    this.batchSize = options.batchSize ?? 500;
  }

  get group(): string {
    return this.options.groupId;
  }

  /**
   * Returns at once: connecting, joining the group and consuming happen in the background, so a
   * service answers HTTP (liveness, reads) before the broker is there or the group has settled.
   * While the broker cannot be reached it tries again with backoff, one log line per attempt.
   */
  async start(handler: EventHandler, options: ConsumeOptions = {}): Promise<void> {
    if (this.running) throw new Error(`KafkaEventConsumer ${this.options.groupId} is already started`);
    const stopping = new AbortController();
    this.stopping = stopping;
    this.state = 'connecting';
    this.running = this.keepRunning(handler, options.batch, stopping.signal);
  }

  /** Leaves the group after the part in flight is handled and committed, or its retry wait ended uncommitted. */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    this.stopping?.abort();
    await this.consumer?.disconnect().catch(() => undefined);
    await running;
    await this.probe?.close();
    this.state = 'stopped';
  }

  status(): ConsumerStatus {
    const oldest = Math.min(...this.pendingSince.values());
    return {
      group: this.options.groupId,
      state: this.state,
      lagSeconds: Number.isFinite(oldest) ? Math.max(0, (Date.now() - oldest) / 1000) : 0,
      ...(this.lastError !== undefined && { lastError: this.lastError }),
    };
  }

  /**
   * Messages on the topic that this group has not committed yet, asked from the broker; throws when the
   * broker does not answer within 2 s, so a readiness check fails during an outage.
   */
  async lagEvents(): Promise<number> {
    this.probe ??= new BrokerProbe(this.kafka);
    return this.probe.ask(async (admin) => {
      const [ends, [committed]] = await Promise.all([
        admin.fetchTopicOffsets(this.topic),
        admin.fetchOffsets({ groupId: this.options.groupId, topics: [this.topic] }),
      ]);
      const at = new Map(committed.partitions.map((p) => [p.partition, BigInt(p.offset)]));
      return ends.reduce((sum, { partition, high, low }) => {
        const from = at.get(partition) ?? -1n;
        return sum + Number(BigInt(high) - (from < 0n ? BigInt(low) : from));
      }, 0);
    });
  }

  /** Connects, joins and consumes; after a failure to connect or a crash kafkajs gave up on, starts over. */
  private async keepRunning(
    handler: EventHandler,
    batchHandler: BatchHandler | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    let wait = RECONNECT_MS.initial;
    while (!signal.aborted) {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      const consumer = this.kafka.consumer({
        ...GROUP_TIMING,
        ...this.options.consumer,
        groupId: this.options.groupId,
      });
      this.consumer = consumer;
      const gaveUp = new Promise<unknown>((resolve) => {
        consumer.on(consumer.events.CRASH, ({ payload }) => {
          this.lastError = describe(payload.error);
          this.state = 'reconnecting';
          if (!payload.restart) resolve(payload.error);
        });
      });
      consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
        if (this.state !== 'joined' && this.lastError)
          this.options.logger?.log(`${this.group}: weer verbonden`);
        this.state = 'joined';
        this.lastError = undefined;
        wait = RECONNECT_MS.initial;
        this.pendingSince.clear();
        this.options.onAssignment?.(payload.memberAssignment[this.topic] ?? []);
      });
      consumer.on(consumer.events.REBALANCING, () => {
        this.state = 'rebalancing';
      });
      const stopped = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve()));
      try {
        await producer.connect();
        await consumer.connect();
        await consumer.subscribe({ topics: [this.topic], fromBeginning: true });
        this.state = 'joining';
        await consumer.run({
          autoCommit: false,
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently:
            this.options.partitionsConsumedConcurrently ?? (await this.partitionCount()),
          eachBatch: (payload) => this.consume(producer, handler, batchHandler, payload, signal),
        });
        const error = await Promise.race([gaveUp, stopped]);
        if (!signal.aborted) this.retryLater(error, wait);
      } catch (error) {
        if (!signal.aborted) this.retryLater(error, wait);
      }
      await consumer.disconnect().catch(() => undefined);
      await producer.disconnect().catch(() => undefined);
      if (signal.aborted || !(await sleep(wait, signal))) break;
      wait = Math.min(wait * 2, RECONNECT_MS.max);
    }
  }

  private retryLater(error: unknown, wait: number): void {
    this.state = 'reconnecting';
    this.lastError = describe(error);
    this.options.logger?.warn(
      `${this.group}: Kafka niet bereikbaar (${this.lastError}), nieuwe poging over ${wait / 1000} s`,
    );
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
    const deadLetter = async (message: KafkaMessage, delivery: Extract<Delivery, { handled: false }>) => {
      await producer.send(this.deadLetter(topic, partition, message, delivery));
      deadLetters.inc({ group: this.group });
    };
    const active = () => !signal.aborted && isRunning() && !isStale();
    /** Waits `ms` with a heartbeat at least every slice; false once this member stops or loses the partition. */
    const pause = async (ms: number) => {
      retries.inc({ group: this.group });
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
    const parts = split(batch.messages, this.batchSize);
    for (const [index, part] of parts.entries()) {
      if (!active()) return;
      if (!this.pendingSince.has(partition)) this.pendingSince.set(partition, timestampOf(part));
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
      const next = parts[index + 1];
      if (next) this.pendingSince.set(partition, timestampOf(next));
      else if (BigInt(offset) + 1n >= BigInt(batch.highWatermark)) this.pendingSince.delete(partition);
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
