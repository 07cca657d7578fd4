import { bearers, eventually } from '@signaalspoor/testing';
import type { Page } from 'playwright-core';
import { browserSuite, toegankelijk } from './testing/browser';

// The wijkmanager searches and filters a list in a real Chromium; the view lives in the URL, so a
// reload (or a shared link) shows the same. axe on the list with its filters, on a desktop and a phone.

describe('searching and filtering lists in Chromium', () => {
  const s = browserSuite();
  const aanmelden = (naam: string, viewport?: { width: number; height: number }) =>
    s.aanmelden(naam, { viewport });

  beforeAll(async () => {
    const as = await bearers(['kermt', 'stevoort']);
    for (const [wie, titel] of [
      ['kermt', 'Gevaarlijke oversteekplaats aan de school'],
      ['kermt', 'Terras van het café op de stoep'],
      ['stevoort', 'Oversteek aan de kerk'],
    ]) {
      const res = await fetch(`${s.base}/api/signalen`, {
        method: 'POST',
        headers: { Authorization: as[wie], 'Content-Type': 'application/json' },
        body: JSON.stringify({ titel, omschrijving: 'Zie titel.', thema: 'verkeersveiligheid' }),
      });
      expect(res.status).toBe(201);
    }
  });

  const titels = (page: Page) => page.locator('ul.kaarten h2, ul.kaarten h3').allInnerTexts();

  /** The list shows `aantal` and these titles (polled: the count of the list before may read the same). */
  async function verwacht(page: Page, aantal: string, lijst: string[]): Promise<void> {
    await eventually(async () => {
      expect(await page.getByText(aantal, { exact: true }).count()).toBe(1);
      expect((await titels(page)).sort()).toEqual([...lijst].sort());
    }, 10_000);
  }

  it('the wijkmanager searches, filters and sorts; a reload shows the same view', async () => {
    const wm = await aanmelden('Wijkmanager Oost');
    await wm.getByRole('link', { name: 'Alle signalen' }).click();
    await verwacht(wm, '3 signalen', [
      'Gevaarlijke oversteekplaats aan de school',
      'Terras van het café op de stoep',
      'Oversteek aan de kerk',
    ]);

    // by keyboard: type, Enter
    await wm.getByRole('searchbox', { name: 'Zoeken' }).fill('oversteek');
    await wm.getByRole('searchbox', { name: 'Zoeken' }).press('Enter');
    await verwacht(wm, '2 signalen', ['Gevaarlijke oversteekplaats aan de school', 'Oversteek aan de kerk']);

    await wm.getByText('Filters en volgorde').click();
    await wm.getByLabel('Raad').selectOption({ label: 'Dorpsraad Kermt' });
    await verwacht(wm, '1 signaal', ['Gevaarlijke oversteekplaats aan de school']);
    await wm.getByLabel('Volgorde').selectOption({ label: 'Oudste eerst' });
    expect(new URL(wm.url()).search).toBe('?q=oversteek&raad=dr-kermt&sorteer=ingediendOp');
    await toegankelijk(wm, 'gefilterde lijst');

    await wm.reload();
    await verwacht(wm, '1 signaal', ['Gevaarlijke oversteekplaats aan de school']);
    expect(await wm.getByRole('searchbox', { name: 'Zoeken' }).inputValue()).toBe('oversteek');
    expect(await wm.getByLabel('Raad').inputValue()).toBe('dr-kermt');
    expect(await wm.getByLabel('Volgorde').inputValue()).toBe('ingediendOp');

    // accents ignored
    await wm.getByRole('searchbox', { name: 'Zoeken' }).fill('cafe');
    await wm.getByRole('button', { name: 'Zoeken' }).click();
    await verwacht(wm, '1 signaal', ['Terras van het café op de stoep']);
    await wm.getByRole('button', { name: 'Wis filters' }).click();
    await verwacht(wm, '3 signalen', [
      'Gevaarlijke oversteekplaats aan de school',
      'Terras van het café op de stoep',
      'Oversteek aan de kerk',
    ]);
  });

  it('a shared link opens the same view on a phone, and the triage searches too', async () => {
    const wm = await aanmelden('Wijkmanager Oost', { width: 375, height: 812 });
    await wm.goto(`${s.base}/signalen?q=school&raad=dr-kermt`);
    await verwacht(wm, '1 signaal', ['Gevaarlijke oversteekplaats aan de school']);
    await toegankelijk(wm, 'gedeelde link op een telefoon');
    const breedte = await wm.evaluate('document.documentElement.scrollWidth');
    expect(breedte).toBeLessThanOrEqual(375);

    await wm.goto(`${s.base}/triage?q=kerk`);
    await wm.getByRole('heading', { name: 'Nieuwe signalen (1)' }).waitFor();
    expect(await titels(wm)).toEqual(['Oversteek aan de kerk']);
    await toegankelijk(wm, 'triage met zoekopdracht');
  });
});
