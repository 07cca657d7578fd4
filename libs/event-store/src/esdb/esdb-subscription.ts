import { setTimeout as sleep } from 'node:timers/promises';
import { streamNameFilter, type AllStreamSubscription, type EventStoreDBClient } from '@eventstore/db-client';
import type { SubscribeOptions, Subscription } from '../event-store.port';
import {
  backoffMs,
  DOMAIN_STREAM_REGEX,
  isAfter,
  isConnectionLoss,
  isDomainEvent,
  toRecorded,
} from './mapping';
import type { PositionIndex } from './position-index';

/**
 * A catch-up and live subscription on $all. The caller's checkpoint is mapped to a $all position
 * through the position index once; after that the n-th domain event delivered has position
 * `after + n`, the same numbering the index gives. On connection loss it resubscribes, with
 * exponential backoff, after the last event handled.
 */
export class EsdbSubscription implements Subscription {
  private handled: number;
  private closed = false;
  private live?: AllStreamSubscription;
  private readonly stopped = new AbortController();
  private readonly done: Promise<void>;

  constructor(
    private readonly client: EventStoreDBClient,
    private readonly index: PositionIndex,
    private readonly options: SubscribeOptions,
    private readonly onClosed: () => void,
  ) {
    this.handled = options.after;
    this.done = this.run().catch((error: unknown) => this.options.onError?.(error));
  }

  get position(): number {
    return this.handled;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.stopped.abort();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.done;
    this.onClosed();
  }

  private async run(): Promise<void> {
    let from = await this.index.allPositionAfter(this.handled);
    let attempt = 0;
    while (!this.closed) {
      const live = this.client.subscribeToAll({
        fromPosition: from,
        resolveLinkTos: false,
        filter: streamNameFilter({ regex: DOMAIN_STREAM_REGEX }),
      });
      this.live = live;
      try {
        for await (const { event } of live) {
          attempt = 0;
          if (!event || !isAfter(event.position, from) || !isDomainEvent(event)) continue;
          await this.options.handler(toRecorded(event, this.handled + 1)).catch((error: unknown) => {
            throw new HandlerError(error);
          });
          this.handled += 1;
          from = event.position;
          if (this.closed) break;
        }
      } catch (error) {
        if (this.closed) return;
        if (error instanceof HandlerError || !isConnectionLoss(error)) {
          await live.unsubscribe().catch(() => undefined);
          throw error instanceof HandlerError ? error.cause : error;
        }
      }
      await live.unsubscribe().catch(() => undefined);
      if (this.closed) return;
      await backoff(attempt++, this.stopped.signal);
    }
  }
}

/** Marks the handler's own failure, which stops the subscription instead of resubscribing. */
class HandlerError extends Error {
  constructor(cause: unknown) {
    super('subscription handler failed', { cause });
  }
}

function backoff(attempt: number, signal: AbortSignal): Promise<void> {
  return sleep(backoffMs(attempt), undefined, { signal }).catch(() => undefined);
}
