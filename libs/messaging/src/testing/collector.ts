import type { RecordedEvent } from '@signaalspoor/event-store';

/** A growing list; until() resolves once the condition holds (no timers). */
export function waitable<T>() {
  const items: T[] = [];
  const waiters = new Set<{ condition: () => boolean; resolve: () => void }>();
  const check = () =>
    waiters.forEach((waiter) => waiter.condition() && (waiters.delete(waiter), waiter.resolve()));
  return {
    items,
    push(item: T) {
      items.push(item);
      check();
    },
    until: (condition: (items: T[]) => boolean) =>
      new Promise<void>((resolve) => {
        waiters.add({ condition: () => condition(items), resolve });
        check();
      }),
  };
}

/** Collects the events a handler receives, after `handle` resolved for them. */
export function collector(handle: (event: RecordedEvent) => Promise<void> = async () => undefined) {
  const received = waitable<RecordedEvent>();
  return {
    events: received.items,
    until: received.until,
    handler: async (event: RecordedEvent) => {
      await handle(event);
      received.push(event);
    },
    /** a batch handler: collects the events only once `handle` resolved for all of them */
    batch: async (events: RecordedEvent[]) => {
      for (const event of events) await handle(event);
      events.forEach(received.push);
    },
    /** every id is among the events */
    has: (ids: Iterable<string>) => {
      const seen = new Set(received.items.map((event) => event.id));
      return [...ids].every((id) => seen.has(id));
    },
  };
}

/**
 * Per-signaal order holds when no event arrives before its predecessor in the stream has arrived.
 * Returns the events that broke it (redeliveries of earlier events are allowed).
 */
export function outOfOrder(events: RecordedEvent[]): RecordedEvent[] {
  const seen = new Set<string>();
  const broken: RecordedEvent[] = [];
  for (const event of events) {
    if (event.revision > 0 && !seen.has(`${event.streamId}@${event.revision - 1}`)) broken.push(event);
    seen.add(`${event.streamId}@${event.revision}`);
  }
  return broken;
}
