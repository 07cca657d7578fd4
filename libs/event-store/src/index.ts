export * from './event-store.port';
export * from './errors';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { canonicalJson } from './postgres/canonical-json';
export { EVENT_COLUMNS, GENESIS_HASH } from './postgres/schema';
export { chainHash, toRecorded, type EventRow } from './postgres/chain';
export type { ChainVerification, PostgresEventStoreOptions } from './postgres/postgres-event-store';
export type { EsdbEventStoreOptions } from './esdb/esdb-event-store';
export { openEsdbEventStore } from './esdb/open';
