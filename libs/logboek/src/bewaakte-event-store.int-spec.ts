import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { eventStoreContract, newEvent } from '@signaalspoor/event-store/testing';
import { createTestDatabase, testKeyDir, testServers } from '@signaalspoor/testing';
import { openLogboek } from './open-logboek';

/** A fresh database with a migrated PostgreSQL store, guarded by a log with its own keys. */
async function bewaakteStore(url: string, options: { pollIntervalMs?: number } = {}) {
  const database = await createTestDatabase(url);
  const inner = new PostgresEventStore({ url: database.url, ...options });
  await inner.migrate();
  const logboek = await openLogboek({
    dataDir: mkdtempSync(join(tmpdir(), 'signaalspoor-logboek-')),
    keyDir: testKeyDir(database.url),
    databaseUrl: database.url,
  });
  return { database, inner, store: logboek.bewaak(inner) };
}

/** The guarded store is an EventStore like any adapter: the same contract, sealing and encrypting underneath. */
describe.each(testServers())('BewaakteEventStore on $name', ({ url }) => {
  eventStoreContract('postgres, sealed and encrypted', async () => {
    const { database, store } = await bewaakteStore(url, { pollIntervalMs: 200 });
    return {
      store,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  });

  it("given an event beyond the head, then a read refuses it (on the caller's session too); a read asks the store once, the head in the same statement", async () => {
    const { database, inner, store } = await bewaakteStore(url);
    const sql = new Client({ connectionString: database.url });
    await sql.connect();
    try {
      const streamId = `signaal-${randomUUID()}`;
      await store.append(
        streamId,
        [newEvent('SignaalIngediend', {}), newEvent('SignaalIngediend', {})],
        'no-stream',
      );
      const heads = jest.spyOn(inner, 'headPosition');
      expect(await store.readAll({ after: 0, limit: 10 })).toHaveLength(2);
      expect(await store.readStream(streamId)).toHaveLength(2);
      expect(heads).not.toHaveBeenCalled();

      // a read handed a session reads in its transaction, checked as any other
      await sql.query('BEGIN; UPDATE log_head SET position = position - 1');
      await expect(store.readAll({ after: 0, limit: 10, session: sql })).rejects.toThrow(/voorbij de kop/);
      await sql.query('ROLLBACK');
      expect(await store.readAll({ after: 0, limit: 10, session: sql })).toHaveLength(2);

      await sql.query('UPDATE log_head SET position = position - 1'); // a head moved back
      await expect(store.readAll({ after: 0, limit: 10 })).rejects.toThrow(/voorbij de kop/);
      await expect(store.readStream(streamId)).rejects.toThrow(/voorbij de kop/);
    } finally {
      await sql.end();
      await store.close();
      await database.drop();
    }
  });
});
