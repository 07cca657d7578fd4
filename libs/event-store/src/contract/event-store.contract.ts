// The suite every EventStore adapter must pass. Each test gets a fresh store from the factory.
import { randomUUID } from 'node:crypto';
import { eventually } from '@signaalspoor/testing';
import { EventStoreError, WrongExpectedRevisionError } from '../errors';
import type {
  EventMetadataInput,
  EventStore,
  NewEvent,
  RecordedEvent,
  Subscription,
} from '../event-store.port';

export interface ContractStore {
  store: EventStore;
  cleanup(): Promise<void>;
}

export function eventStoreContract(name: string, factory: () => Promise<ContractStore>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ store, cleanup } = await factory());
    });

    afterEach(async () => {
      await cleanup();
    });

    const stream = () => `signaal-${randomUUID()}`;

    describe('append and readStream', () => {
      it('reads back what was appended, with every metadata field', async () => {
        const id = stream();
        const events = [
          newEvent('SignaalIngediend', {
            titel: 'Losliggende tegels',
            locatie: { b: 1.5, a: [1, 'x', null] },
          }),
          newEvent('SignaalDoorgestuurd'),
        ];

        const result = await store.append(id, events, 'no-stream');
        const read = await store.readStream(id);

        expect(result.nextRevision).toBe(1);
        expect(read.map((event) => [event.id, event.type, event.revision, event.streamId])).toEqual([
          [events[0].id, 'SignaalIngediend', 0, id],
          [events[1].id, 'SignaalDoorgestuurd', 1, id],
        ]);
        expect(read[0].data).toEqual(events[0].data);
        expect(read[0].metadata).toEqual(events[0].metadata);
        expect(read[1].position).toBe(read[0].position + 1);
        expect(result.position).toBe(read[1].position);
        expect(Number.isNaN(Date.parse(read[0].recordedAt))).toBe(false);
        expect(read[0].recordedAt).toBe(read[1].recordedAt);
      });

      it('answers [] for an unknown stream', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('reads a stream as it was at a global position', async () => {
        const id = stream();
        const first = await store.append(id, [newEvent('A')], 'no-stream');
        await store.append(stream(), [newEvent('Other')], 'no-stream');
        await store.append(id, [newEvent('B')], 0);

        const then = await store.readStream(id, { toPosition: first.position });

        expect(then.map((event) => event.type)).toEqual(['A']);
        expect((await store.readStream(id)).map((event) => event.type)).toEqual(['A', 'B']);
      });
    });

    describe('expected revision', () => {
      it('no-stream: accepted for a new stream, refused for an existing one', async () => {
        const id = stream();
        await store.append(id, [newEvent('A')], 'no-stream');

        await expect(store.append(id, [newEvent('B')], 'no-stream')).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
      });

      it('stream-exists: refused for a new stream, accepted for an existing one', async () => {
        const id = stream();
        await expect(store.append(id, [newEvent('A')], 'stream-exists')).rejects.toMatchObject({
          code: 'WRONG_EXPECTED_REVISION',
          actual: 'no-stream',
        });
        await store.append(id, [newEvent('A')], 'no-stream');

        expect(await store.append(id, [newEvent('B')], 'stream-exists')).toMatchObject({ nextRevision: 1 });
      });

      it('any: accepted whatever the stream holds', async () => {
        const id = stream();
        await store.append(id, [newEvent('A')], 'any');

        expect(await store.append(id, [newEvent('B')], 'any')).toMatchObject({ nextRevision: 1 });
      });

      it('a revision: accepted when it is the last one, refused otherwise', async () => {
        const id = stream();
        await store.append(id, [newEvent('A'), newEvent('B')], 'no-stream');

        await expect(store.append(id, [newEvent('C')], 0)).rejects.toMatchObject({
          code: 'WRONG_EXPECTED_REVISION',
          kind: 'conflict',
          streamId: id,
          actual: 1,
        });
        expect(await store.append(id, [newEvent('C')], 1)).toMatchObject({ nextRevision: 2 });
      });

      it('a conflict writes nothing, not even part of the batch', async () => {
        const id = stream();
        await store.append(id, [newEvent('A')], 'no-stream');
        const head = await store.headPosition();
        const refused = [newEvent('B'), newEvent('C')];

        await expect(store.append(id, refused, 5)).rejects.toBeInstanceOf(WrongExpectedRevisionError);

        expect((await store.readStream(id)).map((event) => event.type)).toEqual(['A']);
        expect(await store.headPosition()).toBe(head);
        // the refused ids stay free
        expect(await store.append(id, refused, 0)).toMatchObject({ nextRevision: 2 });
      });

      it('of two writers expecting the same revision, one wins', async () => {
        const id = stream();
        await store.append(id, [newEvent('A')], 'no-stream');

        const outcomes = await Promise.allSettled([
          store.append(id, [newEvent('B')], 0),
          store.append(id, [newEvent('C')], 0),
        ]);

        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        const refused = outcomes.find((outcome) => outcome.status === 'rejected');
        expect((refused as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(id)).toHaveLength(2);
      });
    });

    describe('event ids', () => {
      it('re-appending the same events is a no-op that answers the original result', async () => {
        const id = stream();
        const events = [newEvent('A'), newEvent('B')];
        const original = await store.append(id, events, 'no-stream');
        await store.append(stream(), [newEvent('Other')], 'no-stream');

        const again = await store.append(id, events, 'no-stream');

        expect(again).toEqual(original);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('an event id used in another stream is refused', async () => {
        const event = newEvent('A');
        await store.append(stream(), [event], 'no-stream');
        const head = await store.headPosition();

        const error = await store.append(stream(), [newEvent('B'), event], 'any').catch((e: unknown) => e);

        expect(error).toBeInstanceOf(EventStoreError);
        expect(error).toMatchObject({ code: 'DUPLICATE_EVENT_ID', kind: 'conflict' });
        expect(await store.headPosition()).toBe(head);
      });
    });

    describe('the global log', () => {
      it('reads all events in append order, paged, with gap-free positions', async () => {
        const start = await store.headPosition();
        const [a, b] = [stream(), stream()];
        await store.append(a, [newEvent('A1')], 'no-stream');
        await store.append(b, [newEvent('B1'), newEvent('B2')], 'no-stream');
        await store.append(a, [newEvent('A2')], 0);

        const firstPage = await store.readAll({ after: start, limit: 3 });
        const secondPage = await store.readAll({ after: firstPage[2].position, limit: 3 });

        expect([...firstPage, ...secondPage].map((event) => event.type)).toEqual(['A1', 'B1', 'B2', 'A2']);
        expect([...firstPage, ...secondPage].map((event) => event.position)).toEqual(
          [1, 2, 3, 4].map((n) => start + n),
        );
        expect(await store.headPosition()).toBe(start + 4);
        expect(await store.readAll({ after: start + 4, limit: 10 })).toEqual([]);
      });
    });

    describe('watch', () => {
      /** appends until the watch reports one of them (it may start listening only after a moment) */
      async function appendUntilSeen(seen: (number | undefined)[]): Promise<number> {
        for (let attempt = 0; attempt < 100; attempt++) {
          const { position } = await store.append(stream(), [newEvent('A')], 'no-stream');
          await new Promise((resolve) => setTimeout(resolve, 50));
          if (seen.includes(position)) return position;
        }
        throw new Error(`the watch never reported an append; it saw ${JSON.stringify(seen)}`);
      }

      it('signals each append with the new head, until closed', async () => {
        const seen: (number | undefined)[] = [];
        const watch = store.watch((head) => seen.push(head));
        await appendUntilSeen(seen);

        const { position } = await store.append(stream(), [newEvent('B'), newEvent('C')], 'no-stream');
        await eventually(async () => expect(seen).toContain(position), 5000, 20);

        await watch.close();
        const count = seen.length;
        await store.append(stream(), [newEvent('D')], 'no-stream');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(seen).toHaveLength(count);
      });
    });

    describe('subscribe', () => {
      it('catches up from a checkpoint, then delivers live events, in order', async () => {
        const id = stream();
        await store.append(id, [newEvent('A'), newEvent('B')], 'no-stream');
        const checkpoint = (await store.readStream(id))[0].position;
        const seen = collector();

        const subscription = store.subscribe({ after: checkpoint, handler: seen.handler, batchSize: 1 });
        await seen.until((events) => events.length === 1);
        await store.append(id, [newEvent('C')], 1);
        await seen.until((events) => events.length === 2);
        await subscription.close();

        expect(seen.events.map((event) => event.type)).toEqual(['B', 'C']);
        expect(subscription.position).toBe(seen.events[1].position);
      });

      it('close() waits for the handler in flight and then delivers nothing more', async () => {
        const start = await store.headPosition();
        await store.append(stream(), [newEvent('A'), newEvent('B')], 'no-stream');
        const handled: string[] = [];
        let entered!: () => void;
        const inHandler = new Promise<void>((resolve) => (entered = resolve));
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));

        const subscription = store.subscribe({
          after: start,
          handler: async (event) => {
            entered();
            await released;
            handled.push(event.type);
          },
        });
        await inHandler;
        const closing = subscription.close();
        release();
        await closing;

        expect(handled).toEqual(['A']);
        expect(subscription.position).toBe(start + 1);
      });

      it('stops and reports when the handler throws', async () => {
        const start = await store.headPosition();
        await store.append(stream(), [newEvent('A'), newEvent('B')], 'no-stream');
        const failure = new Error('projection kapot');
        let subscription!: Subscription;
        const reported = new Promise<unknown>((resolve) => {
          subscription = store.subscribe({
            after: start,
            handler: async () => {
              throw failure;
            },
            onError: resolve,
          });
        });

        expect(await reported).toBe(failure);
        expect(subscription.position).toBe(start);
        await subscription.close();
      });
    });
  });
}

/** A valid event with every metadata field filled in; `metadata` overrides the defaults. */
export function newEvent(
  type: string,
  data: Record<string, unknown> = { type },
  metadata: Partial<EventMetadataInput> = {},
): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: { rol: 'raad', id: 'raad-kermt' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      schemaVersion: 2,
      occurredAt: new Date().toISOString(),
      ...metadata,
    },
  };
}

/** Collects delivered events; until() resolves once the condition holds (no timers). */
function collector() {
  const events: RecordedEvent[] = [];
  const waiters: { condition: (events: RecordedEvent[]) => boolean; resolve: () => void }[] = [];
  return {
    events,
    handler: async (event: RecordedEvent) => {
      events.push(event);
      for (const waiter of waiters.filter((w) => w.condition(events))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    },
    until: (condition: (events: RecordedEvent[]) => boolean) =>
      new Promise<void>((resolve) => (condition(events) ? resolve() : waiters.push({ condition, resolve }))),
  };
}
