import { createPool } from '@signaalspoor/database';
import type { EventStore } from '@signaalspoor/event-store';
import { BewaakteEventStore } from './bewaakte-event-store';
import { PersoonsSleutels } from './privacy/persoons-sleutels';
import { loadAuditSleutels, type AuditSleutels } from './sleutels';

/** The log's keys and the person keys, for the platform to guard its event store with. */
export interface Logboek {
  sleutels: AuditSleutels;
  personen: PersoonsSleutels;
  /** the store every module uses: sealing and encrypting on append, refusing tampered events on read */
  bewaak(store: EventStore): EventStore;
}

export const LOGBOEK = Symbol('LOGBOEK');

export async function openLogboek(options: {
  signingKey?: string;
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
    bewaak: (store) => new BewaakteEventStore(store, sleutels.macKey, personen, () => pool.end()),
  };
}
