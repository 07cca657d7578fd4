import type { Pool, PoolClient, QueryResult } from 'pg';

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

/**
 * Statements (without parameters) sent in the same round trip as BEGIN and as COMMIT, so a short
 * transaction costs fewer round trips: `begin` runs first and its results reach `work`; `commit`
 * gets the result of `work` and runs just before the commit.
 */
export interface TransactionEdges<T> {
  begin?: string;
  commit?: (result: T) => string;
}

/** Runs `work` in one transaction: commits its result, rolls back when it throws. */
export async function inTransaction<T>(
  pool: Pool,
  work: (client: PoolClient, begun: QueryResult[]) => Promise<T>,
  edges: TransactionEdges<T> = {},
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  // While checked out the pool does not listen to the client's 'error' (a lost server): without a
  // listener it would crash the process. The failing query rejects with it anyway.
  const lost = (error: Error) => (broken = error);
  client.on('error', lost);
  try {
    const begun = await client.query(edges.begin ? `BEGIN; ${edges.begin}` : 'BEGIN');
    // several statements answer with one result each, the first being BEGIN's
    const results = Array.isArray(begun) ? (begun as QueryResult[]).slice(1) : [];
    const result = await work(client, results);
    await client.query(edges.commit ? `${edges.commit(result)}; COMMIT` : 'COMMIT');
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
