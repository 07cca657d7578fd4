import { Inject, Injectable, Logger, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { PG_POOL, Readiness } from '@signaalspoor/database';
import type { Kafka } from 'kafkajs';
import type { Pool } from 'pg';
import { BrokerProbe } from '../kafka/broker-probe';
import { KafkaEventPublisher } from '../kafka/kafka-event-publisher';
import { dlqTopicOf, ensureTopics } from '../kafka/topics';
import { Relay } from '../relay/relay';
import { describe, sleep } from '../retry';
import { KAFKA } from './messaging.module';

/** First wait before trying the broker again at start-up, doubled up to the maximum. */
const CONNECT_MS = { initial: 500, max: 5_000 };

/**
 * Runs the relay from the event store's global log to Kafka in this process. It does not hold up the
 * start: until the broker answers it tries again with backoff, one log line per attempt, and the
 * service is live but not ready. Ready means: relaying without error, and the broker answers.
 */
@Injectable()
export class RelayService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Relay');
  private readonly stopping = new AbortController();
  private publisher?: KafkaEventPublisher;
  private relay?: Relay;
  private starting?: Promise<void>;
  private probe?: BrokerProbe;

  constructor(
    @Inject(KAFKA) private readonly kafka: Kafka | null,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CONFIG) private readonly config: Config,
    private readonly readiness: Readiness,
  ) {}

  onModuleInit(): void {
    const kafka = this.kafka;
    if (!kafka) throw new Error('De relay heeft Kafka nodig: zet KAFKA_BROKERS.');
    this.probe = new BrokerProbe(kafka);
    this.readiness.register('relay', async () => {
      if (!this.relay) return { ok: false, details: { state: 'connecting' } };
      const status = await this.relay.status();
      await this.probe!.ask((admin) => admin.describeCluster());
      return { ok: status.state === 'running', details: { ...status } };
    });
    this.starting = this.start(kafka).catch((error) =>
      this.logger.error(`Relay kon niet starten: ${describe(error)}`),
    );
  }

  private async start(kafka: Kafka): Promise<void> {
    const topic = this.config.kafkaTopic;
    for (let wait = CONNECT_MS.initial; !this.stopping.signal.aborted;) {
      const publisher = new KafkaEventPublisher(kafka, { topic });
      try {
        const admin = kafka.admin();
        await admin.connect();
        try {
          await ensureTopics(admin, [topic, dlqTopicOf(topic)]);
        } finally {
          await admin.disconnect();
        }
        await publisher.connect();
        this.publisher = publisher;
        break;
      } catch (error) {
        await publisher.disconnect().catch(() => undefined);
        this.logger.warn(`Kafka niet bereikbaar (${describe(error)}), nieuwe poging over ${wait / 1000} s`);
        if (!(await sleep(wait, this.stopping.signal))) return;
        wait = Math.min(wait * 2, CONNECT_MS.max);
      }
    }
    if (!this.publisher) return;
    const relay = new Relay(this.store, this.publisher, this.pool, {
      name: topic,
      // back within seconds after an outage, not the default 30 s
      retryMaxMs: 5_000,
      onError: (error) => this.logger.warn(`Relay: ${describe(error)}`),
    });
    await relay.start();
    this.relay = relay;
    this.logger.log(`Relay publiceert op ${topic}`);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping.abort();
    await this.starting?.catch(() => undefined);
    await this.relay?.stop();
    await this.publisher?.disconnect();
    await this.probe?.close();
  }
}

@Module({ providers: [RelayService] })
export class RelayModule {}
