import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bearers,
  createTestDatabase,
  eventually,
  TEST_AUDIT_SIGNING_KEY,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../testing/test-app';

/**
 * Every release's database must upgrade to this version: one fixture per release (made by
 * scripts/upgrade-fixture.js against that release), restored and started on by the current app.
 * See docs/operations.md, "Upgrades".
 */
const FIXTURES = join(__dirname, 'fixtures');
const fixtures = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.sql'))
  .sort();

/** The titles scripts/upgrade-fixture.js submits, in every release. */
const TITELS = ['Bushalte zonder schuilhuisje', 'Fietspad Kuringersteenweg', 'Oversteekplaats aan de school'];

async function restore(serverUrl: string, fixture: string): Promise<TestDatabase> {
  const database = await createTestDatabase(serverUrl);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(readFileSync(join(FIXTURES, fixture), 'utf8'));
  } finally {
    await client.end();
  }
  return database;
}

async function query<T extends object>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe.each(testServers())('Upgrades on $name PostgreSQL', ({ url }) => {
  let users: Record<string, string>;

  beforeAll(async () => {
    users = await bearers({ raad: 'kuringen', wijkmanager: 'wmNoord', auditor: 'auditor' });
  });

  describe.each(fixtures)('given a database written by %s', (fixture) => {
    let database: TestDatabase;
    let t: TestApp | undefined;

    beforeAll(async () => {
      database = await restore(url, fixture);
    });

    afterAll(async () => {
      await t?.close();
      await database?.drop();
    });

    it('when this version starts on it, it is ready, the log verifies intact and every signaal is listed', async () => {
      t = await startTestApp(database.url);
      await eventually(async () => {
        const ready = await t!.http.get('/api/health/ready');
        expect({ status: ready.status, body: ready.body }).toMatchObject({ status: 200 });
      }, 20_000);

      const verificatie = await t.http
        .get('/api/audit/verificatie')
        .set('Authorization', users.auditor)
        .expect(200);
      expect(verificatie.body).toMatchObject({ intact: true });
      expect(verificatie.body.eersteAfwijking).toBeUndefined();

      // ready means the store and the followers run; the view catches up with the old log right after
      await eventually(async () => {
        const lijst = await t!.http.get('/api/signalen').set('Authorization', users.wijkmanager).expect(200);
        expect(lijst.body.items.map((item: { titel: string }) => item.titel).sort()).toEqual(TITELS);
      }, 20_000);
    });

    it('then a new command works and is listed with the old signalen', async () => {
      const nieuw = await t!.http
        .post('/api/signalen')
        .set('Authorization', users.raad)
        .send({ titel: 'Na de upgrade', omschrijving: 'Nieuw signaal.', thema: 'mobiliteit', bron: 'andere' })
        .expect(201);
      const lijst = await t!.http
        .get('/api/signalen')
        .set('Authorization', users.wijkmanager)
        .set('X-Positie', String(nieuw.body.positie))
        .expect(200);
      expect(lijst.body.items).toHaveLength(TITELS.length + 1);
      const verificatie = await t!.http.get('/api/audit/verificatie').set('Authorization', users.auditor);
      expect(verificatie.body).toMatchObject({ intact: true });
    });

    it('then the database records its schema version, and a resealing exactly when events had no seal', async () => {
      const versies = await query<{ eigenaar: string; versie: number }>(
        database.url,
        'SELECT eigenaar, max(versie) AS versie FROM schema_versies GROUP BY eigenaar ORDER BY eigenaar',
      );
      expect(versies.map((row) => row.eigenaar)).toEqual(
        expect.arrayContaining(['event-store', 'logboek', 'privacy']),
      );
      // the person keys' KEK (step 2 of privacy): a generation exists and no key stays plain
      expect(versies.find((row) => row.eigenaar === 'privacy')?.versie).toBe(2);
      const [kek] = await query<{ generatie: number; plain: string }>(
        database.url,
        `SELECT (SELECT generatie FROM privacy.kek) AS generatie,
                (SELECT count(*) FROM privacy.persoonssleutels WHERE kek_generatie IS NULL) AS plain`,
      );
      expect(kek).toEqual({ generatie: 1, plain: '0' });
      const [ongezegeld] = await query<{ aantal: string }>(
        database.url,
        `SELECT count(*) AS aantal FROM events WHERE NOT (metadata ? 'zegel')`,
      );
      const events = await t!.http
        .get('/api/audit/events?na=0&limiet=1000')
        .set('Authorization', users.auditor)
        .expect(200);
      const herverzegelingen = events.body.items.filter(
        (event: { type: string }) => event.type === 'LogboekHerverzegeld',
      );
      if (Number(ongezegeld.aantal) === 0) {
        expect(herverzegelingen).toHaveLength(0);
      } else {
        expect(herverzegelingen).toHaveLength(1);
        expect(herverzegelingen[0]).toMatchObject({
          streamId: 'logboek',
          data: {
            van: 1,
            tot: herverzegelingen[0].positie - 1,
            aantal: Number(ongezegeld.aantal),
            sleutel: expect.stringMatching(/^[0-9a-f]{16}$/),
            hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          },
          metadata: { actor: { rol: 'systeem', id: 'migraties' } },
        });
      }
    });

    it('then the log’s key rotates: with the old one kept as earlier key, the log verifies and takes commands', async () => {
      await t!.close();
      t = await startTestApp(database.url, {
        AUDIT_SIGNING_KEY: 'a-rotated-audit-signing-key-for-the-upgrade-test',
        AUDIT_SIGNING_KEYS_PREVIOUS: TEST_AUDIT_SIGNING_KEY,
      });
      await eventually(async () => {
        expect((await t!.http.get('/api/health/ready')).status).toBe(200);
      }, 20_000);
      await t.http
        .post('/api/signalen')
        .set('Authorization', users.raad)
        .send({ titel: 'Na de rotatie', omschrijving: 'Nieuw signaal.', thema: 'mobiliteit', bron: 'andere' })
        .expect(201);
      const verificatie = await t.http.get('/api/audit/verificatie').set('Authorization', users.auditor);
      expect(verificatie.body).toMatchObject({ intact: true });
    });

    it('then a restart migrates nothing again, and a database of a newer version is refused with what to do', async () => {
      await t!.close();
      t = undefined;
      const voor = await query(database.url, 'SELECT * FROM schema_versies ORDER BY eigenaar, versie');
      t = await startTestApp(database.url);
      expect(await query(database.url, 'SELECT * FROM schema_versies ORDER BY eigenaar, versie')).toEqual(
        voor,
      );
      await t.close();
      t = undefined;

      await query(
        database.url,
        `INSERT INTO schema_versies (eigenaar, versie, naam) VALUES ('event-store', 99, 'uit de toekomst')`,
      );
      await expect(startTestApp(database.url)).rejects.toMatchObject({
        code: 'SCHEMA_TE_NIEUW',
        message: expect.stringContaining('schemaversie 99 voor "event-store"'),
      });
    });
  });
});
