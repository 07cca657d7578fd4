import { createPool } from '@signaalspoor/database';
import type { Actor, SignaalCommand } from '@signaalspoor/domain';
import { PostgresEventStore } from '@signaalspoor/event-store';
import { ProjectionRunner } from '@signaalspoor/projections';
import { DEMO_REFERENCE_DATA, parseReferenceData, ReferenceData } from '@signaalspoor/reference-data';
import { SignaalRepository } from '@signaalspoor/signaal-store';
import { SignaalViewRepository, SignalenProjection } from '@signaalspoor/signaal-view';
import { createTestDatabase, eventually, testServers, type TestDatabase } from '@signaalspoor/testing';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { MailVerzender } from './mail-verzender';
import { MeldingenProces } from './meldingen.proces';
import { lijst, zetOpnieuwInWachtrij, zetVoorkeur } from './outbox';
import { SmtpMailAdapter } from './smtp/smtp-mail.adapter';
import { SmtpTestServer } from './testing/smtp-test-server';

// Ports 3710-3719 belong to this file.
const PUBLIC_URL = 'https://signaalspoor.example.org';
const FROM = 'Signaalspoor <signaalspoor@example.org>';
const referentie = new ReferenceData(parseReferenceData(DEMO_REFERENCE_DATA));
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

const raad = (raadId: string): Actor => ({ rol: 'raad', id: `lid-${raadId}`, raadId });
const wijkmanager = (id: string): Actor => ({ rol: 'wijkmanager', id });
const dienst = (dienstId: string): Actor => ({ rol: 'dienst', id: `medewerker-${dienstId}`, dienstId });
const systeem: Actor = { rol: 'systeem', id: 'termijnen' };

