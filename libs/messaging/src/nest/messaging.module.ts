import {
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type DynamicModule,
  type OnModuleDestroy,
} from '@nestjs/common';
import { CONFIG, type Config } from '@signaalspoor/config';
import { Readiness } from '@signaalspoor/database';
import { Kafka, logLevel } from 'kafkajs';
import { KafkaEventConsumer } from '../kafka/kafka-event-consumer';
import { kafkaLogCreator } from '../kafka/kafka-logger';

export const KAFKA = Symbol('KAFKA');

/**
 * The integration bus of a composition: Kafka when KAFKA_BROKERS is set; otherwise none, and
 * consumers read the event store directly (the in-process bus of the all-in-one app).
 */
@Injectable()
export class Bus implements OnModuleDestroy {
  private readonly consumers: KafkaEventConsumer[] = [];
  private readonly logger = new Logger('Kafka');

  constructor(
    @Inject(KAFKA) readonly kafka: Kafka | null,
    @Inject(CONFIG) private readonly config: Config,
    private readonly readiness: Readiness,
  ) {}

  get enabled(): boolean {
    return this.kafka !== null;
  }

  /**
   * A Kafka consumer in group `<topic>.<group>`, or undefined without Kafka. The service is ready only
   * while it is in its group (or in the group's hand-over: joining after a start, or rebalancing), the
   * broker answers and its lag stays within READY_MAX_LAG_EVENTS and READY_MAX_LAG_SECONDS: what it
   * serves is then at most that far behind, whether or not it holds partitions at the moment.
   */
  consumer(group: string): KafkaEventConsumer | undefined {
    if (!this.kafka) return undefined;
    const topic = this.config.kafkaTopic;
    const consumer = new KafkaEventConsumer(this.kafka, {
      groupId: `${topic}.${group}`,
      topic,
      logger: this.logger,
    });
    this.consumers.push(consumer);
    const { maxLagEvents, maxLagSeconds } = this.config.readiness;
    this.readiness.register(`kafka ${group}`, async () => {
      const status = consumer.status();
      const lag = await consumer.lagEvents();
      const ok =
        ['joining', 'joined', 'rebalancing'].includes(status.state) &&
        lag <= maxLagEvents &&
        status.lagSeconds <= maxLagSeconds;
      return { ok, details: { ...status, lag, maxLagEvents, maxLagSeconds } };
    });
    return consumer;
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.consumers.map((c) => c.stop()));
  }
}

/** A kafkajs client that logs through Nest, one line per entry. */
export function kafkaClient(brokers: string[], name = 'Kafka'): Kafka {
  const logger = new Logger(name);
  return new Kafka({
    clientId: 'signaalspoor',
    brokers,
    // back within seconds after an outage: kafkajs' own retries wait at most 3 s (default 30 s)
    retry: { initialRetryTime: 300, maxRetryTime: 3_000, retries: 8 },
    logLevel: logLevel.INFO,
    logCreator: kafkaLogCreator({
      error: (line) => logger.error(line),
      warn: (line) => logger.warn(line),
      log: (line) => logger.debug(line),
      debug: (line) => logger.debug(line),
    }),
  });
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
          useFactory: (config: Config) => (config.kafkaBrokers ? kafkaClient(config.kafkaBrokers) : null),
        },
        Bus,
      ],
      exports: [KAFKA, Bus],
    };
  }
}
