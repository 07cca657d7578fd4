import { createPool, migreer } from '@signaalspoor/database';
import type { EventStore } from '@signaalspoor/event-store';
import { BewaakteEventStore } from './bewaakte-event-store';
import { herverzegelMigratie } from './herverzegeling';
import { PersoonsSleutels } from './privacy/persoons-sleutels';
import { loadAuditSleutels, type AuditSleutels } from './sleutels';

/** The log's keys and the person keys, for the platform to guard its event store with. */
export interface Logboek {
  sleutels: AuditSleutels;
  personen: PersoonsSleutels;
  /** the store every module uses: sealing and encrypting on append, refusing tampered events on read */
  bewaak(store: EventStore): BewaakteEventStore;
  /**
   * The log's own steps (owner `logboek` in `schema_versies`) on a PostgreSQL store whose tables are
   * migrated: the resealing of events from before the seals. Then the guard reads the resealings.
   */
  migreer(databaseUrl: string, store: BewaakteEventStore): Promise<void>;
}

export const LOGBOEK = Symbol('LOGBOEK');

export async function openLogboek(options: {
  signingKey?: string;
  /** earlier secrets of the log, oldest first: they verify old seals and checkpoints */
  eerdereSleutels?: readonly string[];
  dataDir: string;
  databaseUrl: string;
  /** the person keys' pool: its size and application_name */
  pool?: { max: number; applicationName: string };
}): Promise<Logboek> {
  const sleutels = await loadAuditSleutels(options);
  const pool = createPool(
    options.databaseUrl,
    options.pool ?? { max: 5, applicationName: 'signaalspoor-privacy' },
  );
  const personen = new PersoonsSleutels(pool, sleutels.pepper);
  await personen.migrate();
  return {
    sleutels,
    personen,
    bewaak: (store) => new BewaakteEventStore(store, sleutels, personen, () => pool.end()),
    migreer: async (databaseUrl, store) => {
      await migreer(databaseUrl, 'logboek', [herverzegelMigratie(store, sleutels.sleutelId)]);
      await store.laadHerverzegelingen();
    },
  };
}