describe.each(testServers())(
  'mail process manager on $name PostgreSQL with a real SMTP server',
  ({ url, name }) => {
    let database: TestDatabase;
    let store: PostgresEventStore;
    /** the store the runner reads (the commands use `store`): what the fold and its volger read */
    let feedStore: PostgresEventStore;
    let pool: Pool;
    let repository: SignaalRepository;
    let runner: ProjectionRunner;
    let verzender: MailVerzender;
    const smtp = new SmtpTestServer(name === 'embedded' ? 3710 : 3711);

    type Zonder<T> = T extends unknown ? Omit<T, 'at'> : never;
    const execute = (signaalId: string, command: Zonder<SignaalCommand>, actor: Actor) =>
      repository.execute(signaalId, { at: new Date().toISOString(), ...command } as SignaalCommand, {
        actor,
        correlationId: randomUUID(),
        causationId: randomUUID(),
      });
    /** The wijkmanager `wm` routes the signaal to `dienstId`. */
    const stuurDoor = (signaalId: string, dienstId: string, wm: string, doorsturingId = 'd1') =>
      execute(signaalId, { type: 'StuurDoor', doorsturingId, dienstId }, wijkmanager(wm));
    const dienIn = (signaalId: string, raadId: string, titel = 'Onveilig kruispunt aan de school') =>
      execute(
        signaalId,
        {
          type: 'DienSignaalIn',
          signaalId,
          raadId,
          titel,
          omschrijving: 'Ouders melden bijna-ongevallen.',
          thema: 'verkeersveiligheid',
          bron: 'open-forum',
        },
        raad(raadId),
      );
    /** The signaal view's fold, which the mail process manager follows (as in the app). */
    const startRunner = async () => {
      const signalen = new SignalenProjection(new SignaalViewRepository(pool));
      signalen.volgMet(new MeldingenProces(referentie, { publicUrl: PUBLIC_URL, from: FROM }));
      runner = new ProjectionRunner(feedStore, pool, signalen, { pollIntervalMs: 100, logger: quiet });
      await runner.start();
    };
    /** Every event is in the outbox and nothing is due any more (a burst takes a while). */
    const settled = async () => {
      await eventually(
        async () => expect((await runner.status()).position).toBe(await store.headPosition()),
        60_000,
      );
      await eventually(
        async () => expect(await lijst(pool, { status: 'wachtend', limiet: 1, offset: 0 })).toEqual([]),
        60_000,
      );
    };
    const received = () =>
      smtp.mails.map(({ aan, onderwerp }) => [aan.join(','), onderwerp.replace(/ — Signaalspoor$/, '')]);

    beforeAll(async () => {
      database = await createTestDatabase(url);
      store = new PostgresEventStore({ url: database.url });
      await store.migrate();
      feedStore = new PostgresEventStore({ url: database.url });
      pool = createPool(database.url);
      repository = new SignaalRepository(store);
      await smtp.start();
      await startRunner();
      verzender = new MailVerzender(pool, new SmtpMailAdapter(smtp.url), {
        from: FROM,
        publicUrl: PUBLIC_URL,
        intervalMs: 50,
        retryInitialMs: 100,
        retryMaxMs: 500,
        maxPogingen: 2,
        logger: quiet,
      });
      verzender.start();
    });

    afterAll(async () => {
      await verzender?.stop();
      await runner?.stop();
      await smtp.stop();
      await pool?.end();
      await store?.close();
      await feedStore?.close();
      await database?.drop();
    });

    beforeEach(() => {
      smtp.mails.length = 0;
    });

    it('sends exactly the expected mails to the expected addresses, in Dutch, with a link to the signaal', async () => {
      const id = randomUUID();
      await dienIn(id, 'dr-kermt');
      await execute(
        id,
        { type: 'VraagVerduidelijking', vraag: 'Welk kruispunt bedoelen jullie?' },
        wijkmanager('wm-oost'),
      );
      await execute(id, { type: 'GeefVerduidelijking', antwoord: 'Aan de Kermtstraat.' }, raad('dr-kermt'));
      await stuurDoor(id, 'mobiliteit', 'wm-oost');
      await stuurDoor(id, 'groen', 'wm-oost', 'd2');
      await execute(id, { type: 'PakOp', doorsturingId: 'd1', dienstId: 'mobiliteit' }, dienst('mobiliteit'));
      await execute(
        id,
        {
          type: 'Beantwoord',
          doorsturingId: 'd1',
          dienstId: 'mobiliteit',
          besluit: 'ingepland',
          antwoord: 'Een zebrapad in mei.',
        },
        dienst('mobiliteit'),
      );
      await execute(
        id,
        {
          type: 'MeldTermijnOverschreden',
          termijn: 'antwoord-dienst',
          vervaldatum: '2026-03-30T08:00:00.000Z',
          doorsturingId: 'd2',
        },
        systeem,
      );
      await execute(
        id,
        { type: 'StuurTerug', doorsturingId: 'd2', dienstId: 'groen', reden: 'Geen groen.' },
        dienst('groen'),
      );
      await execute(
        id,
        { type: 'KoppelTerug', boodschap: 'We bekijken het.', definitief: false },
        wijkmanager('wm-oost'),
      );
      await execute(
        id,
        { type: 'KoppelTerug', boodschap: 'Het zebrapad komt in mei.', definitief: true },
        wijkmanager('wm-oost'),
      );
      await execute(id, { type: 'Heropen', reden: 'Mei is te laat.' }, raad('dr-kermt'));
      await settled();

      const titel = 'Onveilig kruispunt aan de school';
      expect(received().sort()).toEqual(
        [
          ['wm-oost@example.org', `Nieuw signaal van Dorpsraad Kermt: ${titel}`],
          ['dr-kermt@example.org', `Vraag om verduidelijking: ${titel}`],
          ['wm-oost@example.org', `Verduidelijking van Dorpsraad Kermt: ${titel}`],
          ['dienst.mobiliteit@example.org', `Nieuw signaal voor Dienst Mobiliteit: ${titel}`],
          ['dienst.groen@example.org', `Nieuw signaal voor Dienst Groen en Natuur: ${titel}`],
          ['wm-oost@example.org', `Antwoord van Dienst Mobiliteit: ${titel}`],
          ['dienst.groen@example.org', `Termijn overschreden: ${titel}`],
          ['wm-oost@example.org', `Termijn overschreden bij Dienst Groen en Natuur: ${titel}`],
          ['wm-oost@example.org', `Teruggestuurd door Dienst Groen en Natuur: ${titel}`],
          ['dr-kermt@example.org', `Tussentijdse terugkoppeling: ${titel}`],
          ['dr-kermt@example.org', `Definitieve terugkoppeling: ${titel}`],
          ['wm-oost@example.org', `Heropend door Dorpsraad Kermt: ${titel}`],
        ].sort(),
      );
      for (const mail of smtp.mails) {
        expect(mail.van).toBe('signaalspoor@example.org');
        expect(mail.tekst).toContain(`Bekijk het signaal: ${PUBLIC_URL}/signalen/${id}`);
        expect(mail.headers['content-language']).toBe('nl');
        expect(mail.messageId).toMatch(/^<[0-9a-f]{40}\.melding@example\.org>$/);
      }
      const answer = smtp.mails.find((mail) => mail.onderwerp.startsWith('Antwoord van'));
      expect(answer?.tekst).toContain('Besluit: ingepland\nEen zebrapad in mei.');
      expect(new Set(smtp.mails.map((mail) => mail.messageId)).size).toBe(smtp.mails.length);
    });

    it('derives the mails from the view it follows and reads no signaal stream again', async () => {
      const readStream = jest.spyOn(feedStore, 'readStream');
      try {
        const id = randomUUID();
        await dienIn(id, 'dr-kermt');
        await stuurDoor(id, 'mobiliteit', 'wm-oost');
        await settled();
        expect(received().sort()).toEqual([
          [
            'dienst.mobiliteit@example.org',
            'Nieuw signaal voor Dienst Mobiliteit: Onveilig kruispunt aan de school',
          ],
          ['wm-oost@example.org', 'Nieuw signaal van Dorpsraad Kermt: Onveilig kruispunt aan de school'],
        ]);
        expect(readStream).not.toHaveBeenCalled();
      } finally {
        readStream.mockRestore();
      }
    });

    it('loses and doubles nothing when the SMTP server is down in the middle of a burst', async () => {
      await zetVoorkeur(pool, 'wijkmanager:wm-zuid', 'nieuw', 'uit'); // only the 150 routings count here
      const ids = Array.from({ length: 150 }, () => randomUUID());
      for (const id of ids) await dienIn(id, 'wr-runkst', 'Zwerfvuil');
      const routes = ids.map((id) => stuurDoor(id, 'netheid', 'wm-zuid'));
      await smtp.waitFor(20);
      await smtp.stop();
      const duringOutage = smtp.mails.length;
      await Promise.all(routes);
      // the sender meets the closed port more often than maxPogingen: an unreachable server parks nothing
      await eventually(
        async () =>
          expect(
            (await pool.query("SELECT 1 FROM meldingen.outbox WHERE pogingen > 3 AND status = 'wachtend'"))
              .rowCount,
          ).toBeGreaterThan(0),
        60_000,
      );
      expect((await lijst(pool, { status: 'geparkeerd', limiet: 1, offset: 0 })).length).toBe(0);
      expect(smtp.mails.length).toBe(duringOutage);
      await smtp.start();
      await settled();

      expect(smtp.mails).toHaveLength(150);
      expect(new Set(smtp.mails.map((mail) => mail.messageId)).size).toBe(150);
      expect(new Set(smtp.mails.map((mail) => mail.tekst.match(/signalen\/([0-9a-f-]+)/)?.[1]))).toEqual(
        new Set(ids),
      );
      expect(smtp.mails.every((mail) => mail.aan.join() === 'dienst.netheid@example.org')).toBe(true);
    });

    it('given the server down, when a second mail to an address waits behind a first, then it is tried only after the first is sent', async () => {
      await zetVoorkeur(pool, 'wijkmanager:wm-zuid', 'nieuw', 'uit');
      const [eerste, tweede] = [randomUUID(), randomUUID()];
      await dienIn(eerste, 'wr-runkst', 'Eerste');
      await dienIn(tweede, 'wr-runkst', 'Tweede');
      await smtp.stop();
      await stuurDoor(eerste, 'netheid', 'wm-zuid');
      const pogingen = async () => {
        const { rows } = await pool.query<{ signaal_id: string; pogingen: number }>(
          `SELECT signaal_id, pogingen FROM meldingen.outbox WHERE signaal_id = ANY($1) AND adres = $2`,
          [[eerste, tweede], 'dienst.netheid@example.org'],
        );
        return Object.fromEntries(rows.map((row) => [row.signaal_id, row.pogingen]));
      };
      await eventually(async () => expect((await pogingen())[eerste]).toBeGreaterThanOrEqual(1));
      await stuurDoor(tweede, 'netheid', 'wm-zuid');
      // the first mail backs off (100, 200, 400 ms); the second must not be tried in between
      await eventually(async () => expect((await pogingen())[eerste]).toBeGreaterThanOrEqual(4));
      expect((await pogingen())[tweede]).toBe(0);

      await smtp.start();
      await settled();
      expect(smtp.mails.map((mail) => mail.onderwerp.match(/Eerste|Tweede/)?.[0])).toEqual([
        'Eerste',
        'Tweede',
      ]);
    });

    it('parks a mail the server refuses for good, says so in its status, and sends it once queued again', async () => {
      smtp.weiger.add('dienst.awv@example.org');
      const id = randomUUID();
      await dienIn(id, 'dr-kermt');
      await stuurDoor(id, 'awv', 'wm-oost');
      await eventually(async () =>
        expect(await lijst(pool, { status: 'geparkeerd', limiet: 10, offset: 0 })).toHaveLength(1),
      );
      const [geparkeerd] = await lijst(pool, { status: 'geparkeerd', limiet: 10, offset: 0 });
      expect(geparkeerd).toMatchObject({ adres: 'dienst.awv@example.org', signaalId: id, pogingen: 1 });
      expect(geparkeerd.laatsteFout).toMatch(/Mailbox unavailable/);
      expect(await verzender.status()).toMatchObject({ ok: false, details: { geparkeerd: 1 } });

      smtp.weiger.clear();
      expect(await zetOpnieuwInWachtrij(pool, geparkeerd.id)).toBe(true);
      await settled();
      expect(received().sort()).toEqual([
        ['dienst.awv@example.org', expect.stringMatching(/^Nieuw signaal voor Agentschap/)],
        ['wm-oost@example.org', expect.stringMatching(/^Nieuw signaal van Dorpsraad Kermt/)],
      ]);
      expect(await verzender.status()).toMatchObject({ ok: true, details: { geparkeerd: 0 } });
    });

    it('honours a turned-off kind and bundles a daily digest the next day, new signalen too', async () => {
      await zetVoorkeur(pool, 'raad:dr-stevoort', 'terugkoppeling', 'uit');
      await zetVoorkeur(pool, 'dienst:welzijn', 'doorsturing', 'dagelijks');
      await zetVoorkeur(pool, 'wijkmanager:wm-oost', 'nieuw', 'dagelijks');
      const [a, b] = [randomUUID(), randomUUID()];
      await dienIn(a, 'dr-stevoort', 'Bank in het park');
      await dienIn(b, 'dr-stevoort', 'Eenzame ouderen');
      await execute(
        a,
        { type: 'KoppelTerug', boodschap: 'Komt er.', definitief: false },
        wijkmanager('wm-oost'),
      );
      await stuurDoor(a, 'welzijn', 'wm-oost');
      await stuurDoor(b, 'welzijn', 'wm-oost');
      await settled();
      expect(smtp.mails).toHaveLength(0);
      expect(
        (await lijst(pool, { adres: 'dr-stevoort@example.org', limiet: 10, offset: 0 })).map((m) => m.status),
      ).toEqual(['uitgeschakeld']);

      const tomorrow = new MailVerzender(pool, new SmtpMailAdapter(smtp.url), {
        from: FROM,
        publicUrl: PUBLIC_URL,
        now: () => Date.now() + 24 * 60 * 60 * 1000,
        logger: quiet,
      });
      await tomorrow.bundel();
      await tomorrow.bundel(); // a second run finds nothing more to bundle
      await settled();
      await tomorrow.stop();
      expect(received().sort()).toEqual([
        ['dienst.welzijn@example.org', 'Dagelijks overzicht: 2 meldingen'],
        ['wm-oost@example.org', 'Dagelijks overzicht: 2 meldingen'],
      ]);
      for (const mail of smtp.mails) {
        expect(mail.tekst).toContain(`${PUBLIC_URL}/signalen/${a}`);
        expect(mail.tekst).toContain(`${PUBLIC_URL}/signalen/${b}`);
      }
      const aanWijkmanager = smtp.mails.find((mail) => mail.aan.join() === 'wm-oost@example.org')!;
      expect(aanWijkmanager.tekst).toContain('* Nieuw signaal van Dorpsraad Stevoort: Bank in het park');
      expect(aanWijkmanager.tekst).toContain('* Nieuw signaal van Dorpsraad Stevoort: Eenzame ouderen');
      await zetVoorkeur(pool, 'wijkmanager:wm-oost', 'nieuw', 'direct');
    });

    it('mails a kind only of events after the process first knew it: a rebuild after an upgrade mails no history', async () => {
      const id = randomUUID();
      await dienIn(id, 'dr-kuringen', 'Losliggende tegels');
      await settled();
      expect(received()).toEqual([
        ['wm-noord@example.org', 'Nieuw signaal van Dorpsraad Kuringen: Losliggende tegels'],
      ]);
      smtp.mails.length = 0;
      // as before the upgrade that brought the kind 'nieuw': no row of it, the kind unknown
      await runner.stop();
      await pool.query("DELETE FROM meldingen.outbox WHERE soort = 'nieuw' AND signaal_id = $1", [id]);
      await pool.query("DELETE FROM meldingen.soorten WHERE soort = 'nieuw'");
      await startRunner();
      await runner.rebuild(); // as after a SIGNAAL_VIEW_VERSION bump: every event replayed
      await settled();
      expect(
        (await pool.query("SELECT 1 FROM meldingen.outbox WHERE soort = 'nieuw' AND signaal_id = $1", [id]))
          .rowCount,
      ).toBe(0);
      expect(smtp.mails).toHaveLength(0);
    });

    it('mails nothing of a history written afterwards with the clock set back (npm run demo)', async () => {
      const id = randomUUID();
      const maandGeleden = new Date(Date.now() - 30 * 24 * 3600_000).toISOString();
      await repository.execute(
        id,
        {
          type: 'DienSignaalIn',
          at: maandGeleden,
          signaalId: id,
          raadId: 'dr-kuringen',
          titel: 'Oude put in de straat',
          omschrijving: 'Al lang bekend.',
          thema: 'verkeersveiligheid',
          bron: 'open-forum',
        },
        { actor: raad('dr-kuringen'), correlationId: randomUUID(), causationId: randomUUID() },
      );
      await dienIn(randomUUID(), 'dr-kuringen', 'Nieuwe put in de straat');
      await settled();
      expect(received()).toEqual([
        ['wm-noord@example.org', 'Nieuw signaal van Dorpsraad Kuringen: Nieuwe put in de straat'],
      ]);
      expect((await pool.query('SELECT 1 FROM meldingen.outbox WHERE signaal_id = $1', [id])).rowCount).toBe(
        0,
      );
    });

    it('sends nothing twice when the view it follows is rebuilt from zero (the log replayed)', async () => {
      const id = randomUUID();
      await dienIn(id, 'dr-kuringen');
      await stuurDoor(id, 'mobiliteit', 'wm-noord');
      await settled();
      expect(smtp.mails).toHaveLength(2); // to the wijkmanager (new) and to the dienst
      smtp.mails.length = 0;
      const before = (await pool.query('SELECT count(*) FROM meldingen.outbox')).rows[0].count;
      await runner.rebuild();
      await settled();
      expect((await pool.query('SELECT count(*) FROM meldingen.outbox')).rows[0].count).toBe(before);
      expect(smtp.mails).toHaveLength(0);
    });
  },
);
