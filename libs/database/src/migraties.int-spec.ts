import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import type { Pool } from 'pg';
import { migreer, type Migratie } from './migraties';
import { createPool } from './pool';

describe('migreer', () => {
  let db: TestDatabase;
  let pool: Pool;

  beforeEach(async () => {
    db = await createTestDatabase(testServers()[0].url);
    pool = createPool(db.url, { max: 4 });
  });
  afterEach(async () => {
    await pool?.end();
    await db?.drop();
  });

  /** Two steps; the second counts how often it ran, and takes long enough for the others to wait. */
  const stappen: Migratie[] = [
    { versie: 1, naam: 'teller', sql: 'CREATE TABLE teller (n integer NOT NULL)' },
    {
      versie: 2,
      naam: 'tel',
      run: async (client) => {
        await client.query('SELECT pg_sleep(0.2)');
        await client.query('INSERT INTO teller VALUES (1)');
      },
    },
  ];

  it('given several processes starting at once, then each step runs once and every one reaches the newest version', async () => {
    const results = await Promise.all([
      migreer(db.url, 'proef', stappen),
      migreer(db.url, 'proef', stappen),
      migreer(pool, 'proef', stappen),
    ]);
    expect(results.map((result) => result.naar)).toEqual([2, 2, 2]);
    expect(results.filter((result) => result.van === 0)).toHaveLength(1);
    expect((await pool.query('SELECT count(*)::int AS n FROM teller')).rows[0].n).toBe(1);
    expect(
      (await pool.query(`SELECT versie, naam FROM schema_versies WHERE eigenaar = 'proef' ORDER BY versie`))
        .rows,
    ).toEqual([
      { versie: 1, naam: 'teller' },
      { versie: 2, naam: 'tel' },
    ]);
  });

  it('given a step that fails, then neither it nor its version is recorded, and the next start runs it again', async () => {
    const kapot: Migratie[] = [stappen[0], { versie: 2, naam: 'kapot', sql: 'SELECT * FROM bestaat_niet' }];
    await expect(migreer(db.url, 'proef', kapot)).rejects.toMatchObject({ code: 'MIGRATIE_MISLUKT' });
    expect((await migreer(db.url, 'proef', stappen)).van).toBe(1);
  });

  it('given a database a newer version migrated, then it is refused naming both versions, and nothing runs', async () => {
    await migreer(db.url, 'proef', stappen);
    await expect(migreer(db.url, 'proef', stappen.slice(0, 1))).rejects.toMatchObject({
      code: 'SCHEMA_TE_NIEUW',
      message: expect.stringContaining(
        'schemaversie 2 voor "proef", deze versie van Signaalspoor kent er tot 1',
      ),
    });
  });

  it('given a pool whose sessions have short limits, then its client goes back with them', async () => {
    const kort = createPool(db.url, {
      max: 1,
      timeouts: { lockMs: 123, statementMs: 4567, idleInTransactionMs: 8910 },
    });
    try {
      await migreer(kort, 'proef', stappen);
      const { rows } = await kort.query(
        `SELECT current_setting('lock_timeout') AS lock, current_setting('statement_timeout') AS statement`,
      );
      expect(rows[0]).toEqual({ lock: '123ms', statement: '4567ms' });
    } finally {
      await kort.end();
    }
  });
});
