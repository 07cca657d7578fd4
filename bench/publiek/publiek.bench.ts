// The public edge under load: GET /api/publiek/raden/{raadId}/signalen and GET
// /open311/v2/requests.json of the all-in-one app at N connections, against a baseline measured in
// the same run: the same query (SignaalViewRepository.publiek, one statement) through a bare `pg`
// pool of the app's size (20) behind a plain node:http server writing the rows as JSON — no Nest, no
// mapping, no ETag. Then the public list at N connections again while a signed-in raad's
// GET /api/signalen runs beside it (10 connections), against that same list alone: does the signed-in
// app stay usable while the public pages are hammered? The edge's per-client limits are off
// (startApp: NO_CLIENT_LIMITS): the load comes from one address.
// Public requests say they accept gzip, as browsers do (the baseline ignores it).
//   npm run build && npx tsx bench/publiek/publiek.bench.ts [connections] [seconds]   (defaults 200 15)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bearer } from '@signaalspoor/testing';
import { loadAverage, runBench, serveViews, startBaseline } from '../support';
import { startApp, stopProcess } from '../projections/app-process';
import { schrijfSignalen } from '../projections/lifecycle';
import { load, reqRatio } from '../projections/http-load';

const APP_PORT = 3420;
/** the app and the bench's writer share the key dir: the person keys' KEK lives there */
const keyDir = mkdtempSync(join(tmpdir(), 'signaalspoor-bench-keys-'));
const BASELINE_PORT = 3421;
const [role, databaseUrl] = process.argv.slice(2);

if (role === 'baseline')
  serveViews(databaseUrl!, BASELINE_PORT, (views, request) => {
    const raad = /^\/raden\/(.+)$/.exec(request.pathname)?.[1];
    return views.publiek(raad ? { raadId: raad, limiet: 500 } : { limiet: 1000 });
  });
else main();

/** as every browser and most HTTP clients send it */
const GZIP = { 'Accept-Encoding': 'gzip' };

function main(): void {
  const connections = Number(process.argv[2] ?? 200);
  const seconds = Number(process.argv[3] ?? 15);
  runBench(`the public edge at ${connections} connections`, { storePool: 8, pool: 4 }, async (ctx) => {
    const { db, store } = ctx;
    // 1,000 signalen of 7 events over four raden, every other one public (an 8th event); written
    // through the app's sealed log, submitted in the last hour (no deadline passes while measuring)
    await schrijfSignalen(ctx, keyDir, (eerste7, i, at) =>
      i % 2 === 0 ? [...eerste7, { type: 'ZetOpenbaar', at, openbaar: true, door: 'raad' }] : eerste7,
    );

    const [appProc, baselineProc] = [
      await startApp(db.url, APP_PORT, { SIGNAALSPOOR_KEY_DIR: keyDir }),
      await startBaseline(__filename, db.url),
    ];
    try {
      const raad = { Authorization: await bearer({ rol: 'raad', raad: 'dr-kermt' }) };
      const figures: Record<string, unknown> = {
        seconds,
        events: await store.headPosition(),
        loadavgBefore: loadAverage(),
      };
      const scenarios = {
        'GET /api/publiek/raden/dr-kermt/signalen (125 public of 250)': [
          () => ({ path: '/api/publiek/raden/dr-kermt/signalen', headers: GZIP }),
          () => ({ path: '/raden/dr-kermt' }),
        ],
        'GET /open311/v2/requests.json (500 public)': [
          () => ({ path: '/open311/v2/requests.json', headers: GZIP }),
          () => ({ path: '/alle' }),
        ],
      } as const;
      for (const [name, [appNext, baseNext]] of Object.entries(scenarios)) {
        await load(APP_PORT, appNext, 10, 2);
        await load(BASELINE_PORT, baseNext, 10, 2);
        const app = await load(APP_PORT, appNext, connections, seconds);
        const base = await load(BASELINE_PORT, baseNext, connections, seconds);
        figures[name] = { app, baseline: base, ratio: reqRatio(app, base) };
        console.error(`${name}: app ${app.reqPerS}/s p99 ${app.p99Ms} ms, baseline ${base.reqPerS}/s`);
      }
      // the signed-in list alone, then beside the public load
      const ingelogd = () => ({ path: '/api/signalen', headers: raad });
      const publiek = scenarios['GET /api/publiek/raden/dr-kermt/signalen (125 public of 250)'][0];
      const alleen = await load(APP_PORT, ingelogd, 10, seconds);
      const [naast, publiekeLast] = await Promise.all([
        load(APP_PORT, ingelogd, 10, seconds),
        load(APP_PORT, publiek, connections, seconds),
      ]);
      figures['GET /api/signalen (raad, 10 connections)'] = {
        alleen,
        naastPubliekeLast: naast,
        publiekeLast,
      };
      console.error(
        `signed-in list: alone p99 ${alleen.p99Ms} ms, beside the public load p99 ${naast.p99Ms} ms`,
      );
      figures.loadavgAfter = loadAverage();
      return figures;
    } finally {
      await Promise.all([stopProcess(appProc), stopProcess(baselineProc)]);
    }
  });
}
