import { SignJWT, UnsecuredJWT } from 'jose';
import { Client } from 'pg';
import {
  apiVoor,
  bearers,
  createTestDatabase,
  TEST_SECRET,
  TEST_SIGNAAL as signaal,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import { startTestApp, type TestApp } from './testing/test-app';

describe.each(testServers())('Signaalspoor through HTTP on $name PostgreSQL', ({ url }) => {
  let db: TestDatabase;
  let t: TestApp;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(url);
    t = await startTestApp(db.url);
    Object.assign(
      as,
      await bearers([
        'kermt',
        'kuringen',
        'wmOost',
        'wmNoord',
        'mobiliteit',
        'awv',
        'openbaarDomein',
        'groen',
        'auditor',
        'beheerder',
      ]),
    );
  });

  afterAll(async () => {
    await t?.close();
    await db?.drop();
  });

  /** every read reflects the commands before it (X-Positie) */
  const { post, get, zag, positie, antwoorden, terugkoppelen } = apiVoor(() => t.http, as);

  async function indienen(who = 'kermt'): Promise<string> {
    const res = await post('/signalen', who, signaal).expect(201);
    return res.body.id;
  }
  async function doorsturen(id: string, dienst: string): Promise<string> {
    const res = await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst }).expect(201);
    return res.body.id;
  }

  it('serves reference data to any signed-in user', async () => {
    const raden = await get('/raden', 'mobiliteit').expect(200);
    expect(raden.body.items).toContainEqual(
      expect.objectContaining({ id: 'dr-kermt', wijkmanager: 'wm-oost' }),
    );
    expect(
      (await get('/diensten', 'kermt').expect(200)).body.items.map((d: { id: string }) => d.id),
    ).toContain('de-lijn');
    expect((await get('/themas', 'auditor').expect(200)).body.items.length).toBeGreaterThan(5);
  });

  it('runs the whole loop: submit, route to two diensten, pickup, answer, send back, re-route, feedback, close', async () => {
    const id = await indienen();
    const mob = await doorsturen(id, 'mobiliteit');
    const awv = await doorsturen(id, 'awv');
    const naDoorsturing = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));

    await post(`/signalen/${id}/doorsturingen/${mob}/oppakken`, 'mobiliteit').expect(200);
    await antwoorden(id, mob, 'mobiliteit', {
      besluit: 'ingepland',
      antwoord: 'Een snelheidsremmer wordt geplaatst in maart.',
      verwachteDatum: '2027-03-31',
    }).expect(200);
    await post(`/signalen/${id}/doorsturingen/${awv}/terugsturen`, 'awv', {
      reden: 'Gemeenteweg, niet voor ons.',
    }).expect(200);
    const od = await doorsturen(id, 'openbaar-domein');
    await post(`/signalen/${id}/doorsturingen/${od}/oppakken`, 'openbaarDomein').expect(200);
    await terugkoppelen(id, 'wmOost', 'Mobiliteit plant een remmer.', false).expect(200);
    await terugkoppelen(id, 'wmOost', 'Klaar.').expect(409);
    const uitgevoerd = { besluit: 'uitgevoerd', antwoord: 'Markeringen vernieuwd.' };
    await antwoorden(id, od, 'openbaarDomein', uitgevoerd).expect(200);
    await terugkoppelen(id, 'wmOost', 'Alles is geregeld.').expect(200);
    const closed = await post(`/signalen/${id}/afsluiten`, 'kermt').expect(200);
    expect(closed.body).toMatchObject({ id, status: 'afgesloten' });

    const detail = await get(`/signalen/${id}`, 'kermt').expect(200);
    expect(detail.body).toMatchObject({
      id,
      raadId: 'dr-kermt',
      status: 'afgesloten',
      balBij: 'niemand',
    });
    expect(detail.headers.etag).toBe(`"${detail.body.revision}"`);
    expect(Number(detail.headers['x-positie'])).toBeGreaterThanOrEqual(positie());
    expect(
      detail.body.doorsturingen.map((d: { dienstId: string; status: string }) => [d.dienstId, d.status]),
    ).toEqual([
      ['mobiliteit', 'beantwoord'],
      ['awv', 'teruggestuurd'],
      ['openbaar-domein', 'beantwoord'],
    ]);

    // time travel: the state as the log recorded it right after routing
    const toen = await get(`/audit/signalen/${id}?op=${naDoorsturing}`, 'auditor').expect(200);
    expect(toen.body).toMatchObject({
      id,
      status: 'in-behandeling',
      revision: 2,
      balBij: 'dienst',
      openDiensten: ['mobiliteit', 'awv'],
    });
    await get(`/audit/signalen/${id}?op=2000-01-01`, 'auditor').expect(404);
    expect((await get(`/audit/signalen/${id}?op=gisteren`, 'auditor').expect(400)).body.field).toBe('op');
    await get(`/audit/signalen/${id}`, 'wmOost').expect(403);

    const traject = await get(`/signalen/${id}/traject`, 'wmOost').expect(200);
    expect(traject.body.hops.map((h: { type: string }) => h.type)).toEqual([
      'SignaalIngediend',
      'DoorgestuurdNaarDienst',
      'DoorgestuurdNaarDienst',
      'OpgepaktDoorDienst',
      'BeantwoordDoorDienst',
      'TeruggestuurdDoorDienst',
      'DoorgestuurdNaarDienst',
      'OpgepaktDoorDienst',
      'TeruggekoppeldAanRaad',
      'BeantwoordDoorDienst',
      'TeruggekoppeldAanRaad',
      'SignaalAfgesloten',
    ]);
    const hops = traject.body.hops;
    expect(hops[0]).toMatchObject({ actor: { rol: 'raad' }, duurMs: null, balBij: 'wijkmanager' });
    expect(hops[1]).toMatchObject({ actor: { rol: 'wijkmanager', id: 'wm-oost' }, balBij: 'dienst' });
    expect(hops[5]).toMatchObject({
      actor: { rol: 'dienst' },
      gegevens: { dienstId: 'awv', reden: 'Gemeenteweg, niet voor ons.' },
    });
    for (const hop of hops.slice(1)) expect(hop.duurMs).toBeGreaterThanOrEqual(0);
    expect(hops.map((h: { positie: number }) => h.positie)).toEqual(
      [...hops.map((h: { positie: number }) => h.positie)].sort((a, b) => a - b),
    );
    expect(traject.body).toMatchObject({ signaalId: id, balBij: 'niemand', houder: { rol: 'niemand' } });

    const inboxOd = await get('/inbox?status=alle', 'openbaarDomein').expect(200);
    expect(inboxOd.body.items).toContainEqual(
      expect.objectContaining({
        id: od,
        signaalId: id,
        status: 'beantwoord',
        titel: signaal.titel,
      }),
    );
    expect(
      (await get('/inbox', 'openbaarDomein').expect(200)).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(od);
    await get('/inbox?dienst=groen', 'openbaarDomein').expect(403);
    await get('/inbox', 'kermt').expect(403);

    // each role sees it in its own list
    const inbox = await get('/signalen?dienst=mobiliteit', 'mobiliteit').expect(200);
    expect(inbox.body.items.map((s: { id: string }) => s.id)).toContain(id);
    const eigen = await get('/signalen?status=afgesloten', 'kermt').expect(200);
    expect(eigen.body.items.map((s: { id: string }) => s.id)).toContain(id);
    expect(
      (await get('/signalen', 'kuringen').expect(200)).body.items.map((s: { id: string }) => s.id),
    ).not.toContain(id);
    expect(
      (await get('/signalen', 'wmNoord').expect(200)).body.items.map((s: { id: string }) => s.id),
    ).not.toContain(id);
  });

  it('refuses "uitgevoerd" on a date after today with a 400 naming verwachteDatum, and changes nothing', async () => {
    const id = await indienen();
    const d = await doorsturen(id, 'mobiliteit');
    const overmorgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const antwoord = {
      besluit: 'uitgevoerd',
      antwoord: 'Markeringen vernieuwd.',
      verwachteDatum: overmorgen,
    };
    const res = await antwoorden(id, d, 'mobiliteit', antwoord).expect(400);
    expect(res.body).toMatchObject({ field: 'verwachteDatum' });
    expect(res.body.message).toMatch(/verwachteDatum.*niet na vandaag/);
    const detail = await get(`/signalen/${id}`, 'mobiliteit').expect(200);
    expect(detail.body.doorsturingen).toMatchObject([{ id: d, status: 'doorgestuurd' }]);
    // the same date for a planned action is fine
    await antwoorden(id, d, 'mobiliteit', { ...antwoord, besluit: 'ingepland' }).expect(200);
  });

  it('asks and gets clarification, then the raad reopens and the wijkmanager routes again', async () => {
    const id = await indienen();
    await post(`/signalen/${id}/verduidelijkingsvragen`, 'wmOost', { vraag: 'Welk kruispunt?' }).expect(200);
    expect((await get(`/signalen/${id}`, 'kermt').expect(200)).body).toMatchObject({
      status: 'verduidelijking-gevraagd',
      balBij: 'raad',
    });
    await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(409);
    await post(`/signalen/${id}/verduidelijkingen`, 'kermt', {
      antwoord: 'Kerkstraat x Stationsstraat.',
    }).expect(200);
    await terugkoppelen(id, 'wmOost', 'Valt onder lopend project.').expect(200);
    await post(`/signalen/${id}/heropenen`, 'kermt', { reden: 'Het project lost dit niet op.' }).expect(200);
    const mob = await doorsturen(id, 'mobiliteit');
    expect(mob).toMatch(/^[0-9a-f-]{36}$/);
    expect((await get(`/signalen/${id}`, 'kermt').expect(200)).body.status).toBe('in-behandeling');
    await post(`/signalen/${id}/intrekken`, 'kermt', {}).expect(200);
    await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'groen' }).expect(409);
  });

  describe('refusals', () => {
    let id: string;
    let mob: string;
    beforeAll(async () => {
      id = await indienen();
      mob = await doorsturen(id, 'mobiliteit');
    });

    it('400: invalid input names the field and writes nothing', async () => {
      const before = (await get('/audit/events?limiet=1000', 'auditor')).body.items.length;
      const res = await post('/signalen', 'kermt', { ...signaal, titel: '   ' }).expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'ONGELDIGE_INVOER', field: 'titel' });
      expect((await post('/signalen', 'kermt', { ...signaal, bron: 'twitter' }).expect(400)).body.field).toBe(
        'bron',
      );
      expect(
        (await post('/signalen', 'kermt', { ...signaal, thema: 'onbestaand' }).expect(400)).body,
      ).toMatchObject({ code: 'ONBEKEND_THEMA', field: 'thema' });
      expect((await post('/signalen', 'kermt', { ...signaal, extra: 1 }).expect(400)).body.field).toBe(
        'extra',
      );
      expect(
        (await post('/signalen', 'kermt', { ...signaal, titel: 'x'.repeat(201) }).expect(400)).body.field,
      ).toBe('titel');
      expect(
        (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'nasa' }).expect(400)).body.field,
      ).toBe('dienst');
      const misschien = { besluit: 'misschien', antwoord: 'x' };
      expect((await antwoorden(id, mob, 'mobiliteit', misschien).expect(400)).body.field).toBe('besluit');
      expect(
        (
          await post(`/signalen/${id}/terugkoppelingen`, 'wmOost', {
            boodschap: 'x',
            definitief: 'ja',
          }).expect(400)
        ).body.field,
      ).toBe('definitief');
      expect((await get('/signalen?limiet=0', 'kermt').expect(400)).body.field).toBe('limiet');
      expect((await get('/signalen?overschreden=ja', 'wmOost').expect(400)).body.field).toBe('overschreden');
      expect((await get('/signalen?overschreden=true', 'wmOost').expect(200)).body.items).toEqual([]);
      expect((await get('/signalen/niet-een-uuid', 'kermt').expect(400)).body.field).toBe('id');
      const malformed = await t.http
        .post('/api/signalen')
        .set('Authorization', as.kermt)
        .set('Content-Type', 'application/json')
        .send('{"titel": ')
        .expect(400);
      expect(malformed.body).toMatchObject({ code: 'ONGELDIGE_JSON', field: 'body' });
      const after = (await get('/audit/events?limiet=1000', 'auditor')).body.items.length;
      expect(after).toBe(before);
    });

    it('401: no token, a forged token, alg none, an expired token', async () => {
      expect((await t.http.get('/api/signalen').expect(401)).body.code).toBe('NIET_AANGEMELD');
      const forged = await new SignJWT({ rol: 'auditor' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('not-the-secret-not-the-secret-not-the-secret'));
      await t.http.get('/api/signalen').set('Authorization', `Bearer ${forged}`).expect(401);
      const none = new UnsecuredJWT({ rol: 'auditor' }).setSubject('x').setExpirationTime('1h').encode();
      await t.http.get('/api/signalen').set('Authorization', `Bearer ${none}`).expect(401);
      const expired = await new SignJWT({ rol: 'auditor' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('x')
        .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
        .sign(new TextEncoder().encode(TEST_SECRET));
      await t.http.get('/api/signalen').set('Authorization', `Bearer ${expired}`).expect(401);
    });

    it('403: not yours, or not your role', async () => {
      await get(`/signalen/${id}`, 'kuringen').expect(403);
      await get(`/signalen/${id}/traject`, 'groen').expect(403);
      await post(`/signalen/${id}/doorsturingen`, 'wmNoord', { dienst: 'groen' }).expect(403);
      await post(`/signalen/${id}/doorsturingen`, 'kermt', { dienst: 'groen' }).expect(403);
      await post(`/signalen/${id}/doorsturingen/${mob}/oppakken`, 'awv').expect(403);
      await post(`/signalen/${id}/intrekken`, 'kuringen', {}).expect(403);
      await post('/signalen', 'auditor', signaal).expect(403);
      await get('/audit/events', 'kermt').expect(403);
      await get('/signalen?raad=dr-kuringen', 'kermt').expect(403);
      await get(`/signalen/${id}`, 'auditor').expect(200);
    });

    it('403: a dienst that has another doorsturing on the signaal cannot act on this one', async () => {
      const groen = await doorsturen(id, 'groen');
      const res = await post(`/signalen/${id}/doorsturingen/${mob}/oppakken`, 'groen').expect(403);
      expect(res.body.code).toBe('DOORSTURING_NIET_VAN_DIENST');
      await post(`/signalen/${id}/doorsturingen/${groen}/terugsturen`, 'groen', {
        reden: 'Geen groen.',
      }).expect(200);
    });

    it('404: unknown signaal or doorsturing', async () => {
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect((await get(`/signalen/${unknown}`, 'auditor').expect(404)).body.code).toBe('SIGNAAL_ONBEKEND');
      await post(`/signalen/${unknown}/doorsturingen`, 'wmOost', { dienst: 'groen' }).expect(404);
      const res = await post(`/signalen/${id}/doorsturingen/${unknown}/oppakken`, 'mobiliteit').expect(404);
      expect(res.body).toMatchObject({ code: 'DOORSTURING_ONBEKEND', field: 'doorsturingId' });
      await get('/nergens', 'kermt').expect(404);
    });

    it('409: transitions the state does not allow', async () => {
      await post(`/signalen/${id}/doorsturingen/${mob}/oppakken`, 'mobiliteit').expect(200);
      expect(
        (await post(`/signalen/${id}/doorsturingen/${mob}/oppakken`, 'mobiliteit').expect(409)).body.code,
      ).toBe('DOORSTURING_AL_OPGEPAKT');
      expect(
        (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(409)).body
          .code,
      ).toBe('AL_DOORGESTUURD_NAAR_DIENST');
      expect((await post(`/signalen/${id}/afsluiten`, 'kermt').expect(409)).body.code).toBe(
        'GEEN_DEFINITIEVE_TERUGKOPPELING',
      );
      expect((await terugkoppelen(id, 'wmOost', 'x').expect(409)).body.code).toBe('DOORSTURINGEN_NOG_OPEN');
      await post(`/signalen/${id}/intrekken`, 'kermt', { reden: 'Opgelost door de buren.' }).expect(200);
      expect(
        (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'groen' }).expect(409)).body.code,
      ).toBe('SIGNAAL_INGETROKKEN');
      const uitgevoerd = { besluit: 'uitgevoerd', antwoord: 'x' };
      expect((await antwoorden(id, mob, 'mobiliteit', uitgevoerd).expect(409)).body.code).toBe(
        'SIGNAAL_INGETROKKEN',
      );
    });
  });

  it('Idempotency-Key: five parallel requests with one key make one signaal and one answer', async () => {
    const before = (await get('/signalen?limiet=500', 'kermt')).body.total;
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.http
          .post('/api/signalen')
          .set('Authorization', as.kermt)
          .set('Idempotency-Key', 'e2e-key-1')
          .send(signaal),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
    responses.forEach((r) => zag(r.body.positie));
    expect((await get('/signalen?limiet=500', 'kermt')).body.total).toBe(before + 1);
    const reused = await t.http
      .post('/api/signalen')
      .set('Authorization', as.kermt)
      .set('Idempotency-Key', 'e2e-key-1')
      .send({ ...signaal, titel: 'Iets anders' })
      .expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_HERGEBRUIKT', field: 'Idempotency-Key' });
    // a refusal writes nothing: the retry decides again, on the same state the same refusal
    const id = responses[0].body.id;
    const first = await post(`/signalen/${id}/afsluiten`, 'kermt')
      .set('Idempotency-Key', 'e2e-key-2')
      .expect(409);
    const again = await post(`/signalen/${id}/afsluiten`, 'kermt')
      .set('Idempotency-Key', 'e2e-key-2')
      .expect(409);
    expect(again.body).toEqual(first.body);
  });

  it('the auditor reads the global log in order, page by page', async () => {
    const first = await get('/audit/events?na=0&limiet=3', 'auditor').expect(200);
    expect(first.body.items.map((e: { positie: number }) => e.positie)).toEqual([1, 2, 3]);
    expect(first.body).toMatchObject({ na: 0, limiet: 3, volgende: 3 });
    expect(first.body.items[0]).toMatchObject({
      type: 'SignaalIngediend',
      revision: 0,
      streamId: expect.stringMatching(/^signaal-/),
      metadata: {
        eventId: expect.any(String),
        actor: { rol: 'raad' },
        correlationId: expect.any(String),
        causationId: expect.any(String),
        schemaVersion: 1,
        occurredAt: expect.any(String),
        recordedAt: expect.any(String),
      },
    });
    const next = await get(`/audit/events?na=${first.body.volgende}&limiet=2`, 'auditor').expect(200);
    expect(next.body.items[0].positie).toBe(4);
    await post('/signalen', 'auditor', signaal).expect(403);
  });

  it('proves the log intact, and detects an altered event', async () => {
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toMatchObject({
      intact: true,
      gecontroleerd: expect.any(Number),
    });
    await get('/audit/verificatie', 'kermt').expect(403);
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    try {
      const { rows } = await sql.query('SELECT data FROM events WHERE position = 2');
      await sql.query(`UPDATE events SET data = data || '{"toelichting": "vervalst"}' WHERE position = 2`);
      expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toEqual({
        intact: false,
        gecontroleerd: expect.any(Number),
        eersteAfwijking: { positie: 2, reden: expect.any(String) },
      });
      await sql.query('UPDATE events SET data = $1 WHERE position = 2', [rows[0].data]);
      expect((await get('/audit/verificatie', 'auditor').expect(200)).body.intact).toBe(true);
    } finally {
      await sql.end();
    }
  });

  it('gives auditors feedback figures per raad and answer figures per dienst', async () => {
    const perRaad = await get('/cijfers?per=raad', 'auditor').expect(200);
    const kermt = perRaad.body.items.find((r: { sleutel: string }) => r.sleutel === 'dr-kermt');
    expect(kermt).toMatchObject({ signalen: expect.any(Number), teruggekoppeld: expect.any(Number) });
    expect(kermt.teruggekoppeld).toBeGreaterThanOrEqual(1);
    expect(kermt.terugkoppelingsgraad).toBeCloseTo(
      kermt.teruggekoppeld / (kermt.signalen - kermt.ingetrokken),
      2,
    );
    const perDienst = await get('/cijfers?per=dienst', 'auditor').expect(200);
    expect(perDienst.body.items).toContainEqual(
      expect.objectContaining({ sleutel: 'awv', teruggestuurd: 1 }),
    );
    expect((await get('/cijfers?per=kleur', 'auditor').expect(400)).body.field).toBe('per');
    await get('/cijfers?per=raad', 'kermt').expect(403);
  });

  it("drafts the agenda of a raad's yearly meeting", async () => {
    const agenda = await get('/raden/dr-kermt/agenda', 'wmOost').expect(200);
    expect(agenda.body).toMatchObject({
      raad: { id: 'dr-kermt', naam: 'Dorpsraad Kermt' },
    });
    const statuses = (list: { status: string }[]) => new Set(list.map((s) => s.status));
    expect(agenda.body.open.length).toBeGreaterThan(0);
    expect(statuses(agenda.body.open)).not.toContain('afgesloten');
    expect(statuses(agenda.body.afgerond)).toEqual(new Set(['afgesloten', 'ingetrokken']));
    await get('/raden/dr-kermt/agenda', 'kermt').expect(200);
    await get('/raden/dr-kermt/agenda', 'kuringen').expect(403);
    await get('/raden/dr-kermt/agenda', 'wmNoord').expect(403);
    await get('/raden/dr-nergens/agenda', 'auditor').expect(404);
    expect((await get('/raden/dr-kermt/agenda?sinds=ooit', 'auditor').expect(400)).body.field).toBe('sinds');
    const later = await get(
      `/raden/dr-kermt/agenda?sinds=${new Date(Date.now() + 60_000).toISOString()}`,
      'auditor',
    );
    expect(later.body.afgerond).toEqual([]);
  });

  it('lets a beheerder rebuild the signalen read model from the log, to the same result', async () => {
    const before = await get('/signalen?limiet=500', 'auditor').expect(200);
    const rebuilt = await post('/beheer/projecties/signalen/herbouwen', 'beheerder').expect(200);
    expect(rebuilt.body).toMatchObject({
      name: 'signalen',
      state: 'live',
      lag: 0,
      positie: expect.any(Number),
    });
    expect((await get('/signalen?limiet=500', 'auditor').expect(200)).body).toEqual(before.body);
    await post('/beheer/projecties/signalen/herbouwen', 'auditor').expect(403);
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.http.get('/api/openapi.json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/signalen', '/api/signalen/{id}/traject', '/api/audit/events']),
    );
  });

  it('keeps everything across a restart on the same database', async () => {
    const id = await indienen();
    await t.close();
    t = await startTestApp(db.url);
    const detail = await get(`/signalen/${id}`, 'kermt').expect(200);
    expect(detail.body.status).toBe('ingediend');
    await doorsturen(id, 'mobiliteit');
  });
});
