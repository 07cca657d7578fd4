import { createPool, migreer } from '@signaalspoor/database';
import type { EventStore } from '@signaalspoor/event-store';
import { BewaakteEventStore } from './bewaakte-event-store';
import { herverzegelMigratie } from './herverzegeling';
import { PersoonsKeks } from './privacy/kek';
import { PersoonsSleutels } from './privacy/persoons-sleutels';
import { readFile } from 'node:fs/promises';
import { secretInKeyDir } from '@signaalspoor/config';
import { auditSleutels, KEY_FILE, type AuditSleutels } from './sleutels';

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

/** Where the log's secret comes from (see loadAuditSleutels). */
interface SleutelBronnen {
  signingKey?: string;
  signingKeyFile?: string;
  /** SIGNAALSPOOR_KEY_DIR: the person keys' KEK generations, and the log's secret when not configured */
  keyDir: string;
  /** earlier secrets of the log, oldest first: they verify old seals and checkpoints */
  eerdereSleutels?: readonly string[];
  dataDir: string;
  /** log line when a key was moved out of the data dir */
  moved?: (from: string, to: string) => void;
}

/**
 * The log's secret: AUDIT_SIGNING_KEY, or the mounted secret file AUDIT_SIGNING_KEY_FILE, or
 * (outside production; libs/config refuses production without one of the two) the key dir's file,
 * created with a fresh random secret on first start and moved there from a data dir of before the
 * key dir. Never the database's disk: libs/config refuses a key file or key dir inside the data dir.
 * `create: false` (a restore, which must verify with the log's own key): a missing key file is an
 * error instead of a fresh secret.
 */
export async function loadAuditSleutels(
  options: SleutelBronnen & {
    /** false: never make a secret, refuse when there is none */
    create?: boolean;
  },
): Promise<AuditSleutels> {
  if (options.signingKey) return auditSleutels(options.signingKey, options.eerdereSleutels);
  if (options.signingKeyFile) {
    const secret = (
      await readFile(options.signingKeyFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new Error(`AUDIT_SIGNING_KEY_FILE ${options.signingKeyFile}: niet leesbaar (${error.code})`);
      })
    ).trim();
    if (secret.length < 32)
      throw new Error(`${options.signingKeyFile}: de sleutel moet minstens 32 tekens lang zijn`);
    return auditSleutels(secret, options.eerdereSleutels);
  }
  return auditSleutels(await secretInKeyDir({ ...options, name: KEY_FILE }), options.eerdereSleutels);
}

export async function openLogboek(
  options: SleutelBronnen & {
    databaseUrl: string;
    /** what the start found about the person keys (wrapped plain keys, unreadable ones) */
    log?: (line: string) => void;
    /** the person keys' pool: its size and application_name */
    pool?: { max: number; applicationName: string };
  },
): Promise<Logboek> {
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
    bewaak: (store) => new BewaakteEventStore(store, sleutels, personen, () => pool.end()),
    migreer: async (databaseUrl, store) => {
      await migreer(databaseUrl, 'logboek', [herverzegelMigratie(store, sleutels.sleutelId)]);
      await store.laadHerverzegelingen();
    },
  };
}
