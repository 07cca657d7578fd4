import { DEMO_REFERENCE_DATA, parseReferenceData } from '@signaalspoor/reference-data';
import { apiVoor, bearers, eventually, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

// Open to residents: the raad publishes, unpublishes, the wijkmanager withdraws; every public surface
// shows the public signaal and nothing of the others, and no person.

const reference = parseReferenceData(DEMO_REFERENCE_DATA);
const INDIENER = { naam: 'Griet Vanhoudt', email: 'griet.vanhoudt@example.org' };
const REDEN = 'De omschrijving noemt een bewoner bij naam.';
/** every person's name, e-mail and user id the demo set and the tokens know, and the submitter's */
const PERSOONLIJK = [
  ...reference.wijkmanagers.flatMap((w) => [w.id, w.naam, w.email!]),
  ...reference.raden.map((r) => r.email!),
  ...reference.diensten.map((d) => d.email!),
  'raad-dr-kermt',
  'dienst-mobiliteit',
  'auditor-test',
  INDIENER.naam,
  INDIENER.email,
  '@example.org',
].filter(Boolean);

const signaal = (titel: string, extra: object = {}) => ({
  titel,
  omschrijving: `${titel}: de bank aan het kerkplein is kapot.`,
  thema: 'openbaar-domein',
  bron: 'open-forum',
  locatie: { omschrijving: 'Kerkplein Kermt', lat: 50.95, lon: 5.37 },
  indiener: INDIENER,
  ...extra,
});

describe.each(testServers())('open to residents on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  const as: Record<string, string> = {};
  const { post, get, antwoorden, terugkoppelen } = apiVoor(() => t.http, as);

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url, { PUBLIC_URL: 'https://signaalspoor.example.net' });
    Object.assign(as, await bearers(['kermt', 'wmOost', 'mobiliteit', 'auditor']));
  });
  afterAll(() => t?.close());

  /** every public surface, fetched without a token */
  async function oppervlakken(extraIds: string[]) {
    const paden = [
      '/publiek',
      '/publiek/dr-kermt',
      '/publiek/dr-kermt?status=teruggekoppeld&thema=openbaar-domein',
      '/api/publiek/raden',
      '/api/publiek/raden/dr-kermt/signalen',
      '/api/publiek/raden/dr-kermt/feed.atom',
      '/open311/v2/services.json',
      '/open311/v2/requests.json',
      `/open311/v2/requests.json?service_request_id=${extraIds.join(',')}`,
      ...extraIds.map((id) => `/open311/v2/requests/${id}.json`),
    ];
    return Promise.all(
      paden.map(async (pad) => {
        const res = await t.http.get(pad);
        return { pad, res, tekst: `${JSON.stringify(res.headers)}\n${res.text}` };
      }),
    );
  }

  it('shows what the raad published, and nothing of the rest: not a signaal, not a person', async () => {
    // A: public from the start, routed, answered and fed back
    const a = (await post('/signalen', 'kermt', signaal('PUBLIEK-A bank', { openbaar: true })).expect(201))
      .body.id;
    // B: never public
    const b = (await post('/signalen', 'kermt', signaal('GEHEIM-B bank')).expect(201)).body.id;
    // C: public, then private again
    const c = (await post('/signalen', 'kermt', signaal('GEHEIM-C bank')).expect(201)).body.id;
    await post(`/signalen/${c}/openbaar`, 'kermt', { openbaar: true }).expect(200);
    // D: public, then withdrawn by the wijkmanager
    const d = (await post('/signalen', 'kermt', signaal('GEHEIM-D bank', { openbaar: true })).expect(201))
      .body.id;

    const doorsturing = (
      await post(`/signalen/${a}/doorsturingen`, 'wmOost', {
        dienst: 'openbaar-domein',
        toelichting: 'INTERN-toelichting',
      }).expect(201)
    ).body.id;
    await post(`/signalen/${a}/doorsturingen/${doorsturing}/antwoord`, 'wmOost', {}).expect(403);
    const dienst = (await bearers({ od: 'openbaarDomein' })).od;
    as.od = dienst;
    const antwoord = {
      besluit: 'ingepland',
      antwoord: 'Een nieuwe bank in april.',
      verwachteDatum: '2027-04-30',
    };
    await antwoorden(a, doorsturing, 'od', antwoord).expect(200);
    await terugkoppelen(a, 'wmOost', 'De bank komt in april.').expect(200);

    // all four public for a moment: the ETag of the list then, to compare with later
    await eventually(async () => {
      const lijst = await t.http.get('/api/publiek/raden/dr-kermt/signalen').expect(200);
      expect(lijst.body.items.map((s: { id: string }) => s.id).sort()).toEqual([a, c, d].sort());
    });
    const etagMetAllen = (await t.http.get('/api/publiek/raden/dr-kermt/signalen')).headers.etag;

    await post(`/signalen/${c}/openbaar`, 'kermt', { openbaar: false }).expect(200);
    await post(`/signalen/${d}/openbaar`, 'wmOost', { openbaar: false }).expect(400); // needs a reason
    await post(`/signalen/${d}/openbaar`, 'wmOost', { openbaar: false, reden: REDEN }).expect(200);
    // the raad cannot undo the wijkmanager's withdrawal, and sees why
    const terug = await post(`/signalen/${d}/openbaar`, 'kermt', { openbaar: true }).expect(409);
    expect(terug.body.code).toBe('AFGESCHERMD_DOOR_WIJKMANAGER');
    const zicht = await get(`/signalen/${d}`, 'kermt').expect(200);
    expect(zicht.body).toMatchObject({ openbaar: false, afgeschermd: { reden: REDEN } });
    const traject = await get(`/signalen/${d}/traject`, 'kermt').expect(200);
    expect(JSON.stringify(traject.body)).toContain(REDEN);
    expect((await get(`/signalen/${a}`, 'kermt').expect(200)).body.openbaar).toBe(true);
    // another raad's signaal is not yours to publish
    await post(`/signalen/${a}/openbaar`, 'auditor', { openbaar: false }).expect(403);

    await eventually(async () => {
      const lijst = await t.http.get('/api/publiek/raden/dr-kermt/signalen').expect(200);
      expect(lijst.body.items.map((s: { id: string }) => s.id)).toEqual([a]);
    });

    const geheim = [b, c, d, 'GEHEIM-', REDEN, 'INTERN-toelichting'];
    for (const { pad, res, tekst } of await oppervlakken([b, c, d])) {
      expect({ pad, status: res.status }).toEqual({ pad, status: expect.any(Number) });
      expect(res.status).toBeLessThan(500);
      for (const woord of [...geheim, ...PERSOONLIJK]) {
        if (tekst.includes(woord)) throw new Error(`${pad} (${res.status}) lekt ${woord}`);
      }
    }

    // the public signaal is on every surface, with its answer and feedback
    const pagina = await t.http.get('/publiek/dr-kermt').expect(200).expect('Content-Type', /html/);
    expect(pagina.text).toContain('PUBLIEK-A bank');
    expect(pagina.text).toContain('Een nieuwe bank in april.');
    expect(pagina.text).toContain('De bank komt in april.');
    expect(pagina.headers['cache-control']).toMatch(/^public, max-age=\d+/);
    // gzipped for who accepts it (supertest does, and unzips), plain for who does not
    expect(pagina.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    const plat = await t.http.get('/publiek/dr-kermt').set('Accept-Encoding', 'identity').expect(200);
    expect(plat.headers['content-encoding']).toBeUndefined();
    expect(plat.text).toBe(pagina.text);
    expect((await t.http.get('/publiek').expect(200)).text).toContain('/publiek/dr-kermt');
    const feed = await t.http.get('/api/publiek/raden/dr-kermt/feed.atom').expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(feed.text).toContain(`urn:uuid:${a}`);
    expect(feed.text).toContain('https://signaalspoor.example.net/publiek/dr-kermt');
    const [item] = (await t.http.get('/api/publiek/raden/dr-kermt/signalen').expect(200)).body.items;
    expect(item).toMatchObject({
      id: a,
      status: 'teruggekoppeld',
      thema: 'openbaar-domein',
      antwoorden: [
        { dienst: 'Dienst Openbaar Domein en Wegen', besluit: 'ingepland', verwachteDatum: '2027-04-30' },
      ],
      terugkoppelingen: [{ boodschap: 'De bank komt in april.', definitief: true }],
    });
    expect(item.stappen.map((s: { type: string }) => s.type)).toEqual([
      'SignaalIngediend',
      'DoorgestuurdNaarDienst',
      'BeantwoordDoorDienst',
      'TeruggekoppeldAanRaad',
    ]);
    expect(item.stappen[0].duurMs).toBeNull();
    expect(typeof item.stappen[1].duurMs).toBe('number');

    // the list's ETag changed when signalen left it; the current one gives 304, the old one 200
    const nu = await t.http.get('/api/publiek/raden/dr-kermt/signalen').expect(200);
    expect(nu.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(nu.headers.etag).not.toBe(etagMetAllen);
    const niets = await t.http
      .get('/api/publiek/raden/dr-kermt/signalen')
      .set('If-None-Match', nu.headers.etag)
      .expect(304);
    expect(niets.text ?? '').toBe('');
    await t.http.get('/api/publiek/raden/dr-kermt/signalen').set('If-None-Match', etagMetAllen).expect(200);
    // every public route is limited per client address, once: the edge's limit (express-rate-limit's
    // RateLimit header), each request counted once, answered from memory or not
    const resterend = async (pad: string) =>
      Number(/\br=(\d+)/.exec((await t.http.get(pad).expect(200)).headers.ratelimit)?.[1]);
    for (const pad of [
      '/publiek',
      '/publiek/dr-kermt',
      '/api/publiek/raden',
      '/api/publiek/raden/dr-kermt/signalen',
      '/open311/v2/services.json',
      `/open311/v2/requests/${a}.json`,
    ]) {
      const eerst = await resterend(pad);
      expect(await resterend(pad)).toBe(eerst - 1);
    }
    for (const pad of [
      '/publiek/dr-kermt',
      '/open311/v2/requests.json',
      '/api/publiek/raden/dr-kermt/feed.atom',
    ]) {
      const eerst = await t.http.get(pad).expect(200);
      await t.http.get(pad).set('If-None-Match', eerst.headers.etag).expect(304);
    }
  });

  it('never serves a signaal from memory once the view made it private, not even for its old ETag', async () => {
    const e = (await post('/signalen', 'kermt', signaal('KORT-E bank', { openbaar: true })).expect(201)).body
      .id as string;
    const paden = [
      '/publiek/dr-kermt',
      '/api/publiek/raden/dr-kermt/signalen',
      '/api/publiek/raden/dr-kermt/feed.atom',
      '/open311/v2/requests.json',
      `/open311/v2/requests/${e}.json`,
    ];
    await eventually(async () => {
      for (const pad of paden) expect((await t.http.get(pad).expect(200)).text).toContain(e);
    });
    // asked again: answered from memory, and its ETag gives 304
    const etags = new Map<string, string>();
    for (const pad of paden) {
      const res = await t.http.get(pad).expect(200);
      expect(res.text).toContain(e);
      etags.set(pad, res.headers.etag);
      await t.http.get(pad).set('If-None-Match', res.headers.etag).expect(304);
    }

    await post(`/signalen/${e}/openbaar`, 'kermt', { openbaar: false }).expect(200);
    // once the view reflects it (a signed-in read waits for the positie the command answered) ...
    const zicht = await get(`/signalen/${e}`, 'kermt').expect(200);
    expect(zicht.body.openbaar).toBe(false);
    // ... the very next request of every surface, with the ETag it had, no longer shows it
    for (const pad of paden) {
      const res = await t.http.get(pad).set('If-None-Match', etags.get(pad)!);
      expect({ pad, status: res.status }).toEqual({ pad, status: pad.endsWith(`${e}.json`) ? 404 : 200 });
      expect(res.text).not.toContain(e);
    }
  });

  it('answers Open311 GeoReport v2: the public signalen as service requests, filters, errors as the spec has them', async () => {
    const services = await t.http.get('/open311/v2/services.json').expect(200);
    expect(services.body).toContainEqual({
      service_code: 'openbaar-domein',
      service_name: expect.any(String),
      description: expect.any(String),
      metadata: false,
      type: 'realtime',
      keywords: expect.any(String),
      group: expect.any(String),
    });
    const lijst = await t.http.get('/open311/v2/requests.json').expect(200);
    expect(lijst.body).toHaveLength(1);
    const [request] = lijst.body;
    // the fields and types of the spec's own example of GET requests
    expect(request).toEqual({
      service_request_id: expect.any(String),
      status: 'open',
      status_notes: 'De bank komt in april.',
      service_name: expect.any(String),
      service_code: 'openbaar-domein',
      description: expect.stringContaining('PUBLIEK-A bank'),
      agency_responsible: 'Dienst Openbaar Domein en Wegen',
      service_notice: null,
      requested_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      updated_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      expected_datetime: '2027-04-30T00:00:00Z',
      address: 'Kerkplein Kermt',
      address_id: null,
      zipcode: null,
      lat: 50.95,
      long: 5.37,
      media_url: null,
    });
    const id = request.service_request_id;
    expect((await t.http.get(`/open311/v2/requests/${id}.json`).expect(200)).body).toEqual([request]);

    const ids = async (query: string) =>
      (await t.http.get(`/open311/v2/requests.json?${query}`).expect(200)).body.map(
        (r: { service_request_id: string }) => r.service_request_id,
      );
    expect(await ids('status=open')).toEqual([id]);
    expect(await ids('status=closed')).toEqual([]);
    expect(await ids('status=open,closed')).toEqual([id]);
    expect(await ids('service_code=groen')).toEqual([]);
    expect(await ids('service_code=groen,openbaar-domein')).toEqual([id]);
    expect(await ids('start_date=2999-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('end_date=2000-01-01T00:00:00Z')).toEqual([]);
    expect(await ids('start_date=2000-01-01T00:00:00Z&end_date=2999-01-01T00:00:00%2B01:00')).toEqual([id]);
    expect(await ids(`service_request_id=${id}&status=closed`)).toEqual([id]); // overrides the rest

    for (const query of [
      'start_date=gisteren',
      'status=half',
      'end_date=2026-13-45T00:00:00Z',
      'status=open&status=closed',
    ]) {
      const fout = await t.http.get(`/open311/v2/requests.json?${query}`).expect(400);
      expect(fout.body).toEqual([{ code: 400, description: expect.any(String) }]);
    }
    // unknown and not public: the same 404, word for word
    const onbekend = await t.http
      .get('/open311/v2/requests/00000000-0000-4000-8000-000000000000.json')
      .expect(404);
    expect(onbekend.body).toEqual([{ code: 404, description: expect.any(String) }]);
    const prive = (await post('/signalen', 'kermt', signaal('GEHEIM-E bank')).expect(201)).body.id;
    const nietOpenbaar = await t.http.get(`/open311/v2/requests/${prive}.json`).expect(404);
    expect(nietOpenbaar.text).toBe(onbekend.text);
  });

  it('refuses what does not exist: an unknown raad, a filter that is no status or thema', async () => {
    await t.http.get('/api/publiek/raden/dr-nergens/signalen').expect(404);
    await t.http.get('/api/publiek/raden/dr-nergens/feed.atom').expect(404);
    const pagina = await t.http.get('/publiek/dr-nergens').expect(404).expect('Content-Type', /html/);
    expect(pagina.text).toContain('Deze raad bestaat niet.');
    const status = await t.http.get('/api/publiek/raden/dr-kermt/signalen?status=kapot').expect(400);
    expect(status.body.field).toBe('status');
    const thema = await t.http.get('/api/publiek/raden/dr-kermt/signalen?thema=onbekend').expect(400);
    expect(thema.body.field).toBe('thema');
    await t.http.get('/publiek/dr-kermt?thema=onbekend').expect(400);
    await t.http.get('/publiek/dr-kermt?status=kapot').expect(400);
  });
});
