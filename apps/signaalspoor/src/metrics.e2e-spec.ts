// /api/metrics of the all-in-one app: Prometheus text format, commands per type and outcome with
// their latency, and readiness and lag per check (projections).
import { bearer, createTestDatabase, testServers, type TestDatabase } from '@signaalspoor/testing';
import { startTestApp, type TestApp } from './testing/test-app';

describe('GET /api/metrics', () => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    t = await startTestApp(db.url);
  });
  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  it('counts commands per type and outcome, times them, and exports readiness and projection lag', async () => {
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    const wm = await bearer({ rol: 'wijkmanager', sub: 'wm-oost' });
    const { body } = await t.http
      .post('/api/signalen')
      .set('Authorization', raad)
      .send({ titel: 'Losliggende tegel', omschrijving: 'Aan de kerk.', thema: 'openbaar-domein' })
      .expect(201);
    await t.http
      .post(`/api/signalen/${body.id}/doorsturingen`)
      .set('Authorization', wm)
      .send({ dienst: 'groen' });
    await t.http.post(`/api/signalen/${body.id}/afsluiten`).set('Authorization', raad).expect(409); // refused: forwarded

    const res = await t.http.get('/api/metrics').expect(200); // public, like health
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(res.text).toMatch(/^signaalspoor_commands_total\{type="DienSignaalIn",outcome="ok"\} 1$/m);
    expect(res.text).toMatch(/^signaalspoor_commands_total\{type="SluitAf",outcome="[A-Z_]+"\} 1$/m);
    expect(res.text).toMatch(
      /^signaalspoor_command_duration_seconds_count\{type="DienSignaalIn",outcome="ok"\} 1$/m,
    );
    expect(res.text).toMatch(/^signaalspoor_ready\{check="projectie signalen"\} 1$/m);
    expect(res.text).toMatch(/^signaalspoor_lag_events\{check="projectie signalen"\} \d+$/m);
  });
});
