import { bearer } from '@signaalspoor/testing';
import type { Page } from 'playwright-core';
import { alleenDeApp, browserSuite, toegankelijk as axe } from './testing/browser';

// The public page of a raad as a resident meets it: on a 375 px phone, keyboard only, no login,
// zero axe violations (WCAG 2.1 A and AA), nothing wider than the screen, nothing loaded from elsewhere.

describe('the public page of a raad in Chromium', () => {
  const s = browserSuite();

  beforeAll(async () => {
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    for (const [titel, thema] of [
      ['Bank aan het kerkplein is kapot', 'openbaar-domein'],
      ['Te snel verkeer in de Kermtstraat', 'verkeersveiligheid'],
    ]) {
      await s.t.http
        .post('/api/signalen')
        .set('Authorization', raad)
        .send({ titel, omschrijving: `${titel}: al weken.`, thema, openbaar: true })
        .expect(201);
    }
  });

  async function toegankelijk(page: Page, waar: string): Promise<void> {
    await axe(page, waar);
    const breed = await page.locator('html').evaluate((el) => el.scrollWidth);
    expect(breed).toBeLessThanOrEqual(375);
  }

  it('lists the raden, shows a raad’s public signalen and filters them with the keyboard only', async () => {
    const context = await s.context({ viewport: { width: 375, height: 812 }, locale: 'nl-BE' });
    const page = await context.newPage();
    await alleenDeApp(page);

    await page.goto(`${s.base}/publiek`);
    await page.getByRole('heading', { level: 1, name: 'Signalen van de dorps- en wijkraden' }).waitFor();
    await toegankelijk(page, 'overzicht');
    // to the raad's page with the keyboard: the skip link first, then the links in order
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Naar de inhoud');
    await page.getByRole('link', { name: 'Dorpsraad Kermt' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Signalen van Dorpsraad Kermt' }).waitFor();
    await toegankelijk(page, 'raad');
    await page.getByRole('heading', { name: 'Bank aan het kerkplein is kapot' }).waitFor();
    await page.getByRole('heading', { name: 'Te snel verkeer in de Kermtstraat' }).waitFor();
    await page.getByRole('heading', { name: 'Hoe werkt het?' }).waitFor();

    // filter by thema: focus the select, pick with the arrows, submit with Enter on the button
    await page.getByLabel('Thema').focus();
    const outline = await page
      .getByLabel('Thema')
      .evaluate((el) => el.ownerDocument.defaultView!.getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    for (let i = 0; i < 20; i++) {
      if ((await page.getByLabel('Thema').inputValue()) === 'verkeersveiligheid') break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').textContent()).toBe('Toon');
    await page.keyboard.press('Enter');
    await page.waitForURL(/thema=verkeersveiligheid/);
    await page.getByRole('heading', { name: 'Te snel verkeer in de Kermtstraat' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Bank aan het kerkplein is kapot' }).count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toContain('1 openbaar signaal met deze keuze');
    await toegankelijk(page, 'raad gefilterd');
    await context.close();
  });
});
