import { TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import { appSuite, startTestAppOnNewDatabase } from './testing/test-app';

// One session that holds the event store's serialising row (`log_head`) and then idles — an operator's
// forgotten BEGIN, a hung process — must not stall every append: appends fail fast with a 503 and
// Retry-After within the lock timeout, readiness turns red, liveness stays green, and everything
// works again once the session lets go.
describe('a stuck transaction holding the append lock', () => {
  const s = appSuite(
    () => startTestAppOnNewDatabase(testServers()[0].url, { DB_LOCK_TIMEOUT_MS: '1000' }),
    ['kermt'],
  );

  const indienen = () => s.t.http.post('/api/signalen').set('Authorization', s.as.kermt).send(signaal);

  it('turns appends into 503 with Retry-After and readiness red, then recovers', async () => {
    await indienen().expect(201);
    await s.t.http.get('/api/health/ready').expect(200);

    // the suite's own connection to the app's database holds the lock
    await s.sql.query('BEGIN; SELECT * FROM log_head FOR UPDATE');

    const refused = await indienen();
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ statusCode: 503, code: expect.any(String) });

    const ready = await s.t.http.get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.details.eventStore.status).toBe('down');
    expect(ready.body.details.database.status).toBe('up');
    await s.t.http.get('/api/health/live').expect(200);

    await s.sql.query('ROLLBACK');
    await indienen().expect(201);
    await s.t.http.get('/api/health/ready').expect(200);
  }, 60_000);
});
