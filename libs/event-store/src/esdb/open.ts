import type { EventStore } from '../event-store.port';
import type { EsdbEventStoreOptions } from './esdb-event-store';

/**
 * The EventStoreDB store. Its gRPC client takes about a second to load: it is loaded only when a
 * process uses EventStoreDB (ESDB_CONNECTION_STRING), not by every process that could.
 */
export async function openEsdbEventStore(options: EsdbEventStoreOptions): Promise<EventStore> {
  const { EsdbEventStore } = await import('./esdb-event-store');
  return new EsdbEventStore(options);
}
