import { readFile } from 'node:fs/promises';
import type { Pool } from 'pg';
import demoSet from './demo/hasselt.demo.json';
import { parseReferenceData, ReferenceData } from './reference-data';

/** The Hasselt demo set (libs/reference-data/src/demo/hasselt.demo.json), bundled with the build. */
export const DEMO_REFERENCE_DATA: unknown = demoSet;

export interface ReferenceDataLoad {
  data: ReferenceData;
  /** where the data came from this start: the configured file, the stored set, or the demo file */
  source: 'file' | 'stored' | 'demo';
}

/**
 * Reference data lives in the database so every service sees the same set. The configured file
 * (REFERENCE_DATA_FILE) replaces it at every start; without one the stored set is used, and the
 * Hasselt demo set is loaded on the very first start (and refreshed while the stored set is the demo).
 */
export async function loadReferenceData(pool: Pool, file?: string): Promise<ReferenceDataLoad> {
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS referentie;
    CREATE TABLE IF NOT EXISTS referentie.dataset (
      id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
      bron text NOT NULL,
      data jsonb NOT NULL,
      geladen_op timestamptz NOT NULL DEFAULT now()
    )`);
  if (file) {
    const set = parseReferenceData(JSON.parse(await readFile(file, 'utf8')));
    await store(pool, file, set);
    return { data: new ReferenceData(set), source: 'file' };
  }
  const { rows } = await pool.query<{ bron: string; data: unknown }>(
    'SELECT bron, data FROM referentie.dataset WHERE id = 1',
  );
  // A stored demo set is refreshed from this version's demo file (e.g. to get its e-mail addresses).
  if (rows.length > 0 && rows[0].bron !== 'demo') {
    return { data: new ReferenceData(parseReferenceData(rows[0].data)), source: 'stored' };
  }
  const set = parseReferenceData(DEMO_REFERENCE_DATA);
  await store(pool, 'demo', set);
  return { data: new ReferenceData(set), source: 'demo' };
}

async function store(pool: Pool, bron: string, set: unknown): Promise<void> {
  await pool.query(
    `INSERT INTO referentie.dataset (id, bron, data) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET bron = EXCLUDED.bron, data = EXCLUDED.data, geladen_op = now()`,
    [bron, JSON.stringify(set)],
  );
}
