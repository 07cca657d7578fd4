import type { RecordedEvent } from '@signaalspoor/event-store';
import type { Pool } from 'pg';

// The effect of the crash and group tests' handler: an insert keyed by event id (idempotent), plus a
// count of deliveries so the tests can report how many duplicates at-least-once produced.

export async function createEffects(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS effects (
      event_id  uuid   PRIMARY KEY,
      stream_id text   NOT NULL,
      revision  bigint NOT NULL,
      seq       bigserial
    );
    CREATE TABLE IF NOT EXISTS deliveries (event_id uuid PRIMARY KEY, count integer NOT NULL);
  `);
}

export async function applyEffect(pool: Pool, event: RecordedEvent): Promise<void> {
  await pool.query(
    `WITH effect AS (
       INSERT INTO effects (event_id, stream_id, revision) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
     )
     INSERT INTO deliveries (event_id, count) VALUES ($1, 1)
     ON CONFLICT (event_id) DO UPDATE SET count = deliveries.count + 1`,
    [event.id, event.streamId, event.revision],
  );
}

export async function effectCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM effects');
  return Number(rows[0].count);
}

export async function readEffects(pool: Pool) {
  const { rows } = await pool.query<{ event_id: string; stream_id: string; revision: string }>(
    'SELECT event_id, stream_id, revision FROM effects ORDER BY seq',
  );
  const { rows: totals } = await pool.query<{ deliveries: string }>(
    'SELECT coalesce(sum(count), 0) AS deliveries FROM deliveries',
  );
  return {
    ids: rows.map((row) => row.event_id),
    /** streams whose effects were not applied in revision order */
    unordered: [...new Set(rows.map((row) => row.stream_id))].filter((streamId) => {
      const revisions = rows.filter((row) => row.stream_id === streamId).map((row) => Number(row.revision));
      return revisions.some((revision, index) => revision !== index);
    }),
    deliveries: Number(totals[0].deliveries),
  };
}
