import { createPool, databaseUrl, ensureDatabase } from '@signaalspoor/database';
import { LogVerifier, storedEvents } from '@signaalspoor/logboek';
import { inTransaction, type Projection } from '@signaalspoor/projections';
import type { Pool } from 'pg';
import { verschillen } from '../verschil/diff';

/** The read models to rebuild: the composition knows which exist (the features own them). */
export interface ReadModels {
  /** the schemas of their tables; checkpoint tables are bookkeeping, not part of the comparison */
  schemas: string[];
  /** the projections that build them, as the services do, on `pool` */
  create(pool: Pool): Projection[];
}

const BATCH = 500;

export interface TabelVerschil {
  tabel: string;
  toen: number;
  nu: number;
  nieuw: number;
  verdwenen: number;
  gewijzigd: number;
  /** the first changed rows: their key and the columns that differ */
  voorbeelden: { sleutel: string; kolommen: string[] }[];
}

export interface Replay {
  /** the database the read models were rebuilt in */
  database: string;
  url: string;
  /** the last event at or before the moment */
  positie: number;
  verschillen: TabelVerschil[];
}

export interface ReplayOptions {
  databaseUrl: string;
  tot: Date;
  readModels: ReadModels;
  /** with the log's MAC key every event's seal is checked on the way; the chain always is */
  macKey?: Buffer;
  progress?: (done: number, total: number) => void;
}

/**
 * Rebuilds the read models it is given as they stood at a moment, from the events committed up to
 * then, into a database of its own (`<database>_tot_<moment>`: the projections name their schemas, so a separate
 * database keeps their code as it is), and compares each table with today's. Refuses a log that does
 * not verify on the way.
 */
export async function replay(options: ReplayOptions): Promise<Replay> {
  const source = createPool(options.databaseUrl, { max: 2, applicationName: 'signaalspoor-replay' });
  try {
    const { rows } = await source.query<{ positie: string | null; naam: string }>(
      'SELECT (SELECT max(position) FROM events WHERE recorded_at <= $1) AS positie, current_database() AS naam',
      [options.tot],
    );
    const positie = Number(rows[0].positie ?? 0);
    const stamp = options.tot.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15).toLowerCase();
    const name = `${rows[0].naam}_tot_${stamp}`;
    await dropDatabase(options.databaseUrl, name);
    const url = await ensureDatabase(options.databaseUrl, name);
    const target = createPool(url, { max: 2, applicationName: 'signaalspoor-replay' });
    try {
      const { schemas } = options.readModels;
      const projections = options.readModels.create(target);
      await inTransaction(target, async (client) => {
        // the schemas the projections' runner would have made
        for (const schema of schemas) await client.query(`CREATE SCHEMA IF NOT EXISTS ${ident(schema)}`);
        for (const projection of projections) await projection.migrate(client);
      });
      const verifier = new LogVerifier({ macKey: options.macKey });
      for (let after = 0; after < positie;) {
        const batch = (await storedEvents(source, after, BATCH)).filter((event) => event.position <= positie);
        if (batch.length === 0) break;
        for (const event of batch) {
          if (!verifier.add(event)) {
            const { eersteAfwijking } = verifier.finish();
            throw new Error(
              `het logboek is niet intact op positie ${eersteAfwijking?.positie}: ${eersteAfwijking?.reden}`,
            );
          }
        }
        await inTransaction(target, async (client) => {
          for (const projection of projections) await projection.applyBatch(client, batch);
        });
        after = batch[batch.length - 1].position;
        options.progress?.(after, positie);
      }
      return { database: name, url, positie, verschillen: await compare(target, source, schemas) };
    } finally {
      await target.end();
    }
  } finally {
    await source.end();
  }
}

async function compare(toen: Pool, nu: Pool, schemas: string[]): Promise<TabelVerschil[]> {
  const { rows: tables } = await toen.query<{ tabel: string; sleutel: string }>(
    `SELECT c.table_schema || '.' || c.table_name AS tabel, c.column_name AS sleutel
       FROM information_schema.columns c
      WHERE c.table_schema = ANY($1) AND c.ordinal_position = 1 AND c.table_name NOT LIKE '%checkpoint%'
      ORDER BY 1`,
    [schemas],
  );
  const result: TabelVerschil[] = [];
  for (const { tabel, sleutel } of tables) {
    const [a, b] = await Promise.all([rowsOf(toen, tabel, sleutel), rowsOf(nu, tabel, sleutel)]);
    const changed = [...a.keys()].filter(
      (key) => b.has(key) && JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)),
    );
    result.push({
      tabel,
      toen: a.size,
      nu: b.size,
      nieuw: [...b.keys()].filter((key) => !a.has(key)).length,
      verdwenen: [...a.keys()].filter((key) => !b.has(key)).length,
      gewijzigd: changed.length,
      voorbeelden: changed.slice(0, 10).map((key) => ({
        sleutel: key,
        kolommen: [...new Set(verschillen(a.get(key), b.get(key)).map((w) => w.veld.split(/[.[]/)[0]))],
      })),
    });
  }
  return result;
}

/** A table's rows by key; empty when today's database lacks the table. */
async function rowsOf(pool: Pool, tabel: string, sleutel: string): Promise<Map<string, unknown>> {
  const [schema, name] = tabel.split('.');
  const exists = await pool.query(
    'SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2',
    [schema, name],
  );
  if (exists.rowCount === 0) return new Map();
  const { rows } = await pool.query<{ key: string; row: unknown }>(
    `SELECT ${ident(sleutel)}::text AS key, to_jsonb(t) AS row FROM ${ident(schema)}.${ident(name)} t`,
  );
  return new Map(rows.map((row) => [row.key, row.row]));
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Drops a replay database of an earlier run for the same moment. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const pool = createPool(databaseUrl(serverUrl, 'postgres'), { max: 1 });
  try {
    await pool.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}
