import { Client } from 'pg';
import { createTestDatabase, testServers } from '@signaalspoor/testing';
import { eventStoreContract, newEvent } from '../contract/event-store.contract';
import { WrongExpectedRevisionError } from '../errors';
import { PostgresEventStore } from './postgres-event-store';

async function freshStore(serverUrl: string) {
  const database = await createTestDatabase(serverUrl);
  const store = new PostgresEventStore({ url: database.url, pollIntervalMs: 200 });
  await store.migrate();
  return {
    store,
    database,
    cleanup: async () => {
      await store.close();
      await database.drop();
    },
  };
}

describe.each(testServers())('PostgresEventStore on $name', ({ url }) => {
  eventStoreContract('postgres', () => freshStore(url));

  describe('beyond the contract', () => {
    let fixture: Awaited<ReturnType<typeof freshStore>>;

    beforeEach(async () => {
      fixture = await freshStore(url);
    });

    afterEach(() => fixture.cleanup());

    const event = (type: string) => newEvent(type, { type, bedrag: 12.5 });

    it('the head of an empty log is 0, and migrate() can run again', async () => {
      await fixture.store.migrate();

      expect(await fixture.store.headPosition()).toBe(0);
    });

    it('the hash chain verifies, and an edited event breaks it at that position', async () => {
      await fixture.store.append('signaal-1', [event('A'), event('B')], 'no-stream');
      await fixture.store.append('signaal-2', [event('C')], 'no-stream');
      expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 3 });

      await sql(fixture.database.url, `UPDATE events SET data = data || '{"bedrag": 13}' WHERE position = 2`);

      expect(await fixture.store.verifyChain()).toEqual({ ok: false, checked: 1, firstBrokenPosition: 2 });
      expect(await fixture.store.verifyChain({ from: 3 })).toEqual({ ok: true, checked: 1 });
    });

    it('a removed last event breaks the chain', async () => {
      await fixture.store.append('signaal-1', [event('A'), event('B')], 'no-stream');

      await sql(fixture.database.url, 'DELETE FROM events WHERE position = 2');

      expect(await fixture.store.verifyChain()).toMatchObject({ ok: false, firstBrokenPosition: 2 });
    });

    it('recordedAt keeps microseconds and round-trips', async () => {
      await fixture.store.append('signaal-1', [event('A')], 'no-stream');

      const [recorded] = await fixture.store.readStream('signaal-1');

      expect(recorded.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    });

    // Appends started in the same turn of the event loop are committed as one batch (group commit);
    // one recordedAt for all their events shows they shared the transaction.
    describe('group commit', () => {
      const recordedAts = async () =>
        new Set((await fixture.store.readAll({ after: 0, limit: 100 })).map((event) => event.recordedAt));

      it('a conflicting append in a batch is refused, the others are written', async () => {
        await fixture.store.append('signaal-1', [event('A')], 'no-stream');

        const [before, conflict, after] = await Promise.allSettled([
          fixture.store.append('signaal-2', [event('B')], 'no-stream'),
          fixture.store.append('signaal-1', [event('X')], 5),
          fixture.store.append('signaal-3', [event('C'), event('D')], 'no-stream'),
        ]);

        expect(before).toEqual({ status: 'fulfilled', value: { nextRevision: 0, position: 2 } });
        expect(conflict).toMatchObject({ status: 'rejected', reason: { streamId: 'signaal-1', actual: 0 } });
        expect((conflict as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevisionError);
        expect(after).toEqual({ status: 'fulfilled', value: { nextRevision: 1, position: 4 } });
        const log = await fixture.store.readAll({ after: 1, limit: 10 });
        expect(log.map((e) => [e.position, e.streamId, e.type])).toEqual([
          [2, 'signaal-2', 'B'],
          [3, 'signaal-3', 'C'],
          [4, 'signaal-3', 'D'],
        ]);
        expect(new Set(log.map((e) => e.recordedAt)).size).toBe(1);
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 4 });
      });

      it('two appends to one stream in a batch, with consecutive expected revisions, both succeed', async () => {
        const results = await Promise.all([
          fixture.store.append('signaal-1', [event('A')], 'no-stream'),
          fixture.store.append('signaal-1', [event('B'), event('C')], 0),
          fixture.store.append('signaal-1', [event('D')], 2),
        ]);

        expect(results).toEqual([
          { nextRevision: 0, position: 1 },
          { nextRevision: 2, position: 3 },
          { nextRevision: 3, position: 4 },
        ]);
        const read = await fixture.store.readStream('signaal-1');
        expect(read.map((e) => [e.revision, e.type])).toEqual([
          [0, 'A'],
          [1, 'B'],
          [2, 'C'],
          [3, 'D'],
        ]);
        expect((await recordedAts()).size).toBe(1);
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 4 });
      });

      it('a replay of the same ids in the batch answers the original result; reuse elsewhere is refused', async () => {
        const events = [event('A'), event('B')];

        const [original, replay, elsewhere] = await Promise.allSettled([
          fixture.store.append('signaal-1', events, 'no-stream'),
          fixture.store.append('signaal-1', events, 'no-stream'),
          fixture.store.append('signaal-2', [events[0]], 'no-stream'),
        ]);

        expect(original).toEqual({ status: 'fulfilled', value: { nextRevision: 1, position: 2 } });
        expect(replay).toEqual(original);
        expect(elsewhere).toMatchObject({ status: 'rejected', reason: { code: 'DUPLICATE_EVENT_ID' } });
        expect(await fixture.store.headPosition()).toBe(2);
      });

      it('an append the database refuses fails alone; the rest of its batch is written', async () => {
        const [refused, written] = await Promise.allSettled([
          fixture.store.append('signaal-1', [{ ...event('A'), id: 'geen-uuid' }], 'no-stream'),
          fixture.store.append('signaal-2', [event('B')], 'no-stream'),
        ]);

        expect(refused).toMatchObject({ status: 'rejected', reason: { code: '22P02' } });
        expect(written).toEqual({ status: 'fulfilled', value: { nextRevision: 0, position: 1 } });
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 1 });
      });
    });
  });
});

async function sql(url: string, text: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
