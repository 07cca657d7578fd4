import { EventStoreError } from './errors';
import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

interface CatchUpSubscriptionOptions extends SubscribeOptions {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** how long to wait for a wake() before reading again; none: wait for wake() only (a store that never misses one) */
  pollIntervalMs?: number;
  onClosed(): void;
}

/**
 * Catch-up then live, in one loop: read a batch after the last handled position, hand each event to the
 * handler in order, and when the log is exhausted wait for a wake() (the store's notification of an
 * append) or the poll interval. Used by the PostgreSQL and the in-memory store.
 */
export class CatchUpSubscription implements Subscription {
  private current: number;
  private closed = false;
  /** set by wake(), so a notification that arrives while reading is not lost */
  private woken = false;
  private wakeUp?: () => void;
  private readonly done: Promise<void>;

  constructor(private readonly options: CatchUpSubscriptionOptions) {
    this.current = options.after;
    this.done = this.run();
  }

  get position(): number {
    return this.current;
  }

  /** New events may be there: stop waiting. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Stops after the handler in flight, if any, has finished. */
  async close(): Promise<void> {
    this.closed = true;
    this.wake();
    await this.done;
  }

  private async run(): Promise<void> {
    const limit = this.options.batchSize ?? 500;
    try {
      while (!this.closed) {
        this.woken = false;
        let batch: RecordedEvent[];
        try {
          batch = await this.options.readAll({ after: this.current, limit });
        } catch (error) {
          // the store is down for a moment: try again at the next poll
          if (error instanceof EventStoreError && error.kind === 'unavailable') batch = [];
          else throw error;
        }
        for (const event of batch) {
          if (this.closed) return;
          await this.options.handler(event);
          this.current = event.position;
        }
        if (batch.length < limit) await this.idle();
      }
    } catch (error) {
      this.closed = true;
      this.options.onError?.(error);
    } finally {
      this.options.onClosed();
    }
  }

  private idle(): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise((resolve) => {
      const { pollIntervalMs } = this.options;
      const timer =
        pollIntervalMs === undefined ? undefined : setTimeout(() => this.wakeUp?.(), pollIntervalMs);
      this.wakeUp = () => {
        this.wakeUp = undefined;
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
