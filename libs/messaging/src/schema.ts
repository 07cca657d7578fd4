import type { Pool } from 'pg';

// Any number of processes may migrate at once: the advisory lock makes them take turns.
const MIGRATION = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.messaging.migrate'));

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
`;

/** Creates the messaging schema; safe to run again and from several processes at once. */
export async function migrateMessaging(pool: Pool): Promise<void> {
  // one simple query: its statements run in one implicit transaction, which holds the advisory lock
  await pool.query(MIGRATION);
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
