import { pdfTekst } from '@signaalspoor/exports/testing';
import { migrateOutbox } from '@signaalspoor/meldingen';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { Page } from 'playwright-core';
import { startTegelServer, type TegelServer } from '../../../libs/web/src/testing/tegels';
import { browserSuite, toegankelijk } from './testing/browser';

// The whole loop clicked through in a real Chromium by the four roles, each in its own browser
// context (own cookies): raad → wijkmanager → two diensten → wijkmanager → raad, with axe on
// every page visited. The raad works on a 375 px wide phone screen and never reloads its page.

const ROOT = join(__dirname, '../../..');
// `npm run screenshots` writes them into the docs; a test run keeps them in a temporary dir, so it
// leaves the working tree as it found it
const SCHRIJF = process.env.SCREENSHOTS === 'schrijf';
const SCREENSHOTS = SCHRIJF
  ? join(ROOT, 'docs/screenshots')
  : mkdtempSync(join(tmpdir(), 'signaalspoor-screenshots-'));

describe('the web app in Chromium', () => {
  let tegels: TegelServer;
  // the submit form shows a map: its tiles come from a server of the test's own
  const s = browserSuite(async () => {
    tegels = await startTegelServer();
    return { KAART_TEGELS_URL: tegels.url };
  });

  beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

  afterAll(() => {
    if (!SCHRIJF) rmSync(SCREENSHOTS, { recursive: true, force: true });
    return tegels?.close();
  });

  const aanmelden = (naam: string, viewport?: { width: number; height: number }): Promise<Page> =>
    s.aanmelden(naam, { viewport, opAanmeldpagina: (page) => toegankelijk(page, 'aanmelden') });

  const foto = (page: Page, naam: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), fullPage: true });
  /** Axe on the page (`waar`), then its screenshot (`naam`). */
  const bekeken = async (page: Page, waar: string, naam: string) => {
    await toegankelijk(page, waar);
    await foto(page, naam);
  };

  it('runs the whole loop with four roles, live updates and zero axe violations', async () => {
    // --- the raad, on a phone, submits with the keyboard only
    const raad = await aanmelden('Dorpsraad Kermt', { width: 375, height: 812 });
    await raad.getByRole('heading', { name: 'Mijn signalen' }).waitFor();
    await toegankelijk(raad, 'mijn signalen');
    await raad.getByRole('link', { name: 'Nieuw signaal' }).first().focus();
    await raad.keyboard.press('Enter');
    await raad.getByRole('heading', { name: 'Nieuw signaal' }).waitFor();
    await toegankelijk(raad, 'nieuw signaal');

    // submitting the empty form: the errors are tied to their fields and focus lands on the first
    const titel = raad.getByLabel('Titel');
    await titel.focus();
    await raad.keyboard.press('Enter');
    await raad.getByText('Geef het signaal een titel.').waitFor();
    expect(await titel.getAttribute('aria-invalid')).toBe('true');
    const beschreven = (await titel.getAttribute('aria-describedby'))!.split(' ');
    expect(await raad.locator(`[id="${beschreven.at(-1)}"]`).textContent()).toBe(
      'Geef het signaal een titel.',
    );
    expect(await titel.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
    await bekeken(raad, 'nieuw signaal met fouten', 'raad-nieuw-signaal-fouten');

    // the focus is visible: a focused field gets an outline
    const outline = await titel.evaluate(
      (el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle,
    );
    expect(outline).not.toBe('none');

    await raad.keyboard.type('Onveilig kruispunt aan de school');
    await raad.keyboard.press('Tab'); // past the hint to the omschrijving
    await raad.keyboard.type('Ouders melden bijna-ongevallen bij het ophalen van de kinderen.');
    await raad.keyboard.press('Tab'); // to the thema
    await raad.keyboard.press('ArrowDown'); // the first thema, chosen with the keyboard
    await raad.keyboard.press('Tab'); // the bron keeps its default
    await raad.keyboard.press('Tab'); // to the locatie
    await raad.keyboard.type('Kruispunt Stationsstraat - Kerkstraat');
    await raad.keyboard.press('Enter');
    await raad.getByRole('heading', { name: 'Onveilig kruispunt aan de school' }).waitFor();
    expect(await raad.getByTestId('status').textContent()).toBe('Ingediend');
    // the deadlines that run, as dates
    await raad.getByText('Behandeling door de wijkmanager: uiterlijk', { exact: false }).waitFor();
    await bekeken(raad, 'signaal (raad)', 'raad-signaal-ingediend');
    const signaalUrl = raad.url();

    // --- the wijkmanager triages and routes to two diensten
    const wm = await aanmelden('Wijkmanager Oost');
    await wm.getByRole('heading', { name: 'Te behandelen' }).waitFor();
    await wm.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).waitFor();
    await wm.getByText('Behandeling door de wijkmanager: uiterlijk', { exact: false }).first().waitFor();
    await bekeken(wm, 'triage', 'wijkmanager-triage');
    await wm.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).click();
    await wm.getByRole('heading', { name: 'Onveilig kruispunt aan de school' }).waitFor();
    await toegankelijk(wm, 'signaal (wijkmanager)');

    // a clarification: asked by the wijkmanager, answered by the raad on its open page
    await wm.getByLabel('Je vraag').fill('Over welke kant van het kruispunt gaat het?');
    await wm.getByRole('button', { name: 'Vraag versturen' }).click();
    await raad.getByText('Over welke kant van het kruispunt gaat het?').first().waitFor();
    await toegankelijk(raad, 'verduidelijking gevraagd');
    await raad.getByLabel('Je antwoord').fill('De kant van de schoolpoort, Kerkstraat 12.');
    await raad.getByRole('button', { name: 'Antwoord versturen' }).click();
    // the wijkmanager's page shows the answer next to the signaal (its traject is folded)
    await wm
      .getByTestId('verduidelijkingen')
      .getByText('De kant van de schoolpoort, Kerkstraat 12.')
      .waitFor();

    await wm.getByLabel('Zoek een dienst').fill('mobi');
    await wm.getByLabel('Dienst Mobiliteit').check();
    await wm.getByLabel('Zoek een dienst').fill('wegen');
    await wm.getByLabel('Agentschap Wegen en Verkeer').check();
    await wm.getByRole('button', { name: 'Doorsturen naar 2 diensten' }).click();
    await wm.getByRole('heading', { name: 'Agentschap Wegen en Verkeer' }).waitFor();
    await wm.getByText('Antwoord van Dienst Mobiliteit: uiterlijk', { exact: false }).waitFor();

    // --- Dienst Mobiliteit picks it up; the raad's open page follows without a reload
    const mobiliteit = await aanmelden('Dienst Mobiliteit');
    await mobiliteit.getByRole('heading', { name: 'Inbox' }).waitFor();
    await mobiliteit.getByText('Antwoord uiterlijk', { exact: false }).first().waitFor();
    await bekeken(mobiliteit, 'inbox', 'dienst-inbox');
    await mobiliteit.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).click();
    await mobiliteit.getByRole('button', { name: 'Oppakken' }).click();
    await raad.getByText('Opgepakt door Dienst Mobiliteit').first().waitFor();
    expect(raad.url()).toBe(signaalUrl);
    await toegankelijk(mobiliteit, 'signaal (dienst)');
    await mobiliteit.getByLabel('Besluit').selectOption('ingepland');
    await mobiliteit.getByLabel('Motivering').fill('Een snelheidsremmer wordt geplaatst in maart.');
    await mobiliteit.getByLabel('Verwachte datum').fill('2027-03-31');
    await foto(mobiliteit, 'dienst-beantwoorden');
    await mobiliteit.getByRole('button', { name: 'Antwoord versturen' }).click();
    await mobiliteit.getByText('Besluit: Ingepland').waitFor();

    // --- AWV sends it back as not theirs
    const awv = await aanmelden('Agentschap Wegen en Verkeer');
    await awv.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).click();
    await awv
      .getByRole('form', { name: 'Terugsturen: niet voor onze dienst' })
      .getByLabel('Reden')
      .fill('Gemeenteweg, niet voor ons.');
    await awv.getByRole('button', { name: 'Terugsturen' }).click();
    await awv.getByText('Teruggestuurd: Gemeenteweg, niet voor ons.').waitFor();
    await awv.getByRole('link', { name: 'Alle doorsturingen' }).click();
    await awv.getByRole('heading', { name: 'Signalen doorgestuurd naar je dienst' }).waitFor();
    await toegankelijk(awv, 'alle doorsturingen (dienst)');

    // --- the wijkmanager sees who sent it back and why, re-routes, gives interim feedback
    await wm.getByText('stuurde dit terug').waitFor();
    expect(await wm.locator('.teruggestuurd').textContent()).toContain('Agentschap Wegen en Verkeer');
    await bekeken(wm, 'signaal teruggestuurd', 'wijkmanager-teruggestuurd');
    await wm.getByLabel('Zoek een dienst').fill('openbaar');
    await wm.getByLabel('Dienst Openbaar Domein en Wegen').check();
    await wm.getByRole('button', { name: 'Doorsturen', exact: true }).click();
    await wm.getByRole('heading', { name: 'Dienst Openbaar Domein en Wegen' }).waitFor();
    await wm
      .getByLabel('Boodschap aan de raad')
      .fill('Mobiliteit plant een remmer; Openbaar Domein bekijkt de markeringen.');
    await wm.getByRole('button', { name: 'Terugkoppelen' }).click();
    await raad.getByText('Mobiliteit plant een remmer', { exact: false }).first().waitFor();

    // --- Openbaar Domein answers
    const od = await aanmelden('Dienst Openbaar Domein en Wegen');
    await od.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).click();
    await od.getByLabel('Besluit').selectOption('uitgevoerd');
    await od.getByLabel('Motivering').fill('Markeringen vernieuwd.');
    await od.getByRole('button', { name: 'Antwoord versturen' }).click();
    await od.getByText('Besluit: Uitgevoerd').waitFor();

    // the wijkmanager's other lists
    const wmLijsten = await wm.context().newPage();
    await wmLijsten.goto(s.base + '/overschreden');
    await wmLijsten.getByRole('heading', { name: 'Overschreden termijnen' }).waitFor();
    await toegankelijk(wmLijsten, 'overschreden');
    await wmLijsten.getByRole('link', { name: 'Alle signalen' }).click();
    await wmLijsten.getByRole('link', { name: 'Onveilig kruispunt aan de school' }).waitFor();
    await toegankelijk(wmLijsten, 'alle signalen (wijkmanager)');
    // the list as CSV: a real download, the same rows as on screen
    const csvLink = wmLijsten.getByRole('link', { name: 'Download CSV van alle signalen' });
    const [download] = await Promise.all([wmLijsten.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe('signalen.csv');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Onveilig kruispunt aan de school');
    const csv = await wmLijsten.request.get(s.base + (await csvLink.getAttribute('href'))!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const xlsxLink = wmLijsten.getByRole('link', { name: 'Download Excel van alle signalen' });
    const xlsx = await wmLijsten.request.get(s.base + (await xlsxLink.getAttribute('href'))!);
    expect(xlsx.headers()['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // a filter on screen is a filter in the download
    await wmLijsten.getByText('Filters en volgorde').click();
    await wmLijsten.getByLabel('Status').selectOption('afgesloten');
    await wmLijsten.getByText('0 signalen', { exact: true }).waitFor();
    expect(await csvLink.getAttribute('href')).toContain('status=afgesloten');
    const leeg = await (await wmLijsten.request.get(s.base + (await csvLink.getAttribute('href'))!)).text();
    expect(leeg).not.toContain('Onveilig kruispunt aan de school');
    await wmLijsten.close();

    // --- final feedback; the raad's page changes by itself; the raad accepts and closes
    await wm.getByText('Besluit: Uitgevoerd').waitFor();
    await wm.getByLabel('Definitief').check();
    await wm
      .getByLabel('Boodschap aan de raad')
      .fill('Alles is geregeld: remmer ingepland, markeringen vernieuwd.');
    await wm.getByRole('button', { name: 'Terugkoppelen' }).click();
    await raad.getByRole('button', { name: 'Aanvaarden en afsluiten' }).waitFor();
    expect(raad.url()).toBe(signaalUrl);
    await bekeken(raad, 'signaal teruggekoppeld', 'raad-signaal-teruggekoppeld');
    await raad.getByRole('button', { name: 'Aanvaarden en afsluiten' }).click();
    await raad.getByTestId('status').getByText('Afgesloten').waitFor();
    await raad.getByText('Aanvaard en afgesloten door de raad').waitFor();
    // the traject names who acted, as the API shows them to a raad (no personal ids)
    await raad.locator('.hop-meta').getByText('Wijkmanager Oost').first().waitFor();
    await raad.locator('.hop-meta').getByText('Dienst Mobiliteit').first().waitFor();
    await bekeken(raad, 'signaal afgesloten', 'raad-signaal-traject');

    // --- the auditor: figures, state on a past date, verification, the log, the agenda
    const auditor = await aanmelden('Auditor (demo)');
    await auditor.getByRole('heading', { name: 'Cijfers' }).waitFor();
    await auditor.locator('canvas').waitFor();
    await toegankelijk(auditor, 'cijfers');
    const cijfersCsv = await auditor.request.get(
      s.base +
        (await auditor
          .getByRole('link', { name: 'Download CSV van de cijfers per raad' })
          .getAttribute('href'))!,
    );
    expect(cijfersCsv.headers()['content-type']).toContain('text/csv');
    expect(await cijfersCsv.text()).toContain('dr-kermt');
    await foto(auditor, 'auditor-cijfers');
    await auditor.getByRole('link', { name: 'Toestand en verificatie' }).click();
    await auditor.getByTestId('verificatie').getByText('Intact', { exact: false }).waitFor();
    await auditor.getByLabel('Id van het signaal').fill(signaalUrl.split('/').at(-1)!);
    await auditor.getByLabel('Op (datum en tijd, Brussel)').fill('2099-01-01T12:00');
    await auditor.getByRole('button', { name: 'Toon de toestand' }).click();
    await auditor.locator('.kaart').getByText('Afgesloten').waitFor();
    await toegankelijk(auditor, 'audit');
    await auditor.getByRole('link', { name: 'Logboek' }).click();
    await auditor.getByRole('cell', { name: 'SignaalAfgesloten' }).waitFor();
    await toegankelijk(auditor, 'logboek');
    await auditor.getByRole('link', { name: 'Jaarlijks overleg' }).click();
    await auditor.getByLabel('Raad').selectOption('dr-kermt');
    await auditor.getByRole('heading', { name: 'Jaarlijks overleg: Dorpsraad Kermt' }).waitFor();
    await auditor.getByText('Dienst Openbaar Domein en Wegen: Uitgevoerd', { exact: false }).waitFor();
    await toegankelijk(auditor, 'verslag');
    await auditor.emulateMedia({ media: 'print' });
    expect(await auditor.locator('.kop').isVisible()).toBe(false);
    await foto(auditor, 'auditor-verslag-afdruk');
    await auditor.emulateMedia({ media: 'screen' });
    const pdf = await auditor.request.get(
      s.base + (await auditor.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!,
    );
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdfTekst(await pdf.body())).toContain('Onveilig kruispunt aan de school');
  }, 300_000); // five browser contexts on a shared machine: generous, and no timing is asserted

  it('lets a raad withdraw a signaal with a reason', async () => {
    const raad = await aanmelden('Dorpsraad Stevoort');
    await raad.getByRole('link', { name: 'Nieuw signaal' }).first().click();
    await raad.getByLabel('Titel').fill('Zwerfvuil aan de speeltuin');
    await raad.getByLabel('Omschrijving').fill('Na het weekend ligt er telkens afval.');
    await raad.getByLabel('Thema').selectOption('netheid');
    await raad.getByRole('button', { name: 'Signaal indienen' }).click();
    await raad.getByRole('heading', { name: 'Zwerfvuil aan de speeltuin' }).waitFor();
    await raad.getByText('Signaal intrekken', { exact: true }).first().click();
    await raad.getByLabel('Reden').fill('De gemeente heeft intussen een vuilnisbak geplaatst.');
    await raad.getByRole('button', { name: 'Signaal intrekken' }).click();
    await raad.getByTestId('status').getByText('Ingetrokken').waitFor();
    await raad.getByText('Reden: De gemeente heeft intussen een vuilnisbak geplaatst.').waitFor();
    await toegankelijk(raad, 'signaal ingetrokken');
  });

  /** A raad submits a signaal through the form; answers the signaal's URL. */
  async function indienen(raad: Page, titel: string, omschrijving: string): Promise<string> {
    await raad.getByRole('link', { name: 'Nieuw signaal' }).first().click();
    await raad.getByLabel('Titel').fill(titel);
    await raad.getByLabel('Omschrijving').fill(omschrijving);
    await raad.getByLabel('Thema').selectOption('verkeersveiligheid');
    await raad.getByRole('button', { name: 'Signaal indienen' }).click();
    await raad.getByRole('heading', { name: titel }).waitFor();
    return raad.url();
  }

  it('lets the wijkmanager link a duplicate and undo it; both signalen show the link', async () => {
    const kermt = await aanmelden('Dorpsraad Kermt');
    const hoofdUrl = await indienen(kermt, 'Put in het fietspad Hasseltweg', 'Diepe put, fietsers vallen.');
    const spalbeek = await aanmelden('Dorpsraad Spalbeek');
    const duplicaatUrl = await indienen(spalbeek, 'Gat in fietspad', 'Aan de Hasseltweg ligt een gat.');

    const wm = await aanmelden('Wijkmanager Oost');
    /** the wijkmanager's to-do of new signalen */
    const nieuweSignalen = wm.locator('section', {
      has: wm.getByRole('heading', { name: /^Nieuwe signalen/ }),
    });
    await nieuweSignalen.getByRole('link', { name: 'Gat in fietspad' }).waitFor();
    await wm.goto(duplicaatUrl);
    await wm.getByRole('heading', { name: 'Gat in fietspad' }).waitFor();
    await wm.locator('summary', { hasText: 'Als duplicaat koppelen' }).click();
    // refused without a choice: the error is tied to the choice
    await wm.getByRole('button', { name: 'Als duplicaat koppelen' }).click();
    await wm.getByText('Kies het signaal waarvan dit een duplicaat is.').waitFor();
    await wm.getByLabel('Zoek het hoofdsignaal').fill('hasselt');
    await wm.getByLabel('Put in het fietspad Hasseltweg', { exact: false }).check();
    await wm.getByLabel('Reden').fill('Zelfde put, al gemeld door Dorpsraad Kermt.');
    await toegankelijk(wm, 'duplicaat koppelen');
    await wm.getByRole('button', { name: 'Als duplicaat koppelen' }).click();
    await wm.getByTestId('duplicaat-van').getByText('Zelfde put, al gemeld', { exact: false }).waitFor();
    await wm.locator('summary', { hasText: 'Traject' }).click();
    await wm.getByText('Gekoppeld als duplicaat', { exact: true }).waitFor();
    // a duplicate follows its main signaal: no routing of its own
    await wm
      .getByText('Dit signaal is een duplicaat: het wordt via het hoofdsignaal behandeld.', { exact: false })
      .waitFor();
    expect(await wm.getByRole('form', { name: 'Doorsturen' }).count()).toBe(0);
    await wm.getByTestId('bal').getByText('Het hoofdsignaal', { exact: false }).waitFor();
    await wm
      .getByTestId('status')
      .filter({ hasText: /^Duplicaat$/ })
      .waitFor();
    await bekeken(wm, 'duplicaat (wijkmanager)', 'wijkmanager-duplicaat');

    // the duplicate left the wijkmanager's to-do; its main signaal stays
    await wm.getByRole('link', { name: 'Te behandelen' }).click();
    await nieuweSignalen.getByRole('link', { name: 'Put in het fietspad Hasseltweg' }).waitFor();
    expect(await nieuweSignalen.getByRole('link', { name: 'Gat in fietspad' }).count()).toBe(0);
    await wm.goto(duplicaatUrl);
    await wm.getByTestId('duplicaat-van').waitFor();

    // the main signaal lists its duplicate; its feedback reaches the duplicate's raad
    await wm.getByRole('link', { name: 'Put in het fietspad Hasseltweg' }).click();
    await wm.getByTestId('duplicaten').getByText('Gat in fietspad').waitFor();
    await wm.getByLabel('Boodschap aan de raad').fill('De put wordt deze week hersteld.');
    await wm.getByRole('button', { name: 'Terugkoppelen' }).click();
    // the main signaal's raad does not see another raad's duplicate
    await kermt.goto(hoofdUrl);
    await kermt.getByText('De put wordt deze week hersteld.').first().waitFor();
    expect(await kermt.getByTestId('duplicaten').count()).toBe(0);
    await spalbeek.goto(duplicaatUrl); // the main signaal is another raad's: no live update for it
    await spalbeek.getByTestId('duplicaat-van').getByText('De put wordt deze week hersteld.').waitFor();
    await toegankelijk(spalbeek, 'duplicaat (raad)');

    // undone, with a reason: the link disappears on both sides
    await wm.goto(duplicaatUrl);
    await wm.locator('summary', { hasText: 'Koppeling ongedaan maken' }).click();
    await wm.getByLabel('Waarom is het geen duplicaat?').fill('Andere plek: het gaat om de Kermtstraat.');
    await wm.getByRole('button', { name: 'Ontkoppelen' }).click();
    await wm.locator('summary', { hasText: 'Traject' }).click();
    await wm.getByText('Koppeling als duplicaat ongedaan gemaakt').waitFor();
    await wm.getByRole('form', { name: 'Doorsturen' }).waitFor();
    await spalbeek.getByText('Koppeling als duplicaat ongedaan gemaakt').waitFor();
    await spalbeek.getByTestId('duplicaat-van').waitFor({ state: 'detached' });
  });

  it('lets the beheerder queue a parked mail again and erase a person, after confirming', async () => {
    // a mail that kept failing, as the mail sender parks it
    const pool = new Pool({ connectionString: s.t.databaseUrl });
    await migrateOutbox(pool);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO meldingen.outbox (event_id, adres, ontvanger, soort, onderwerp, tekst, message_id, status, dag,
         pogingen, laatste_fout)
       VALUES ('e-geparkeerd', 'raad.kermt@example.org', 'raad:dr-kermt', 'antwoord', 'Antwoord op je signaal',
         'tekst', '<m@x>', 'geparkeerd', current_date, 8, '550 mailbox vol') RETURNING id`,
    );
    await pool.end();
    // a signaal with a submitter's name and e-mail, sent to the API as a script would
    const raad = await aanmelden('Dorpsraad Kermt');
    const ingediend = await raad.request.post(s.base + '/api/signalen', {
      headers: { 'X-Signaalspoor': '1' },
      data: {
        titel: 'Losliggende stoeptegels',
        omschrijving: 'Aan het kerkplein liggen tegels los.',
        thema: 'verkeersveiligheid',
        bron: 'open-forum',
        indiener: { naam: 'An Peeters', email: 'an.peeters@example.org' },
      },
    });
    expect(ingediend.status()).toBe(201);

    const beheerder = await aanmelden('Beheerder (demo)');
    await beheerder.getByRole('link', { name: 'Mails en privacy' }).click();
    await beheerder.getByRole('cell', { name: '550 mailbox vol' }).waitFor();
    await bekeken(beheerder, 'beheer', 'beheerder-mails');
    await beheerder.getByRole('button', { name: `Mail ${rows[0].id} opnieuw versturen` }).click();
    await beheerder.getByText(`Mail ${rows[0].id} staat weer in de wachtrij.`).waitFor();
    await beheerder.getByText('Geen geparkeerde mails.').waitFor();

    // an unknown address: the API's reason on the field; a known one only after confirming
    await beheerder.getByLabel('E-mailadres').fill('niemand@example.org');
    await beheerder.getByRole('button', { name: 'Vergeten…' }).click();
    await beheerder.getByRole('button', { name: 'Ja, definitief vergeten' }).click();
    await beheerder.getByText('Van dit e-mailadres zijn geen persoonsgegevens bewaard.').waitFor();
    await beheerder.getByLabel('E-mailadres').fill('an.peeters@example.org');
    await beheerder.getByRole('button', { name: 'Vergeten…' }).click();
    await beheerder.getByText('Weet je het zeker?').waitFor();
    await toegankelijk(beheerder, 'vergeten bevestigen');
    await beheerder.getByRole('button', { name: 'Ja, definitief vergeten' }).click();
    await beheerder.getByText('De gegevens van an.peeters@example.org zijn vergeten.').waitFor();

    // the raad's mail preferences: only the 3 kinds a raad receives
    await raad.getByRole('link', { name: 'Meldingen' }).click();
    await raad.getByRole('heading', { name: 'Meldingen per mail' }).waitFor();
    await raad.getByLabel('Terugkoppeling aan de raad').selectOption('dagelijks');
    await raad.getByText('Opgeslagen: Terugkoppeling aan de raad — Dagelijks in één overzicht.').waitFor();
    expect(await raad.getByRole('combobox').count()).toBe(3);
    expect(await raad.getByLabel('Een dienst antwoordt').count()).toBe(0);
    await toegankelijk(raad, 'meldingen');
    await raad.reload();
    await raad.getByRole('heading', { name: 'Meldingen per mail' }).waitFor();
    expect(await raad.getByLabel('Terugkoppeling aan de raad').inputValue()).toBe('dagelijks');
  });

  it('answers the app for client routes and keeps /api 404s as JSON', async () => {
    const route = await fetch(`${s.base}/signalen/onbekend`);
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    const api = await fetch(`${s.base}/api/bestaat-niet`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ code: 'NIET_GEVONDEN' });
  });
});
