import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { startTegelServer, type TegelServer } from '../../../libs/web/src/testing/tegels';
import { browserSuite, toegankelijk } from './testing/browser';

// Photos and places in a real Chromium: the raad on a 375 px phone submits a signaal with a photo
// and a point on the map, Dienst Mobiliteit answers with a PDF, the raad sees both; the wijkmanager
// sees the signaal on the map of the wijk. axe on every page, with the map on it; the tiles come from
// a server of the test's own, nothing leaves 127.0.0.1.

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

describe('photos and places in Chromium', () => {
  let tegels: TegelServer;
  const s = browserSuite(async () => {
    tegels = await startTegelServer();
    return { KAART_TEGELS_URL: tegels.url };
  });

  afterAll(() => tegels?.close());

  const aanmelden = (naam: string, viewport?: { width: number; height: number }): Promise<Page> =>
    s.aanmelden(naam, {
      viewport,
      // "gebruik mijn locatie": the phone is at the school in Kermt
      context: { geolocation: { latitude: 50.9475, longitude: 5.3893 }, permissions: ['geolocation'] },
    });

  it('raad submits with a photo and a point, the dienst answers with a PDF, the raad sees both', async () => {
    const foto = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#c84' } })
      .jpeg()
      .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '50/1 56/1 51/1' } })
      .toBuffer();

    // --- the raad, on a phone
    const raad = await aanmelden('Dorpsraad Kermt', { width: 375, height: 812 });
    await raad.getByRole('link', { name: 'Nieuw signaal' }).first().click();
    await raad.getByRole('heading', { name: 'Nieuw signaal' }).waitFor();
    await raad.locator('.leaflet-tile-loaded').first().waitFor();
    expect(tegels.gevraagd()).toBeGreaterThan(0);
    await toegankelijk(raad, 'nieuw signaal met kaart');

    await raad.getByLabel('Titel').fill('Gat in het fietspad');
    await raad.getByLabel('Omschrijving').fill('Voor de school ligt een diep gat in het fietspad.');
    await raad.getByLabel('Thema').selectOption({ index: 1 });
    await raad.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await raad.getByText('Gekozen plek: 50.9475, 5.3893').waitFor();
    // by keyboard: the centre of the map the location moved to
    await raad.getByRole('button', { name: 'Kies het midden van de kaart' }).focus();
    await raad.keyboard.press('Enter');
    await raad.getByText('Gekozen plek: 50.9475, 5.3893').waitFor();
    const bestanden = raad.getByTestId('bestanden');
    expect(await bestanden.getAttribute('accept')).toBe('image/*');
    await bestanden.setInputFiles({ name: 'gat.jpg', mimeType: 'image/jpeg', buffer: foto });
    await raad.getByText('gat.jpg (', { exact: false }).waitFor();
    await toegankelijk(raad, 'nieuw signaal ingevuld');
    await raad.getByRole('button', { name: 'Signaal indienen' }).click();

    await raad.getByRole('heading', { name: 'Gat in het fietspad' }).waitFor();
    await raad.getByRole('img', { name: 'Foto gat.jpg' }).waitFor();
    await raad.locator('[data-testid="kaart"] .leaflet-tile-loaded').first().waitFor();
    await toegankelijk(raad, 'signaal met foto en kaart');
    const signaalUrl = raad.url();
    const id = signaalUrl.split('/').at(-1)!;

    // the photo the raad sees is the re-encoded one: no GPS left in it
    const terug = await raad.evaluate(
      async (src) => {
        const res = await fetch(src);
        return Array.from(new Uint8Array(await res.arrayBuffer()));
      },
      (await raad
        .getByRole('link')
        .filter({ has: raad.getByRole('img', { name: 'Foto gat.jpg' }) })
        .getAttribute('href'))!,
    );
    expect((await sharp(Buffer.from(terug)).metadata()).exif).toBeUndefined();

    // --- the wijkmanager sees it on the map of the wijk, and routes it
    const wm = await aanmelden('Wijkmanager Oost');
    await wm.getByRole('link', { name: 'Alle signalen' }).click();
    await wm.getByRole('button', { name: 'Kaart' }).click();
    await wm.locator('.kaart-punt.status-ingediend').first().waitFor();
    await toegankelijk(wm, 'kaart van de wijk');
    await wm.goto(signaalUrl);
    await wm.getByLabel('Zoek een dienst').fill('mobi');
    await wm.getByLabel('Dienst Mobiliteit').check();
    await wm.getByRole('button', { name: 'Doorsturen', exact: true }).click();
    await wm.getByRole('heading', { name: 'Dienst Mobiliteit' }).waitFor();

    // --- Dienst Mobiliteit answers, with a PDF
    const dienst = await aanmelden('Dienst Mobiliteit');
    await dienst.goto(signaalUrl);
    await dienst.getByLabel('Besluit').selectOption('ingepland');
    await dienst.getByLabel('Motivering').fill('Herstel ingepland, zie het bestek in bijlage.');
    await dienst.getByRole('button', { name: 'Antwoord versturen' }).click();
    await dienst.getByText('Besluit: Ingepland').waitFor();
    await dienst.getByLabel('Foto’s of PDF').setInputFiles({
      name: 'bestek.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await dienst.getByRole('button', { name: 'Toevoegen' }).click();
    await dienst.getByText('De bijlage is toegevoegd.').waitFor();
    await dienst.getByRole('link', { name: 'PDF: bestek.pdf' }).waitFor();
    await toegankelijk(dienst, 'signaal met bijlagen (dienst)');

    // --- the raad's open page follows: the answer and the PDF, next to its photo
    await raad.getByText('Besluit: Ingepland').waitFor();
    await raad.getByRole('link', { name: 'PDF: bestek.pdf' }).waitFor();
    await raad.getByRole('img', { name: 'Foto gat.jpg' }).waitFor();
    expect(raad.url()).toBe(signaalUrl);
    const pdf = await raad.evaluate(
      async (href) => {
        const res = await fetch(href);
        return { type: res.headers.get('content-type'), tekst: await res.text() };
      },
      `/api/signalen/${id}/bijlagen/${(await raad.getByRole('link', { name: 'PDF: bestek.pdf' }).getAttribute('href'))!.split('/').at(-1)}`,
    );
    expect(pdf).toEqual({ type: 'application/pdf', tekst: PDF.toString() });
    await toegankelijk(raad, 'signaal met bijlagen (raad)');
  });
});
