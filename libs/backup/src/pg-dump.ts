// Backup and restore of a server given by DATABASE_URL: pg_dump and pg_restore of the server's own
// major version (an older pg_dump refuses a newer server; a newer one may write what the server's
// pg_restore cannot read), from the Debian/Ubuntu layout /usr/lib/postgresql/<major>/bin.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseUrl } from '@signaalspoor/database';
import { Client } from 'pg';
import { BackupFout } from './backup.errors';
import { voerUit } from './bestanden';
import type { Manifest } from './embedded';

const BIN = (major: number) => `/usr/lib/postgresql/${major}/bin`;

async function opServer<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The dir with pg_dump and pg_restore of the server's major version, or a refusal naming it. */
async function gereedschap(url: string): Promise<{ major: number; bin: string }> {
  // the server's maintenance database: the app's may not exist (a restore after losing it)
  const major = await opServer(databaseUrl(url, 'postgres'), async (client) =>
    Math.floor(
      Number(
        (await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`)).rows[0].v,
      ) / 10000,
    ),
  );
  const bin = BIN(major);
  for (const tool of ['pg_dump', 'pg_restore']) {
    await access(join(bin, tool)).catch(() => {
      throw new BackupFout(
        'GEEN_PASSENDE_VERSIE',
        `De server draait PostgreSQL ${major}, maar ${join(bin, tool)} bestaat niet: installeer de client van versie ${major} ` +
          `(bv. apt-get install postgresql-client-${major}); een andere versie maakt geen betrouwbare backup.`,
      );
    });
  }
  return { major, bin };
}

/** The URL without its password, which goes through the environment instead of the process list. */
function zonderWachtwoord(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

export async function pgDumpBackup(url: string, file: string): Promise<Manifest> {
  const { major, bin } = await gereedschap(url);
  const { dbname, env } = zonderWachtwoord(url);
  await voerUit(
    join(bin, 'pg_dump'),
    ['--format=custom', '--no-owner', '--no-privileges', '--file', file, '--dbname', dbname],
    env,
  );
  return { soort: 'pg_dump', postgres: major, gemaakt: new Date().toISOString() };
}

/**
 * Restores into a new database beside the configured one, lets `controleer` verify it, and only then
 * swaps the names; the database it replaces is kept as `<name>_voor_herstel_<time>`. Refuses while
 * anyone is connected to the configured database (the app).
 */
export async function pgDumpHerstel<T extends { intact: boolean }>(
  url: string,
  file: string,
  controleer: (url: string) => Promise<T>,
): Promise<T & { vervangen?: string }> {
  const header = await readFile(file).then((bytes) => bytes.subarray(0, 5).toString('latin1'));
  if (header !== 'PGDMP') {
    throw new BackupFout(
      'GEEN_BACKUP',
      `${file} is geen backup van pg_dump (npm run backup met DATABASE_URL).`,
    );
  }
  const { bin } = await gereedschap(url);
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').toLowerCase();
  const staging = `${name}_herstel_${stamp}`;
  const beheer = databaseUrl(url, 'postgres');
  await opServer(beheer, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (Number(rows[0].n) > 0) {
      throw new BackupFout(
        'BACKUP_GEWEIGERD',
        `Er zijn nog ${rows[0].n} verbindingen met database ${name}: stop de app eerst, een herstel vervangt de hele database.`,
      );
    }
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(staging)}`);
  });
  const drop = () =>
    opServer(beheer, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(staging)} WITH (FORCE)`),
    );
  let result: T;
  try {
    const { dbname, env } = zonderWachtwoord(databaseUrl(url, staging));
    await voerUit(
      join(bin, 'pg_restore'),
      ['--exit-on-error', '--no-owner', '--no-privileges', '--dbname', dbname, file],
      env,
    );
    result = await controleer(databaseUrl(url, staging));
  } catch (error) {
    await drop();
    throw error;
  }
  if (!result.intact) {
    await drop();
    return result;
  }
  const vervangen = `${name}_voor_herstel_${stamp}`;
  await opServer(beheer, async (client) => {
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
    if (exists)
      await client.query(
        `ALTER DATABASE ${client.escapeIdentifier(name)} RENAME TO ${client.escapeIdentifier(vervangen)}`,
      );
    await client.query(
      `ALTER DATABASE ${client.escapeIdentifier(staging)} RENAME TO ${client.escapeIdentifier(name)}`,
    );
  });
  return { ...result, vervangen };
}
