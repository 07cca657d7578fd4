import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPool } from '@signaalspoor/database';
import { createTestDatabase, eventually, testServers, type TestDatabase } from '@signaalspoor/testing';
import type { Pool } from 'pg';
import { auditSleutels } from '../sleutels';
import { PersoonsKeks } from './kek';
import { PersoonsSleutels, VERGETEN, type VersleuteldePersoon } from './persoons-sleutels';

const sleutels = auditSleutels('a-secret-of-at-least-thirty-two-characters');
const AN = { naam: 'An Claes', email: 'an.claes@example.be' };
const BERT = { naam: 'Bert Wouters', email: 'bert.wouters@example.be' };

/** Person keys wrapped by a KEK in the key dir: the upgrade of plain keys, a lost key dir, a restored older backup, rotation under load. */
describe.each(testServers())('person keys and their KEK on $name PostgreSQL', ({ url }) => {
  let db: TestDatabase;
  let pool: Pool;
  let dir: string;
  const personen = (keys = dir) =>
    new PersoonsSleutels(pool, sleutels.pepper, new PersoonsKeks(keys, sleutels.kekSalt));

  const dirs: string[] = [];
  const keyDir = () => {
    const made = mkdtempSync(join(tmpdir(), 'signaalspoor-kek-'));
    dirs.push(made);
    return made;
  };

  beforeEach(async () => {
    db = await createTestDatabase(url);
    pool = createPool(db.url, { max: 3 });
    dir = keyDir();
  });

  afterEach(async () => {
    await pool.end();
    await db.drop();
    for (const made of dirs.splice(0)) rmSync(made, { recursive: true, force: true });
  });

  it('wraps the plain keys of a database from before wrapping at start, and still reads their data', async () => {
    // the table as it was: one plain key per person, and an event's persoon encrypted with it
    const id = randomUUID();
    const key = randomBytes(32);
    await pool.query(`CREATE SCHEMA privacy;
      CREATE TABLE privacy.persoonssleutels (id uuid PRIMARY KEY, kenmerk text NOT NULL UNIQUE, sleutel bytea NOT NULL,
        aangemaakt timestamptz NOT NULL DEFAULT now())`);
    await pool.query('INSERT INTO privacy.persoonssleutels (id, kenmerk, sleutel) VALUES ($1, $2, $3)', [
      id,
      personen().kenmerk(AN),
      key,
    ]);
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(id));
    const data = Buffer.concat([cipher.update(JSON.stringify(AN)), cipher.final()]);
    const oud: VersleuteldePersoon = {
      sleutel: id,
      versleuteld: Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64'),
    };

    const p = personen();
    expect(await p.migrate()).toEqual({ generatie: 1, gewikkeld: 1, onleesbaar: 0, vernietigd: [] });
    const { rows } = await pool.query('SELECT sleutel, kek_generatie FROM privacy.persoonssleutels');
    expect(rows).toEqual([{ sleutel: expect.any(Buffer), kek_generatie: 1 }]);
    expect(rows[0].sleutel.includes(key)).toBe(false);
    expect(await personen().ontsleutel([oud])).toEqual([AN]);
    // a second start has nothing to wrap
    expect(await personen().migrate()).toMatchObject({ generatie: 1, gewikkeld: 0 });
  });

  it('refuses to start when keys are wrapped but the key dir holds no KEK (a wrong or lost key dir)', async () => {
    const p = personen();
    await p.migrate();
    await p.versleutel(AN);
    await expect(personen(keyDir()).migrate()).rejects.toThrow(
      /bevat geen KEK van deze installatie, maar 1 persoonssleutels/,
    );
  });

  it('reads a key of a destroyed generation (an older backup restored) as erased, and gives the person a new one', async () => {
    const p = personen();
    await p.migrate();
    const eerst = (await p.versleutel(AN)) as VersleuteldePersoon;
    await p.versleutel(BERT);
    const { rows: backup } = await pool.query(
      'SELECT id, kenmerk, sleutel, kek_generatie FROM privacy.persoonssleutels',
    );

    await p.vergeet(BERT.email);
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^person-kek-[0-9a-f-]{36}-2\.key$/)]);
    // the backup from before the erasure comes back
    await pool.query('DELETE FROM privacy.persoonssleutels');
    for (const row of backup) {
      await pool.query(
        'INSERT INTO privacy.persoonssleutels (id, kenmerk, sleutel, kek_generatie) VALUES ($1, $2, $3, $4)',
        [row.id, row.kenmerk, row.sleutel, row.kek_generatie],
      );
    }

    const later = personen();
    expect(await later.migrate()).toMatchObject({ generatie: 2, onleesbaar: 2 });
    expect(await later.ontsleutel([eerst])).toEqual([VERGETEN]);
    const nieuw = (await later.versleutel(AN)) as VersleuteldePersoon;
    expect(nieuw.sleutel).not.toBe(eerst.sleutel);
    expect(await personen().ontsleutel([nieuw, eerst])).toEqual([AN, VERGETEN]);
  });

  it('keeps every key made while an erasure rotates the KEK readable', async () => {
    const p = personen();
    await p.migrate();
    await p.versleutel(BERT);
    // hold the rotation just before its commit: it waits for the row of privacy.kek
    const blocker = await pool.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT generatie FROM privacy.kek FOR UPDATE');
    const erasing = p.vergeet(BERT.email);
    const waiting = async (type: string) =>
      Number(
        (
          await blocker.query(`SELECT count(*) AS n FROM pg_locks WHERE NOT granted AND locktype = $1`, [
            type,
          ])
        ).rows[0].n,
      );
    await eventually(async () => expect(await waiting('transactionid')).toBe(1));
    let done = false;
    const making = Promise.all(
      Array.from({ length: 10 }, (_, i) => p.versleutel({ email: `inwoner-${i}@example.be` })),
    ).finally(() => (done = true));
    // a new key is either made before the rotation commits, or waits for it
    await eventually(async () => expect(done || (await waiting('advisory')) > 0).toBe(true));
    await blocker.query('COMMIT');
    blocker.release();
    await erasing;
    const encrypted = (await making) as VersleuteldePersoon[];
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^person-kek-[0-9a-f-]{36}-2\.key$/)]);
    expect(await personen().ontsleutel(encrypted)).toEqual(
      Array.from({ length: 10 }, (_, i) => ({ email: `inwoner-${i}@example.be` })),
    );
  });

  it('never touches the KEKs of another database that shares the key dir by mistake', async () => {
    const ander = await createTestDatabase(url);
    const anderPool = createPool(ander.url, { max: 2 });
    try {
      const hier = personen();
      await hier.migrate();
      const van = (await hier.versleutel(AN)) as VersleuteldePersoon;
      const daar = new PersoonsSleutels(anderPool, sleutels.pepper, new PersoonsKeks(dir, sleutels.kekSalt));
      await daar.migrate();
      await daar.versleutel(BERT);
      await daar.vergeet(BERT.email);
      await daar.vergeet(BERT.email);
      expect(readdirSync(dir)).toHaveLength(2);
      expect(await personen().ontsleutel([van])).toEqual([AN]);
    } finally {
      await anderPool.end();
      await ander.drop();
    }
  });
});
