import { apiVoor, bearers, eventually } from '@signaalspoor/testing';
import type { Page } from 'playwright-core';
import { startTegelServer, type TegelServer } from '../../../libs/web/src/testing/tegels';
import { browserSuite, toegankelijk } from './testing/browser';

// What a volunteer and a wijkmanager meet in the web app besides the loop (web.browser-spec.ts): a
// title per page, "nieuw sinds je laatste bezoek" kept per person on the server, what a send-back
// really did, the wording per reader, and the wijkmanager's short signaal page. Axe on every page.

describe('the web app for the volunteer and the wijkmanager in Chromium', () => {
  let tegels: TegelServer;
  // the submit form shows a map: its tiles come from a server of the test's own
  const s = browserSuite(async () => {
    tegels = await startTegelServer();
    return { KAART_TEGELS_URL: tegels.url };
  });
  const token: Record<string, string> = {};

  beforeAll(async () => {
    Object.assign(token, await bearers(['kermt', 'wmOost', 'mobiliteit', 'awv']));
  });

  afterAll(() => tegels?.close());

  const aanmelden = (naam: string, viewport?: { width: number; height: number }) =>
    s.aanmelden(naam, {
      viewport,
      opAanmeldpagina: async (page) => expect(await page.title()).toBe('Aanmelden bij Signaalspoor'),
    });

  /** The tab names the page after its main heading, once the heading is there. */
  async function titelIs(page: Page, verwacht: string): Promise<void> {
    await eventually(async () => expect(await page.title()).toBe(verwacht), 10_000);
  }

  const api = () => s.t.http;
  /** the API as the users in `token`: every read reflects the commands before it */
  const als = apiVoor(api, token);

  /** As when the tab goes to the background (`hidden`) or comes back (`visible`). */
  const zichtbaarheid = (page: Page, staat: 'hidden' | 'visible') =>
    page.evaluate(
      `Object.defineProperty(document, 'visibilityState', { value: '${staat}', configurable: true });
       document.dispatchEvent(new Event('visibilitychange'));`,
    );

  /** How far a user looked at a list (the raad at its own), as the server keeps it (the web app records it after showing the list). */
  async function bezocht(minstens: number, lijst = 'signalen', wie = 'kermt'): Promise<number> {
    return eventually(async () => {
      const res = await api().get('/api/bezoeken').set('Authorization', token[wie]!).expect(200);
      const positie = (res.body.items as { lijst: string; positie: number }[]).find(
        (b) => b.lijst === lijst,
      )?.positie;
      if (positie === undefined || positie < minstens) throw new Error(`bezoek op ${positie}`);
      return positie;
    });
  }

  async function indienen(titel: string): Promise<string> {
    const res = await api()
      .post('/api/signalen')
      .set('Authorization', token.kermt)
      .send({ titel, omschrijving: `${titel}: al weken.`, thema: 'verkeersveiligheid' })
      .expect(201);
    return res.body.id as string;
  }

  async function doorsturen(id: string, dienst: string): Promise<string> {
    return (await als.doorsturen(id, 'wmOost', dienst).expect(201)).body.id as string;
  }

  it('marks what changed since the last visit, per person on the server, for a screen reader too', async () => {
    const veranderd = await indienen('Losliggende boordsteen aan de kerk');
    await indienen('Geen zebrapad aan de bakker');

    // the first visit ever marks nothing
    const laptop = await aanmelden('Dorpsraad Kermt');
    await laptop.getByRole('link', { name: 'Losliggende boordsteen aan de kerk' }).waitFor();
    expect(await laptop.getByTestId('nieuw').count()).toBe(0);
    const eerste = await bezocht(1);

    // the wijkmanager routes one of them: on the next visit, that one is new
    await doorsturen(veranderd, 'mobiliteit');
    await laptop.reload();
    const kaart = laptop.getByRole('listitem').filter({
      has: laptop.getByRole('link', { name: 'Losliggende boordsteen aan de kerk' }),
    });
    await kaart.getByTestId('nieuw').waitFor();
    expect(await kaart.getByTestId('nieuw').textContent()).toBe(' Nieuw sinds je laatste bezoek');
    expect(await kaart.getByTestId('nieuw').locator('.sr-only').textContent()).toBe(
      ' sinds je laatste bezoek',
    );
    await kaart.getByText('De bal ligt bij Dienst Mobiliteit').waitFor();
    const anders = laptop.getByRole('listitem').filter({
      has: laptop.getByRole('link', { name: 'Geen zebrapad aan de bakker' }),
    });
    expect(await anders.getByTestId('nieuw').count()).toBe(0);
    await toegankelijk(laptop, 'mijn signalen met een nieuw signaal');
    const gezien = await bezocht(eerste + 1);

    // a list left open in a background tab has not been seen: what changes meanwhile stays news
    await zichtbaarheid(laptop, 'hidden');
    await doorsturen(await indienen('Kapotte straatlamp aan het plein'), 'mobiliteit');
    await laptop.getByRole('link', { name: 'Kapotte straatlamp aan het plein' }).waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // time for a visit it must not record
    expect(await bezocht(gezien)).toBe(gezien);
    await zichtbaarheid(laptop, 'visible');
    await bezocht(gezien + 1);
    // the raad puts the laptop away: a list left open follows the live changes and records each one
    // as seen, so it would count the wijkmanager's change below as visited before the phone is back
    await laptop.close();

    // the same raad on its phone: the visit on the laptop counts there too
    const telefoon = await aanmelden('Dorpsraad Kermt', { width: 375, height: 812 });
    await telefoon.getByRole('link', { name: 'Losliggende boordsteen aan de kerk' }).waitFor();
    expect(await telefoon.getByTestId('nieuw').count()).toBe(0);

    // what changes while the list is open is marked at once
    await doorsturen(await indienen('Fietsenrek vol wrakken'), 'mobiliteit');
    const nieuwKaart = telefoon.getByRole('listitem').filter({
      has: telefoon.getByRole('link', { name: 'Fietsenrek vol wrakken' }),
    });
    await nieuwKaart.getByTestId('nieuw').waitFor();

    // the raad's own change is no news to it; someone else's change at the same time is
    await telefoon.getByRole('link', { name: 'Geen zebrapad aan de bakker' }).click();
    await telefoon.locator('summary', { hasText: 'Signaal intrekken' }).click();
    await telefoon.getByRole('button', { name: 'Signaal intrekken' }).click();
    await telefoon.getByTestId('status').getByText('Ingetrokken').waitFor();
    await doorsturen(veranderd, 'awv');
    await telefoon.getByRole('link', { name: 'Mijn signalen' }).click();
    await telefoon
      .getByRole('listitem')
      .filter({ has: telefoon.getByRole('link', { name: 'Losliggende boordsteen aan de kerk' }) })
      .getByTestId('nieuw')
      .waitFor();
    const eigen = telefoon.getByRole('listitem').filter({
      has: telefoon.getByRole('link', { name: 'Geen zebrapad aan de bakker' }),
    });
    await eigen.locator('.status-ingetrokken').waitFor();
    expect(await eigen.getByTestId('nieuw').count()).toBe(0);

    // the wijkmanager's to-do list keeps its own visits
    await indienen('Paaltje omvergereden');
    const wm = await aanmelden('Wijkmanager Oost');
    await wm.getByRole('link', { name: 'Paaltje omvergereden' }).waitFor();
    expect(await wm.getByTestId('nieuw').count()).toBe(0);
    // the web app records the visit after showing the list
    await eventually(async () => {
      const bezoeken = (await (await wm.request.get(s.base + '/api/bezoeken')).json()) as {
        items: { lijst: string }[];
      };
      expect(bezoeken.items.map((b) => b.lijst)).toEqual(['triage']);
    });
  }, 120_000);

  it("marks what is new in a dienst's inbox since its last visit", async () => {
    await doorsturen(await indienen('Wegdek verzakt aan de brug'), 'mobiliteit');
    const kaart = (page: Page, titel: string) =>
      page.getByRole('listitem').filter({ has: page.getByRole('link', { name: titel }) });

    // the first visit ever marks nothing
    const eerste = await aanmelden('Dienst Mobiliteit');
    await eerste.getByRole('link', { name: 'Wegdek verzakt aan de brug' }).waitFor();
    expect(await eerste.getByTestId('nieuw').count()).toBe(0);
    const gezien = await bezocht(1, 'inbox', 'mobiliteit');
    await eerste.close();

    // a doorsturing that arrived since is new on the next visit; the one seen before is not
    await doorsturen(await indienen('Verkeerslicht te kort groen'), 'mobiliteit');
    const volgende = await aanmelden('Dienst Mobiliteit');
    await kaart(volgende, 'Verkeerslicht te kort groen').getByTestId('nieuw').waitFor();
    expect(await kaart(volgende, 'Wegdek verzakt aan de brug').getByTestId('nieuw').count()).toBe(0);
    await titelIs(volgende, 'Inbox — Signaalspoor');
    await toegankelijk(volgende, 'inbox met een nieuwe doorsturing');

    // one that arrives while the inbox is open is marked at once
    await doorsturen(await indienen('Zebrapad vervaagd'), 'mobiliteit');
    await kaart(volgende, 'Zebrapad vervaagd').getByTestId('nieuw').waitFor();
    await bezocht(gezien + 1, 'inbox', 'mobiliteit');
  }, 120_000);

  it('refuses a visit it cannot keep with a 400 naming the field', async () => {
    const fout = await api()
      .put('/api/bezoeken')
      .set('Authorization', token.kermt)
      .send({ lijst: 'elders', positie: 3 })
      .expect(400);
    expect(fout.body.field).toBe('lijst');
    const negatief = await api()
      .put('/api/bezoeken')
      .set('Authorization', token.kermt)
      .send({ lijst: 'signalen', positie: -1 })
      .expect(400);
    expect(negatief.body.field).toBe('positie');
  });

  it('tells the raad a send-back as it happened, in its own words, with an explanation', async () => {
    const id = await indienen('Verkeersbord staat scheef');
    const doorsturing = await doorsturen(id, 'awv');
    await api()
      .post(`/api/signalen/${id}/doorsturingen/${doorsturing}/terugsturen`)
      .set('Authorization', token.awv)
      .send({ reden: 'Gemeenteweg, niet voor ons.' })
      .expect(200);

    const raad = await aanmelden('Dorpsraad Kermt', { width: 375, height: 812 });
    const kaart = raad.getByRole('listitem').filter({
      has: raad.getByRole('link', { name: 'Verkeersbord staat scheef' }),
    });
    await kaart.getByText('Teruggestuurd, wacht op nieuwe doorsturing', { exact: true }).waitFor();
    await raad.goto(`${s.base}/signalen/${id}`);
    expect(await raad.getByTestId('status').textContent()).toBe('Teruggestuurd, wacht op nieuwe doorsturing');
    expect(await raad.getByTestId('bal').locator('p').first().textContent()).toContain(
      'De bal ligt bij de wijkmanager: de dienst stuurde het signaal terug, het wacht op een nieuwe doorsturing.',
    );
    // the explanation is folded until asked for
    const uitleg = raad.getByText('Een stadsdienst gaf het signaal terug', { exact: false }).first();
    expect(await uitleg.isVisible()).toBe(false);
    await raad.locator('summary', { hasText: 'Wat betekent dit?' }).click();
    await uitleg.waitFor();
    await raad.getByText('"De bal ligt bij" zegt wie nu aan zet is', { exact: false }).waitFor();
    await toegankelijk(raad, 'signaal teruggestuurd, uitleg open (raad)');

    // the wijkmanager routes again and gives the final feedback: the raad reads "jullie"
    const opnieuw = await doorsturen(id, 'mobiliteit');
    const rechtgezet = { besluit: 'uitgevoerd', antwoord: 'Bord rechtgezet.' };
    await als.antwoorden(id, opnieuw, 'mobiliteit', rechtgezet).expect(200);
    await als.terugkoppelen(id, 'wmOost', 'Het bord wordt rechtgezet.').expect(200);
    await raad
      .getByTestId('bal')
      .getByText(
        'De bal ligt bij jullie: aanvaard de definitieve terugkoppeling, of heropen het signaal als ze niet volstaat.',
      )
      .waitFor();
    await raad.getByRole('button', { name: 'Aanvaarden en afsluiten' }).click();
    await raad.getByTestId('bal').getByText('Afgerond: niemand moet nog iets doen.').waitFor();
    await toegankelijk(raad, 'signaal afgesloten (raad)');
  }, 120_000);

  it('gives the wijkmanager a short signaal page: what to do first, the rest folded beside it', async () => {
    const id = await indienen('Haag belemmert het zicht');
    const wm = await aanmelden('Wijkmanager Oost');
    await wm.goto(`${s.base}/signalen/${id}`);
    await wm.getByRole('heading', { level: 1, name: 'Haag belemmert het zicht' }).waitFor();
    await wm
      .getByTestId('bal')
      .getByText('De bal ligt bij jou: stuur het signaal door naar een dienst.')
      .waitFor();

    // two columns on a wide screen: the actions on the left, the signaal on the right, side by side
    const acties = (await wm.getByRole('heading', { level: 2, name: 'Behandelen' }).boundingBox())!;
    const signaal = (await wm.getByRole('heading', { level: 2, name: 'Het signaal' }).boundingBox())!;
    expect(signaal.x).toBeGreaterThan(acties.x + acties.width);
    expect(Math.abs(signaal.y - acties.y)).toBeLessThan(50);
    // the traject, the attachments, the public page and earlier feedback are folded
    for (const deel of ['Traject', 'Bijlagen', 'Publieke pagina', 'Terugkoppelingen aan de raad']) {
      const details = wm.locator('details.gevouwen', { has: wm.locator('summary', { hasText: deel }) });
      expect(await details.getAttribute('open')).toBeNull();
    }
    expect(await wm.getByRole('heading', { name: 'Traject' }).isVisible()).toBe(false);
    await toegankelijk(wm, 'signaal (wijkmanager, gevouwen)');
    await wm.locator('summary', { hasText: 'Traject' }).click();
    await wm.getByText('Ingediend door de raad').waitFor();
    await toegankelijk(wm, 'signaal (wijkmanager, traject open)');

    // on a phone: one column, the actions first
    await wm.setViewportSize({ width: 375, height: 812 });
    const smal = (await wm.getByRole('heading', { level: 2, name: 'Behandelen' }).boundingBox())!;
    const daaronder = (await wm.getByRole('heading', { level: 2, name: 'Het signaal' }).boundingBox())!;
    expect(daaronder.y).toBeGreaterThan(smal.y);
    expect(await wm.locator('html').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(375);

    // once the diensten answered, the feedback comes before the routing
    const doorsturing = await doorsturen(id, 'mobiliteit');
    await als
      .antwoorden(id, doorsturing, 'mobiliteit', { besluit: 'uitgevoerd', antwoord: 'Haag gesnoeid.' })
      .expect(200);
    await wm.getByText('Besluit: Uitgevoerd').waitFor();
    const terugkoppelen = (await wm.getByLabel('Boodschap aan de raad').boundingBox())!;
    const zoek = (await wm.getByLabel('Zoek een dienst').boundingBox())!;
    expect(terugkoppelen.y).toBeLessThan(zoek.y);
    await toegankelijk(wm, 'signaal beantwoord (wijkmanager)');
  }, 120_000);

  // last: its raad visits the list, which the marker spec above needs not to have happened yet
  it('names every page of every role in the browser tab', async () => {
    const id = await indienen('Kapotte verlichting aan het station');
    const menus: [string, string[]][] = [
      [
        'Dorpsraad Kermt',
        ['Mijn signalen', 'Nieuw signaal', 'Jaarlijks overleg: Dorpsraad Kermt', 'Meldingen per mail'],
      ],
      [
        'Wijkmanager Oost',
        [
          'Te behandelen',
          'Alle signalen',
          'Overschreden termijnen',
          'Jaarlijks overleg',
          'Meldingen per mail',
        ],
      ],
      ['Dienst Mobiliteit', ['Inbox', 'Signalen doorgestuurd naar je dienst', 'Meldingen per mail']],
      [
        'Auditor (demo)',
        ['Alle signalen', 'Cijfers', 'Toestand en verificatie', 'Logboek', 'Jaarlijks overleg'],
      ],
      ['Beheerder (demo)', ['Alle signalen', 'Beheer']],
    ];
    for (const [wie, koppen] of menus) {
      const page = await aanmelden(wie);
      const links = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
      expect(await links.count()).toBe(koppen.length);
      for (let i = 0; i < koppen.length; i++) {
        await links.nth(i).click();
        const h1 = page.getByRole('heading', { level: 1, name: koppen[i] });
        await h1.waitFor();
        const kop = (await h1.textContent())!;
        await titelIs(page, `${kop} — Signaalspoor`);
        await toegankelijk(page, `${wie}: ${kop}`);
      }
      // a signaal's page is named after the signaal
      if (wie !== 'Dienst Mobiliteit') {
        await page.goto(`${s.base}/signalen/${id}`);
        await page.getByRole('heading', { level: 1, name: 'Kapotte verlichting aan het station' }).waitFor();
        await titelIs(page, 'Kapotte verlichting aan het station — Signaalspoor');
      }
      await page.goto(`${s.base}/bestaat-niet`);
      await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
      await titelIs(page, 'Pagina niet gevonden — Signaalspoor');
    }
  }, 180_000);
});
