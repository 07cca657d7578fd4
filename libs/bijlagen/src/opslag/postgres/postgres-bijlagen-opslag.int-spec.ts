import { createPool } from '@signaalspoor/database';
import { createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Deel } from '../bijlagen-opslag';
import { PostgresBijlagenOpslag } from './postgres-bijlagen-opslag';

const deel = (volgnummer: number, laatste: boolean): Deel => ({
  weergave: 'origineel',
  volgnummer,
  laatste,
  versleuteld: randomBytes(1000),
});

const alle = async (delen: AsyncIterable<Deel>) => {
  const gelezen: Deel[] = [];
  for await (const d of delen) gelezen.push(d);
  return gelezen;
};

describe.each(testServers())('attachments stored in PostgreSQL on $name PostgreSQL', ({ url }) => {
  let db: TestDatabase;
  let pool: Pool;
  let opslag: PostgresBijlagenOpslag;
  const signaalId = randomUUID();

  beforeEach(async () => {
    db = await createTestDatabase(url);
    pool = createPool(db.url, { max: 3 });
    opslag = new PostgresBijlagenOpslag(pool);
  });

  afterEach(async () => {
    await pool.end();
    await db.drop();
  });

  it('migrates a table of before chunking, keeps its rows readable whole, and has the sweep judge them', async () => {
    // the table as the first release made it, without a schema version, and one row in it
    await pool.query(`
      CREATE SCHEMA bijlagen;
      CREATE TABLE bijlagen.bestanden (id uuid PRIMARY KEY, signaal_id uuid NOT NULL, sleutel uuid NOT NULL,
        origineel bytea NOT NULL, miniatuur bytea, bewaard_op timestamptz NOT NULL DEFAULT now())`);
    const id = randomUUID();
    const sleutel = randomUUID();
    const versleuteld = randomBytes(5000);
    await pool.query(
      'INSERT INTO bijlagen.bestanden (id, signaal_id, sleutel, origineel) VALUES ($1, $2, $3, $4)',
      [id, signaalId, sleutel, versleuteld],
    );

    await opslag.migrate();
    await opslag.migrate();

    expect(await opslag.lees(signaalId, id, 'origineel')).toEqual({ vorm: 'heel', sleutel, versleuteld });
    expect(await opslag.lees(signaalId, id, 'miniatuur')).toBeNull();
    expect(await opslag.lees(randomUUID(), id, 'origineel')).toBeNull();
    expect(await opslag.onbevestigd(new Date(Date.now() + 1000))).toEqual([{ id, signaalId }]);
  });

  it('writes chunks in order, serves them only once complete, and keeps complete bytes on a retry', async () => {
    await opslag.migrate();
    const id = randomUUID();
    const [eerste, tweede] = [randomUUID(), randomUUID()];
    expect(await opslag.begin(id, signaalId, eerste)).toEqual({ stand: 'nieuw' });
    const delen = [deel(0, false), deel(1, false), deel(2, true)];
    for (const d of delen) expect(await opslag.schrijf(id, eerste, d)).toBe(true);
    // incomplete: never served; while its try renews the claim, another try writes nothing
    expect(await opslag.lees(signaalId, id, 'origineel')).toBeNull();
    await opslag.verleng(id, eerste);
    expect(await opslag.begin(id, signaalId, tweede)).toEqual({ stand: 'bezig' });
    expect(await opslag.kijk(id)).toEqual({ stand: 'bezig' });
    expect(await opslag.schrijf(id, tweede, deel(3, true))).toBe(false);
    // a claim no longer renewed (its process died): the next try takes it over, the first writes no more
    await pool.query(`UPDATE bijlagen.bestanden SET levend_op = now() - interval '1 hour'`);
    expect(await opslag.begin(id, signaalId, tweede)).toEqual({ stand: 'nieuw' });
    expect(await opslag.schrijf(id, eerste, delen[0])).toBe(false);
    for (const d of delen) await opslag.schrijf(id, tweede, d);
    const dataSleutel = randomBytes(60);
    const bestand = { sleutel: randomUUID(), dataSleutel, sha256: 'ab'.repeat(32) };
    expect(await opslag.voltooi(id, eerste, bestand)).toBe(false);
    await opslag.verwijder(id, eerste);
    expect(await opslag.voltooi(id, tweede, bestand)).toBe(true);

    const gelezen = await opslag.lees(signaalId, id, 'origineel');
    expect(gelezen).toMatchObject({ vorm: 'delen', dataSleutel });
    expect(await alle((gelezen as { delen: AsyncIterable<Deel> }).delen)).toEqual(delen);
    expect(await opslag.begin(id, signaalId, randomUUID())).toEqual({
      stand: 'klaar',
      sha256: 'ab'.repeat(32),
    });

    await opslag.bevestig(id);
    expect(await opslag.onbevestigd(new Date(Date.now() + 1000))).toEqual([]);
    await opslag.verwijder(id);
    expect((await pool.query('SELECT 1 FROM bijlagen.delen')).rowCount).toBe(0);
  });
});
