import { rename, stat } from 'node:fs/promises';
import type { Config } from '@signaalspoor/config';
import { createPool } from '@signaalspoor/database';
import {
  CheckpointFile,
  loadAuditSleutels,
  PersoonsKeks,
  type Verificatie,
  verifieerOpgeslagen,
} from '@signaalspoor/logboek';
import { BackupFout } from './backup.errors';
import { embeddedBackup, embeddedHerstel, type Manifest } from './embedded';
import { pgDumpBackup, pgDumpHerstel } from './pg-dump';

/** What a restore found in the restored database before it put it in place. */
export interface Herstel extends Verificatie {
  /** persons whose key is wrapped by a KEK generation destroyed since the backup: their data is unreadable */
  onleesbarePersonen: number;
  /** where the database it replaced is kept (a dir beside the cluster, or a database name) */
  vervangen?: string;
  /** where the checkpoint file went when the loss of later events was accepted */
  checkpointsApart?: string;
}

/**
 * A consistent backup of the database, with tools of the server's own major version: of the embedded
 * server a hot physical copy (its package ships no pg_dump), of DATABASE_URL a pg_dump. Neither holds
 * the log's key nor the person keys' KEK: both live outside the database, the operator backs up the
 * key dir separately.
 */
export async function maakBackup(config: Config, file: string): Promise<Manifest> {
  if (await stat(file).catch(() => undefined)) {
    throw new BackupFout(
      'BACKUP_GEWEIGERD',
      `${file} bestaat al: kies een nieuwe naam, een backup overschrijft niets.`,
    );
  }
  return config.databaseUrl ? pgDumpBackup(config.databaseUrl, file) : embeddedBackup(config.dataDir, file);
}

/**
 * Restores a backup and verifies its log (positions, chain, every seal, the checkpoints of the data
 * dir) before it replaces the database; a log that does not verify is refused and nothing changes.
 * `aanvaardVerlies`: the checkpoints show events the backup lacks (a backup older than the last
 * checkpoint), and the operator accepts losing them: verified without the checkpoints, whose file is
 * then set aside.
 */
export async function herstelBackup(
  config: Config,
  file: string,
  options: { aanvaardVerlies?: boolean } = {},
): Promise<Herstel> {
  if (!(await stat(file).catch(() => undefined))) {
    throw new BackupFout('GEEN_BACKUP', `${file} bestaat niet.`);
  }
  const sleutels = await loadAuditSleutels({
    signingKey: config.audit.signingKey,
    signingKeyFile: config.audit.signingKeyFile,
    keyDir: config.keyDir,
    eerdereSleutels: config.audit.previousSigningKeys,
    dataDir: config.dataDir,
    create: false,
  });
  const checkpoints = new CheckpointFile(config.checkpointDir);
  const keks = new PersoonsKeks(config.keyDir, sleutels.kekSalt);
  const controleer = async (url: string) => {
    const pool = createPool(url, { max: 2, applicationName: 'signaalspoor-herstel' });
    try {
      const verificatie = await verifieerOpgeslagen(pool, {
        macKey: sleutels,
        checkpoints: options.aanvaardVerlies ? [] : await checkpoints.read(),
        publicKey: sleutels.publicKeyPem,
        eerderePubliekeSleutels: sleutels.eerdere.map((eerder) => eerder.publicKeyPem),
      }).catch((error: { code?: string }) => {
        if (error.code !== '42P01') throw error;
        throw new BackupFout(
          'GEEN_BACKUP',
          `${file} bevat geen logboek van Signaalspoor (geen tabel events).`,
        );
      });
      return { ...verificatie, onleesbarePersonen: await onleesbarePersonen(pool, keks) };
    } finally {
      await pool.end();
    }
  };
  const result = config.databaseUrl
    ? await pgDumpHerstel(config.databaseUrl, file, controleer)
    : await embeddedHerstel(config.dataDir, file, controleer);
  if (!result.intact || !options.aanvaardVerlies) return result;
  const checkpointsApart = `${checkpoints.path}.voor-herstel-${Date.now()}`;
  await rename(checkpoints.path, checkpointsApart).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  return { ...result, checkpointsApart };
}

/** Person keys whose KEK generation has no file in the key dir (destroyed by an erasure after the backup). */
async function onleesbarePersonen(pool: ReturnType<typeof createPool>, keks: PersoonsKeks): Promise<number> {
  const { rows } = await pool
    .query<{ installatie: string }>('SELECT installatie FROM privacy.kek')
    .then(async ({ rows: [kek] }) => {
      const present = await keks.voor(kek.installatie).generaties();
      return pool.query<{ n: string }>(
        'SELECT count(*) AS n FROM privacy.persoonssleutels WHERE kek_generatie IS NOT NULL AND kek_generatie <> ALL($1::int[])',
        [present],
      );
    })
    .catch((error: { code?: string }) => {
      // a backup from before person keys were wrapped
      if (error.code === '42P01') return { rows: [{ n: '0' }] };
      throw error;
    });
  return Number(rows[0].n);
}
