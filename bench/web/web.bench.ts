// The web app on loopback, in Debian's Chromium: JavaScript (gzipped) the raad's screens load, time
// until the raad's list is usable on a cold load, and a 500-signalen list (the wijkmanager's triage).
// Baselines in the same run: the same page without its JavaScript (HTML + CSS only), and the same
// 500 rendered cards as static HTML.
//   npm run build && npx tsx bench/web/web.bench.ts      (DATABASE_URL or an embedded PostgreSQL)
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../libs/web/src/testing/chromium';
import { benchDatabase, demoSessie, machine, startBuiltApp } from '../support';

const PORT = 3620;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 7;
const SIGNALEN = 500;
const secret = randomBytes(36).toString('base64url');

const token = (sub: string, claims: Record<string, string>) =>
  new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode(secret));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function context(browser: Browser, sessie: string): Promise<BrowserContext> {
  // bypassCSP: the measuring snippets are evaluated as strings, which the app's CSP forbids
  const c = await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true });
  await c.addCookies([{ name: 'signaalspoor_sessie', value: sessie, url: `${BASE}/api` }]);
  return c;
}

async function main() {
  const db = await benchDatabase();
  // the setup submits 10 signalen at a time, 500 in all, as one raad: above the per-client limits,
  // and on a loaded machine above the load shedder's event-loop delay
  const app = await startBuiltApp(PORT, db.url, {
    AUTH_JWT_SECRET: secret,
    CONCURRENCY_PER_CLIENT: '16',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '100000',
    SHED_MAX_EVENT_LOOP_DELAY_MS: '10000',
  });
  const browser = await launchChromium();
  try {
    const raad = await token('raad-dr-kermt', { rol: 'raad', raad: 'dr-kermt' });
    // the browser's session cookie holds a server-side session id, not a token
    const raadSessie = await demoSessie(BASE, 'raad', 'dr-kermt');
    const wmSessie = await demoSessie(BASE, 'wijkmanager', 'wm-oost');
    for (let i = 0; i < SIGNALEN; i += 10) {
      await Promise.all(
        Array.from({ length: 10 }, (_, j) =>
          fetch(`${BASE}/api/signalen`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${raad}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({
              titel: `Signaal ${i + j}: losliggende stoeptegels`,
              omschrijving: 'Bench',
              thema: 'openbaar-domein',
              bron: 'open-forum',
            }),
          }).then((r) => {
            if (r.status !== 201) throw new Error(`indienen: ${r.status}`);
          }),
        ),
      );
    }

    // JavaScript of the raad's screens: list, new signaal, a signaal page (client-side navigation)
    const c = await context(browser, raadSessie);
    const page = await c.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (res) => {
      if (res.request().resourceType() === 'script')
        scripts.set(res.url(), gzipSync(await res.body()).length);
    });
    await page.goto(`${BASE}/signalen`);
    await page.locator('.kaart').first().waitFor();
    await page.getByRole('link', { name: 'Nieuw signaal' }).first().click();
    await page.getByLabel('Titel').waitFor();
    await page.getByRole('link', { name: 'Mijn signalen' }).click();
    await page.locator('.kaart a').first().click();
    await page.getByRole('heading', { name: 'Traject' }).waitFor();
    await page.waitForLoadState('networkidle');
    const jsGzipKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
    await c.close();

    // cold load until the list is usable, vs the same document without JavaScript
    const interactive: number[] = [];
    const zonderJs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await context(browser, raadSessie);
      const p = await a.newPage();
      await p.goto(`${BASE}/signalen`);
      await p.getByRole('link', { name: 'Nieuw signaal' }).first().waitFor();
      await p.locator('.kaart').first().waitFor();
      interactive.push(await p.evaluate(() => performance.now()));
      await a.close();
      const b = await context(browser, raadSessie);
      await b.route(/\.js$/, (route) => route.abort());
      const q = await b.newPage();
      await q.goto(`${BASE}/signalen`, { waitUntil: 'load' });
      zonderJs.push(await q.evaluate(() => performance.now()));
      await b.close();
    }

    // 500 signalen in the wijkmanager's triage: time to render them all and main-thread long tasks
    const render: number[] = [];
    const longTasks: number[] = [];
    const statisch: number[] = [];
    let html = '';
    for (let i = 0; i < RUNS; i++) {
      const a = await context(browser, wmSessie);
      // blocking time: what every long task spends beyond 50 ms (browser code, so a string)
      await a.addInitScript({
        content: `window.__long = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long += e.duration - 50; }).observe({ type: 'longtask', buffered: true });`,
      });
      const p = await a.newPage();
      await p.goto(`${BASE}/triage`);
      await p.waitForFunction(`document.querySelectorAll('.kaart').length >= ${SIGNALEN}`);
      render.push(await p.evaluate(() => performance.now()));
      longTasks.push(Number(await p.evaluate('window.__long')));
      html ||= await p.content();
      await a.close();
      const b = await context(browser, wmSessie);
      await b.route(/\.js$/, (route) => route.abort());
      const q = await b.newPage();
      await q.route(`${BASE}/statisch`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
      await q.goto(`${BASE}/statisch`, { waitUntil: 'load' });
      statisch.push(await q.evaluate(() => performance.now()));
      await b.close();
    }

    const r = (x: number) => Math.round(x);
    console.log(
      JSON.stringify(
        {
          benchmark: 'web',
          machine: machine(),
          server: db.server,
          runs: RUNS,
          raadJsGzipKb: Math.round(jsGzipKb * 10) / 10,
          raadScripts: scripts.size,
          coldListUsableMs: r(median(interactive)),
          baselineWithoutJsMs: r(median(zonderJs)),
          ratioUsableToBaseline: Math.round((median(interactive) / median(zonderJs)) * 10) / 10,
          triage500RenderedMs: r(median(render)),
          triage500LongTaskBlockingMs: r(median(longTasks)),
          static500Ms: r(median(statisch)),
          ratio500ToStatic: Math.round((median(render) / median(statisch)) * 10) / 10,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await app.stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
