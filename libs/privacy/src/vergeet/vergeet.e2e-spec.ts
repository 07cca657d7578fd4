import { encodeCloudEvent } from '@signaalspoor/messaging';
import { EVENT_STORE, type EventStore } from '@signaalspoor/event-store';
import { EEN_PER_ROL, TEST_SIGNAAL as signaal, testServers } from '@signaalspoor/testing';
import {
  allesVerstuurd,
  appSuite,
  startTestAppOnNewDatabase,
} from '../../../../apps/signaalspoor/src/testing/test-app';

const NAAM = 'Marieke Vandersteene';
const EMAIL = 'marieke.vandersteene@example.be';
const ANDER = { naam: 'Jos Peeters', email: 'jos.peeters@example.be' };

/**
 * Crypto-shredding, each place proven: a person's name and e-mail are never in clear in the store,
 * read models, export or a CloudEvent; after POST /api/privacy/vergeet the audit log shows "vergeten",
 * while traject, figures and the verification of the log are unchanged.
 */
describe.each(testServers())('erasing a person on $name PostgreSQL', ({ url }) => {
  const s = appSuite(() => startTestAppOnNewDatabase(url), EEN_PER_ROL);
  /** every read reflects the commands before it (X-Positie) */
  const { post, get } = s.api;
  let id: string;

  beforeAll(async () => {
    id = (await post('/signalen', 'raad', { ...signaal, indiener: { naam: NAAM, email: EMAIL } }).expect(201))
      .body.id;
    await post('/signalen', 'raad', { ...signaal, indiener: ANDER }).expect(201);
    const d = (await post(`/signalen/${id}/doorsturingen`, 'wm', { dienst: 'mobiliteit' }).expect(201)).body
      .id;
    await post(`/signalen/${id}/doorsturingen/${d}/oppakken`, 'dienst').expect(200);
    await post(`/signalen/${id}/doorsturingen/${d}/antwoord`, 'dienst', {
      besluit: 'uitgevoerd',
      antwoord: 'Tegels hersteld.',
    }).expect(200);
    await post(`/signalen/${id}/terugkoppelingen`, 'wm', { boodschap: 'Hersteld.', definitief: true }).expect(
      200,
    );
    // the outbox is a read model the comparisons below cover: let its mails leave first
    await allesVerstuurd(s.t);
  });

  const exportText = async () =>
    (
      await get('/audit/export', 'auditor')
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => done(null, text));
        })
        .expect(200)
    ).body as string;

  /** Every place personal data could be, as text: store rows, every table of the read models, the export, the CloudEvents. */
  async function everywhere(): Promise<Record<string, string>> {
    const events = await s.sql.query(
      'SELECT data::text || metadata::text AS text FROM events ORDER BY position',
    );
    const tables = await s.sql.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'privacy', 'public')`,
    );
    const models: string[] = [];
    // checkpoint tables move with every event (the erasure's too); the read models themselves must not
    for (const table of tables.rows.filter((table) => !table.name.includes('checkpoint'))) {
      const rows = await s.sql.query(
        `SELECT t::text AS text FROM ${s.sql.escapeIdentifier(table.schema)}.${s.sql.escapeIdentifier(table.name)} t`,
      );
      models.push(...rows.rows.map((row) => row.text).sort());
    }
    const store = s.t.app.get<EventStore>(EVENT_STORE);
    const cloudEvents = (await store.readAll({ after: 0, limit: 1000 })).map((event) =>
      encodeCloudEvent(event).toString(),
    );
    return {
      store: events.rows.map((row) => row.text).join('\n'),
      leesmodellen: models.join('\n'),
      export: await exportText(),
      cloudEvents: cloudEvents.join('\n'),
    };
  }

  it('never stores the name or e-mail in clear, but shows them to an auditor', async () => {
    for (const [place, text] of Object.entries(await everywhere())) {
      expect({ place, naam: text.includes(NAAM), email: text.includes(EMAIL) }).toEqual({
        place,
        naam: false,
        email: false,
      });
    }
    const { body } = await get('/audit/events?na=0&limiet=1', 'auditor').expect(200);
    expect(body.items[0].data.persoon).toEqual({ naam: NAAM, email: EMAIL });
  });

  it('shows a raad and a dienst the roles and organisations in the traject, an auditor who acted', async () => {
    for (const who of ['raad', 'dienst']) {
      const { body } = await get(`/signalen/${id}/traject`, who).expect(200);
      expect(JSON.stringify(body)).not.toMatch(/raad-dr-kermt|dienst-mobiliteit/);
      expect(body.hops.map((hop: { actor: object }) => hop.actor)).toEqual([
        { rol: 'raad', naam: 'Dorpsraad Kermt' },
        { rol: 'wijkmanager', naam: 'Wijkmanager Oost' },
        { rol: 'dienst', naam: 'Dienst Mobiliteit' },
        { rol: 'dienst', naam: 'Dienst Mobiliteit' },
        { rol: 'wijkmanager', naam: 'Wijkmanager Oost' },
      ]);
    }
    const { body } = await get(`/signalen/${id}/traject`, 'auditor').expect(200);
    expect(body.hops[0].actor).toEqual({ rol: 'raad', naam: 'Dorpsraad Kermt', id: 'raad-dr-kermt' });
    expect(body.hops[2].actor).toEqual({ rol: 'dienst', naam: 'Dienst Mobiliteit', id: 'dienst-mobiliteit' });
  });

  it('refuses a bad body and other roles, and changes nothing', async () => {
    expect(
      (await post('/privacy/vergeet', 'beheerder', { email: 'geen-adres' }).expect(400)).body.field,
    ).toBe('email');
    await post('/privacy/vergeet', 'beheerder', {}).expect(400);
    await post('/privacy/vergeet', 'auditor', { email: EMAIL }).expect(403);
    expect(
      (await post('/privacy/vergeet', 'beheerder', { email: 'niemand@example.be' }).expect(404)).body.code,
    ).toBe('PERSOON_ONBEKEND');
    const { body } = await get('/audit/events?na=0&limiet=1', 'auditor').expect(200);
    expect(body.items[0].data.persoon).toEqual({ naam: NAAM, email: EMAIL });
  });

  it('makes the person unreadable everywhere, keeping traject, figures and the verified chain', async () => {
    const traject = (await get(`/signalen/${id}/traject`, 'auditor').expect(200)).body;
    const cijfers = (await get('/cijfers?per=raad', 'auditor').expect(200)).body;
    const before = await everywhere();
    const verificatie = (await get('/audit/verificatie', 'auditor').expect(200)).body;

    const erased = await post('/privacy/vergeet', 'beheerder', { email: EMAIL.toUpperCase() }).expect(200);
    expect(erased.body).toEqual({ vergeten: true, positie: expect.any(Number) });

    const log = (await get('/audit/events?na=0&limiet=100', 'auditor').expect(200)).body.items;
    expect(log[0].data.persoon).toBe('vergeten');
    expect(log[1].data.persoon).toEqual(ANDER);
    const erasure = log.at(-1);
    expect(erasure).toMatchObject({ type: 'PersoonVergeten', data: { sleutel: expect.any(String) } });
    expect(Object.keys(erasure.data)).toEqual(['sleutel']);
    expect(
      (await s.sql.query('SELECT 1 FROM privacy.persoonssleutels WHERE id = $1', [erasure.data.sleutel]))
        .rows,
    ).toHaveLength(0);

    // the rows and read models are what they were: the ciphertext stays, its key is gone
    const after = await everywhere();
    expect(after.leesmodellen).toBe(before.leesmodellen);
    expect(after.store.startsWith(before.store)).toBe(true);
    expect((await get(`/signalen/${id}/traject`, 'auditor').expect(200)).body).toEqual(traject);
    expect((await get('/cijfers?per=raad', 'auditor').expect(200)).body).toEqual(cijfers);
    expect((await get('/audit/verificatie', 'auditor').expect(200)).body).toEqual({
      intact: true,
      gecontroleerd: verificatie.gecontroleerd + 1,
    });

    // a retry with the same key writes no second erasure event
    await post('/privacy/vergeet', 'beheerder', { email: EMAIL }).expect(404);
  });
});
