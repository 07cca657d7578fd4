import type { EventStore, RecordedEvent, Subscription } from '@signaalspoor/event-store';
import type { Pool } from 'pg';
import type { BatchHandler, ConsumeOptions, EventConsumer, EventHandler } from '../ports';
import { type RetryPolicy, deliver, deliverBatch, retryPolicy, sleep } from '../retry';
import { Checkpoints, migrateMessaging } from '../schema';

export interface InProcessEventConsumerOptions extends Partial<RetryPolicy> {
  /** names the checkpoint: a consumer with the same name resumes where the last one stopped */
  name: string;
  /** events per read from the store, and at most this many per batch handler call; default 500 */
  batchSize?: number;
  /** wait before resubscribing when a checkpoint, dead-letter or batch read failed; default 1000 ms */
  restartDelayMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The all-in-one process's stand-in for a Kafka consumer: reads the event store's global log from a
 * checkpoint in PostgreSQL (messaging.checkpoints) that moves only after the handler resolved. An event
 * whose handler still fails after the retries goes to messaging.dead_letters, and the consumer carries on;
 * one that fails transiently (an outage) is retried until it is handled or the consumer stops.
 * With a batch handler, consecutive events of the log go to it at once and the checkpoint moves per batch.
 */
export class InProcessEventConsumer implements EventConsumer {
  private readonly checkpoints: Checkpoints;
  private readonly policy: RetryPolicy;
  private readonly batchSize: number;
  /** last position whose checkpoint is saved; the subscription's events up to it were in a batch */
  private handled = 0;
  private subscription?: Subscription;
  private running = false;
  private restartTimer?: NodeJS.Timeout;
  /** aborted by stop(), which ends a retry wait */
  private stopping = new AbortController();

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly options: InProcessEventConsumerOptions,
  ) {
    this.checkpoints = new Checkpoints(pool, 'messaging.checkpoints');
    this.policy = retryPolicy(options);
    this.batchSize = options.batchSize ?? 500;
  }

  async start(handler: EventHandler, options: ConsumeOptions = {}): Promise<void> {
    if (this.running) throw new Error(`InProcessEventConsumer ${this.options.name} is already started`);
    await migrateMessaging(this.pool);
    this.running = true;
    this.stopping = new AbortController();
    this.handled = await this.checkpoints.read(this.options.name);
    const { batch } = options;
    this.subscribe(
      batch ? (event) => this.consumeBatch(handler, batch, event) : (event) => this.consume(handler, event),
      this.handled,
    );
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopping.abort();
    clearTimeout(this.restartTimer);
    await this.subscription?.close();
    this.subscription = undefined;
  }

  private subscribe(consume: EventHandler, after: number): void {
    const subscription = this.store.subscribe({
      after,
      batchSize: this.batchSize,
      handler: consume,
      onError: (error) => {
        // stop() ended a retry (DeliveryStopped): the event stays after the checkpoint
        if (!this.running) return;
        // a checkpoint, dead-letter or batch read failed: resubscribe from the last handled event
        this.options.onError?.(error);
        this.restartTimer = setTimeout(
          () => this.subscribe(consume, subscription.position),
          this.options.restartDelayMs ?? 1000,
        );
      },
    });
    this.subscription = subscription;
  }

  private async consume(handler: EventHandler, event: RecordedEvent): Promise<void> {
    await this.settle(handler, event);
    await this.save(event.position);
  }

  /**
   * The event the subscription hands over starts a batch with the events after it in the log; the
   * subscription's next events up to the end of that batch are then skipped.
   */
  private async consumeBatch(
    handler: EventHandler,
    batch: BatchHandler,
    event: RecordedEvent,
  ): Promise<void> {
    if (event.position <= this.handled) return;
    const events = [
      event,
      ...(await this.store.readAll({ after: event.position, limit: this.batchSize - 1 })),
    ];
    await deliverBatch(
      batch,
      events,
      (one) => one,
      (one) => this.settle(handler, one),
    );
    await this.save(events[events.length - 1].position);
  }

  /** Handles the event, or dead-letters it once the retries are spent; throws DeliveryStopped on stop. */
  private async settle(handler: EventHandler, event: RecordedEvent): Promise<void> {
    const { signal } = this.stopping;
    const delivery = await deliver(handler, event, this.policy, (ms) => sleep(ms, signal));
    if (delivery.handled) return;
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

  private async save(position: number): Promise<void> {
    await this.checkpoints.save(this.options.name, position);
    this.handled = position;
  }
}
