import type { Pool, PoolClient } from 'pg';

/** Runs `work` on one pooled client, outside a transaction (one statement needs none). */
export async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const lost = (error: Error) => (broken = error);
  client.on('error', lost);
  try {
    return await work(client);
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}

/** Runs `work` in one transaction: commits its result, rolls back when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // While checked out the pool does not listen to the client's 'error' (a lost server): without a
  // listener it would crash the process. The failing query rejects with it anyway.
  const lost = (error: Error) => (broken = error);
  client.on('error', lost);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // a connection that cannot even roll back is discarded rather than returned to the pool
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.off('error', lost);
    client.release(broken);
  }
}

/** Runs read-only `work` on one consistent snapshot, so several queries agree with each other. */
export function inSnapshot<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, async (client) => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return work(client);
  });
}
