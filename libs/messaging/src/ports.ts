import type { RecordedEvent } from '@signaalspoor/event-store';

/** Handles one event. Must be idempotent: delivery is at least once. */
export type EventHandler = (event: RecordedEvent) => Promise<void>;

/** Puts events on the integration bus. */
export interface EventPublisher {
  /** Resolves only when every event is durably acknowledged by the bus. */
  publish(events: RecordedEvent[]): Promise<void>;
}

/**
 * Delivers events to a handler: at least once, in order per signaal. An event is acknowledged only
 * after the handler resolved; one that keeps failing is dead-lettered and the consumer carries on.
 */
export interface EventConsumer {
  start(handler: EventHandler): Promise<void>;
  /** Stops after the event in flight, if any, is handled and acknowledged. */
  stop(): Promise<void>;
}
