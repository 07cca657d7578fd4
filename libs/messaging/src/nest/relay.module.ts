import { Inject, Injectable, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { PG_POOL, Readiness } from '@signaalspoor/platform';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { KafkaEventPublisher } from '../kafka/kafka-event-publisher';
import { dlqTopicOf, ensureTopics } from '../kafka/topics';
import { Relay } from '../relay/relay';
import { KAFKA } from './messaging.module';

/** Runs the relay from the event store's global log to Kafka in this process. */
@Injectable()
export class RelayService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Relay');
  private publisher?: KafkaEventPublisher;
  private relay?: Relay;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CONFIG) private readonly config: Config,
    private readonly readiness: Readiness,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.kafka) throw new Error('De relay heeft Kafka nodig: zet KAFKA_BROKERS.');
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [this.config.kafkaTopic, dlqTopicOf(this.config.kafkaTopic)]);
    } finally {
      await admin.disconnect();
    }
    this.publisher = new KafkaEventPublisher(this.kafka, { topic: this.config.kafkaTopic });
    await this.publisher.connect();
    this.relay = new Relay(this.store, this.publisher, this.pool, {
      name: this.config.kafkaTopic,
      onError: (error) => this.logger.error(`Relay: ${(error as Error).message}`),
    });
    await this.relay.start();
    this.readiness.register('relay', async () => {
      const status = await this.relay!.status();
      return { ok: status.state === 'running', details: { ...status } };
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
    await this.publisher?.disconnect();
  }
}

@Module({ providers: [RelayService] })
export class RelayModule {}
