import type { RecordedEvent } from '@signaalspoor/event-store';

/** Handles one event. Must be idempotent: delivery is at least once. */
export type EventHandler = (event: RecordedEvent) => Promise<void>;

/** Handles consecutive events of one partition at once, all or nothing. Must be idempotent too. */
export type BatchHandler = (events: RecordedEvent[]) => Promise<void>;

export interface ConsumeOptions {
  /**
   * Takes consecutive events of one partition in one call. When it
   * throws, those events go to the event handler one by one, with its retries and dead letters, so
   * one poison event does not hold up the others.
   */
  batch?: BatchHandler;
}

/** Puts events on the integration bus. */
export interface EventPublisher {
  /** Resolves only when every event is durably acknowledged by the bus. */
  publish(events: RecordedEvent[]): Promise<void>;
}

/**
 * Delivers events to a handler: at least once, in order per signaal. An event is acknowledged only
 * after the handler (or the batch handler) resolved; one that keeps failing is dead-lettered and the
 * consumer carries on.
 */
export interface EventConsumer {
  start(handler: EventHandler, options?: ConsumeOptions): Promise<void>;
  /** Stops after the event or batch in flight, if any, is handled and acknowledged. */
  stop(): Promise<void>;
}
