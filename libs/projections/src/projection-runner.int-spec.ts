import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { PostgresEventStore, type RecordedEvent } from '@signaalspoor/event-store';
import { newEvent, storeDatabase, type StoreDatabase } from '@signaalspoor/event-store/testing';
import { eventually, testServers } from '@signaalspoor/testing';
import type { Projection } from './projection';
import { ProjectionRunner, sharedRunner } from './projection-runner';

/** Remembers, in memory, the positions of every batch it applied. */
function recording(name: string): Projection & { batches: number[][] } {
  const batches: number[][] = [];
  return {
    name,
    version: 1,
    batches,
    follows: () => true,
    appliedRevisions: async () => new Map(),
    migrate: async () => undefined,
    reset: async () => void batches.splice(0),
    applyBatch: async (_client, events: readonly RecordedEvent[]) =>
      void batches.push(events.map((event) => event.position)),
  };
}

describe.each(testServers())('Projections sharing a runner, on $name PostgreSQL', ({ url: serverUrl }) => {
  let database: StoreDatabase;
  let store: PostgresEventStore;
  let pool: Pool;

  beforeAll(async () => {
    database = await storeDatabase(serverUrl);
    ({ store, pool } = database);
  });

  afterAll(async () => {
    await database.close();
  });

  const append = async () =>
    (await store.append(`signaal-${randomUUID()}`, [newEvent('SignaalIngediend', {})], 'no-stream')).position;

  it('given two projections on the process runner, then a batch is one transaction for both, and a rebuild of one replays the log for that one only', async () => {
    const runner = sharedRunner(store, pool, { pollIntervalMs: 50 });
    expect(sharedRunner(store, pool)).toBe(runner);
    const view = recording('view');
    const outbox = recording('outbox');
    await runner.add(view);
    await runner.add(outbox);
    try {
      await append();
      await runner.waitFor(await append(), 5000);
      const connects = jest.spyOn(pool, 'connect');
      const reads = jest.spyOn(store, 'readAll');
      const last = await append();
      expect(await runner.waitFor(last, 5000)).toBe(true);
      // one transaction per read of the log (an empty one too), for both projections
      expect(connects).toHaveBeenCalledTimes(reads.mock.calls.length);
      connects.mockRestore();
      reads.mockRestore();
      expect(view.batches.flat()).toEqual(outbox.batches.flat());

      const applied = outbox.batches.flat();
      await runner.rebuild('view');
      expect(await runner.waitFor(last, 5000, 'view')).toBe(true);
      expect(view.batches.flat()).toEqual(applied);
      expect(outbox.batches.flat()).toEqual(applied); // nothing twice
    } finally {
      await runner.remove('view');
      await runner.remove('outbox');
    }
  });

  it('given a runner, then a batch is one transaction: it reads the log on its own client, between BEGIN and COMMIT', async () => {
    const runner = new ProjectionRunner(store, pool, [], { pollIntervalMs: 50 });
    const view = recording('een-transactie');
    await runner.add(view);
    try {
      await runner.waitFor(await append(), 5000);
      // the statements of the runner's clients while it applies one batch
      const statements: string[] = [];
      const clients: PoolClient[] = [];
      const spies = new Map<PoolClient, jest.SpyInstance>();
      const acquired = (client: PoolClient) => {
        clients.push(client);
        if (spies.has(client)) return;
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
        const spy = jest.spyOn(client, 'query').mockImplementation(((...args: unknown[]) => {
          const [statement] = args as [string | { text: string }];
          statements.push(
            (typeof statement === 'string' ? statement : statement.text).replace(/\s+/g, ' ').trim(),
          );
          return query(...args);
        }) as never);
        spies.set(client, spy);
      };
      pool.on('acquire', acquired);
      const reads = jest.spyOn(store, 'readAll');
      const last = await append();
      expect(await runner.waitFor(last, 5000)).toBe(true);
      pool.off('acquire', acquired);
      spies.forEach((spy) => spy.mockRestore());
      expect(view.batches.flat()).toContain(last);
      // every read of the log on the client its batch's transaction was on
      expect(reads.mock.calls.map(([options]) => options.session === clients.shift())).not.toContain(false);
      expect(clients).toEqual([]);
      reads.mockRestore();
      const read = statements.findIndex((text) => text.includes('FROM events'));
      expect(read).toBeGreaterThan(statements.findIndex((text) => text.startsWith('BEGIN')));
      expect(statements.map((text) => text.endsWith('COMMIT')).lastIndexOf(true)).toBeGreaterThan(read);
    } finally {
      await runner.remove('een-transactie');
    }
  });

  it('given an idle runner, then its fallback poll reads the head and takes no lock until the log grows', async () => {
    // the store's signal is lost: only the fallback poll (every 100 ms) can find the append
    const watch = jest.spyOn(store, 'watch').mockReturnValue({ close: async () => undefined });
    const runner = new ProjectionRunner(store, pool, [], { pollIntervalMs: 100 });
    const view = recording('stil');
    await runner.add(view);
    try {
      expect(await runner.waitFor(await append(), 5000)).toBe(true);
      const connects = jest.spyOn(pool, 'connect');
      const heads = jest.spyOn(store, 'headPosition');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      // about ten polls: each a look at the head, and one batch (a transaction) at the tenth
      expect(heads.mock.calls.length).toBeGreaterThanOrEqual(5);
      expect(connects.mock.calls.length).toBeLessThanOrEqual(2);
      // just after a batch, an append is found by the next look at the head, before the next batch is due
      const batches = connects.mock.calls.length;
      await eventually(async () => expect(connects.mock.calls.length).toBeGreaterThan(batches), 3000, 10);
      connects.mockRestore();
      heads.mockRestore();
      expect(await runner.waitFor(await append(), 600)).toBe(true);
    } finally {
      watch.mockRestore();
      await runner.remove('stil');
    }
  });

  it('given a listener, then it hears every event once, each batch after it committed, and nothing of a batch that failed', async () => {
    const quiet = { log: () => undefined, error: () => undefined };
    const runner = new ProjectionRunner(store, pool, [], {
      pollIntervalMs: 50,
      retryInitialMs: 10,
      logger: quiet,
    });
    const view = recording('gehoord');
    let failures = 1;
    const failing: Projection = {
      ...view,
      applyBatch: async (client, events) => {
        if (failures-- > 0) throw new Error('eens');
        return view.applyBatch(client, events);
      },
    };
    const heard: number[] = [];
    const committed: boolean[] = [];
    const stop = runner.onCommitted((events) => {
      heard.push(...events.map((event) => event.position));
      committed.push(runner.checkpointOf('gehoord') === events.at(-1)!.position);
    });
    await append();
    await runner.add(failing);
    try {
      const last = await append();
      expect(await runner.waitFor(last, 5000)).toBe(true);
      expect(heard).toEqual(view.batches.flat());
      expect(heard).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      expect(committed.every(Boolean)).toBe(true);
      stop();
      expect(await runner.waitFor(await append(), 5000)).toBe(true);
      expect(heard).toHaveLength(last);
    } finally {
      await runner.remove('gehoord');
    }
  });
});
