interface Queued<T, R> {
  request: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export interface GroupCommitOptions<T, R> {
  /** Commits one batch; answers one outcome per request, in order. Throwing fails the whole batch. */
  commit: (batch: T[]) => Promise<PromiseSettledResult<R>[]>;
  /** A batch takes requests until their total size would pass this (but always at least one). */
  maxBatchSize: number;
  size: (request: T) => number;
}

/**
 * Group commit: requests queue up; one batch at a time is in flight, and it takes everything queued
 * (up to the size cap). Requests made while a batch is in flight wait for the next one, so under load
 * many requests share one transaction and one commit flush.
 */
export class GroupCommit<T, R> {
  private readonly queue: Queued<T, R>[] = [];
  private draining?: Promise<void>;

  constructor(private readonly options: GroupCommitOptions<T, R>) {}

  submit(request: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ request, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Resolves when no batch is in flight and nothing is queued. */
  async idle(): Promise<void> {
    await this.draining;
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      // one turn of the event loop: requests made by callers that were just settled join this batch
      await new Promise(setImmediate);
      const batch = this.take();
      try {
        const outcomes = await this.options.commit(batch.map((queued) => queued.request));
        batch.forEach((queued, index) => {
          const outcome = outcomes[index];
          if (outcome.status === 'fulfilled') queued.resolve(outcome.value);
          else queued.reject(outcome.reason);
        });
      } catch (error) {
        batch.forEach((queued) => queued.reject(error));
      }
    }
    this.draining = undefined;
  }

  private take(): Queued<T, R>[] {
    let size = 0;
    let count = 0;
    while (count < this.queue.length) {
      size += this.options.size(this.queue[count].request);
      if (count > 0 && size > this.options.maxBatchSize) break;
      count += 1;
    }
    return this.queue.splice(0, count);
  }
}
