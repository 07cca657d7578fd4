import AxeBuilder from '@axe-core/playwright';
import { testServers } from '@signaalspoor/testing';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../../../libs/web/src/testing/chromium';
import { listenOnLoopback, startTestAppOnNewDatabase, type TestApp } from './test-app';

/** The WCAG 2.1 A and AA rules every page of the browser specs is checked against. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Aanmelden {
  viewport?: { width: number; height: number };
  /** more options for the browser context (geolocation, permissions, …) */
  context?: BrowserContextOptions;
  /** runs on the login page once its heading is there, before the click */
  opAanmeldpagina?: (page: Page) => Promise<void>;
}

export interface BrowserSuite {
  /** the app's own origin, e.g. http://127.0.0.1:41234 */
  readonly base: string;
  readonly browser: Browser;
  readonly t: TestApp;
  /** A new browser context, closed after the suite. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A new browser context signed in as a demo user through the demo login page. */
  aanmelden(naam: string, opties?: Aanmelden): Promise<Page>;
}

/**
 * A browser suite: the all-in-one app on a fresh database, listening on 127.0.0.1, and Chromium,
 * started in beforeAll (before the suite's own beforeAll) and closed in afterAll. `env` is read in
 * beforeAll, so it may use what an earlier beforeAll started (e.g. a tile server).
 */
export function browserSuite(
  env: () => NodeJS.ProcessEnv | Promise<NodeJS.ProcessEnv> = () => ({}),
): BrowserSuite {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let base = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    t = await startTestAppOnNewDatabase(testServers()[0].url, await env());
    base = `http://127.0.0.1:${await listenOnLoopback(t)}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });
  const suite: BrowserSuite = {
    get base() {
      return base;
    },
    get browser() {
      return browser!;
    },
    get t() {
      return t!;
    },
    async context(options) {
      const context = await browser!.newContext(options);
      contexts.push(context);
      return context;
    },
    async aanmelden(naam, { viewport = { width: 1280, height: 900 }, context, opAanmeldpagina } = {}) {
      const c = await suite.context({ viewport, locale: 'nl-BE', timezoneId: 'Europe/Brussels', ...context });
      const page = await c.newPage();
      await alleenDeApp(page);
      await page.goto(base + '/');
      await page.getByRole('heading', { name: 'Aanmelden bij Signaalspoor' }).waitFor();
      await opAanmeldpagina?.(page);
      await page.getByRole('button', { name: naam, exact: true }).click();
      await page.getByRole('button', { name: 'Afmelden' }).waitFor();
      return page;
    },
  };
  return suite;
}

/** Nothing may be loaded from anywhere but the app itself. */
export async function alleenDeApp(page: Page): Promise<void> {
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    throw new Error(`request outside the app: ${route.request().url()}`);
  });
}

/** Zero axe violations of WCAG 2.1 A and AA on the page, once it has a heading. */
export async function toegankelijk(page: Page, waar: string): Promise<void> {
  await page.locator('h1').first().waitFor();
  // axe.run in the page itself ("legacy mode"): the default runs axe per frame and merges the results
  // in a new blank page, injecting axe twice per scan. The app has no frames, so the rules and the
  // findings are the same, at about half the CPU of the browser tier's scans
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode().analyze();
  expect(
    violations.map(
      (v) => `${waar}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
