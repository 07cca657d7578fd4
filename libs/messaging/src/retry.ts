import type { RecordedEvent } from '@signaalspoor/event-store';
import { KafkaJSError } from 'kafkajs';
import { setTimeout as delay } from 'node:timers/promises';
import type { BatchHandler, EventHandler } from './ports';

export interface RetryPolicy {
  /** attempts after the first one before an event that fails for good is dead-lettered; default 3 */
  retries: number;
  /** wait before the first retry, doubled for each next one; default 200 ms */
  backoffMs: number;
  /** longest wait between two attempts, reached while a transient failure lasts; default 30 s */
  maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, backoffMs: 200, maxBackoffMs: 30_000 };

/** The policy with the defaults for what `options` leaves out. */
export function retryPolicy(options: Partial<RetryPolicy>): RetryPolicy {
  return {
    retries: options.retries ?? DEFAULT_RETRY_POLICY.retries,
    backoffMs: options.backoffMs ?? DEFAULT_RETRY_POLICY.backoffMs,
    maxBackoffMs: options.maxBackoffMs ?? DEFAULT_RETRY_POLICY.maxBackoffMs,
  };
}

export type Delivery = { handled: true } | { handled: false; reason: string; attempts: number };

/** Thrown by deliver() when the consumer stopped before the event was handled: it must stay unacknowledged. */
export class DeliveryStopped extends Error {
  constructor() {
    super('the consumer stopped before the event was handled');
    this.name = 'DeliveryStopped';
  }
}

/** Waits `ms`; resolves false, at once, when the signal aborts. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<boolean> =>
  delay(ms, undefined, { signal }).then(
    () => true,
    () => false,
  );

/** Node socket errors and SQLSTATEs of a connection or server that is (briefly) gone, or of a lost race. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

/** node-postgres' own connection errors, which carry no code. */
const PG_CONNECTION_LOST =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether the error is an outage that passes by itself (the database or the bus is unreachable, a
 * serialization conflict), as opposed to one that recurs on every attempt (bad data, a bug). Looks
 * through `cause` too: kafkajs wraps the error its own retries gave up on.
 */
export function isTransient(error: unknown): boolean {
  for (let depth = 0; error instanceof Error && depth < 5; depth += 1) {
    const { code, kind } = error as { code?: unknown; kind?: unknown };
    if (
      kind === 'unavailable' || // EventStoreError EVENT_STORE_UNAVAILABLE
      (error instanceof KafkaJSError && error.retriable) ||
      (typeof code === 'string' && (TRANSIENT_CODES.has(code) || code.startsWith('08'))) ||
      PG_CONNECTION_LOST.test(error.message)
    )
      return true;
    error = error.cause;
  }
  return false;
}

/**
 * Runs the handler until it resolves. A failure that will recur is retried `policy.retries` times and
 * then gives the reason to dead-letter the event with. A transient failure is never dead-lettered: it
 * is retried, with the wait capped at `policy.maxBackoffMs`, for as long as it lasts. `pause` waits
 * between attempts (a Kafka consumer also sends heartbeats there) and resolves false once the consumer
 * stops; deliver() then throws DeliveryStopped, so the event is not acknowledged and comes again.
 */
export async function deliver(
  handler: EventHandler,
  event: RecordedEvent,
  policy: RetryPolicy,
  pause: (ms: number) => Promise<boolean>,
): Promise<Delivery> {
  let lasting = 0;
  for (let attempt = 1; ; attempt += 1) {
    try {
      await handler(event);
      return { handled: true };
    } catch (error) {
      if (!isTransient(error) && ++lasting > policy.retries)
        return { handled: false, reason: describe(error), attempts: attempt };
    }
    if (!(await pause(Math.min(policy.backoffMs * 2 ** Math.min(attempt - 1, 30), policy.maxBackoffMs))))
      throw new DeliveryStopped();
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
