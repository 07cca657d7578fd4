import type { RecordedEvent } from '@signaalspoor/event-store';
import type { BatchHandler, EventHandler } from './ports';

export interface RetryPolicy {
  /** attempts after the first one before the event is dead-lettered; default 3 */
  retries: number;
  /** wait before the first retry, doubled for each next one; default 200 ms */
  backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, backoffMs: 200 };

export type Delivery = { handled: true } | { handled: false; reason: string; attempts: number };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs the handler until it resolves or the retries are spent. `pause` waits between attempts (a
 * Kafka consumer also sends heartbeats there). A handler that keeps failing gives the reason to
 * dead-letter the event with; this never throws.
 */
export async function deliver(
  handler: EventHandler,
  event: RecordedEvent,
  policy: RetryPolicy,
  pause: (ms: number) => Promise<void> = sleep,
): Promise<Delivery> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await handler(event);
      return { handled: true };
    } catch (error) {
      if (attempt > policy.retries) return { handled: false, reason: describe(error), attempts: attempt };
      await pause(policy.backoffMs * 2 ** (attempt - 1));
    }
  }
}

/**
 * Hands the items' events to the batch handler in one call. Without one, or when it throws, hands the
 * items to `each` one by one: that path retries and dead-letters per event, so a poison event only
 * costs itself.
 */
export async function deliverBatch<T>(
  batch: BatchHandler | undefined,
  items: readonly T[],
  eventOf: (item: T) => RecordedEvent,
  each: (item: T) => Promise<void>,
): Promise<void> {
  if (batch) {
    try {
      await batch(items.map(eventOf));
      return;
    } catch {
      // the per-event path below finds out which event failed, and why
    }
  }
  for (const item of items) await each(item);
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
