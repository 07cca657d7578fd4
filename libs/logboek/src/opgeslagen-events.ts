import { EVENT_COLUMNS, toRecorded, type EventRow } from '@signaalspoor/event-store';
import type { ClientBase, Pool } from 'pg';
import { LogVerifier, type StoredEvent, type Verificatie, type VerifierOptions } from './verifier';

/**
 * The rows of the PostgreSQL event store as stored, after a position, whatever log_head says: the
 * verifier and the export must see a row an attacker put beyond the head.
 */
export async function storedEvents(
  pool: Pool | ClientBase,
  after: number,
  limit: number,
): Promise<StoredEvent[]> {
  const { rows } = await pool.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
    [after, limit],
  );
  return rows.map((row) => ({ ...toRecorded(row), hash: row.hash }));
}

/** Every stored row from the start, in batches: constant memory however long the log. */
export async function* allStoredEvents(pool: Pool | ClientBase, batch = 2000): AsyncGenerator<StoredEvent> {
  for (let after = 0; ;) {
    const rows = await storedEvents(pool, after, batch);
    yield* rows;
    if (rows.length < batch) return;
    after = rows[rows.length - 1].position;
  }
}

/** What log_head claims: the last position and its chain hash. */
export async function claimedHead(pool: Pool | ClientBase): Promise<{ positie: number; hash: string }> {
  const { rows } = await pool.query<{ position: string; hash: string }>(
    'SELECT position, hash FROM log_head',
  );
  return { positie: Number(rows[0]?.position ?? 0), hash: rows[0]?.hash ?? '0'.repeat(64) };
}

/**
 * Verifies every stored row against the verifier's options, head and rows from one snapshot (taken
 * after the caller read the checkpoints: an append committing during the scan would otherwise look
 * like a row beyond the head, a checkpoint like truncation). The audit's verification and a restore
 * use it.
 */
export async function verifieerOpgeslagen(pool: Pool, options: VerifierOptions): Promise<Verificatie> {
  const verifier = new LogVerifier(options);
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const head = await claimedHead(client);
    for await (const event of allStoredEvents(client)) {
      if (!verifier.add(event)) break;
    }
    await client.query('COMMIT');
    return verifier.finish(head);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
