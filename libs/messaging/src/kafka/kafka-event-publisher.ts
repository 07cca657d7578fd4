import type { RecordedEvent } from '@signaalspoor/event-store';
import { type Kafka, type Message, Partitioners, type Producer } from 'kafkajs';
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
 * Publishes events as structured-mode CloudEvents, keyed by signaal id so one signaal's events share a
 * partition and keep their order. The producer is idempotent with one request in flight: a retried
 * send neither duplicates nor reorders. publish() resolves once all in-sync replicas have the messages.
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
    if (events.length === 0) return;
    await this.producer.send({
      topic: this.topic,
      acks: -1,
      messages: events.map((event) => this.toMessage(event)),
    });
  }

  private toMessage(event: RecordedEvent): Message {
    return {
      key: subjectOf(event.streamId),
      value: encodeCloudEvent(event, this.source),
      headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
    };
  }
}
