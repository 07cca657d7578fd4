import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import {
  apiVoor,
  bearers,
  createTestDatabase,
  testConfig,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from '../../../libs/web/src/testing/chromium';
import { AppModule } from './app.module';

// A suggestion taken, in a real Chromium: after two signalen about a crossing were answered by Dienst
// Mobiliteit (and sent back by Groen), the wijkmanager opens a new one, sees Mobiliteit suggested
// with its reason on top of the routing form, takes it with one click and routes. axe on the page.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const signaal = (titel: string) => ({
  titel,
  omschrijving: `${titel}: kinderen steken over zonder begeleiding.`,
  thema: 'verkeersveiligheid',
  bron: 'open-forum',
});

describe('suggestions in Chromium', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let browser: Browser;
  let base: string;
  const as: Record<string, string> = {};
  const { post, get } = apiVoor(() => request(app.getHttpServer()), as);

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    const config = testConfig(db.url, { CONSISTENCY_TIMEOUT_MS: '5000' });
    app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', config);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    Object.assign(as, await bearers(['kermt', 'wmOost', 'mobiliteit', 'groen']));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.drop();
  });

  it('the wijkmanager routes by taking a suggestion', async () => {
    for (const titel of ['Oversteekplaats aan de school', 'Nieuwe oversteekplaats gevraagd']) {
      const id = (await post('/signalen', 'kermt', signaal(titel)).expect(201)).body.id;
      const fout = (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'groen' }).expect(201))
        .body.id;
      await post(`/signalen/${id}/doorsturingen/${fout}/terugsturen`, 'groen', {
        reden: 'Niet voor ons.',
      }).expect(200);
      const d = (await post(`/signalen/${id}/doorsturingen`, 'wmOost', { dienst: 'mobiliteit' }).expect(201))
        .body.id;
      await post(`/signalen/${id}/doorsturingen/${d}/antwoord`, 'mobiliteit', {
        besluit: 'ingepland',
        antwoord: 'Een nieuwe oversteekplaats in het voorjaar.',
      }).expect(200);
    }
    const nieuw = (
      await post('/signalen', 'kermt', signaal('Gevaarlijke oversteekplaats school')).expect(201)
    ).body.id;

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-BE' });
    const wm = await context.newPage();
    await wm.goto(base + '/');
    await wm.getByRole('button', { name: 'Wijkmanager Oost', exact: true }).click();
    await wm.getByRole('button', { name: 'Afmelden' }).waitFor();
    await wm.goto(`${base}/signalen/${nieuw}`);

    const voorgesteld = wm.getByTestId('dienst-suggesties');
    await voorgesteld.getByText('werden beantwoord door Dienst Mobiliteit').waitFor();
    const knoppen = await voorgesteld.getByRole('button').allTextContents();
    expect(knoppen[0]).toBe('Kies Dienst Mobiliteit');
    // the dienst that sent them back is never suggested, not even to fill up the list
    expect(knoppen).not.toContain('Kies Dienst Groen en Natuur');
    const { violations } = await new AxeBuilder({ page: wm }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await voorgesteld.getByRole('button', { name: 'Kies Dienst Mobiliteit' }).click();
    expect(await wm.getByLabel('Dienst Mobiliteit', { exact: true }).isChecked()).toBe(true);
    await wm.getByRole('button', { name: 'Doorsturen', exact: true }).click();
    await wm.getByRole('heading', { name: 'Dienst Mobiliteit' }).waitFor();

    const { body } = await get(`/signalen/${nieuw}`, 'wmOost').expect(200);
    expect(body.doorsturingen.map((d: { dienstId: string }) => d.dienstId)).toEqual(['mobiliteit']);
    await context.close();
  });
});
