import { migreer, type Migratie } from '@signaalspoor/database';
import type { Pool } from 'pg';

/** The relays' table, step by step (owner `messaging` in `schema_versies`); a change is a new step. */
const MIGRATIES: Migratie[] = [
  {
    versie: 1,
    naam: 'messaging.relay_checkpoints',
    sql: `
CREATE SCHEMA IF NOT EXISTS messaging;

-- never used: an in-process consumer that nothing ran (the all-in-one's projections keep their own
-- checkpoints in projectie.checkpoints); nothing ever wrote these, so dropping them loses nothing
DROP TABLE IF EXISTS messaging.checkpoints;
DROP TABLE IF EXISTS messaging.dead_letters;

-- last global position a relay has published, per relay name
CREATE TABLE IF NOT EXISTS messaging.relay_checkpoints (
  name       text        PRIMARY KEY,
  position   bigint      NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
];

/** Creates the messaging schema (libs/database migreer: once per step, several processes at once). */
export async function migrateMessaging(pool: Pool): Promise<void> {
  await migreer(pool, 'messaging', MIGRATIES);
}

/** The relays' checkpoints, `messaging.relay_checkpoints`. */
export class Checkpoints {
  private readonly table = 'messaging.relay_checkpoints';

  constructor(private readonly pool: Pool) {}

  async read(name: string): Promise<number> {
    const { rows } = await this.pool.query<{ position: string }>(
      `SELECT position FROM ${this.table} WHERE name = $1`,
      [name],
    );
    return Number(rows[0]?.position ?? 0);
  }

  /** Only moves forward: a late writer never takes a checkpoint back. */
  async save(name: string, position: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO ${this.table} (name, position) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET position = GREATEST(${this.table}.position, EXCLUDED.position), updated_at = now()`,
      [name, position],
    );
  }
}
