// Lighthouse 12 on its default profile (a mid-range phone on a slow 4G line, simulated) against the
// built app: the login page, the raad's list and a signaal page, signed in as Dorpsraad Kermt.
// Per page the median of RUNS runs: performance and accessibility scores, LCP, FCP, TBT, and the
// JavaScript bytes transferred (compressed, as on the wire). Baseline in the same run: the same
// audit of the raad's public page (/publiek/dr-kermt, server-rendered HTML without JavaScript).
//   npm run build && npx tsx bench/web/lighthouse.bench.ts      (DATABASE_URL or an embedded PostgreSQL)
import { launch } from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { loadavg } from 'node:os';
import { benchDatabase, demoSessie, machine, startBuiltApp } from '../support';

const PORT = 3621;
const RUNS = Number(process.env.RUNS ?? 3);
const SIGNALEN = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function indienen(base: string, cookie: string, i: number): Promise<string> {
  const res = await fetch(`${base}/api/signalen`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-Signaalspoor': '1' },
    body: JSON.stringify({
      titel: `Signaal ${i}: losliggende stoeptegels aan de kerk`,
      omschrijving: 'Bewoners struikelen over de losliggende tegels op het voetpad naast de kerk.',
      thema: 'openbaar-domein',
      bron: 'open-forum',
      openbaar: true,
    }),
  });
  if (res.status !== 201) throw new Error(`indienen: ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

interface Meting {
  performance: number;
  accessibility: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  jsKb: number;
  accessibilityIssues: string[];
}

function meting(lhr: Result): Meting {
  const items = (
    lhr.audits['network-requests'].details as { items: { resourceType?: string; transferSize?: number }[] }
  ).items;
  const js = items.filter((i) => i.resourceType === 'Script').reduce((a, i) => a + (i.transferSize ?? 0), 0);
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue ?? 0),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue ?? 0),
    jsKb: Math.round(js / 102.4) / 10,
    accessibilityIssues: lhr.categories.accessibility.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score! < 1)
      .map((ref) => ref.id),
  };
}

/** The median run by performance score, with its figures. */
const mediaan = (runs: Meting[]): Meting =>
  [...runs].sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];

async function main() {
  const { default: lighthouse } = await import('lighthouse');
  // Chromium first: a missing browser ends the process before anything else is started
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const db = await benchDatabase();
  const app = await startBuiltApp(PORT, db.url);
  const load = [loadavg()[0]];
  try {
    const cookie = `signaalspoor_sessie=${await demoSessie(app.base, 'raad', 'dr-kermt')}`;
    let id = '';
    for (let i = 0; i < SIGNALEN; i++) id = await indienen(app.base, cookie, i);
    const paginas = {
      aanmelden: { url: `${app.base}/aanmelden`, cookie: undefined },
      signalen: { url: `${app.base}/signalen`, cookie },
      signaal: { url: `${app.base}/signalen/${id}`, cookie },
      publiek: { url: `${app.base}/publiek/dr-kermt`, cookie: undefined },
    };
    const figures: Record<string, Meting> = {};
    for (const [naam, { url, cookie: c }] of Object.entries(paginas)) {
      const runs: Meting[] = [];
      // a run whose trace failed (NO_NAVSTART and the like, on a loaded machine) is run again
      for (let poging = 0; runs.length < RUNS; poging++) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          ...(c && { extraHeaders: { Cookie: c } }),
        });
        const fout = result ? result.lhr.runtimeError?.message : 'no result';
        if (fout && poging >= RUNS + 2) throw new Error(`${url}: ${fout}`);
        if (fout) continue;
        runs.push(meting(result!.lhr));
        load.push(loadavg()[0]);
      }
      figures[naam] = { ...mediaan(runs), performance: median(runs.map((r) => r.performance)) };
    }
    console.log(
      JSON.stringify(
        {
          benchmark: 'web-lighthouse',
          machine: machine(),
          server: db.server,
          lighthouse: '12 default (mobile, simulated throttling)',
          runs: RUNS,
          loadAverage: { min: Math.min(...load), max: Math.max(...load) },
          ...figures,
          ratioLcpListToPubliek: Math.round((figures.signalen.lcpMs / figures.publiek.lcpMs) * 10) / 10,
        },
        null,
        2,
      ),
    );
  } finally {
    chrome.kill();
    await app.stop();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
