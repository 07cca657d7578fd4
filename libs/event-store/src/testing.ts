// The test entry of the event store (`@signaalspoor/event-store/testing`): the contract suite every
// adapter runs, and its event builder. Never imported by production code (eslint enforces it).
export { eventStoreContract, newEvent } from './contract/event-store.contract';
export type { ContractStore } from './contract/event-store.contract';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { storeDatabase, type StoreDatabase } from './testing/store-database';
