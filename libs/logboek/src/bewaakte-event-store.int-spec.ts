import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { eventStoreContract } from '@signaalspoor/event-store/testing';
import { createTestDatabase, testServers } from '@signaalspoor/testing';
import { openLogboek } from './open-logboek';

/** The guarded store is an EventStore like any adapter: the same contract, sealing and encrypting underneath. */
describe.each(testServers())('BewaakteEventStore on $name', ({ url }) => {
  eventStoreContract('postgres, sealed and encrypted', async () => {
    const database = await createTestDatabase(url);
    const inner = new PostgresEventStore({ url: database.url, pollIntervalMs: 200 });
    await inner.migrate();
    const logboek = await openLogboek({
      dataDir: mkdtempSync(join(tmpdir(), 'signaalspoor-logboek-')),
      databaseUrl: database.url,
    });
    const store = logboek.bewaak(inner);
    return {
      store,
      cleanup: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
});
