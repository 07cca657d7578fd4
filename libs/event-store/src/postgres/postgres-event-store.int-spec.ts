import { type AddressInfo, createServer, connect, type Socket } from 'node:net';
import { Client } from 'pg';
import { testServers } from '@signaalspoor/testing';
import { eventStoreContract, newEvent } from '../contract/event-store.contract';
import { WrongExpectedRevisionError } from '../errors';
import { storeDatabase } from '../testing/store-database';
import { PostgresEventStore } from './postgres-event-store';

async function freshStore(serverUrl: string) {
  const database = await storeDatabase(serverUrl, { store: { pollIntervalMs: 200 } });
  return { ...database, cleanup: database.close };
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

      await sql(fixture.url, `UPDATE events SET data = data || '{"bedrag": 13}' WHERE position = 2`);

      expect(await fixture.store.verifyChain()).toEqual({ ok: false, checked: 1, firstBrokenPosition: 2 });
      expect(await fixture.store.verifyChain({ from: 3 })).toEqual({ ok: true, checked: 1 });
    });

    // The database chains the hashes (signaalspoor_append); verifyChain recomputes them in JS.
    it('the chain the database computes matches the JS formula for awkward text, keys and numbers', async () => {
      const awkward = {
        zeta: [1, 2.5, -0, 1e21, 1e-7, 9007199254740991],
        Äpfel: { b: 'é ü 漢字 😀 "aanhalingstekens" \\ \n\t \u0001 </script> \u2028', a: null },
        '': true,
      };
      const strange = newEvent('Geüpdatet "type" \\', awkward);
      strange.metadata = { ...strange.metadata, actor: { rol: 'raad', id: 'rä\u00e9 "x"' } };

      await fixture.store.append('signaal-"ü"-\\-😀', [strange, event('B')], 'no-stream');
      await fixture.store.append('signaal-2', [event('C')], 'no-stream');

      expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 3 });
    });

    it('a removed last event breaks the chain', async () => {
      await fixture.store.append('signaal-1', [event('A'), event('B')], 'no-stream');

      await sql(fixture.url, 'DELETE FROM events WHERE position = 2');

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

    describe('an append whose data has no JSON form', () => {
      it('is refused before it is queued, alone, and writes nothing', async () => {
        const [before, refused, after] = await Promise.allSettled([
          fixture.store.append('signaal-1', [event('A')], 'no-stream'),
          fixture.store.append('signaal-2', [event('B'), newEvent('C', { n: 10n })], 'no-stream'),
          fixture.store.append('signaal-3', [event('D')], 'no-stream'),
        ]);

        expect(refused).toMatchObject({ status: 'rejected', reason: expect.any(TypeError) });
        expect((refused as PromiseRejectedResult).reason.message).toMatch(
          /^Event 1 \(C\) voor stream signaal-2 is niet als JSON te bewaren: .*BigInt/,
        );
        expect([before, after]).toEqual([
          { status: 'fulfilled', value: { nextRevision: 0, position: 1 } },
          { status: 'fulfilled', value: { nextRevision: 0, position: 2 } },
        ]);
        expect(await fixture.store.append('signaal-4', [event('E')], 'no-stream')).toEqual({
          nextRevision: 0,
          position: 3,
        });
        expect(await fixture.store.readStream('signaal-2')).toEqual([]);
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 3 });
      });

      it('is stored as it was when append() was called: a change while it is queued is neither stored nor refused', async () => {
        const changed = event('C');
        const appends = Promise.allSettled([
          fixture.store.append('signaal-1', [event('A')], 'no-stream'),
          fixture.store.append('signaal-2', [event('B'), changed], 'no-stream'),
          fixture.store.append('signaal-3', [event('D')], 'no-stream'),
        ]);
        changed.data.n = 10n;
        const results = await appends;

        expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
        expect(await fixture.store.headPosition()).toBe(4);
        expect((await fixture.store.readStream('signaal-2'))[1]?.data).toEqual({ type: 'C', bedrag: 12.5 });
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 4 });
      });
    });

    // The store under test talks to PostgreSQL through a proxy that cuts its connection at an append's commit.
    describe('a connection lost at the commit of an append', () => {
      let proxy: Awaited<ReturnType<typeof commitCutter>>;
      let store: PostgresEventStore;

      beforeEach(async () => {
        proxy = await commitCutter(fixture.url);
        store = new PostgresEventStore({ url: proxy.url });
      });

      afterEach(async () => {
        await store.close();
        await proxy.close();
      });

      const batch = () => [[event('A'), event('B')], [event('C')]] as const;
      const appendBatch = ([first, second]: ReturnType<typeof batch>) =>
        Promise.allSettled([
          store.append('signaal-1', [...first], 'no-stream'),
          store.append('signaal-2', [...second], 'no-stream'),
        ]);
      const results = [
        { status: 'fulfilled', value: { nextRevision: 1, position: 2 } },
        { status: 'fulfilled', value: { nextRevision: 0, position: 3 } },
      ];

      it('after the server committed: every caller gets its result', async () => {
        proxy.cutAtNextCommit('after');

        expect(await appendBatch(batch())).toEqual(results);
        expect(await fixture.store.headPosition()).toBe(3);
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 3 });
      });

      it('before the server got it: every caller gets EVENT_STORE_UNAVAILABLE, and nothing was written', async () => {
        const events = batch();
        proxy.cutAtNextCommit('before');

        const outcomes = await appendBatch(events);

        for (const outcome of outcomes) {
          expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'EVENT_STORE_UNAVAILABLE' } });
          expect((outcome as PromiseRejectedResult).reason.message).not.toMatch(/onbekend/);
        }
        expect(await fixture.store.headPosition()).toBe(0);
        expect(await appendBatch(events)).toEqual(results);
      });

      it('when the check fails too: EVENT_STORE_UNAVAILABLE says the outcome is unknown, and a retry is safe', async () => {
        const events = batch();
        proxy.cutAtNextCommit('after', { thenRefuse: true });

        const outcomes = await appendBatch(events);

        for (const outcome of outcomes) {
          expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'EVENT_STORE_UNAVAILABLE' } });
          expect((outcome as PromiseRejectedResult).reason.message).toMatch(/onbekend/);
        }
        proxy.refuse(false);
        expect(await appendBatch(events)).toEqual(results);
        expect(await fixture.store.verifyChain()).toEqual({ ok: true, checked: 3 });
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

