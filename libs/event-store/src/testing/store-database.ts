import type { Pool } from 'pg';
import { createPool } from '@signaalspoor/database';
import { createTestDatabase } from '@signaalspoor/testing';
import { PostgresEventStore } from '../postgres/postgres-event-store';

export interface StoreDatabase {
  store: PostgresEventStore;
  pool: Pool;
  /** ends the pool, closes the store and drops the database */
  close(): Promise<void>;
}

/** A fresh database on the server with the event store migrated, and a pool on it for read models. */
export async function storeDatabase(serverUrl: string): Promise<StoreDatabase> {
  const database = await createTestDatabase(serverUrl);
  const store = new PostgresEventStore({ url: database.url });
  await store.migrate();
  const pool = createPool(database.url);
  return {
    store,
    pool,
    close: async () => {
      await pool.end();
      await store.close();
      await database.drop();
    },
  };
}
