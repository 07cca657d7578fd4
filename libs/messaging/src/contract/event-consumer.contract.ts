import type { EventStore, NewEvent } from '@signaalspoor/event-store';
import { newEvent as storeEvent } from '@signaalspoor/event-store/testing';
import { randomUUID } from 'node:crypto';
import type { ConsumeOptions, EventConsumer, EventHandler } from '../ports';
import type { RetryPolicy } from '../retry';
import { collector, outOfOrder, waitable } from '../testing/collector';

export interface ConsumerContractFixture {
  /** events appended here reach the consumer (through a relay and the bus) */
  store: EventStore;
  /** a consumer with the same name (or group) on every call, so a new one resumes from the last */
  consumer(policy: RetryPolicy): EventConsumer;
  /** resolves once the event is dead-lettered, with the reason */
  deadLetter(eventId: string): Promise<{ reason: string }>;
  cleanup(): Promise<void>;
}

export function newEvent(data: Record<string, unknown> = {}): NewEvent {
  return storeEvent('SignaalIngediend', data, { schemaVersion: 1 });
}

/** Appends `count` events round-robin over `streams` new signaal streams, a few per append. */
export async function appendSpread(store: EventStore, count: number, streams: number): Promise<string[]> {
  const ids = Array.from({ length: streams }, () => `signaal-${randomUUID()}`);
  const appended: string[] = [];
  for (let i = 0; appended.length < count; i += 1) {
    const events = Array.from({ length: Math.min(1 + (i % 3), count - appended.length) }, () =>
      newEvent({ i }),
    );
    await store.append(ids[i % streams], events, 'any');
    appended.push(...events.map((event) => event.id));
  }
  return appended;
}

const policy = { retries: 2, backoffMs: 10, maxBackoffMs: 40 };

/** What node-postgres throws while the database is down. */
const outage = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** What every EventConsumer adapter must do. */
export function eventConsumerContract(name: string, setup: () => Promise<ConsumerContractFixture>): void {
  describe(`EventConsumer contract: ${name}`, () => {
    let fixture: ConsumerContractFixture;
    const running: EventConsumer[] = [];
    const start = async (handler: EventHandler, options?: ConsumeOptions) => {
      const consumer = fixture.consumer(policy);
      running.push(consumer);
      await consumer.start(handler, options);
      return consumer;
    };

    beforeEach(async () => {
      fixture = await setup();
    });

    afterEach(async () => {
      await Promise.all(running.splice(0).map((consumer) => consumer.stop()));
      await fixture.cleanup();
    });

    it('delivers every event at least once, in order per signaal', async () => {
      const ids = await appendSpread(fixture.store, 40, 4);
      const received = collector();

      await start(received.handler);
      await received.until(() => received.has(ids));

      expect(outOfOrder(received.events)).toEqual([]);
    });

    it('a new consumer resumes after stop without losing what was appended meanwhile', async () => {
      const before = await appendSpread(fixture.store, 10, 2);
      const first = collector();
      const consumer = await start(first.handler);
      await first.until(() => first.has(before));
      await consumer.stop();

      const meanwhile = await appendSpread(fixture.store, 10, 2);
      const second = collector();
      await start(second.handler);
      await second.until(() => second.has(meanwhile));

      expect(outOfOrder(second.events.filter((event) => meanwhile.includes(event.id)))).toEqual([]);
    });

    it('retries a failing handler until it succeeds', async () => {
      const [id] = await appendSpread(fixture.store, 1, 1);
      let attempts = 0;
      const received = collector(async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('tijdelijk niet bereikbaar');
      });

      await start(received.handler);
      await received.until(() => received.has([id]));

      expect(attempts).toBeGreaterThanOrEqual(3); // more only if a rebalance redelivered it
    });

    it('waits out a transient failure longer than the retries, without dead-lettering', async () => {
      const streamId = `signaal-${randomUUID()}`;
      const [during, after] = [newEvent(), newEvent()];
      await fixture.store.append(streamId, [during, after], 'no-stream');
      const failures = policy.retries + 5;
      let attempts = 0;
      const received = collector(async (event) => {
        if (event.id === during.id && ++attempts <= failures) throw outage();
      });

      await start(received.handler);
      // in order per signaal: `after` comes once `during` is handled or dead-lettered
      await received.until(() => received.has([after.id]));

      expect(received.has([during.id])).toBe(true);
      expect(attempts).toBeGreaterThan(failures);
    });

    it('on stop during a transient failure, leaves the event for the next consumer', async () => {
      const streamId = `signaal-${randomUUID()}`;
      const [during, after] = [newEvent(), newEvent()];
      await fixture.store.append(streamId, [during, after], 'no-stream');
      const attempts = waitable<string>();
      const consumer = await start(async (event) => {
        attempts.push(event.id);
        throw outage();
      });
      await attempts.until((ids) => ids.filter((id) => id === during.id).length > policy.retries + 1);
      await consumer.stop();

      const received = collector();
      await start(received.handler);
      await received.until(() => received.has([after.id]));

      expect(received.has([during.id])).toBe(true);
      expect(attempts.items).not.toContain(after.id);
    });

    it('dead-letters an event whose handler keeps failing, and carries on with the next ones', async () => {
      const streamId = `signaal-${randomUUID()}`;
      const [before, poison, after] = [newEvent(), newEvent({ poison: true }), newEvent()];
      await fixture.store.append(streamId, [before, poison, after], 'no-stream');
      let poisonAttempts = 0;
      const received = collector(async (event) => {
        if (event.data.poison) {
          poisonAttempts += 1;
          throw new Error('kapot');
        }
      });

      await start(received.handler);
      await received.until(() => received.has([before.id, after.id]));
      const { reason } = await fixture.deadLetter(poison.id);

      expect(reason).toContain('kapot');
      expect(poisonAttempts).toBeGreaterThanOrEqual(policy.retries + 1);
      expect(received.has([poison.id])).toBe(false);
    });

    it('hands a batch handler consecutive events, in order per signaal', async () => {
      const ids = await appendSpread(fixture.store, 40, 4);
      const received = collector();
      const oneByOne = collector();

      await start(oneByOne.handler, { batch: received.batch });
      await received.until(() => received.has(ids));

      expect(outOfOrder(received.events)).toEqual([]);
      expect(oneByOne.events).toEqual([]);
    });

    it('falls back to one by one when a batch throws, and dead-letters only the poison event', async () => {
      const streamId = `signaal-${randomUUID()}`;
      const [before, poison, after] = [newEvent(), newEvent({ poison: true }), newEvent()];
      await fixture.store.append(streamId, [before, poison, after], 'no-stream');
      const received = collector(async (event) => {
        if (event.data.poison) throw new Error('kapot');
      });

      await start(received.handler, { batch: received.batch });
      await received.until(() => received.has([before.id, after.id]));
      const { reason } = await fixture.deadLetter(poison.id);

      expect(reason).toContain('kapot');
      expect(received.has([poison.id])).toBe(false);
    });
  });
}
