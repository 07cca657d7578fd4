import AxeBuilder from '@axe-core/playwright';
import type { INestApplication } from '@nestjs/common';
import { createHttpApp } from '@signaalspoor/platform';
import {
  bearer,
  createTestDatabase,
  testConfig,
  testServers,
  type TestDatabase,
} from '@signaalspoor/testing';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { launchChromium } from '../../../libs/web/src/testing/chromium';
import { AppModule } from './app.module';

// The public page of a raad as a resident meets it: on a 375 px phone, keyboard only, no login,
// zero axe violations (WCAG 2.1 A and AA), nothing wider than the screen, nothing loaded from elsewhere.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('the public page of a raad in Chromium', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase(testServers()[0].url);
    const config = testConfig(db.url);
    app = await createHttpApp(AppModule.forRoot(config), 'Signaalspoor', config);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    browser = await launchChromium();
    const raad = await bearer({ rol: 'raad', raad: 'dr-kermt' });
    for (const [titel, thema] of [
      ['Bank aan het kerkplein is kapot', 'openbaar-domein'],
      ['Te snel verkeer in de Kermtstraat', 'verkeersveiligheid'],
    ]) {
      await request(app.getHttpServer())
        .post('/api/signalen')
        .set('Authorization', raad)
        .send({ titel, omschrijving: `${titel}: al weken.`, thema, openbaar: true })
        .expect(201);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.drop();
  });

  async function toegankelijk(page: Page, waar: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${waar}: ${v.id} (${v.impact}) ${v.help}`)).toEqual([]);
    const breed = await page.locator('html').evaluate((el) => el.scrollWidth);
    expect(breed).toBeLessThanOrEqual(375);
  }

  it('lists the raden, shows a raad’s public signalen and filters them with the keyboard only', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'nl-BE' });
    const page = await context.newPage();
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
      throw new Error(`request outside the app: ${route.request().url()}`);
    });

    await page.goto(`${base}/publiek`);
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
