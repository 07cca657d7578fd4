import { apiVoor, bearers } from '@signaalspoor/testing';
import { browserSuite, toegankelijk } from './testing/browser';

// A suggestion taken, in a real Chromium: after two signalen about a crossing were answered by Dienst
// Mobiliteit (and sent back by Groen), the wijkmanager opens a new one, sees Mobiliteit suggested
// with its reason on top of the routing form, takes it with one click and routes. axe on the page.

const signaal = (titel: string) => ({
  titel,
  omschrijving: `${titel}: kinderen steken over zonder begeleiding.`,
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
});

describe('suggestions in Chromium', () => {
  const s = browserSuite();
  const as: Record<string, string> = {};
  const { post, get, doorsturen, antwoorden } = apiVoor(() => s.t.http, as);

  beforeAll(async () => {
    Object.assign(as, await bearers(['kermt', 'wmOost', 'mobiliteit', 'groen']));
  });

  it('the wijkmanager routes by taking a suggestion', async () => {
    for (const titel of ['Oversteekplaats aan de school', 'Nieuwe oversteekplaats gevraagd']) {
      const id = (await post('/signalen', 'kermt', signaal(titel)).expect(201)).body.id;
      const fout = (await doorsturen(id, 'wmOost', 'groen').expect(201)).body.id;
      await post(`/signalen/${id}/doorsturingen/${fout}/terugsturen`, 'groen', {
        reden: 'Niet voor ons.',
      }).expect(200);
      const d = (await doorsturen(id, 'wmOost', 'mobiliteit').expect(201)).body.id;
      const antwoord = { besluit: 'ingepland', antwoord: 'Een nieuwe oversteekplaats in het voorjaar.' };
      await antwoorden(id, d, 'mobiliteit', antwoord).expect(200);
    }
    const nieuw = (
      await post('/signalen', 'kermt', signaal('Gevaarlijke oversteekplaats school')).expect(201)
    ).body.id;

    const wm = await s.aanmelden('Wijkmanager Oost');
    await wm.goto(`${s.base}/signalen/${nieuw}`);

    const voorgesteld = wm.getByTestId('dienst-suggesties');
    await voorgesteld.getByText('werden beantwoord door Dienst Mobiliteit').waitFor();
    const knoppen = await voorgesteld.getByRole('button').allTextContents();
    expect(knoppen[0]).toBe('Kies Dienst Mobiliteit');
    // the dienst that sent them back is never suggested, not even to fill up the list
    expect(knoppen).not.toContain('Kies Dienst Groen en Natuur');
    await toegankelijk(wm, 'signaal met suggesties');

    await voorgesteld.getByRole('button', { name: 'Kies Dienst Mobiliteit' }).click();
    expect(await wm.getByLabel('Dienst Mobiliteit', { exact: true }).isChecked()).toBe(true);
    await wm.getByRole('button', { name: 'Doorsturen', exact: true }).click();
    await wm.getByRole('heading', { name: 'Dienst Mobiliteit' }).waitFor();

    const { body } = await get(`/signalen/${nieuw}`, 'wmOost').expect(200);
    expect(body.doorsturingen.map((d: { dienstId: string }) => d.dienstId)).toEqual(['mobiliteit']);
  });
});