/** An append is one statement, committed on its own: its Parse and Bind messages name the function. */
const APPEND_MESSAGE = Buffer.from('signaalspoor_append', 'latin1');

/**
 * A TCP proxy to the PostgreSQL server of `target` that can cut one connection at its next append
 * (its commit): 'before' the server gets it or 'after' the server committed (the reply is lost).
 * With thenRefuse it then refuses new connections until refuse(false).
 */
async function commitCutter(target: string) {
  const url = new URL(target);
  const upstreamAt = { port: Number(url.port || 5432), host: url.hostname };
  let cut: { when: 'before' | 'after'; thenRefuse: boolean } | undefined;
  let refusing = false;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    if (refusing) return void client.destroy();
    const upstream = connect(upstreamAt);
    sockets.add(client).add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) socket.on('error', close).on('close', close);
    let replyLost = false;
    client.on('data', (chunk) => {
      if (cut && chunk.includes(APPEND_MESSAGE)) {
        const { when, thenRefuse } = cut;
        cut = undefined;
        refusing = thenRefuse;
        if (when === 'before') return close();
        replyLost = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => (replyLost ? close() : client.write(chunk)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url.host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: url.toString(),
    cutAtNextCommit: (when: 'before' | 'after', options: { thenRefuse?: boolean } = {}) => {
      cut = { when, thenRefuse: options.thenRefuse ?? false };
    },
    refuse: (value: boolean) => {
      refusing = value;
    },
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
