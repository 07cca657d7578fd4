import type { EventStore, RecordedEvent } from '@signaalspoor/event-store';
import type { EventConsumer } from '@signaalspoor/messaging';
import type { Pool } from 'pg';
import { AppliedPositions } from './applied-positions';
import type { Projection } from './projection';
import { ProjectionRunner, type ProjectionLogger, type ProjectionStatus } from './projection-runner';
import { inTransaction } from './transaction';

export interface ProjectionFeedOptions {
  /** follow this bus consumer instead of the store, after catching up from the store */
  consumer?: EventConsumer;
  logger?: ProjectionLogger;
  /** how long a read waits for its writes to be projected */
  consistencyTimeoutMs: number;
}

export type FeedStatus = ProjectionStatus | { name: string; state: 'following-bus' | 'stopped' };

const POLL_MS = 25;

/**
 * Feeds one projection, in one of two ways with the same tables:
 * - from the event store's global log (the all-in-one app): a ProjectionRunner with its checkpoint;
 * - from the integration bus (a service on Kafka): first catch up from the store with the runner —
 *   which also rebuilds, on a version bump or rebuild(), so Kafka is never needed to rebuild — then apply the bus
 *   messages a batch per transaction (a failing batch again event by event, so only a poison event is
 *   dead-lettered). Redelivered messages are ignored per stream position.
 */
export class ProjectionFeed {
  private readonly runner: ProjectionRunner;
  private followingBus = false;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly projection: Projection,
    private readonly options: ProjectionFeedOptions,
  ) {
    this.runner = new ProjectionRunner(store, pool, projection, { logger: options.logger });
  }

  async start(): Promise<void> {
    await this.runner.start();
    if (this.options.consumer) await this.follow(this.options.consumer);
  }

  async stop(): Promise<void> {
    await this.unfollow();
    await this.runner.stop();
  }

  /** Drops the read model and replays the store; on the bus, the consumer waits meanwhile and then resumes. */
  async rebuild(): Promise<void> {
    const { consumer } = this.options;
    if (!consumer || !this.followingBus) return this.runner.rebuild();
    await this.unfollow();
    await this.runner.rebuild();
    await this.runner.start();
    await this.follow(consumer);
  }

  /** Catches up from the store with the runner, then hands over to the consumer. */
  private async follow(consumer: EventConsumer): Promise<void> {
    const head = await this.store.headPosition();
    if (!(await this.runner.waitFor(head))) throw new Error(`${this.projection.name}: catch-up stopped`);
    await this.runner.stop();
    // the checkpoint records what was applied (gap-free), so a restart catches up from there
    const applied = new AppliedPositions((await this.runner.status()).position);
    const apply = async (events: RecordedEvent[]) => {
      const positions = events.map((event) => event.position);
      await inTransaction(this.pool, async (client) => {
        await this.projection.applyBatch(client, events);
        const checkpoint = applied.peek(positions);
        if (checkpoint > applied.checkpoint)
          await client.query(
            'UPDATE projectie.checkpoints SET position = GREATEST(position, $2), updated_at = now() WHERE name = $1',
            [this.projection.name, checkpoint],
          );
      });
      applied.add(positions);
    };
    await consumer.start((event) => apply([event]), { batch: apply });
    this.followingBus = true;
  }

  private async unfollow(): Promise<void> {
    if (!this.followingBus) return;
    this.followingBus = false;
    await this.options.consumer!.stop();
  }

  /**
   * Read-your-writes: waits until what was committed before this call is projected. From the store
   * that is the head of the log; on the bus only per stream is known, so a read of one stream
   * waits for that stream and a list read does not wait.
   */
  async bijgewerkt(streamId?: string): Promise<boolean> {
    const timeout = this.options.consistencyTimeoutMs;
    if (!this.followingBus) return this.runner.waitFor(await this.store.headPosition(), timeout);
    if (!streamId) return true;
    const target = (await this.store.readStream(streamId)).at(-1)?.position ?? 0;
    const deadline = Date.now() + timeout;
    for (;;) {
      const applied = await inTransaction(this.pool, (client) =>
        this.projection.appliedPosition(client, streamId),
      );
      if (applied >= target) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async status(): Promise<FeedStatus> {
    return this.followingBus ? { name: this.projection.name, state: 'following-bus' } : this.runner.status();
  }
}
