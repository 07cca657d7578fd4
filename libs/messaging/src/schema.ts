import type { Pool } from 'pg';

// Any number of processes may migrate at once: the advisory lock makes them take turns.
const MIGRATION = `
SELECT pg_advisory_xact_lock(hashtext('signaalspoor.messaging.migrate'));

CREATE SCHEMA IF NOT EXISTS messaging;

-- last global position an in-process consumer has handled, per consumer name
CREATE TABLE IF NOT EXISTS messaging.checkpoints (
  name       text        PRIMARY KEY,
  position   bigint      NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- events an in-process consumer gave up on (the counterpart of Kafka's <topic>.dlq)
CREATE TABLE IF NOT EXISTS messaging.dead_letters (
  consumer  text        NOT NULL,
  event_id  uuid        NOT NULL,
  position  bigint      NOT NULL,
  stream_id text        NOT NULL,
  type      text        NOT NULL,
  reason    text        NOT NULL,
  attempts  integer     NOT NULL,
  event     jsonb       NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, event_id)
);

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

/** A checkpoint table: `messaging.checkpoints` or `messaging.relay_checkpoints`. */
export class Checkpoints {
  constructor(
    private readonly pool: Pool,
    private readonly table: 'messaging.checkpoints' | 'messaging.relay_checkpoints',
  ) {}

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
