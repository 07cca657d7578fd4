import type { EventStore, Watch } from '@signaalspoor/event-store';
import type { Pool } from 'pg';
import type { EventPublisher } from '../ports';
import { describe } from '../retry';
import { Checkpoints, migrateMessaging } from '../schema';

export interface RelayOptions {
  /** names the checkpoint in messaging.relay_checkpoints */
  name: string;
  /** events per read and publish; default 500 */
  batchSize?: number;
  /** look for new events this often when the store sends no signal; default 1000 ms */
  pollIntervalMs?: number;
  /** first wait after a failed batch, doubled up to retryMaxMs; defaults 250 ms and 30 s */
  retryInitialMs?: number;
  retryMaxMs?: number;
  onError?: (error: unknown) => void;
}

export interface RelayStatus {
  name: string;
  state: 'running' | 'failing' | 'stopped';
  /** last global position published (the checkpoint) */
  position: number;
  /** head of the global log; absent when the store could not be reached */
  head?: number;
  /** head − position */
  lag?: number;
  lastError?: string;
}

/**
 * Publishes the event store's global log, in order and in batches, from a checkpoint that moves only
 * after the publisher acknowledged the batch. A crash between the two republishes that batch:
 * duplicates on the bus, never a gap. The store's watch is only a wake-up signal.
 */
export class Relay {
  private readonly checkpoints: Checkpoints;
  private readonly batchSize: number;
  private position = 0;
  private running = false;
  private lastError?: string;
  private loop?: Promise<void>;
  private watch?: Watch;
  /** set when there may be new events since the last read */
  private signalled = false;
  private wakeUp?: () => void;

  constructor(
    private readonly store: EventStore,
    private readonly publisher: EventPublisher,
    private readonly pool: Pool,
    private readonly options: RelayOptions,
  ) {
    this.checkpoints = new Checkpoints(pool);
    this.batchSize = options.batchSize ?? 500;
  }

  async start(): Promise<void> {
    if (this.loop) throw new Error(`Relay ${this.options.name} is already started`);
    await migrateMessaging(this.pool);
    this.position = await this.checkpoints.read(this.options.name);
    this.running = true;
    this.watch = this.store.watch((head) => {
      // an append already published (read in a batch) is no reason to read again
      if (head === undefined || head > this.position) this.wake();
    });
    this.loop = this.run();
  }

  /** Finishes the batch in flight (publish and checkpoint), then stops. */
  async stop(): Promise<void> {
    if (!this.loop) return;
    this.running = false;
    this.wake();
    await this.loop;
    this.loop = undefined;
    await this.watch?.close();
  }

  async status(): Promise<RelayStatus> {
    const head = await this.store.headPosition().catch(() => undefined);
    const { name } = this.options;
    const state = !this.running ? 'stopped' : this.lastError ? 'failing' : 'running';
    const status: RelayStatus = { name, state, position: this.position, lastError: this.lastError };
    return head === undefined ? status : { ...status, head, lag: Math.max(head - this.position, 0) };
  }

  private async run(): Promise<void> {
    let retryMs = this.options.retryInitialMs ?? 250;
    while (this.running) {
      this.signalled = false;
      try {
        const published = await this.relayBatch();
        this.lastError = undefined;
        retryMs = this.options.retryInitialMs ?? 250;
        // a short batch reached the head: read again when the store signals an append (or at the poll)
        if (published < this.batchSize) await this.idle(this.options.pollIntervalMs ?? 1000);
      } catch (error) {
        if (!this.running) return;
        this.lastError = describe(error);
        this.options.onError?.(error);
        await this.idle(retryMs, true);
        retryMs = Math.min(retryMs * 2, this.options.retryMaxMs ?? 30_000);
      }
    }
  }

  private async relayBatch(): Promise<number> {
    const batch = await this.store.readAll({ after: this.position, limit: this.batchSize });
    if (batch.length === 0) return 0;
    await this.publisher.publish(batch);
    const last = batch[batch.length - 1].position;
    await this.checkpoints.save(this.options.name, last);
    this.position = last;
    return batch.length;
  }

  private wake(): void {
    this.signalled = true;
    this.wakeUp?.();
  }

  /** Waits for a signal or `ms`; a backoff (`ignoreSignal`) ends early only on stop. */
  private idle(ms: number, ignoreSignal = false): Promise<void> {
    if (!this.running || (this.signalled && !ignoreSignal)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        this.wakeUp = undefined;
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = () => {
        if (!ignoreSignal || !this.running) done();
      };
    });
  }
}
