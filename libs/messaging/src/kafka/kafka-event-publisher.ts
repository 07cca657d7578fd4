import type { RecordedEvent } from '@signaalspoor/event-store';
import { CompressionTypes, type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
import {
  CLOUDEVENTS_CONTENT_TYPE,
  DEFAULT_SOURCE,
  encodeCloudEvent,
  subjectOf,
} from '../cloudevents/cloud-event';
import type { EventPublisher } from '../ports';
import { DEFAULT_TOPIC } from './topics';

export interface KafkaEventPublisherOptions {
  /** default `signaalspoor.events` */
  topic?: string;
  /** CloudEvents `source`; default `/signaalspoor/event-store` */
  source?: string;
}

/**
 * Most encoded bytes (key + value + headers) in one send. kafkajs writes one partition's messages of a
 * send as one record batch, and the broker refuses a batch over `message.max.bytes` (1 MB by default);
 * half of that leaves room for the record overhead.
 */
export const MAX_SEND_BYTES = 512 * 1024;

/**
 * Publishes events as structured-mode CloudEvents, keyed by signaal id so one signaal's events share a
 * partition and keep their order. The producer is idempotent with one request in flight: a retried
 * send neither duplicates nor reorders. publish() splits the events into sends of at most
 * MAX_SEND_BYTES, GZIP-compressed, each acknowledged by all in-sync replicas before the next is sent;
 * it resolves once the last one is. If a later send fails, the earlier ones stay on the topic and the
 * caller's retry publishes them again (at least once).
 */
export class KafkaEventPublisher implements EventPublisher {
  private readonly producer: Producer;
  private readonly topic: string;
  private readonly source: string;

  constructor(kafka: Kafka, options: KafkaEventPublisherOptions = {}) {
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.topic = options.topic ?? DEFAULT_TOPIC;
    this.source = options.source ?? DEFAULT_SOURCE;
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }

  async publish(events: RecordedEvent[]): Promise<void> {
    const messages = events.map((event) => this.toMessage(event));
    for (const chunk of chunkBySize(messages, encodedSize, MAX_SEND_BYTES)) {
      await this.producer.send({
        topic: this.topic,
        acks: -1,
        compression: CompressionTypes.GZIP,
        messages: chunk,
      });
    }
  }

  private toMessage(event: RecordedEvent): Message {
    return {
      key: subjectOf(event.streamId),
      value: encodeCloudEvent(event, this.source),
      headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
    };
  }
}

/**
 * Splits `items` in order into consecutive chunks whose sizes add up to at most `limit`. An item
 * larger than `limit` goes alone in its chunk.
 */
export function chunkBySize<T>(items: T[], size: (item: T) => number, limit: number): T[][] {
  const chunks: T[][] = [];
  let chunk: T[] = [];
  let total = 0;
  for (const item of items) {
    const bytes = size(item);
    if (chunk.length > 0 && total + bytes > limit) {
      chunks.push(chunk);
      chunk = [];
      total = 0;
    }
    chunk.push(item);
    total += bytes;
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Encoded bytes of a message's key, value and headers. */
export function encodedSize(message: Message): number {
  const bytes = (value: Buffer | string | null | undefined) =>
    value == null ? 0 : typeof value === 'string' ? Buffer.byteLength(value) : value.length;
  const headers = Object.entries(message.headers ?? {}).flatMap(([name, value]) => [
    name,
    ...(Array.isArray(value) ? value : [value]),
  ]);
  return bytes(message.key) + bytes(message.value) + headers.reduce((sum, part) => sum + bytes(part), 0);
}
