import { createTestDatabase, eventually, testServers, type TestDatabase } from '@signaalspoor/testing';
import type { Pool, PoolClient } from 'pg';
import { createPool, isDatabaseUnavailable } from './pool';

/** Waits until pg has noticed that the client's connection is gone. */
const lost = (client: PoolClient) =>
  eventually(
    async () => expect((client as unknown as { _queryable: boolean })._queryable).toBe(false),
    20_000,
    20,
  );

describe('createPool', () => {
  let db: TestDatabase;
  let pool: Pool;
  let admin: Pool;

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    admin = createPool(db.url, { max: 1 });
  });
  afterEach(async () => pool?.end());
  afterAll(async () => {
    await admin?.end();
    await db?.drop();
  });

  it('survives the connection of a checked-out client dying between two queries', async () => {
    pool = createPool(db.url, { max: 2 });
    const client = await pool.connect();
    await client.query('BEGIN');
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    await lost(client);
    const failure = await client.query('SELECT 1').catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    client.release();
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('ends its own session idle in a transaction after the timeout, releasing its locks', async () => {
    pool = createPool(db.url, {
      max: 2,
      timeouts: { lockMs: 200, statementMs: 5_000, idleInTransactionMs: 300 },
    });
    await admin.query(
      'CREATE TABLE IF NOT EXISTS head (id int PRIMARY KEY); INSERT INTO head VALUES (1) ON CONFLICT DO NOTHING',
    );
    const stuck = await pool.connect();
    await stuck.query('BEGIN; SELECT * FROM head FOR UPDATE');
    // while it holds the row, another session's lock wait ends after the lock timeout
    const waiting = await pool.query('SELECT * FROM head FOR UPDATE').catch((error: unknown) => error);
    expect(waiting).toMatchObject({ code: '55P03' });
    expect(isDatabaseUnavailable(waiting)).toBe(true);
    await lost(stuck);
    stuck.release();
    expect((await pool.query('SELECT id FROM head FOR UPDATE')).rows).toEqual([{ id: 1 }]);
  });
});
