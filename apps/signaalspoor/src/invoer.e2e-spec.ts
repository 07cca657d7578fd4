import { request } from 'node:http';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { bearers, testServers } from '@signaalspoor/testing';
import { listenOnLoopback, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

const signaal = {
  titel: 'Onveilig kruispunt aan de school',
  omschrijving: 'Ouders melden bijna-ongevallen bij het ophalen van de kinderen.',
  thema: 'verkeersveiligheid',
};

/** Each kind of hostile input once, with the status and the field it must get, and nothing written. */
describe('hostile input at the HTTP edge', () => {
  const [{ url }] = testServers();
  let t: TestApp;
  const as: Record<string, string> = {};
  let id: string;
  let doorsturing: string;

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    Object.assign(
      as,
      await bearers({ raad: 'kermt', wijkmanager: 'wmOost', dienst: 'mobiliteit', auditor: 'auditor' }),
    );
    id = (await t.http.post('/api/signalen').set('Authorization', as.raad).send(signaal).expect(201)).body.id;
    doorsturing = (
      await t.http
        .post(`/api/signalen/${id}/doorsturingen`)
        .set('Authorization', as.wijkmanager)
        .send({ dienst: 'mobiliteit' })
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await t?.close();
  });

  let head: number;
  /** The global log head position, from the event store itself. */
  const logHead = (): Promise<number> => t.app.get<EventStore>(EVENT_STORE).headPosition();
  beforeEach(async () => {
    head = await logHead();
  });
  afterEach(async () => {
    expect(await logHead()).toBe(head);
  });

  const raw = (path: string, who: string, body: string, contentType = 'application/json') =>
    t.http.post(`/api${path}`).set('Authorization', as[who]).set('Content-Type', contentType).send(body);
  const expectError = (
    res: { status: number; body: { code: string; message: string; field?: string } },
    status: number,
    field?: string,
  ) => {
    expect({ status: res.status, field: res.body.field }).toEqual({ status, field });
    expect(res.body.message).not.toMatch(/should|must|property|Unexpected|JSON at/);
  };

  it('415: another charset, another media type, a text/plain reden for intrekken', async () => {
    const body = JSON.stringify(signaal);
    expectError(
      await raw('/signalen', 'raad', body, 'application/json; charset=latin1'),
      415,
      'Content-Type',
    );
    expectError(
      await raw('/signalen', 'raad', body, 'application/json; charset=utf-16'),
      415,
      'Content-Type',
    );
    expectError(await raw('/signalen', 'raad', body, 'text/plain'), 415, 'Content-Type');
    expectError(
      await raw('/signalen', 'raad', 'titel=x', 'application/x-www-form-urlencoded'),
      415,
      'Content-Type',
    );
    expectError(
      await raw(`/signalen/${id}/intrekken`, 'raad', 'geen zin meer', 'text/plain'),
      415,
      'Content-Type',
    );
    expectError(
      await raw('/signalen', 'raad', body).set('Content-Encoding', 'gzip'),
      415,
      'Content-Encoding',
    );
    // UTF-8 in any spelling is fine
    await raw('/signalen', 'raad', '{}', 'application/json; charset="UTF-8"').expect(400);
  });

  it('413: a body over the limit', async () => {
    const res = await raw(
      '/signalen',
      'raad',
      JSON.stringify({ ...signaal, omschrijving: 'x'.repeat(70_000) }),
    );
    expectError(res, 413, 'body');
  });

  it('400: JSON nested 5,000 deep, broken JSON, not an object', async () => {
    expectError(
      await raw('/signalen', 'raad', `{"titel":${'['.repeat(5000)}${']'.repeat(5000)}}`),
      400,
      'body',
    );
    expectError(await raw('/signalen', 'raad', `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), 400, 'body');
    expectError(await raw('/signalen', 'raad', '{"titel": '), 400, 'body');
    expectError(await raw('/signalen', 'raad', '[1,2]'), 400, 'body');
  });

  it('400: NUL and lone surrogates in any text field, the e-mail field too', async () => {
    const send = (body: object) => t.http.post('/api/signalen').set('Authorization', as.raad).send(body);
    expectError(await send({ ...signaal, titel: 'a\u0000b' }), 400, 'titel');
    expectError(await send({ ...signaal, omschrijving: 'a\ud800b' }), 400, 'omschrijving');
    expectError(
      await send({ ...signaal, indiener: { email: 'a\ud800@example.org' } }),
      400,
      'indiener.email',
    );
    expectError(await send({ ...signaal, locatie: { omschrijving: '\udc00' } }), 400, 'locatie.omschrijving');
    expectError(await raw(`/signalen/${id}/intrekken`, 'raad', '{"reden":"\\u0000"}'), 400, 'reden');
  });

  it('400: out-of-range numbers in query strings name the parameter', async () => {
    const get = (path: string, who: string) => t.http.get(`/api${path}`).set('Authorization', as[who]);
    expectError(await get('/signalen?offset=99999999999999999999', 'raad'), 400, 'offset');
    expectError(await get('/inbox?offset=99999999999999999999', 'dienst'), 400, 'offset');
    expectError(await get('/audit/events?na=1e20', 'auditor'), 400, 'na');
    expectError(await get('/audit/events?na=2^63', 'auditor'), 400, 'na');
    expectError(await get('/audit/events?na=9223372036854775808', 'auditor'), 400, 'na');
    expectError(await get('/signalen?limiet=1.5', 'raad'), 400, 'limiet');
    await get('/audit/events?na=9007199254740991', 'auditor').expect(200);
  });

  it('400: strict types: numbers are numbers, objects are objects', async () => {
    const send = (body: object) => t.http.post('/api/signalen').set('Authorization', as.raad).send(body);
    expectError(await send({ ...signaal, locatie: { lat: '50.9' } }), 400, 'locatie.lat');
    expectError(await send({ ...signaal, locatie: [] }), 400, 'locatie');
    expectError(await send({ ...signaal, locatie: 'hier' }), 400, 'locatie');
    expectError(await send({ ...signaal, locatie: { lat: 91 } }), 400, 'locatie.lat');
    expectError(await send({ ...signaal, titel: 5 }), 400, 'titel');
  });

  it('400: unknown keys and prototype keys are refused alike, in Dutch', async () => {
    for (const key of ['onbekend', '__proto__', 'constructor', 'prototype']) {
      const res = await raw(
        '/signalen',
        'raad',
        `{${JSON.stringify(key)}:{"x":1},${JSON.stringify(signaal).slice(1)}`,
      );
      expectError(res, 400, key);
      expect(res.body).toMatchObject({ code: 'ONGELDIGE_INVOER', message: `${key}: is geen bekend veld` });
      const nested = await raw(
        '/signalen',
        'raad',
        JSON.stringify({ ...signaal, locatie: { lat: 50 } }).replace(
          '"lat"',
          `${JSON.stringify(key)}:1,"lat"`,
        ),
      );
      expectError(nested, 400, `locatie.${key}`);
    }
    const query = await t.http.get('/api/signalen?__proto__=x').set('Authorization', as.raad);
    expectError(query, 400, '__proto__');
  });

  it('a chunked body: empty is no body, otherwise the same checks', async () => {
    const port = await listenOnLoopback(t);
    const chunked = (body: string, contentType?: string) =>
      new Promise<{ status: number; body: { field?: string } }>((resolve, reject) => {
        const req = request(
          {
            port,
            host: '127.0.0.1',
            method: 'POST',
            path: '/api/signalen',
            headers: { Authorization: as.raad, ...(contentType ? { 'Content-Type': contentType } : {}) },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        req.write(body);
        req.end();
      });
    // no bytes: no body, so the DTO names the first missing field rather than a 415
    expect(await chunked('')).toMatchObject({ status: 400, body: { field: 'titel' } });
    expect(await chunked('titel=x', 'text/plain')).toMatchObject({ status: 415 });
    expect(await chunked('{"__proto__":{}}', 'application/json')).toMatchObject({
      status: 400,
      body: { field: '__proto__' },
    });
  });

  it('400: endpoints without a body refuse one', async () => {
    const oppakken = `/signalen/${id}/doorsturingen/${doorsturing}/oppakken`;
    expectError(await raw(oppakken, 'dienst', '{}'), 400, 'body');
    expectError(await raw(oppakken, 'dienst', '{"x":1}'), 400, 'body');
    expectError(await raw(`/signalen/${id}/afsluiten`, 'raad', '{}'), 400, 'body');
    const get = await t.http
      .get('/api/signalen')
      .set('Authorization', as.raad)
      .set('Content-Type', 'application/json')
      .send('{}');
    expectError(get, 400, 'body');
  });
});
