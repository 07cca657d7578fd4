// Runs only when ESDB_CONNECTION_STRING is set (jest.config.js skips *.esdb.int-spec.ts otherwise),
// e.g. ESDB_CONNECTION_STRING='esdb://localhost:2113?tls=false'. Every test shares that database:
// the contract asserts relative to the head, so earlier runs do not matter.
import { eventStoreContract } from '../contract/event-store.contract';
import { EsdbEventStore } from './esdb-event-store';

const connectionString = process.env.ESDB_CONNECTION_STRING;
if (!connectionString) throw new Error('ESDB_CONNECTION_STRING is not set');

eventStoreContract('eventstoredb', async () => {
  const store = new EsdbEventStore({ connectionString });
  return { store, cleanup: () => store.close() };
});
