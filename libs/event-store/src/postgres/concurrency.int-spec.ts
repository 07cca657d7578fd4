// The proof of the global order: many concurrent writers, some on shared streams (so they conflict and
// retry), and a live subscriber that must see every committed event exactly once, gap-free, in order.
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { newEvent } from '../contract/event-store.contract';
import { WrongExpectedRevisionError } from '../errors';
import type { ExpectedRevision, RecordedEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

const WRITERS = 16;
const APPENDS_PER_WRITER = 1000;
const SHARED_STREAMS = 4;
const OWN_STREAMS = 10;
// one append in ten goes to a shared stream: writers there race and retry on WrongExpectedRevisionError

describe.each(testServers())('PostgresEventStore under concurrent writers on $name', ({ url }) => {
  let database: TestDatabase;
  let store: PostgresEventStore;

  beforeAll(async () => {
    database = await createTestDatabase(url);
    store = new PostgresEventStore({ url: database.url, poolSize: 20 });
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  it(`${WRITERS} writers × ${APPENDS_PER_WRITER} appends: the subscriber sees each committed event once, in order`, async () => {
    const seen: RecordedEvent[] = [];
    let caughtUp: { head: number; resolve: () => void } | undefined;
    const subscription = store.subscribe({
      after: 0,
      handler: async (event) => {
        seen.push(event);
        if (caughtUp && event.position >= caughtUp.head) caughtUp.resolve();
      },
      onError: (error) => {
        throw error;
      },
    });

    const committed = new Map<string, string>(); // event id -> stream id
    let conflicts = 0;
    let appends = 0;
    const writer = async (w: number) => {
      const known = new Map<string, ExpectedRevision>();
      for (let i = 0; i < APPENDS_PER_WRITER; i++) {
        const streamId =
          i % 10 === 0 ? `gedeeld-${(i / 10) % SHARED_STREAMS}` : `eigen-${w}-${i % OWN_STREAMS}`;
        const events = Array.from({ length: i % 3 === 0 ? 2 : 1 }, () => newEvent('Getest', { w, i }));
        for (;;) {
          try {
            const result = await store.append(streamId, events, known.get(streamId) ?? 'no-stream');
            known.set(streamId, result.nextRevision);
            break;
          } catch (error) {
            if (!(error instanceof WrongExpectedRevisionError)) throw error;
            conflicts += 1;
            known.set(streamId, error.actual);
          }
        }
        appends += 1;
        for (const event of events) committed.set(event.id, streamId);
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    const head = await store.headPosition();
    await new Promise<void>((resolve) => {
      if (subscription.position >= head) resolve();
      else caughtUp = { head, resolve };
    });
    await subscription.close();

    expect(appends).toBe(WRITERS * APPENDS_PER_WRITER);
    expect(conflicts).toBeGreaterThan(0);
    expect(head).toBe(committed.size);
    expect(seen).toHaveLength(committed.size);
    expect(seen.every((event, index) => event.position === index + 1)).toBe(true);
    expect(new Set(seen.map((event) => event.id)).size).toBe(seen.length);
    expect(seen.every((event) => committed.get(event.id) === event.streamId)).toBe(true);
    const revisions = new Map<string, number>();
    for (const event of seen) {
      expect(event.revision).toBe((revisions.get(event.streamId) ?? -1) + 1);
      revisions.set(event.streamId, event.revision);
    }
    expect(await store.verifyChain()).toEqual({ ok: true, checked: committed.size });
  }, 600_000); // a limit for a slow machine, not a timed assertion
});
