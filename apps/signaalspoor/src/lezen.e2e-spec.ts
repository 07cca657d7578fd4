import { Leesmodel } from '@signaalspoor/signaal-view';
import { bearer, TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

// Read-your-writes by position in the all-in-one app, with the signalen read model held back.
describe.each(testServers())('Reads by position on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  let raad: string;
  let wijkmanager: string;

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url, { CONSISTENCY_TIMEOUT_MS: '300' });
    raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    wijkmanager = await bearer({ rol: 'wijkmanager', sub: 'wm-oost' });
  });

  afterAll(async () => {
    await t?.close();
  });

  const held = async <T>(work: () => Promise<T>): Promise<T> => {
    const feed = t.app.get(Leesmodel).signalen;
    await feed.stop();
    try {
      return await work();
    } finally {
      await feed.start();
    }
  };
  const indienen = async () =>
    (await t.http.post('/api/signalen').set('Authorization', raad).send(signaal).expect(201)).body as {
      id: string;
      positie: number;
    };

  it('given the read model held back, a signaal just accepted is read from its stream with the positie, never a 404', async () => {
    await held(async () => {
      const { id, positie } = await indienen();
      const doorgestuurd = await t.http
        .post(`/api/signalen/${id}/doorsturingen`)
        .set('Authorization', wijkmanager)
        .send({ dienst: 'mobiliteit' })
        .expect(201);

      const detail = await t.http
        .get(`/api/signalen/${id}`)
        .set('Authorization', raad)
        .set('X-Positie', String(doorgestuurd.body.positie))
        .expect(200);
      expect(detail.body).toMatchObject({ id, status: 'in-behandeling', balBij: 'dienst' });
      expect(detail.headers.etag).toBe('"1"');
      expect(Number(detail.headers['x-positie'])).toBeGreaterThanOrEqual(doorgestuurd.body.positie);

      // without a position too: the read model does not hold it, the store does
      await t.http.get(`/api/signalen/${id}`).set('Authorization', raad).expect(200);
      const traject = await t.http
        .get(`/api/signalen/${id}/traject`)
        .set('Authorization', raad)
        .set('X-Positie', String(positie))
        .expect(200);
      expect(traject.body.hops.map((h: { type: string }) => h.type)).toEqual([
        'SignaalIngediend',
        'DoorgestuurdNaarDienst',
      ]);
      expect(traject.body.houder).toMatchObject({
        rol: 'dienst',
        diensten: [{ id: 'mobiliteit', naam: expect.any(String), opgepakt: false }],
      });
    });
  });

  it('given the read model held back, a list asked for a positie it cannot reach is a 503 with Retry-After, never a stale 200', async () => {
    await held(async () => {
      const { positie } = await indienen();
      const res = await t.http
        .get('/api/signalen')
        .set('Authorization', raad)
        .set('X-Positie', String(positie))
        .expect(503);
      expect(res.body).toMatchObject({ code: 'LEESMODEL_ACHTER' });
      expect(res.headers['retry-after']).toBe('1');

      // without a position: the read model as it is, and how far it is
      const asIs = await t.http.get('/api/signalen').set('Authorization', raad).expect(200);
      expect(Number(asIs.headers['x-positie'])).toBeLessThan(positie);
    });
  });

  it('once the read model caught up, the list reflects the positie asked for', async () => {
    const { id, positie } = await indienen();
    const res = await t.http
      .get('/api/signalen')
      .set('Authorization', raad)
      .set('X-Positie', String(positie))
      .expect(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect(res.body).toMatchObject({ limiet: 50, offset: 0 });
    expect(Number(res.headers['x-positie'])).toBeGreaterThanOrEqual(positie);
  });

  it('a 404 only for a signaal whose stream does not exist; a bad X-Positie is a 400 naming the header', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001';
    await held(async () => {
      const res = await t.http.get(`/api/signalen/${unknown}`).set('Authorization', raad).expect(404);
      expect(res.body.code).toBe('SIGNAAL_ONBEKEND');
    });
    const bad = await t.http.get('/api/signalen').set('Authorization', raad).set('X-Positie', 'gisteren');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'ONGELDIGE_POSITIE', field: 'X-Positie' });
    const future = await t.http.get('/api/signalen').set('Authorization', raad).set('X-Positie', '999999999');
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ code: 'ONGELDIGE_POSITIE', field: 'X-Positie' });
  });
});
