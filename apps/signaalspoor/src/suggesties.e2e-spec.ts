import { apiVoor, bearers, testServers } from '@signaalspoor/testing';
import { startTestAppOnNewDatabase, type TestApp } from './testing/test-app';

const signaal = (titel: string, coordinaten?: { lat: number; lon: number }) => ({
  titel,
  omschrijving: `${titel}: kinderen steken over zonder begeleiding.`,
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
  ...(coordinaten && { coordinaten }),
});

describe.each(testServers())('suggestions through HTTP on $name PostgreSQL', ({ url }) => {
  let t: TestApp;
  const as: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(url);
    Object.assign(as, await bearers(['kermt', 'wmOost', 'wmNoord', 'mobiliteit', 'groen']));
  });

  afterAll(async () => {
    await t?.close();
  });

  /** every read reflects the commands before it (X-Positie) */
  const { post, get, doorsturen } = apiVoor(() => t.http, as);

  const indienen = async (...args: Parameters<typeof signaal>): Promise<string> =>
    (await post('/signalen', 'kermt', signaal(...args)).expect(201)).body.id;

  /** routes a signaal to a dienst, which answers or sends it back */
  async function doorgestuurd(
    id: string,
    dienst: 'mobiliteit' | 'groen',
    uitkomst: 'antwoord' | 'terugsturen',
  ) {
    const d = (await doorsturen(id, 'wmOost', dienst).expect(201)).body.id;
    const body =
      uitkomst === 'antwoord'
        ? { besluit: 'ingepland', antwoord: 'Een nieuwe oversteekplaats in het voorjaar.' }
        : { reden: 'Niet voor onze dienst.' };
    await post(`/signalen/${id}/doorsturingen/${d}/${uitkomst}`, dienst, body).expect(200);
  }

  it('suggests the dienst that answered similar signalen, not the one that sent them back, and an open look-alike', async () => {
    for (const titel of ['Oversteekplaats aan de school', 'Nieuwe oversteekplaats gevraagd']) {
      const id = await indienen(titel);
      await doorgestuurd(id, 'groen', 'terugsturen');
      await doorgestuurd(id, 'mobiliteit', 'antwoord');
    }
    const open = await indienen('Oversteekplaats school onveilig', { lat: 50.944, lon: 5.389 });
    const nieuw = await indienen('Gevaarlijke oversteekplaats school', { lat: 50.9443, lon: 5.389 });

    const { body } = await get(`/signalen/${nieuw}/suggesties`, 'wmOost').expect(200);
    // the dienst that sent them back is not suggested, not even to fill up the list: one with its
    // name like the thema's is
    expect(body.diensten).toEqual([
      {
        dienstId: 'mobiliteit',
        score: expect.any(Number),
        reden:
          '2 van de 2 gelijkaardige signalen over "oversteekplaats" werden beantwoord door Dienst Mobiliteit.',
      },
      {
        dienstId: 'awv',
        score: 0,
        reden:
          'Te weinig gegevens over het thema Verkeersveiligheid: de naam van Agentschap Wegen en Verkeer past bij het thema.',
      },
    ]);
    // the two answered ones are open too (no final feedback yet): they look alike as well
    expect(body.duplicaten).toContainEqual({
      signaalId: open,
      titel: 'Oversteekplaats school onveilig',
      score: expect.any(Number),
      reden: expect.stringMatching(
        /^Zelfde thema \(Verkeersveiligheid\); 30 m verder; gemeenschappelijke woorden: /,
      ),
    });
  });

  it('answers only the wijkmanager of the signaal, and 404 for an unknown signaal', async () => {
    const id = await indienen('Oversteekplaats aan de kerk');
    for (const wie of ['kermt', 'mobiliteit', 'wmNoord'])
      await get(`/signalen/${id}/suggesties`, wie).expect(403);
    await get('/signalen/00000000-0000-4000-8000-000000000000/suggesties', 'wmOost').expect(404);
    await get('/signalen/geen-uuid/suggesties', 'wmOost').expect(400);
  });
});
