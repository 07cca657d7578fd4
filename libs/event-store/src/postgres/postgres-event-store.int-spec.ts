import { Client } from 'pg';
import { createTestDatabase, testServers } from '@signaalspoor/testing';
import { eventStoreContract, newEvent } from '../contract/event-store.contract';
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
