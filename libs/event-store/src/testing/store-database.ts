import type { Pool } from 'pg';
import { createPool, type PoolOptions } from '@signaalspoor/database';
import { createTestDatabase } from '@signaalspoor/testing';
import { PostgresEventStore, type PostgresEventStoreOptions } from '../postgres/postgres-event-store';

export interface StoreDatabase {
  /** the database's address */
  url: string;
  store: PostgresEventStore;
  pool: Pool;
  /** ends the pool, closes the store and drops the database */
  close(): Promise<void>;
}

/**
 * A fresh database on the server with the event store migrated, and a pool on it for read models;
 * `options` for the store and the pool.
 */
export async function storeDatabase(
  serverUrl: string,
  options: { store?: Omit<PostgresEventStoreOptions, 'url'>; pool?: PoolOptions } = {},
): Promise<StoreDatabase> {
  const database = await createTestDatabase(serverUrl);
  const store = new PostgresEventStore({ ...options.store, url: database.url });
  await store.migrate();
  const pool = createPool(database.url, options.pool);
  return {
    url: database.url,
    store,
    pool,
    close: async () => {
      await pool.end();
      await store.close();
      await database.drop();
    },
  };
}
