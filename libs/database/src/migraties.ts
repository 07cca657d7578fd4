import { Fout, foutKlasse } from '@signaalspoor/domain';
import { Client, type ClientBase, type Pool } from 'pg';
import { clientConfig, type DatabaseTimeouts } from './pool';

/**
 * One step of a schema owner's ordered list. A step runs once per database, in its own transaction,
 * together with the row that records it, so a step either happened and is recorded or did neither.
 * `sql` for plain DDL; `run` for a step that needs code (the log's resealing needs the key).
 */
export interface Migratie {
  versie: number;
  naam: string;
  sql?: string;
  run?: (client: ClientBase) => Promise<void>;
}

export const DATABASE_FOUTEN = {
  SCHEMA_TE_NIEUW: 'unavailable',
  MIGRATIE_MISLUKT: 'unavailable',
} as const;

/** The database cannot be used by this version of the code: stops start-up with what to do. */
export class DatabaseFout extends foutKlasse(DATABASE_FOUTEN) {}

/** The one table that says which steps of which owner a database has had: its schema version. */
export const SCHEMA_VERSIES = `
CREATE TABLE IF NOT EXISTS public.schema_versies (
  eigenaar   text        NOT NULL,
  versie     integer     NOT NULL,
  naam       text        NOT NULL,
  uitgevoerd timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (eigenaar, versie)
)`;

// One lock for every owner: processes starting together take turns, and the first does the work.
const LOCK = `hashtext('signaalspoor.schema-versies')`;

/** Migrations a step may take longer than a request; lock waits stay bounded by the session's lock_timeout. */
const MIGRATIE_STATEMENT_MS = 10 * 60_000;

export interface MigratieResultaat {
  eigenaar: string;
  van: number;
  naar: number;
}

/**
 * Brings one schema owner's tables to the newest step the code knows, under a session-level advisory
 * lock (`pg_advisory_lock`) on a connection of its own: several services starting at once migrate once,
 * the others wait and then find nothing to do. Refuses (SCHEMA_TE_NIEUW) a database whose version for
 * this owner is newer than the code's: an older release must not write to tables it does not know.
 */
export async function migreer(
  database: string | Pool,
  eigenaar: string,
  migraties: readonly Migratie[],
  options: { timeouts?: DatabaseTimeouts } = {},
): Promise<MigratieResultaat> {
  controleerLijst(eigenaar, migraties);
  const { client, release } = await sessie(database, options.timeouts);
  try {
    await client.query(`SELECT pg_advisory_lock(${LOCK})`);
    await client.query(SCHEMA_VERSIES);
    const { rows } = await client.query<{ versie: number | null }>(
      'SELECT max(versie) AS versie FROM public.schema_versies WHERE eigenaar = $1',
      [eigenaar],
    );
    const van = rows[0]?.versie ?? 0;
    const nieuwste = migraties.at(-1)?.versie ?? 0;
    if (van > nieuwste) {
      throw new DatabaseFout(
        'SCHEMA_TE_NIEUW',
        `De database heeft schemaversie ${van} voor "${eigenaar}", deze versie van Signaalspoor kent er tot ${nieuwste}: ` +
          'de database is bijgewerkt door een nieuwere versie. Start die nieuwere versie, of zet een back-up van vóór de upgrade terug (docs/operations.md, "Upgrades").',
      );
    }
    for (const migratie of migraties.filter((stap) => stap.versie > van)) {
      await client.query('BEGIN');
      try {
        if (migratie.sql) await client.query(migratie.sql);
        if (migratie.run) await migratie.run(client);
        await client.query('INSERT INTO public.schema_versies (eigenaar, versie, naam) VALUES ($1, $2, $3)', [
          eigenaar,
          migratie.versie,
          migratie.naam,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (error instanceof Fout) throw error;
        throw new DatabaseFout(
          'MIGRATIE_MISLUKT',
          `Migratie ${migratie.versie} van "${eigenaar}" (${migratie.naam}) is mislukt: ${(error as Error).message}`,
        );
      }
    }
    return { eigenaar, van, naar: Math.max(van, nieuwste) };
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${LOCK})`).catch(() => undefined);
    await release();
  }
}

/**
 * A session for the migrations: waiting for another process's migration is not a stuck lock (no lock
 * timeout), and a step may take longer than a request (a long statement timeout).
 */
async function sessie(
  database: string | Pool,
  timeouts?: DatabaseTimeouts,
): Promise<{ client: ClientBase; release: () => Promise<void> }> {
  const limits = `SET lock_timeout = 0; SET statement_timeout = ${MIGRATIE_STATEMENT_MS}`;
  if (typeof database === 'string') {
    const client = new Client(
      clientConfig(database, { applicationName: 'signaalspoor-migraties', timeouts }),
    );
    client.on('error', () => undefined);
    await client.connect();
    await client.query(limits);
    return { client, release: () => client.end().catch(() => undefined) };
  }
  const client = await database.connect();
  await client.query(limits);
  return {
    client,
    release: async () => {
      // back to the pool with the pool's own limits
      const reset = await client.query('RESET lock_timeout; RESET statement_timeout').then(
        () => undefined,
        (error: Error) => error,
      );
      client.release(reset);
    },
  };
}

/** Versions run 1, 2, 3, … in order: a gap or a duplicate is a programming error, caught at the first start. */
function controleerLijst(eigenaar: string, migraties: readonly Migratie[]): void {
  migraties.forEach((migratie, index) => {
    if (migratie.versie !== index + 1)
      throw new Error(`migrations of ${eigenaar}: step ${index + 1} has version ${migratie.versie}`);
  });
}
