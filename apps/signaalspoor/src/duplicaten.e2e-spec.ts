import { SmtpTestServer } from '@signaalspoor/meldingen/testing';
import { apiVoor, bearer, bearers, testServers } from '@signaalspoor/testing';
import { allesVerstuurd, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

// Ports 3730-3739 belong to this file.
const PUBLIC_URL = 'https://signaalspoor.example.org';
const signaal = (titel: string) => ({
  titel,
  omschrijving: 'Auto’s rijden te snel langs de school.',
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
});

describe.each(testServers())('duplicates through HTTP on $name PostgreSQL', ({ url, name }) => {
  const smtp = new SmtpTestServer(name === 'embedded' ? 3730 : 3731);
  let t: TestApp;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    await smtp.start();
    t = await startTestAppOnNewDatabase(url, { SMTP_URL: smtp.url, PUBLIC_URL });
    Object.assign(as, await bearers(['kermt', 'stevoort', 'wmOost', 'wmNoord', 'mobiliteit', 'auditor']));
  });

  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  /** every read reflects the commands before it (X-Positie) */
  const { post, get, doorsturen, antwoorden, terugkoppelen } = apiVoor(() => t.http, as);
  const mailsAan = (adres: string) => smtp.mails.filter((m) => m.aan.includes(adres)).map((m) => m.onderwerp);

  it('links a duplicate: the answer and final feedback of the main signaal reach it and its raad', async () => {
    const hoofd = (await post('/signalen', 'kermt', signaal('Te snel verkeer aan de school')).expect(201))
      .body.id;
    const dup = (await post('/signalen', 'stevoort', signaal('Snelheid aan de schoolpoort')).expect(201)).body
      .id;
    const cijfersVoor = (await get('/cijfers?per=thema', 'auditor').expect(200)).body.items;

    const link = await post(`/signalen/${dup}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: hoofd,
      reden: 'Zelfde school, al gemeld door Kermt.',
    }).expect(200);
    expect(link.body).toMatchObject({ id: dup, status: 'duplicaat' });
    await post(`/signalen/${dup}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: hoofd,
      reden: 'Nog eens.',
    }).expect(409);
    await post(`/signalen/${dup}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(409);

    const d = (await doorsturen(hoofd, 'wmOost', 'mobiliteit').expect(201)).body.id;
    const antwoord = { besluit: 'ingepland', antwoord: 'Een zone 30 met flitspaal in september.' };
    await antwoorden(hoofd, d, 'mobiliteit', antwoord).expect(200);
    await terugkoppelen(hoofd, 'wmOost', 'De zone 30 komt in september.').expect(200);
    await allesVerstuurd(t);

    // the linked raad heard of the link, the answer and the final feedback, each with its own signaal's link
    expect(mailsAan('dr-stevoort@example.org').map((s) => s.replace(/ — Signaalspoor$/, ''))).toEqual([
      'Gekoppeld aan een gelijkaardig signaal: Snelheid aan de schoolpoort',
      'Antwoord op een gelijkaardig signaal: Snelheid aan de schoolpoort',
      'Definitieve terugkoppeling op een gelijkaardig signaal: Snelheid aan de schoolpoort',
    ]);
    for (const mail of smtp.mails.filter((m) => m.aan.includes('dr-stevoort@example.org'))) {
      expect(mail.tekst).toContain(`${PUBLIC_URL}/signalen/${dup}`);
    }

    // visible on the linked signaal, for its raad
    const zicht = await get(`/signalen/${dup}/duplicaten`, 'stevoort').expect(200);
    expect(zicht.body).toMatchObject({
      id: dup,
      duplicaatVan: {
        id: hoofd,
        titel: 'Te snel verkeer aan de school',
        reden: 'Zelfde school, al gemeld door Kermt.',
        status: 'teruggekoppeld',
        antwoorden: [
          {
            dienstId: 'mobiliteit',
            besluit: 'ingepland',
            antwoord: 'Een zone 30 met flitspaal in september.',
          },
        ],
        terugkoppelingen: [{ boodschap: 'De zone 30 komt in september.', definitief: true }],
      },
      duplicaten: [],
    });
    // each traject shows the link
    const trajectDup = await get(`/signalen/${dup}/traject`, 'stevoort').expect(200);
    expect(trajectDup.body.duplicaatVan).toEqual({ id: hoofd, titel: 'Te snel verkeer aan de school' });
    expect(trajectDup.body.hops.at(-1)).toMatchObject({
      type: 'GekoppeldAlsDuplicaat',
      // a raad sees the role and the organisation, not who acted (issue 10)
      actor: { rol: 'wijkmanager', naam: expect.any(String) },
      gegevens: { hoofdSignaalId: hoofd, reden: 'Zelfde school, al gemeld door Kermt.' },
    });
    const trajectHoofd = await get(`/signalen/${hoofd}/traject`, 'wmOost').expect(200);
    expect(trajectHoofd.body.duplicaten).toEqual([{ id: dup, titel: 'Snelheid aan de schoolpoort' }]);
    // a raad does not see the duplicates of other raden
    expect((await get(`/signalen/${hoofd}/traject`, 'kermt').expect(200)).body.duplicaten).toEqual([]);

    // the yearly report of the linked raad names the main signaal, though it is another raad's
    const verslag = await get('/raden/dr-stevoort/verslag', 'stevoort').expect(200);
    expect(verslag.body.open).toContainEqual(
      expect.objectContaining({ id: dup, duplicaatVan: 'Te snel verkeer aan de school' }),
    );

    // figures count the duplicate once
    const cijfersNa = (await get('/cijfers?per=thema', 'auditor').expect(200)).body.items;
    const verkeer = (items: { sleutel: string; signalen: number }[]) =>
      items.find((i) => i.sleutel === 'verkeersveiligheid')?.signalen ?? 0;
    expect(verkeer(cijfersNa)).toBe(verkeer(cijfersVoor) - 1);
  });

  it("a linked duplicate leaves the wijkmanager's to-do everywhere; unlinked, it is back", async () => {
    const hoofd = (await post('/signalen', 'kermt', signaal('Losliggende stoeptegels')).expect(201)).body.id;
    const dup = (await post('/signalen', 'stevoort', signaal('Stoeptegels los')).expect(201)).body.id;
    /** the wijkmanager's to-do: the signalen of their raden whose ball is with them */
    const teDoen = async () =>
      (
        (await get('/signalen?limiet=500', 'wmOost').expect(200)).body.items as {
          id: string;
          balBij: string;
        }[]
      )
        .filter((s) => s.balBij === 'wijkmanager')
        .map((s) => s.id);
    expect(await teDoen()).toEqual(expect.arrayContaining([hoofd, dup]));

    await post(`/signalen/${dup}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: hoofd,
      reden: 'Zelfde tegels.',
    }).expect(200);
    for (const wie of ['wmOost', 'stevoort', 'auditor']) {
      expect((await get(`/signalen/${dup}`, wie).expect(200)).body).toMatchObject({
        status: 'duplicaat',
        balBij: 'niemand',
      });
    }
    expect(await teDoen()).toContain(hoofd);
    expect(await teDoen()).not.toContain(dup);
    const item = (await get('/signalen?limiet=500', 'wmOost').expect(200)).body.items.find(
      (s: { id: string }) => s.id === dup,
    );
    expect(item).toMatchObject({ status: 'duplicaat', balBij: 'niemand' });
    const ids = async (query: string) =>
      (await get(`/signalen?${query}&limiet=500`, 'wmOost').expect(200)).body.items.map(
        (s: { id: string }) => s.id,
      );
    expect(await ids('status=ingediend')).not.toContain(dup);
    expect(await ids('status=duplicaat')).toContain(dup);
    expect((await get(`/signalen/${dup}/traject`, 'wmOost').expect(200)).body).toMatchObject({
      status: 'duplicaat',
      balBij: 'niemand',
    });

    await post(`/signalen/${dup}/duplicaat-van/ontkoppelen`, 'wmOost', { reden: 'Andere straat.' }).expect(
      200,
    );
    expect((await get(`/signalen/${dup}`, 'wmOost').expect(200)).body).toMatchObject({
      status: 'ingediend',
      balBij: 'wijkmanager',
    });
    expect(await teDoen()).toContain(dup);
    expect(await ids('status=duplicaat')).not.toContain(dup);
  });

  it('unlinks with a reason, after which the signaal is routed on its own and hears nothing more of the main one', async () => {
    const hoofd = (await post('/signalen', 'kermt', signaal('Drukke oversteek')).expect(201)).body.id;
    const dup = (await post('/signalen', 'stevoort', signaal('Gevaarlijke oversteek')).expect(201)).body.id;
    await post(`/signalen/${dup}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: hoofd,
      reden: 'Zelfde?',
    }).expect(200);
    const los = await post(`/signalen/${dup}/duplicaat-van/ontkoppelen`, 'wmOost', {
      reden: 'Toch een andere oversteek.',
    }).expect(200);
    expect(los.body).toMatchObject({ id: dup });
    await post(`/signalen/${dup}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201);
    await post(`/signalen/${hoofd}/terugkoppelingen`, 'wmOost', {
      boodschap: 'Tussenstand.',
      definitief: false,
    }).expect(200);
    await allesVerstuurd(t);
    expect(mailsAan('dr-stevoort@example.org').filter((s) => s.includes('oversteek'))).toEqual([
      'Gekoppeld aan een gelijkaardig signaal: Gevaarlijke oversteek — Signaalspoor',
      'Niet langer gekoppeld: Gevaarlijke oversteek — Signaalspoor',
    ]);
    expect((await get(`/signalen/${dup}/duplicaten`, 'wmOost').expect(200)).body).toEqual({
      id: dup,
      duplicaten: [],
    });
    await post(`/signalen/${dup}/duplicaat-van/ontkoppelen`, 'wmOost', { reden: 'Nog eens.' }).expect(409);
  });

  it('refuses what cannot be linked, with the field and a Dutch message, and writes nothing', async () => {
    const eigen = (await post('/signalen', 'kermt', signaal('Eigen signaal')).expect(201)).body.id;
    const onbekend = '0b7e7a4e-7d3a-4d2b-9a57-3f1f5c2f9a10';
    const geen = await post(`/signalen/${eigen}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: onbekend,
      reden: 'x',
    });
    expect(geen.status).toBe(400);
    expect(geen.body).toMatchObject({ code: 'HOOFDSIGNAAL_ONBEKEND', field: 'hoofdSignaalId' });
    const zelf = await post(`/signalen/${eigen}/duplicaat-van`, 'wmOost', {
      hoofdSignaalId: eigen,
      reden: 'x',
    });
    expect(zelf.status).toBe(400);
    expect(zelf.body.field).toBe('hoofdSignaalId');
    expect(
      (
        await post(`/signalen/${eigen}/duplicaat-van`, 'wmOost', {
          hoofdSignaalId: 'abc',
          reden: 'x',
        }).expect(400)
      ).body.field,
    ).toBe('hoofdSignaalId');
    expect(
      (await post(`/signalen/${eigen}/duplicaat-van`, 'wmOost', { hoofdSignaalId: onbekend }).expect(400))
        .body.field,
    ).toBe('reden');
    await post(`/signalen/${eigen}/duplicaat-van`, 'wmNoord', {
      hoofdSignaalId: onbekend,
      reden: 'x',
    }).expect(403);
    await post(`/signalen/${eigen}/duplicaat-van`, 'kermt', { hoofdSignaalId: onbekend, reden: 'x' }).expect(
      403,
    );
    // a main signaal of another wijkmanager's raad is as good as unknown
    const noord = (await post('/signalen', 'kermt', signaal('Noord?')).expect(201)).body.id;
    const kuringen = await bearer({ rol: 'raad', raad: 'dr-kuringen' });
    const anders = (
      await t.http.post('/api/signalen').set('Authorization', kuringen).send(signaal('Kuringen')).expect(201)
    ).body.id;
    expect(
      (await post(`/signalen/${noord}/duplicaat-van`, 'wmOost', { hoofdSignaalId: anders, reden: 'x' })).body
        .code,
    ).toBe('HOOFDSIGNAAL_ONBEKEND');
    const traject = await get(`/signalen/${eigen}/traject`, 'wmOost').expect(200);
    expect(traject.body.hops.map((h: { type: string }) => h.type)).toEqual(['SignaalIngediend']);
  });
});
