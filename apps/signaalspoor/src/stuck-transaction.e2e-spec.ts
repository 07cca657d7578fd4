import { Client } from 'pg';
import { bearer, createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { startTestApp, type TestApp } from './testing/test-app';

const signaal = {
  titel: 'Losliggende stoeptegels',
  omschrijving: 'Aan het kerkplein liggen tegels los.',
  thema: 'openbaar-domein',
  bron: 'open-forum',
};

// One session that holds the event store's serialising row (`log_head`) and then idles — an operator's
// forgotten BEGIN, a hung process — must not stall every append: appends fail fast with a 503 and
// Retry-After within the lock timeout, readiness turns red, liveness stays green, and everything
// works again once the session lets go.
describe('a stuck transaction holding the append lock', () => {
  let db: TestDatabase;
  let t: TestApp;
  let holder: Client;
  let raad: string;

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    t = await startTestApp(db.url, { DB_LOCK_TIMEOUT_MS: '1000' });
    raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    holder = new Client({ connectionString: db.url });
    await holder.connect();
  });

  afterAll(async () => {
    await holder?.end();
    await t?.close();
    await db?.drop();
  });

  const indienen = () => t.http.post('/api/signalen').set('Authorization', raad).send(signaal);

  it('turns appends into 503 with Retry-After and readiness red, then recovers', async () => {
    await indienen().expect(201);
    await t.http.get('/api/health/ready').expect(200);

    await holder.query('BEGIN; SELECT * FROM log_head FOR UPDATE');

    const refused = await indienen();
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ statusCode: 503, code: expect.any(String) });

    const ready = await t.http.get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.details.eventStore.status).toBe('down');
    expect(ready.body.details.database.status).toBe('up');
    await t.http.get('/api/health/live').expect(200);

    await holder.query('ROLLBACK');
    await indienen().expect(201);
    await t.http.get('/api/health/ready').expect(200);
  }, 60_000);
});
