import { SmtpTestServer } from '@signaalspoor/meldingen/testing';
import { bearers, eventually, TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import { allesVerstuurd, startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

// Ports 3720-3729 belong to this file.
const PUBLIC_URL = 'https://signaalspoor.example.org';

describe.each(testServers())('e-mail notifications through HTTP on $name PostgreSQL', ({ url, name }) => {
  const smtp = new SmtpTestServer(name === 'embedded' ? 3720 : 3721);
  let t: TestApp;
  let zonderSmtp: TestApp;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    await smtp.start();
    t = await startTestAppOnNewDatabase(url, {
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      MAIL_FROM: 'Stad Hasselt <signaalspoor@example.org>',
    });
    zonderSmtp = await startTestAppOnNewDatabase(url, { PUBLIC_URL });
    Object.assign(as, await bearers(['kermt', 'wmOost', 'mobiliteit', 'auditor', 'beheerder']));
  });

  afterAll(async () => {
    await t?.close();
    await zonderSmtp?.close();
    await smtp.stop();
  });

  /** the positie of the last command: every read asks to reflect it (read-your-writes) */
  let positie = 0;
  const post = (app: TestApp, path: string, who: string, body?: object) => {
    const req = app.http.post(`/api${path}`).set('Authorization', as[who]);
    req.on('response', (res: { body?: { positie?: unknown } }) => {
      if (typeof res.body?.positie === 'number') positie = Math.max(positie, res.body.positie);
    });
    return body ? req.send(body) : req;
  };
  const get = (app: TestApp, path: string, who: string) =>
    app.http.get(`/api${path}`).set('Authorization', as[who]).set('X-Positie', String(positie));

  it('mails every hop of the loop to the right address, in Dutch, with a link that opens the signaal', async () => {
    await t.http
      .put('/api/meldingen/voorkeuren')
      .set('Authorization', as.wmOost)
      .send({ soort: 'heropend', keuze: 'uit' })
      .expect(200);

    const id = (await post(t, '/signalen', 'kermt', signaal).expect(201)).body.id;
    const d = (await post(t, `/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201))
      .body.id;
    await post(t, `/signalen/${id}/doorsturingen/${d}/oppakken`, 'mobiliteit').expect(200);
    await post(t, `/signalen/${id}/doorsturingen/${d}/antwoord`, 'mobiliteit', {
      besluit: 'ingepland',
      antwoord: 'Een zebrapad in mei.',
    }).expect(200);
    await post(t, `/signalen/${id}/terugkoppelingen`, 'wmOost', {
      boodschap: 'Het zebrapad komt.',
      definitief: true,
    }).expect(200);
    await post(t, `/signalen/${id}/heropenen`, 'kermt', { reden: 'Te laat.' }).expect(200);
    await allesVerstuurd(t);

    const titel = signaal.titel;
    expect(smtp.mails.map((m) => [m.aan.join(), m.onderwerp]).sort()).toEqual(
      [
        ['wm-oost@example.org', `Nieuw signaal van Dorpsraad Kermt: ${titel} — Signaalspoor`],
        ['dienst.mobiliteit@example.org', `Nieuw signaal voor Dienst Mobiliteit: ${titel} — Signaalspoor`],
        ['wm-oost@example.org', `Antwoord van Dienst Mobiliteit: ${titel} — Signaalspoor`],
        ['dr-kermt@example.org', `Definitieve terugkoppeling: ${titel} — Signaalspoor`],
      ].sort(),
    );
    const tokens: Record<string, string> = {
      'dienst.mobiliteit@example.org': as.mobiliteit,
      'wm-oost@example.org': as.wmOost,
      'dr-kermt@example.org': as.kermt,
    };
    for (const mail of smtp.mails) {
      const link = new RegExp(`${PUBLIC_URL}(/signalen/[0-9a-f-]{36})`).exec(mail.tekst)?.[1];
      expect(link).toBe(`/signalen/${id}`);
      // the web app's page of the link shows what the API gives this recipient
      await t.http.get(`/api${link}`).set('Authorization', tokens[mail.aan[0]]).expect(200);
      expect(mail.headers.from).toBe('Stad Hasselt <signaalspoor@example.org>');
      // the settings: the page Meldingen of the web app, which exists
      expect(mail.tekst).toContain(`Je meldingen stel je in op de pagina Meldingen: ${PUBLIC_URL}/meldingen`);
      expect(mail.tekst).not.toContain('profiel');
    }
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(4);
    const nieuw = smtp.mails.find(
      (m) => m.aan.join() === 'wm-oost@example.org' && /^Nieuw/.test(m.onderwerp),
    );
    expect(nieuw?.tekst).toContain(signaal.omschrijving);

    const mails = await get(t, '/beheer/mails?status=uitgeschakeld', 'beheerder').expect(200);
    expect(mails.body.items).toEqual([
      expect.objectContaining({ adres: 'wm-oost@example.org', soort: 'heropend', signaalId: id }),
    ]);
  });

  it('loses and doubles nothing when the SMTP server is down while commands come in', async () => {
    await smtp.stop();
    const before = smtp.mails.length;
    const ids: string[] = [];
    // only the routings count here: the wijkmanager's mails of new signalen off
    await t.http
      .put('/api/meldingen/voorkeuren')
      .set('Authorization', as.wmOost)
      .send({ soort: 'nieuw', keuze: 'uit' })
      .expect(200);
    for (let i = 0; i < 5; i++) {
      const id = (await post(t, '/signalen', 'kermt', { ...signaal, titel: `Storing ${i}` }).expect(201)).body
        .id;
      await post(t, `/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201);
      ids.push(id);
    }
    // the first mail to the dienst met the closed port and waits for a retry; the later ones wait
    // behind it, untried, so they cannot overtake it
    await eventually(
      async () => {
        const wachtend = (await get(t, '/beheer/mails?status=wachtend', 'beheerder').expect(200)).body.items;
        const getried = (wachtend as { id: number; pogingen: number }[])
          .sort((a, b) => a.id - b.id)
          .map((m) => m.pogingen > 0);
        expect(getried).toEqual([true, false, false, false, false]);
      },
      60_000,
      50,
    );
    expect(smtp.mails.length).toBe(before);
    await smtp.start();
    await allesVerstuurd(t);
    const nieuw = smtp.mails.slice(before);
    expect(nieuw.map((m) => /signalen\/([0-9a-f-]{36})/.exec(m.tekst)?.[1]).sort()).toEqual([...ids].sort());
    expect(new Set(nieuw.map((m) => m.messageId)).size).toBe(5);
  });

  it('without SMTP_URL writes mails to the outbox the beheerder reads, marked as logged', async () => {
    const id = (await post(zonderSmtp, '/signalen', 'kermt', signaal).expect(201)).body.id;
    await post(zonderSmtp, `/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201);
    await allesVerstuurd(zonderSmtp);
    const mails = await get(zonderSmtp, '/beheer/mails?status=verzonden', 'beheerder').expect(200);
    expect(mails.body).toMatchObject({ limiet: 50, offset: 0 });
    expect(mails.body.items.filter((m: { adres: string }) => m.adres !== 'wm-oost@example.org')).toEqual([
      expect.objectContaining({
        adres: 'dienst.mobiliteit@example.org',
        status: 'verzonden',
        kanaal: 'log',
        signaalId: id,
        onderwerp: `Nieuw signaal voor Dienst Mobiliteit: ${signaal.titel} — Signaalspoor`,
      }),
    ]);
    expect(mails.body.items[0].tekst).toContain(`${PUBLIC_URL}/signalen/${id}`);
  });

  it('keeps preferences per person and refuses what it cannot keep', async () => {
    const put = (who: string, body: object) =>
      t.http.put('/api/meldingen/voorkeuren').set('Authorization', as[who]).send(body);
    const res = await put('kermt', { soort: 'terugkoppeling', keuze: 'dagelijks' }).expect(200);
    expect(res.body.items).toContainEqual({ soort: 'terugkoppeling', keuze: 'dagelijks' });
    // each role chooses among the kinds it receives: a raad 3, a dienst 2, a wijkmanager 6
    const soorten = async (who: string) =>
      (await get(t, '/meldingen/voorkeuren', who).expect(200)).body.items.map(
        (v: { soort: string }) => v.soort,
      );
    expect(await soorten('kermt')).toEqual(['verduidelijking', 'terugkoppeling', 'duplicaat']);
    expect(await soorten('mobiliteit')).toEqual(['doorsturing', 'termijn']);
    expect(await soorten('wmOost')).toEqual([
      'nieuw',
      'antwoord',
      'teruggestuurd',
      'verduidelijking',
      'heropend',
      'termijn',
    ]);
    expect((await put('kermt', { soort: 'antwoord', keuze: 'uit' }).expect(400)).body.field).toBe('soort');
    expect((await put('kermt', { soort: 'alles', keuze: 'uit' }).expect(400)).body.field).toBe('soort');
    expect((await put('kermt', { soort: 'duplicaat', keuze: 'soms' }).expect(400)).body.field).toBe('keuze');
    await put('auditor', { soort: 'antwoord', keuze: 'uit' }).expect(403);
    await get(t, '/beheer/mails', 'wmOost').expect(403);
    expect((await get(t, '/beheer/mails?status=kwijt', 'beheerder').expect(400)).body.field).toBe('status');
    await post(t, '/beheer/mails/999999/opnieuw', 'beheerder').expect(404);
    expect((await post(t, '/beheer/mails/abc/opnieuw', 'beheerder').expect(400)).body.field).toBe('id');
    for (const id of ['99999999999999999999', '-1', '0', '1.5']) {
      expect((await post(t, `/beheer/mails/${id}/opnieuw`, 'beheerder').expect(400)).body.field).toBe('id');
    }
  });
});
