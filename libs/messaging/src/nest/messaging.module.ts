import { Global, Inject, Injectable, Module, type DynamicModule, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Kafka, logLevel } from 'kafkajs';
import type { EventConsumer } from '../ports';
import { KafkaEventConsumer } from '../kafka/kafka-event-consumer';

export const KAFKA = Symbol('KAFKA');

/**
 * The integration bus of a composition: Kafka when KAFKA_BROKERS is set; otherwise none, and
 * consumers read the event store directly (the in-process bus of the all-in-one app).
 */
@Injectable()
export class Bus implements OnModuleDestroy {
  private readonly consumers: EventConsumer[] = [];

  constructor(
    @Inject(KAFKA) readonly kafka: Kafka | null,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  get enabled(): boolean {
    return this.kafka !== null;
  }

  /** A Kafka consumer in group `<topic>.<group>`, or undefined without Kafka. */
  consumer(group: string): EventConsumer | undefined {
    if (!this.kafka) return undefined;
    const topic = this.config.kafkaTopic;
    const consumer = new KafkaEventConsumer(this.kafka, { groupId: `${topic}.${group}`, topic });
    this.consumers.push(consumer);
    return consumer;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(): DynamicModule {
    return {
      module: MessagingModule,
      providers: [
        {
          provide: KAFKA,
          inject: [CONFIG],
          useFactory: (config: Config) =>
            config.kafkaBrokers
              ? new Kafka({ clientId: 'signaalspoor', brokers: config.kafkaBrokers, logLevel: logLevel.WARN })
              : null,
        },
        Bus,
      ],
      exports: [KAFKA, Bus],
    };
  }
}
