import { createPool } from '@signaalspoor/database';
import type { EventStore } from '@signaalspoor/event-store';
import { BewaakteEventStore } from './bewaakte-event-store';
import { PersoonsKeks } from './privacy/kek';
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
  /** SIGNAALSPOOR_KEY_DIR: the person keys' KEK generations */
  keyDir: string;
  databaseUrl: string;
  /** what the start found about the person keys (wrapped plain keys, unreadable ones) */
  log?: (line: string) => void;
  /** the person keys' pool: its size and application_name */
  pool?: { max: number; applicationName: string };
}): Promise<Logboek> {
  const sleutels = await loadAuditSleutels(options);
  const pool = createPool(
    options.databaseUrl,
    options.pool ?? { max: 5, applicationName: 'signaalspoor-privacy' },
  );
  const personen = new PersoonsSleutels(
    pool,
    sleutels.pepper,
    new PersoonsKeks(options.keyDir, sleutels.kekSalt),
  );
  const start = await personen.migrate().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  if (start.gewikkeld > 0) {
    options.log?.(
      `${start.gewikkeld} persoonssleutels uit een oudere versie nu versleuteld met KEK-generatie ${start.generatie}; ` +
        'de WAL en backups van vóór deze start bevatten ze nog onversleuteld (zie docs/operations.md, Erasure)',
    );
  }
  if (start.onleesbaar > 0) {
    options.log?.(
      `${start.onleesbaar} persoonssleutels zijn versleuteld met een vernietigde KEK-generatie (een backup van vóór een vergeet-verzoek?): die persoonsgegevens zijn onleesbaar`,
    );
  }
  return {
    sleutels,
    personen,
    bewaak: (store) => new BewaakteEventStore(store, sleutels.macKey, personen, () => pool.end()),
  };
}
