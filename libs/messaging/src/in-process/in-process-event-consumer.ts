import type { EventStore, RecordedEvent, Subscription } from '@signaalspoor/event-store';
import type { Pool } from 'pg';
import type { EventConsumer, EventHandler } from '../ports';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, deliver, sleep } from '../retry';
import { Checkpoints, migrateMessaging } from '../schema';

export interface InProcessEventConsumerOptions extends Partial<RetryPolicy> {
  /** names the checkpoint: a consumer with the same name resumes where the last one stopped */
  name: string;
  batchSize?: number;
  /** wait before resubscribing when the checkpoint or dead-letter write failed; default 1000 ms */
  restartDelayMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The all-in-one process's stand-in for a Kafka consumer: reads the event store's global log from a
 * checkpoint in PostgreSQL (messaging.checkpoints) that moves only after the handler resolved. An event
 * whose handler still fails after the retries goes to messaging.dead_letters, and the consumer carries on.
 */
export class InProcessEventConsumer implements EventConsumer {
  private readonly checkpoints: Checkpoints;
  private readonly policy: RetryPolicy;
  private subscription?: Subscription;
  private running = false;
  private restartTimer?: NodeJS.Timeout;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly options: InProcessEventConsumerOptions,
  ) {
    this.checkpoints = new Checkpoints(pool, 'messaging.checkpoints');
    this.policy = {
      retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
      backoffMs: options.backoffMs ?? DEFAULT_RETRY_POLICY.backoffMs,
    };
  }

  async start(handler: EventHandler): Promise<void> {
    if (this.running) throw new Error(`InProcessEventConsumer ${this.options.name} is already started`);
    await migrateMessaging(this.pool);
    this.running = true;
    this.subscribe(handler, await this.checkpoints.read(this.options.name));
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.restartTimer);
    await this.subscription?.close();
    this.subscription = undefined;
  }

  private subscribe(handler: EventHandler, after: number): void {
    const subscription = this.store.subscribe({
      after,
      batchSize: this.options.batchSize,
      handler: (event) => this.consume(handler, event),
      onError: (error) => {
        // the checkpoint or dead-letter write failed: resubscribe from the last handled event
        this.options.onError?.(error);
        if (!this.running) return;
        this.restartTimer = setTimeout(
          () => this.subscribe(handler, subscription.position),
          this.options.restartDelayMs ?? 1000,
        );
      },
    });
    this.subscription = subscription;
  }

  private async consume(handler: EventHandler, event: RecordedEvent): Promise<void> {
    const delivery = await deliver(handler, event, this.policy, sleep);
    if (!delivery.handled) {
      await this.pool.query(
        `INSERT INTO messaging.dead_letters (consumer, event_id, position, stream_id, type, reason, attempts, event)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          this.options.name,
          event.id,
          event.position,
          event.streamId,
          event.type,
          delivery.reason,
          delivery.attempts,
          event,
        ],
      );
    }
    await this.checkpoints.save(this.options.name, event.position);
  }
}
